import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/app/clock';
import { monthFractions } from '../../preload/contract/wheelGeometry';
import { downloadsDir } from '../helpers/browser';
import { pdfPageCount, pdfText } from '../helpers/pdf';
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

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const LBR = 'Det lokale beskæftigelsesråd (LBR)';

describe('overview, involvement, annual wheel and search in Chromium (demo data)', () => {
  it('lists the ad-hoc actor due every 90 days and last involved 120 days ago as overdue; logging an involvement clears it', async () => {
    const { page } = app;
    const overdue = page.getByRole('region', { name: 'Inddragelse: overskredet' });
    // Due every 90 days, last involved 120 days ago: overdue for 30 days.
    const since = '9. november 2026';
    await overdue.getByText(LBR).waitFor();
    await overdue.getByText(`overskredet siden ${since}`).waitFor();
    // Every slot is filled now: no section is left as "coming".
    await page.getByRole('region', { name: 'Kommende møder (30 dage)' }).getByRole('heading', { name: 'Kommende møder (30 dage)' }).waitFor();
    expect(await page.getByText('Vises her, når modulet er på plads.').count()).toBe(0);

    await overdue.getByText(LBR).click();
    await page.getByRole('heading', { name: LBR }).waitFor();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#\/actors\/organisations\/\d+$/);
    await page.getByText('Overskredet:').waitFor();
    await page.getByRole('button', { name: 'Log inddragelse' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await dialog.getByText('Skal udfyldes').waitFor();
    await dialog.getByLabel('Emne').fill('Møde med formanden om rådets bidrag til praktikpladsindsatsen');
    await dialog.getByLabel('Resultat').fill('LBR deltager i næste temamøde.');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await dialog.waitFor({ state: 'detached' });
    const section = page.getByRole('region', { name: 'Inddragelse' });
    await section.getByText('Møde med formanden om rådets bidrag til praktikpladsindsatsen').waitFor();
    await section.getByText(/^Næste gang senest:/).waitFor();
    expect(await section.getByText(/^Overskredet:/).count()).toBe(0);

    await page.getByRole('link', { name: 'Oversigt' }).click();
    await page.getByRole('region', { name: 'Næste milepæle (90 dage)' }).waitFor();
    await page.getByRole('region', { name: 'Inddragelse: overskredet' }).getByText('Intet her lige nu.').waitFor();
    expect(await page.getByRole('region', { name: 'Inddragelse: overskredet' }).getByText(LBR).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the year’s milestones in the right months on the wheel and prints it as an A3 PDF', async () => {
    const { page } = app;
    const year = 2026;
    await page.getByRole('link', { name: 'Planlægning' }).click();
    const wheel = page.getByRole('group', { name: `Årshjul for ${year}` });
    await wheel.waitFor();
    const box = (await wheel.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const bounds = monthFractions(year);
    // Day entries (milestones, meetings); initiative periods are arcs and sit mid-period.
    const dots = wheel.locator('circle[data-entry]');
    expect(await dots.count()).toBeGreaterThanOrEqual(8);
    const seen: string[] = [];
    for (const dot of await dots.all()) {
      const label = (await dot.getAttribute('aria-label'))!;
      const month = MONTHS.findIndex((m) => label.includes(` ${m} ${year}`));
      expect(month, label).toBeGreaterThanOrEqual(0);
      const b = (await dot.boundingBox())!;
      const angle = Math.atan2(b.x + b.width / 2 - cx, cy - (b.y + b.height / 2));
      const fraction = (angle < 0 ? angle + 2 * Math.PI : angle) / (2 * Math.PI);
      expect(fraction, label).toBeGreaterThan(bounds[month]!);
      expect(fraction, label).toBeLessThan(bounds[month + 1]!);
      seen.push(label);
    }
    expect(seen).toContain(`Kommunalbestyrelsen behandler partnerskabets forslag til indsatser, 23. september ${year}`);
    expect(seen).toContain(`Økonomiudvalget behandler udmøntningen af Ungepartnerskabet, 22. januar ${year}`);

    // Hover shows details; the keyboard reaches the same entries.
    await wheel.getByRole('button', { name: `Budgetvedtagelse, 2. behandling, 8. oktober ${year}` }).hover();
    await page.getByRole('heading', { name: 'Budgetvedtagelse, 2. behandling' }).waitFor();
    await wheel.getByRole('button', { name: /^Ansøgningsfrist for puljemidler/ }).focus();
    await page.getByRole('heading', { name: 'Ansøgningsfrist for puljemidler' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Udskriv A3 (PDF)', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe(`Årshjul ${year}.pdf`);
    const file = path.join(process.env.SAMSPIL_E2E_OUT ?? downloadsDir(), `wheel-${year}.pdf`);
    await download.saveAs(file);
    const buf = fs.readFileSync(file);
    expect(pdfPageCount(buf)).toBe(1);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+1190\.55 x 841\.89 pts \(A3\)/);
    const text = pdfText(buf).replace(/\s+/g, ' ');
    expect(text).toContain('Kommunalbestyrelsen behandler partnerskabets forslag til indsatser');
    expect(text).toContain(`23. september ${year}`);
    // Rendered as an image (looked at during development; here: it renders and is not blank).
    execFileSync('pdftoppm', ['-png', '-r', '30', '-singlefile', file, file.replace(/\.pdf$/, '')]);
    expect(fs.statSync(file.replace(/\.pdf$/, '.png')).size).toBeGreaterThan(10_000);

    // Next year: only the recurring milestones come along.
    await page.getByRole('button', { name: 'Næste år' }).click();
    const next = page.getByRole('group', { name: `Årshjul for ${year + 1}` });
    await next.getByRole('button', { name: `Budgetvedtagelse, 2. behandling, 8. oktober ${year + 1}` }).waitFor();
    expect(await next.getByRole('button', { name: /^Kommunalbestyrelsen behandler partnerskabets forslag/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Forrige år' }).click();
    await page.getByRole('group', { name: `Årshjul for ${year}` }).waitFor();

    await page.getByRole('tab', { name: 'Tidslinje' }).click();
    const timeline = page.getByRole('region', { name: 'Milepæle' });
    await timeline.locator('[data-month="9"]', { hasText: 'Kommunalbestyrelsen behandler' }).waitFor();
    await timeline.locator('[data-month="1"]', { hasText: 'Økonomiudvalget behandler' }).waitFor();
  });

  it('Ctrl+K finds a word that appears only in one actor’s notes, typed without æøå, and opens that actor', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Oversigt' }).click();
    await page.keyboard.press('Control+k');
    const input = page.getByRole('textbox', { name: 'Søg i alt' });
    await input.fill('KVARTALSMOEDE');
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await options.count()).toBe(1);
    await expect.poll(() => options.first().locator('mark').innerText()).toBe('kvartalsmøde');
    await input.press('Enter');
    await page.getByRole('heading', { name: LBR }).waitFor();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#\/actors\/organisations\/\d+$/);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0); // it closes with a transition
    expect(app.pageErrors).toEqual([]);
  });
});
