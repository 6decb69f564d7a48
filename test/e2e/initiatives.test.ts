import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { startServices } from '../../main/app/startup';
import { startHost, type RunningHost } from '../../main/host/httpHost';
import { downloadsDir, launchChromium, UI_TIMEOUT } from '../helpers/browser';
import { tempFile } from '../helpers/db';
import { pdfText } from '../helpers/pdf';
import { expectToast, recordToasts } from '../helpers/toasts';

let db: Database;
let host: RunningHost;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  const ctx = await startServices({ dbFile: tempFile(), demo: false }, 'http');
  db = ctx.db;
  host = await startHost({ ctx, staticDir: path.resolve('out/renderer'), log: () => undefined });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page.setDefaultTimeout(UI_TIMEOUT);
  await recordToasts(page);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(host.url);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await db?.close();
});

async function choose(label: string | RegExp, option: string) {
  await page.getByRole('dialog').getByLabel(label).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function download(button: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const file = path.join(downloadsDir(), dl.suggestedFilename());
  await dl.saveAs(file);
  return file;
}

describe('initiatives, goals and the status report in Chromium', () => {
  it('creates a track, an initiative with a budget, a goal with a measurement, and downloads the report', async () => {
    const year = new Date().getFullYear();
    await page.evaluate(() => (location.hash = '#/initiatives/setup'));
    const trackForm = page.getByRole('form', { name: 'Nyt spor' });
    await trackForm.getByLabel('Sporets navn').fill('Grundskolesporet');
    await trackForm.getByRole('button', { name: 'Nyt spor' }).click();
    await page.getByRole('button', { name: 'Redigér Grundskolesporet' }).waitFor();
    const groupForm = page.getByRole('form', { name: 'Ny målgruppe' });
    await groupForm.getByLabel('Navn').fill('12–18 år');
    await groupForm.getByLabel('Alder fra').fill('12');
    await groupForm.getByLabel('Alder til').fill('18');
    await groupForm.getByRole('button', { name: 'Opret' }).click();
    await page.getByRole('cell', { name: '12–18 år', exact: true }).waitFor();

    await page.getByRole('tab', { name: 'Indsatser' }).click();
    await page.getByText('Ingen indsatser endnu').waitFor();
    await page.getByRole('button', { name: 'Ny indsats' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Navn').fill('Brobygning på Ærø');
    await choose(/^Spor/, 'Grundskolesporet');
    await choose('Målgrupper', '12–18 år');
    await page.keyboard.press('Escape');
    await dialog.getByLabel('Start').fill(`${year}-01-01`);
    await dialog.getByRole('button', { name: 'Tilføj budgetlinje' }).click();
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await dialog.getByText('Angiv et beløb').waitFor(); // the contract's rule, shown at the empty amount
    await dialog.getByLabel('Beløb (kr.) 1').fill('133000');
    await dialog.getByLabel('Finansiering 1').fill('Ungepuljen');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('heading', { name: 'Brobygning på Ærø' }).waitFor();
    await expect.poll(() => page.getByRole('cell', { name: '133.000 kr.' }).count()).toBe(2); // line and total

    // Status change with its date, kept in the timeline.
    await expectToast(page, 'Status er ændret til Foreslået', () => page.getByRole('form', { name: 'Skift status' }).getByRole('button', { name: 'Skift status' }).click());
    await expect.poll(() => page.getByText('Foreslået', { exact: true }).count()).toBeGreaterThanOrEqual(2);

    await page.evaluate(() => (location.hash = '#/goals/dashboard'));
    await page.getByText('Ingen mål endnu').waitFor();
    await page.getByRole('button', { name: 'Nyt mål' }).click();
    await dialog.getByLabel(/^Mål( \*)?$/).fill('95 % gennemfører en ungdomsuddannelse');
    await dialog.getByLabel('Baseline (værdi)').fill('85');
    await dialog.getByLabel('Baselinedato').fill(`${year - 2}-01-01`);
    await dialog.getByLabel('Målværdi (eller nedre grænse)').fill('95');
    await dialog.getByLabel('Måldato').fill(`${year + 2}-12-31`);
    await choose('Niveau', 'Brobygning på Ærø (Grundskolesporet)');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    const card = page.getByRole('article', { name: '95 % gennemfører en ungdomsuddannelse' });
    await card.getByText('Ingen målinger', { exact: true }).waitFor();
    const measure = card.getByRole('form', { name: /Tilføj måling/ });
    await measure.getByLabel('Dato').fill(`${year}-01-01`);
    await measure.getByLabel('Værdi').fill('88');
    await measure.getByLabel('Kilde').fill('Profilmodellen');
    await measure.getByRole('button', { name: 'Tilføj måling' }).click();
    await card.getByRole('cell', { name: '88,0 %' }).waitFor();
    await card.getByRole('img', { name: /Graf over målinger/ }).waitFor();
    expect(await card.getByText(/På sporet|I risiko|Ikke på sporet/).count()).toBeGreaterThan(0);

    // A key figure for the track, entered per year and compared with the year before.
    await page.getByRole('tab', { name: 'Nøgletal pr. spor' }).click();
    await page.getByText('Ingen nøgletal endnu').waitFor();
    const kfForm = page.getByRole('form', { name: 'Nyt nøgletal' });
    await kfForm.getByLabel('Spor').click();
    await page.getByRole('option', { name: 'Grundskolesporet', exact: true }).click();
    await kfForm.getByLabel('Nøgletal').fill('Obligatoriske erhvervspraktikker');
    await kfForm.getByRole('button', { name: 'Nyt nøgletal' }).click();
    await page.getByLabel(`Obligatoriske erhvervspraktikker ${year - 1}`).fill('610');
    await page.getByLabel(`Obligatoriske erhvervspraktikker ${year - 1}`).press('Enter');
    await page.getByLabel(`Obligatoriske erhvervspraktikker ${year}`).fill('658');
    await page.getByLabel(`Obligatoriske erhvervspraktikker ${year}`).press('Enter');
    await page.getByRole('cell', { name: '+48 (+7,9 %)' }).waitFor();

    await page.getByRole('button', { name: 'Statusrapport' }).click();
    const xlsx = await download('Excel (.xlsx)');
    expect(path.basename(xlsx)).toBe(`Statusrapport ${year}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ini = wb.getWorksheet('Indsatser')!;
    expect(ini.getRow(2).getCell(1).value).toBe('Brobygning på Ærø');
    expect(ini.getRow(2).getCell(4).value).toBe('Foreslået');
    expect(ini.getRow(2).getCell(11).value).toBe(133_000);
    const goals = wb.getWorksheet('Mål og nøgletal')!;
    expect(goals.getRow(2).getCell(4).value).toBeCloseTo(0.85);
    expect(goals.getRow(2).getCell(9).value).toBeCloseTo(0.88);
    const kf = wb.getWorksheet('Nøgletal pr. spor')!;
    expect([kf.getRow(2).getCell(2).value, kf.getRow(2).getCell(3).value, kf.getRow(2).getCell(4).value, kf.getRow(2).getCell(5).value]).toEqual(['Obligatoriske erhvervspraktikker', 610, 658, 48]);

    const pdf = await download('PDF');
    const text = pdfText(fs.readFileSync(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain(`Statusrapport ${year}`);
    expect(text).toContain('Brobygning på Ærø');
    expect(text).toContain('88,0 %');
    expect(pageErrors).toEqual([]);
  });
});
