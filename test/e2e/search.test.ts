import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from '../helpers/webApp';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ demo: true });
});
afterAll(() => app?.close());

const MEETING = 'Partnerskabsmøde: Status og næste skridt';

describe('search across features (demo data)', () => {
  it('Ctrl+K finds a word written only in one agenda item’s minutes and opens that meeting', async () => {
    const { page } = app;
    // Write the minutes of one item through the screen.
    await page.getByRole('link', { name: 'Møder' }).click();
    await page.getByRole('cell', { name: MEETING }).click();
    await page.getByRole('heading', { name: MEETING }).waitFor();
    const meetingHash = await page.evaluate(() => location.hash);
    expect(meetingHash).toMatch(/^#\/meetings\/list\/\d+$/);
    await page.getByRole('tab', { name: /Referat/ }).click();
    const item = page.getByRole('region', { name: /\d+\. Status på mentorordningen/ });
    const field = item.getByLabel(/Referat af punkt \d+/);
    await field.fill('Mentorerne foreslår et skæreknivsudvalg for virksomhedspraktik.');
    await field.press('Tab');
    await item.getByLabel('Gemt').waitFor();

    // From somewhere else, search with ae for æ.
    await page.getByRole('link', { name: 'Oversigt' }).click();
    await page.keyboard.press('Control+k');
    const input = page.getByRole('textbox', { name: 'Søg i alt' });
    await input.fill('SKAEREKNIVSUDVALG');
    const options = page.getByRole('dialog').getByRole('option');
    await options.first().waitFor();
    expect(await options.count()).toBe(1);
    await expect.poll(() => options.first().locator('mark').innerText()).toBe('skæreknivsudvalg');
    expect(await options.first().innerText()).toContain('Dagsordenspunkt');
    expect(await options.first().innerText()).toContain('Status på mentorordningen');
    await input.press('Enter');
    await page.getByRole('heading', { name: MEETING }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe(meetingHash);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0); // it closes with a transition

    // The other new kinds show up with their Danish labels.
    await page.keyboard.press('Control+k');
    await page.getByRole('textbox', { name: 'Søg i alt' }).fill('erhvervsmentorkorps');
    await options.first().waitFor();
    for (const label of [/^Aftale$/m, /^Indsats$/m, /^Beslutningsoplæg$/m]) await expect.poll(async () => (await options.allInnerTexts()).join('\n')).toMatch(label);
    await page.keyboard.press('Escape');
    expect(app.pageErrors).toEqual([]);
  });
  it('shows each hit with kind, date and context: the steering group meetings are told apart, and a common word says "mere end 20"', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Oversigt' }).click();
    await page.keyboard.press('Control+k');
    await page.getByRole('textbox', { name: 'Søg i alt' }).fill('styregruppemøde');
    const options = page.getByRole('dialog').getByRole('option');
    await options.first().waitFor();
    await expect.poll(() => options.count()).toBeGreaterThan(2);
    const rows = await options.allInnerTexts();
    // No two rows alike, and every meeting row names its day and its body.
    expect(new Set(rows).size).toBe(rows.length);
    const meetingRows = rows.filter((r) => r.startsWith('Møde\n'));
    expect(meetingRows.length).toBeGreaterThan(2);
    for (const r of meetingRows) expect(r).toMatch(/\d{1,2}\. [a-zæøå]+ \d{4} · Styregruppen/);
    const first = options.first();
    expect(await first.locator('mark').first().innerText()).toMatch(/^styregruppemøde/i);
    expect(await first.getByTestId('search-context').innerText()).not.toBe('');

    await page.getByRole('textbox', { name: 'Søg i alt' }).fill('og');
    await expect.poll(() => page.getByRole('dialog').getByRole('status').last().innerText()).toContain('mere end 20');
    expect(await options.count()).toBe(20);
    await page.keyboard.press('Escape');
    expect(app.pageErrors).toEqual([]);
  });
});
