import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { choose, startWebApp, type WebApp } from '../helpers/webApp';
import { readWorkbook, sheetRows } from '../helpers/xlsx';
import { tempFile } from '../helpers/db';
import { expectToast } from '../helpers/toasts';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp();
});
afterAll(async () => {
  await app?.close();
});

describe('actor register in Chromium', () => {
  it('creates an organisation and a person with æøå, finds, edits, deletes and restores them', async () => {
    const { page } = app;
    await page.evaluate(() => (location.hash = '#/actors/organisations'));
    await page.getByText('Ingen organisationer endnu').waitFor();

    await page.getByRole('button', { name: 'Ny organisation' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Navn').fill('Ærø Ungdomsskole');
    await choose(page, 'Type', 'Folkeskole');
    await choose(page, 'Relation til partnerskabet', 'Inddrages ad hoc');
    await dialog.getByLabel('Hjemmeside').fill('ikke en adresse');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await dialog.getByText('Ugyldig webadresse').waitFor();
    await dialog.getByLabel('Hjemmeside').fill('www.aeroe-ungdomsskole.dk');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('heading', { name: 'Ærø Ungdomsskole' }).waitFor();

    await page.getByRole('tab', { name: 'Personer' }).click();
    await page.getByRole('button', { name: 'Ny person' }).click();
    await dialog.getByLabel('Navn').fill('Søren Østergård Åkjær');
    await dialog.getByLabel('Titel').fill('Skoleleder');
    await choose(page, 'Organisation', 'Ærø Ungdomsskole');
    await dialog.getByLabel('E-mail').fill('soeren@aeroe.dk');
    await dialog.getByLabel('Telefon').fill('62 52 10 00');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('heading', { name: 'Søren Østergård Åkjær' }).waitFor();

    // Accent- and case-tolerant search: "oestergaard" finds "Østergård", the organisation's name finds its people.
    const search = page.getByRole('textbox', { name: 'Søg' });
    await search.fill('oestergaard');
    await page.getByRole('option', { name: /Søren Østergård Åkjær/ }).waitFor();
    await search.fill('ærø ungdom');
    await page.getByRole('option', { name: /Søren Østergård Åkjær/ }).waitFor();
    await search.fill('findes ikke');
    await page.getByText('Intet matcher søgningen og filtrene.').waitFor();
    await search.fill('');

    await page.getByRole('option', { name: /Søren Østergård Åkjær/ }).click();
    await page.getByRole('button', { name: 'Redigér' }).click();
    await dialog.getByLabel('Titel').fill('Viceskoleleder');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('option', { name: /Søren/ }).getByText('Viceskoleleder, Ærø Ungdomsskole').waitFor();

    await page.getByRole('button', { name: 'Slet' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slet' }).click();
    await page.getByText('Søren Østergård Åkjær er lagt i papirkurven').waitFor();
    await page.getByText('Ingen personer endnu').waitFor();
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await page.getByRole('option', { name: /Søren Østergård Åkjær/ }).waitFor();

    // Through the trash as well.
    await page.getByRole('tab', { name: 'Organisationer' }).click();
    await page.getByRole('option', { name: /Ærø Ungdomsskole/ }).click();
    await page.getByRole('button', { name: 'Slet' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slet' }).click();
    await page.getByRole('tab', { name: 'Papirkurv' }).click();
    await page.getByRole('button', { name: 'Gendan Ærø Ungdomsskole' }).click();
    await page.getByText('Papirkurven er tom.').waitFor();
    await page.getByRole('tab', { name: 'Organisationer' }).click();
    await page.getByRole('option', { name: /Ærø Ungdomsskole/ }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('imports a small xlsx after a preview, and exports the overview that reads back', async () => {
    const { page } = app;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kontakter');
    ws.addRows([
      ['Navn', 'Titel', 'Organisation', 'E-mail'],
      ['Åse Kjærgaard', 'Direktør', 'Børne- og Velfærdsforvaltningen', 'aase@hvidovre.dk'],
      ['Kåre Mølgaard', 'Leder', 'VUC Hvidovre/Amager', 'ikke-en-mail'],
    ]);
    const file = tempFile('kontakter.xlsx');
    await wb.xlsx.writeFile(file);

    await page.getByRole('tab', { name: 'Personer' }).click();
    await page.getByRole('button', { name: 'Importér' }).click();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('1 gyldige rækker, 1 med fejl (af 2)').waitFor();
    await page.getByText('E-mail: Ugyldig e-mailadresse').waitFor();
    await expectToast(page, '1 er importeret', () => page.getByRole('dialog').getByRole('button', { name: 'Importér' }).click());
    await page.getByRole('option', { name: /Åse Kjærgaard/ }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportér oversigt (Excel)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Aktøroversigt .*\.xlsx$/);
    const saved = tempFile('export.xlsx');
    await download.saveAs(saved);
    const book = await readWorkbook(fs.readFileSync(saved));
    const people = sheetRows(book.getWorksheet('Personer')!).map((r) => r[0]);
    expect(people).toEqual(['Navn', 'Søren Østergård Åkjær', 'Åse Kjærgaard']);
    const orgs = sheetRows(book.getWorksheet('Organisationer')!).map((r) => r[0]);
    expect(orgs).toEqual(['Navn', 'Børne- og Velfærdsforvaltningen', 'Ærø Ungdomsskole']);
    expect(app.pageErrors).toEqual([]);
  });

  it('imports a Windows-1252 CSV from Danish Excel with € – “ ” ‘ ’ … • exactly, naming the encoding in the preview', async () => {
    const { page } = app;
    const note = 'Pris 100 € – “citat” ‘x’ … •';
    const file = tempFile('cp1252.csv');
    fs.writeFileSync(file, iconv.encode(`Navn;Type;Noter\r\nCp1252 Forening;Andet;${note}\r\n`, 'windows-1252'));
    await page.getByRole('tab', { name: 'Organisationer' }).click();
    await page.getByRole('button', { name: 'Importér' }).click();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('Tegnsæt: Windows-1252').waitFor();
    await page.getByRole('dialog').getByRole('cell', { name: note, exact: true }).waitFor();
    await expectToast(page, '1 er importeret', () => page.getByRole('dialog').getByRole('button', { name: 'Importér' }).click());
    await page.getByRole('option', { name: /Cp1252 Forening/ }).click();
    await page.getByText(note, { exact: true }).first().waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
