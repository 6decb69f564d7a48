import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadsDir } from '../helpers/browser';
import { pdfText } from '../helpers/pdf';
import { startWebApp, type WebApp } from '../helpers/webApp';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ demo: true });
});
afterAll(async () => {
  await app?.close();
});

describe('stakeholder map in Chromium (demo data)', () => {
  it('drags an actor, moves it with the keyboard, places a new one and exports the map as PDF', async () => {
    const { page } = app;
    await page.evaluate(() => (location.hash = '#/planning/stakeholders'));
    const map = page.getByRole('group', { name: 'Interessentkort' });
    const lbr = map.getByRole('button', { name: /^Det lokale beskæftigelsesråd \(LBR\): indflydelse 72, interesse 35$/ });
    await lbr.waitFor();

    // Drag LBR into the top-right quadrant ("Inddrag tæt").
    const box = (await map.boundingBox())!;
    const dot = (await lbr.locator('circle').boundingBox())!;
    await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.2, { steps: 8 });
    await page.mouse.up();
    const moved = map.getByRole('button', { name: /^Det lokale beskæftigelsesråd \(LBR\): indflydelse (\d+), interesse (\d+)$/ });
    await expect.poll(async () => {
      const [, infl, intr] = /indflydelse (\d+), interesse (\d+)/.exec((await moved.getAttribute('aria-label')) ?? '')!;
      return Number(infl) > 70 && Number(intr) > 70 && Number(infl) !== 72;
    }).toBe(true);

    // Keyboard alternative: one step up is +5 influence; the position is saved (survives a reload).
    const before = Number(/indflydelse (\d+)/.exec((await moved.getAttribute('aria-label'))!)![1]);
    await moved.focus();
    await page.keyboard.press('ArrowDown');
    await map.getByRole('button', { name: new RegExp(`^Det lokale beskæftigelsesråd \\(LBR\\): indflydelse ${before - 5},`) }).waitFor();
    await page.reload();
    await map.getByRole('button', { name: new RegExp(`^Det lokale beskæftigelsesråd \\(LBR\\): indflydelse ${before - 5},`) }).waitFor();

    // The picker searches the server (a region has tens of thousands of actors).
    await page.getByRole('combobox', { name: 'Placér aktør' }).fill('SOSU');
    await page.getByRole('option', { name: 'SOSU H', exact: true }).click();
    await page.getByRole('button', { name: 'Placér', exact: true }).click();
    await map.getByRole('button', { name: 'SOSU H: indflydelse 50, interesse 50' }).waitFor();
    if (process.env.SAMSPIL_E2E_OUT) await page.screenshot({ path: path.join(process.env.SAMSPIL_E2E_OUT, 'stakeholders.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportér PDF', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('Interessentkort.pdf');
    const file = path.join(process.env.SAMSPIL_E2E_OUT ?? downloadsDir(), 'Interessentkort.pdf');
    await download.saveAs(file);
    const text = pdfText(fs.readFileSync(file)).replace(/\s+/g, ' ');
    expect(text).toContain('Det lokale beskæftigelsesråd (LBR)');
    expect(text).toContain('SOSU H');
    expect(app.pageErrors).toEqual([]);
  });
});
