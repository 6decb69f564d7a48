import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/app/clock';
import { startWebApp, type WebApp } from '../helpers/webApp';

// Wednesday 9 December 2026, in the server and in the page.
const TODAY = '2026-12-09T10:00:00+01:00';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ demo: true, clock: fixedClock(TODAY) });
});
afterAll(async () => {
  await app?.close();
});

const LBR = 'Det lokale beskæftigelsesråd (LBR)';
const ACTION = 'Tværgående analyse af udfordringerne på baggrund af Uddannelsesnøglen';
const KICKOFF = 'Opstarts-workshop for Ungepartnerskabet';

describe('meetings wired into the involvement log and the overview (demo data, Chromium)', () => {
  it('an overdue action item from the demo is on the overview and opens its meeting', async () => {
    const { page } = app;
    const actions = page.getByRole('region', { name: 'Aftaler: overskredne og snart forfaldne' });
    await actions.getByText(ACTION).waitFor();
    await actions.getByRole('button', { name: new RegExp(ACTION) }).getByText(/^Overskredet · Mette Frølund · Opstarts-workshop/).waitFor();
    await actions.getByText(ACTION).click();
    await page.getByRole('heading', { name: KICKOFF }).waitFor();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#\/meetings\/list\/\d+$/);
    expect(app.pageErrors).toEqual([]);
  });

  it('the ad-hoc actor due every 90 days is overdue; inviting it to today’s meeting in the meetings screen clears it, and its record opens the meeting', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Oversigt' }).click();
    const overdue = page.getByRole('region', { name: 'Inddragelse: overskredet' });
    await overdue.getByText(LBR).waitFor();

    const title = 'Kaffemøde med LBR’s formand';
    await page.evaluate(() => (window.location.hash = '#/meetings'));
    await page.getByRole('button', { name: 'Nyt møde' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Titel').fill(title);
    await dialog.getByLabel('Mødetype').selectOption({ label: 'Andet møde' });
    await dialog.getByLabel('Dato').fill('2026-12-09');
    await dialog.getByLabel('Starttid').fill('08:00');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    const meetingHash = await page.evaluate(() => location.hash);

    await page.getByRole('tab', { name: /Inviterede/ }).click();
    const orgs = page.getByLabel('Organisationer', { exact: true }).first();
    await orgs.click();
    await orgs.fill('beskæftigelsesråd');
    await page.getByRole('option', { name: LBR }).click();
    await page.getByRole('button', { name: 'Invitér', exact: true }).last().click();
    await page.getByLabel(`Svar fra ${LBR}`).waitFor();

    await page.getByRole('link', { name: 'Oversigt' }).click();
    await page.getByRole('region', { name: 'Kommende møder (30 dage)' }).getByText(title).waitFor();
    await overdue.getByText('Intet her lige nu.').waitFor();
    expect(await overdue.getByText(LBR).count()).toBe(0);

    // The automatic record sits on the actor's timeline and opens the meeting it came from.
    await page.evaluate(() => (window.location.hash = '#/actors/organisations'));
    await page.getByText(LBR, { exact: true }).first().click();
    await page.getByRole('heading', { name: LBR }).waitFor();
    const section = page.getByRole('region', { name: 'Inddragelse' });
    await section.getByText(title).waitFor();
    await section.getByRole('link', { name: 'Automatisk – åbn mødet' }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe(meetingHash);
    expect(app.pageErrors).toEqual([]);
  });
});
