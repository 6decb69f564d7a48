import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startWebApp, type WebApp } from '../helpers/webApp';
import { expectToast } from '../helpers/toasts';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ demo: true });
});
afterAll(async () => {
  await app?.close();
});

describe('settings and the living demo', () => {
  it('shows the demo partnership, renames it, and remembers English across a reload', async () => {
    const { page } = app;
    await page.getByText('Organisationer').first().waitFor();
    expect(await page.getByRole('navigation').first().getByRole('link').allInnerTexts()).toEqual(['Oversigt', 'Aktører', 'Møder', 'Indsatser', 'Mål', 'Beslutningsoplæg', 'Planlægning', 'Indstillinger']);

    await page.evaluate(() => (location.hash = '#/settings'));
    const name = page.getByLabel('Partnerskabets navn');
    // The form stands empty until the settings have loaded, and is built anew then: typing before would be lost.
    await expect.poll(() => name.inputValue()).toBe('Ungepartnerskabet i Hvidovre');
    await name.fill('Ungegarantien i Hjørring');
    await expectToast(page, 'Gemt', () => page.getByRole('button', { name: 'Gem', exact: true }).click());

    await page.getByText('English').click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Actors' }).waitFor();
    await expect.poll(() => page.getByLabel('Name of the partnership').inputValue()).toBe('Ungegarantien i Hjørring');
    await page.getByRole('link', { name: 'Actors' }).click();
    await page.getByRole('option', { name: /Det lokale beskæftigelsesråd/ }).click();
    await page.getByText('Involved ad hoc').first().waitFor();
    const audit = await api<{ items: { channel: string }[] }>(page, 'audit.list', { offset: 0, limit: 200 });
    expect(audit.items.filter((a) => a.channel === 'settings.setLanguage')).toHaveLength(1);
    expect(app.pageErrors).toEqual([]);
  });
});
