import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from '../helpers/webApp';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ demo: true });
}, 60_000);
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
    expect(await page.getByRole('dialog').count()).toBe(0);

    // The other new kinds show up with their Danish labels.
    await page.keyboard.press('Control+k');
    await page.getByRole('textbox', { name: 'Søg i alt' }).fill('erhvervsmentorkorps');
    await options.first().waitFor();
    for (const label of [/^Aftale$/m, /^Indsats$/m, /^Beslutningsoplæg$/m]) await expect.poll(async () => (await options.allInnerTexts()).join('\n')).toMatch(label);
    await page.keyboard.press('Escape');
    expect(app.pageErrors).toEqual([]);
  });
});
