import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/app/clock';
import { call } from '../helpers/db';
import { focusedName, tabTo } from '../helpers/keyboard';
import { startWebApp, type WebApp } from '../helpers/webApp';

// Monday 15 June 2026, in the server and in the page: the heatmap opens on 2026.
let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ demo: false, clock: fixedClock('2026-06-15T10:00:00+02:00') });
});
afterAll(async () => {
  await app?.close();
});

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

describe('heatmap in Chromium (seeded actors and involvements)', () => {
  it('shows each actor’s involvements in the right month and quarter, pages by keyboard and opens an actor with Enter', async () => {
    const { page, ctx } = app;
    const org = (name: string) => call(ctx, 'organisations.create', { name, kind: 'labour_market_org', relation: 'adhoc', relationReason: null, address: null, website: null, notes: null });
    const person = (name: string, organisationId: number) => call(ctx, 'people.create', { name, title: null, organisationId, email: null, phone: null, notes: null, relation: 'adhoc', relationReason: null });
    const involve = (actorKind: 'organisation' | 'person', actorId: number, date: string) => call(ctx, 'involvement.create', { actorKind, actorId, date, form: 'consulted', topic: 'Samtale' });

    const raadet = await org('Beskæftigelsesrådet');
    const kim = await person('Kim Berg', raadet.id);
    const skolen = await org('Handelsskolen');
    await person('Bo Andersen', skolen.id);
    const ole = await person('Ole Ærø', skolen.id);
    // 101 more organisations: 106 rows, two pages of 100.
    const fillers = [];
    for (let i = 1; i <= 101; i++) fillers.push(await org(`Zeta-forening ${String(i).padStart(3, '0')}`));
    for (const date of ['2026-01-05', '2026-01-20', '2026-02-01']) await involve('person', kim.id, date);
    await involve('organisation', raadet.id, '2026-03-10');
    await involve('person', ole.id, '2026-07-01');
    await involve('person', ole.id, '2025-07-01'); // another year: not counted
    await involve('organisation', fillers[100]!.id, '2026-12-01');

    await page.evaluate(() => (location.hash = '#/planning/involvement'));
    const table = page.getByRole('table', { name: 'Inddragelse pr. aktør' });
    const cells = async (name: string) => {
      const row = table.locator('tbody tr').filter({ has: page.getByRole('button', { name, exact: true }) });
      await row.waitFor();
      return row.locator('td').allTextContents();
    };
    const blank = (at: Record<number, string>, n: number) => Array.from({ length: n }, (_, i) => at[i] ?? '');

    await table.locator('tbody tr').first().waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual(['Aktør', ...MONTHS, 'I alt']);
    // 100 rows on the page; only those near the view are in the DOM (a screen reader is told the count).
    expect(await table.getAttribute('aria-rowcount')).toBe('101');
    expect(await table.locator('tbody tr:not([aria-hidden])').count()).toBeLessThan(100);
    // Organisations in name order, each with its people below it.
    expect((await table.locator('tbody tr td:first-child').allTextContents()).slice(0, 6)).toEqual(['Beskæftigelsesrådet', 'Kim Berg', 'Handelsskolen', 'Bo Andersen', 'Ole Ærø', 'Zeta-forening 001']);
    expect(await cells('Kim Berg')).toEqual(['Kim Berg', ...blank({ 0: '2', 1: '1' }, 12), '3']);
    expect(await cells('Beskæftigelsesrådet')).toEqual(['Beskæftigelsesrådet', ...blank({ 2: '1' }, 12), '1']);
    expect(await cells('Ole Ærø')).toEqual(['Ole Ærø', ...blank({ 6: '1' }, 12), '1']);
    expect(await cells('Bo Andersen')).toEqual(['Bo Andersen', ...blank({}, 12), '']);
    // Coloured cells are the ones with involvements; the year's most (2) is the darkest, with white text.
    const kimRow = table.locator('tbody tr').nth(1);
    const colours = await kimRow.locator('td').evaluateAll((tds) => tds.map((td) => [getComputedStyle(td).backgroundColor, getComputedStyle(td).color]));
    expect(colours[1]![0]).toBe('rgb(31, 78, 121)');
    expect(colours[1]![1]).toBe('rgb(255, 255, 255)');
    expect(colours[2]![0]).toMatch(/^rgba\(31, 78, 121, 0\.6/);
    expect(colours[3]![0]).toBe('rgba(0, 0, 0, 0)');
    await page.getByText('1–100 af 106').waitFor();

    // Keyboard: Tab walks the actors past the rows first drawn; each focused row is scrolled into view.
    await page.getByRole('button', { name: 'Zeta-forening 001', exact: true }).focus();
    for (let i = 0; i < 45; i++) await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Zeta-forening 046');
    expect(await table.locator('tbody tr[aria-rowindex="52"]').textContent()).toBe('Zeta-forening 046');
    // The page's last row, at the bottom.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await cells('Zeta-forening 095')).toEqual(['Zeta-forening 095', ...blank({}, 12), '']);
    expect(await table.locator('tbody tr[aria-rowindex="101"]').textContent()).toBe('Zeta-forening 095');
    await page.evaluate(() => window.scrollTo(0, 0));

    // Keyboard: the month/quarter switch with the arrow keys.
    await page.getByRole('radio', { name: 'måned' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => table.locator('thead th').allTextContents()).toEqual(['Aktør', 'K1', 'K2', 'K3', 'K4', 'I alt']);
    await expect.poll(() => cells('Kim Berg')).toEqual(['Kim Berg', '3', '', '', '', '3']);
    expect(await cells('Beskæftigelsesrådet')).toEqual(['Beskæftigelsesrådet', '1', '', '', '', '1']);
    expect(await cells('Ole Ærø')).toEqual(['Ole Ærø', '', '', '1', '', '1']);

    // Keyboard: the next page, then Tab to the last organisation and open it with Enter.
    await tabTo(page, /^Næste side$/);
    await page.keyboard.press('Enter');
    await page.getByText('101–106 af 106').waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(6);
    expect(await cells('Zeta-forening 101')).toEqual(['Zeta-forening 101', '', '', '', '1', '1']);
    expect(await cells('Zeta-forening 096')).toEqual(['Zeta-forening 096', '', '', '', '', '']);
    await tabTo(page, /^Zeta-forening 101$/);
    expect(await focusedName(page)).toBe('Zeta-forening 101');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/actors/organisations/${fillers[100]!.id}`);
    await page.getByRole('heading', { name: 'Zeta-forening 101' }).waitFor();

    // Back on the heatmap, a person opens as a person.
    await page.goBack();
    await tabTo(page, /^Kim Berg$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/actors/people/${kim.id}`);
    expect(app.pageErrors).toEqual([]);
  });
});
