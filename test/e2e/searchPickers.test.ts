import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { startServices } from '../../main/app/startup';
import { startHost, type RunningHost } from '../../main/host/httpHost';
import { launchChromium } from '../helpers/browser';
import { call, tempFile } from '../helpers/db';
import { mentorCorps } from '../helpers/documentFixtures';

let ctx: HandlerContext;
let db: Database;
let host: RunningHost;
let browser: Browser;
let page: Page;
let memoId = 0;
const pageErrors: string[] = [];

beforeAll(async () => {
  ctx = await startServices({ dbFile: tempFile(), demo: false }, 'http');
  db = ctx.db;
  // More initiatives than a picker lists at once (30): the last one is only found by searching.
  const track = await call(ctx, 'tracks.create', { name: 'Grundskolesporet', sortOrder: 1 });
  for (let i = 1; i <= 40; i++) await call(ctx, 'initiatives.create', { data: { name: `Indsats ${String(i).padStart(2, '0')}`, trackId: track.id } });
  await call(ctx, 'initiatives.create', { data: { name: 'Vejledning på Ærø', trackId: track.id } });
  memoId = (await call(ctx, 'memos.create', mentorCorps)).id;
  host = await startHost({ ctx, staticDir: path.resolve('out/renderer'), log: () => undefined });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(host.url);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await db?.close();
});

describe('pickers over lists a region has thousands of: searched on the server, with "more than shown"', () => {
  it('the goal form finds an initiative beyond the first 30 by a typed word (æ/ø/å typed as ae/oe/aa)', async () => {
    await page.evaluate(() => (location.hash = '#/goals/dashboard'));
    await page.getByRole('button', { name: 'Nyt mål' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Niveau').click();
    // The first 30 by the list's order, and the count of the rest.
    await page.getByRole('option', { name: 'Viser 30 af 41 – skriv for at søge' }).waitFor();
    expect(await page.getByRole('option', { name: /Vejledning/ }).count()).toBe(0);
    await dialog.getByLabel('Niveau').fill('aeroe');
    await page.getByRole('option', { name: 'Vejledning på Ærø (Grundskolesporet)' }).click();
    await dialog.getByLabel(/^Mål( \*)?$/).fill('Flere i praktik');
    await dialog.getByLabel('Baseline (værdi)').fill('10');
    await dialog.getByLabel('Baselinedato').fill('2024-01-01');
    await dialog.getByLabel('Målværdi (eller nedre grænse)').fill('20');
    await dialog.getByLabel('Måldato').fill('2030-12-31');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    const card = page.getByRole('article', { name: 'Flere i praktik' });
    await card.getByText('Vejledning på Ærø').waitFor();
    const goals = await call(ctx, 'goals.list', {});
    expect(goals.items.map((g) => [g.name, g.initiative?.name])).toEqual([['Flere i praktik', 'Vejledning på Ærø']]);
  });

  it('a memo links an initiative found by search, and the linked one is not offered again', async () => {
    await page.evaluate((id) => (location.hash = `#/memos/edit/${id}`), memoId);
    const links = page.getByRole('region', { name: 'Tilknyttet' });
    await links.getByLabel('Navn').click();
    await page.getByRole('option', { name: 'Viser 30 af 41 – skriv for at søge' }).waitFor();
    await links.getByLabel('Navn').fill('vejledning')
    await page.getByRole('option', { name: 'Vejledning på Ærø', exact: true }).click();
    await links.getByRole('button', { name: 'Tilknyt' }).click();
    await expect.poll(() => links.getByText('Vejledning på Ærø').isVisible()).toBe(true);
    const memo = await call(ctx, 'memos.get', { id: memoId });
    expect(memo.links.map((l) => [l.targetKind, l.label])).toEqual([['initiative', 'Vejledning på Ærø']]);
    // The linked one is not offered again.
    await links.getByLabel('Navn').fill('vejledning');
    await page.getByRole('option', { name: 'Ingen match' }).or(page.getByText('Ingen match')).first().waitFor();
    expect(pageErrors).toEqual([]);
  });
});
