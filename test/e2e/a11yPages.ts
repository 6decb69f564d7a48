import type { Page } from 'playwright-core';
import { call } from '../helpers/db';
import { settled } from '../helpers/settled';
import type { WebApp } from '../helpers/webApp';

/** A screen to check: its hash route and whether its in-page tabs (not routed) are opened one by one. */
export interface Screen {
  hash: string;
  clickTabs?: boolean;
}

/** Every page and routed tab, plus the first detail page of each kind when the data has one. */
export async function screensOf(app: WebApp): Promise<Screen[]> {
  const { ctx } = app;
  const screens: Screen[] = [
    { hash: 'overview' },
    { hash: 'actors/organisations' },
    { hash: 'actors/people' },
    { hash: 'actors/bodies' },
    { hash: 'actors/trash' },
    { hash: 'meetings/list' },
    { hash: 'meetings/actions' },
    { hash: 'meetings/types' },
    { hash: 'initiatives/list' },
    { hash: 'initiatives/setup' },
    { hash: 'goals/dashboard' },
    { hash: 'goals/keyfigures' },
    { hash: 'memos' },
    { hash: 'planning/wheel' },
    { hash: 'planning/timeline' },
    { hash: 'planning/milestones' },
    { hash: 'planning/involvement' },
    { hash: 'planning/stakeholders' },
    { hash: 'settings' },
    { hash: 'privacy' },
  ];
  const orgs = await call(ctx, 'organisations.list', { offset: 0, limit: 1 });
  if (orgs.items[0]) screens.push({ hash: `actors/organisations/${orgs.items[0].id}` });
  const people = await call(ctx, 'people.list', { offset: 0, limit: 1 });
  if (people.items[0]) screens.push({ hash: `actors/people/${people.items[0].id}` });
  const bodies = await call(ctx, 'bodies.list', {});
  if (bodies[0]) screens.push({ hash: `actors/bodies/${bodies[0].id}` });
  const meetings = (await call(ctx, 'meetings.list', {})).items;
  const held = meetings.find((m) => m.status === 'held' || m.status === 'minutes_approved') ?? meetings[0];
  if (held) screens.push({ hash: `meetings/list/${held.id}`, clickTabs: true });
  const initiatives = (await call(ctx, 'initiatives.list', {})).items;
  if (initiatives[0]) screens.push({ hash: `initiatives/list/${initiatives[0].id}` });
  const goals = (await call(ctx, 'goals.list', {})).items;
  if (goals[0]) screens.push({ hash: `goals/dashboard/${goals[0].id}` });
  const memos = await call(ctx, 'memos.list', { offset: 0, limit: 1 });
  if (memos.items[0]) screens.push({ hash: `memos/edit/${memos.items[0].id}`, clickTabs: true });
  return screens;
}

/** Goes to a route and waits until the page has its heading and no loader is left. */
export async function openScreen(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = `#/${h}`;
  }, hash);
  await settled(page);
  await page.locator('main h1').first().waitFor();
}
