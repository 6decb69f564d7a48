import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { goalProgress } from '../../main/goals/progress';
import type { FileResult } from '../../preload/contract';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { seedHjorring } from '../helpers/hjorring';
import { pdfPageCount, pdfText } from '../helpers/pdf';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(() => db.close());

const bytes = (f: FileResult) => Buffer.from(f.base64 ?? '', 'base64');
async function workbook(f: FileResult) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes(f) as unknown as ArrayBuffer);
  return wb;
}
const year2020 = { fromDate: '2020-01-01', toDate: '2020-12-31' };

/** Finds the row whose first cells match, returns it as plain values. */
function rowWith(ws: ExcelJS.Worksheet, col: number, text: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(col).value === text) return ws.getRow(r);
  throw new Error(`${text} not found in ${ws.name}`);
}

describe('goal progress rule', () => {
  const g = { direction: 'higher' as const, baselineValue: 85, baselineDate: '2012-01-01', targetValue: 95, targetMax: null, targetDate: '2015-01-01' };
  const m = (date: string, value: number, id = 1) => ({ id, date, value, source: null, note: null });
  it('measures the share of the way and compares it with the straight line on the as-of date', () => {
    // 2013-07-02 is half-way in time; 90 is half-way in value → on track.
    expect(goalProgress(g, [m('2013-07-01', 90)], '2013-07-02')).toMatchObject({ status: 'on_track', progress: 0.5 });
    // 88.5 is 35 % of the way, 15 points behind 50 % → at risk; 87 is 20 % → off track.
    expect(goalProgress(g, [m('2013-07-01', 88.5)], '2013-07-02').status).toBe('at_risk');
    expect(goalProgress(g, [m('2013-07-01', 87)], '2013-07-02').status).toBe('off_track');
    // Measurements after the as-of date do not count.
    expect(goalProgress(g, [m('2014-01-01', 99)], '2013-07-02')).toMatchObject({ status: 'no_data', latest: null });
    // Lower is better, and a range is reached at its edge nearest the baseline.
    const lower = { ...g, direction: 'lower' as const, baselineValue: 20, targetValue: 10 };
    expect(goalProgress(lower, [m('2014-12-31', 11)], '2015-01-01')).toMatchObject({ status: 'at_risk' });
    expect(goalProgress(lower, [m('2014-12-31', 12)], '2015-01-01')).toMatchObject({ status: 'off_track' });
    const range = { ...g, baselineValue: 0, targetValue: 80, targetMax: 100 };
    expect(goalProgress(range, [m('2014-12-31', 86)], '2015-01-01')).toMatchObject({ status: 'on_track', reached: true });
  });
});

describe('status report', () => {
  it('shows key figures per track with the change from last year, and goals with status, in the screen services', async () => {
    await seedHjorring(ctx);
    const table = await call(ctx, 'keyFigures.table', { fromYear: 2019, toYear: 2020 });
    const praktik = table.find((r) => r.name === 'Obligatoriske erhvervspraktikker')!;
    expect(praktik.trackName).toBe('Grundskolesporet');
    expect(praktik.years[1]).toMatchObject({ year: 2020, value: 658, change: 48 });
    expect(table.map((r) => r.trackName)).toEqual(['Grundskolesporet', 'Grundskolesporet', 'Støttesporet', 'Støttesporet', 'Virksomhedssporet', 'Virksomhedssporet', 'Vejledningssporet', 'Vejledningssporet']);
    const goals = (await call(ctx, 'goals.list', { asOf: '2020-12-31' })).items;
    expect(goals.map((g) => [g.name.slice(0, 6), g.progress.status])).toEqual([
      ['95 % a', 'off_track'],
      ['80–100', 'on_track'],
    ]);
  });

  it('builds the xlsx with the sheets, Danish number formats, conditional formatting and print setup', async () => {
    await seedHjorring(ctx);
    const file = await call(ctx, 'statusReport.xlsx', year2020);
    expect(file.fileName).toBe('Statusrapport 2020.xlsx');
    const wb = await workbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Overblik', 'Indsatser', 'Mål og nøgletal', 'Nøgletal pr. spor', 'Økonomi', 'Noter']);

    const kf = wb.getWorksheet('Nøgletal pr. spor')!;
    expect(kf.getRow(1).values).toEqual([undefined, 'Spor', 'Nøgletal', '2019', '2020', 'Ændring fra 2019', 'Ændring i %']);
    const praktik = rowWith(kf, 2, 'Obligatoriske erhvervspraktikker');
    expect([praktik.getCell(1).value, praktik.getCell(3).value, praktik.getCell(4).value, praktik.getCell(5).value]).toEqual(['Grundskolesporet', 610, 658, 48]);
    expect(praktik.getCell(4).numFmt).toBe('#,##0');
    expect(rowWith(kf, 2, 'Antal individuelle vejledninger').getCell(4).value).toBe(1547);
    expect(rowWith(kf, 2, 'Antal Garantipartnere').getCell(4).value).toBe(171);

    const goals = wb.getWorksheet('Mål og nøgletal')!;
    const edu = rowWith(goals, 1, '95 % af en ungdomsårgang gennemfører en ungdomsuddannelse');
    expect(edu.getCell(4).value).toBeCloseTo(0.85);
    expect(edu.getCell(4).numFmt).toBe('0.0 %');
    expect(edu.getCell(6).value).toBeCloseTo(0.95);
    expect(edu.getCell(9).value).toBeCloseTo(0.884);
    expect(edu.getCell(14).value).toBe('Ikke på sporet');
    const match = rowWith(goals, 1, '80–100 unge matches med en erhvervsmentor');
    expect([match.getCell(3).value, match.getCell(6).value, match.getCell(7).value, match.getCell(9).value]).toEqual(['Erhvervsmentorkorps (Virksomhedssporet)', 80, 100, 86]);
    expect(match.getCell(11).value).toBeCloseTo(86 / 80);
    expect(match.getCell(14).value).toBe('På sporet');
    const cf = (goals as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    expect(cf.flatMap((c) => c.rules.map((r) => r.type))).toEqual(expect.arrayContaining(['dataBar', 'iconSet', 'containsText']));

    const over = wb.getWorksheet('Overblik')!;
    const company = rowWith(over, 1, 'Virksomhedssporet');
    expect(company.getCell(2).value).toBe(1); // one initiative
    expect(company.getCell(6).value).toBe(1); // running on 31 December 2020
    expect(company.getCell(9).value).toBe(133_000);
    expect(company.getCell(9).numFmt).toBe('#,##0 "kr."');
    expect(company.getCell(10).value).toBe(1); // goal on track
    expect(rowWith(over, 1, 'I alt').getCell(9).value).toBe(583_000);

    const eco = wb.getWorksheet('Økonomi')!;
    expect(rowWith(eco, 2, 'Ungepuljen').getCell(4).value).toBe(133_000); // only 2020's line
    expect(rowWith(eco, 1, 'I alt').getCell(4).value).toBe(583_000);

    for (const ws of [over, kf, goals, eco]) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
      expect(ws.headerFooter.oddHeader).toContain('Ungegarantien i Hjørring');
      expect(ws.headerFooter.oddFooter).toMatch(/Udskrevet \d+\. \p{L}+ \d{4}.*Side &P af &N/u);
    }
  });

  it('builds the PDF with cover, track summaries, goals, key figures and page numbers', async () => {
    await seedHjorring(ctx);
    const file = await call(ctx, 'statusReport.pdf', year2020);
    expect(file.fileName).toBe('Statusrapport 2020.pdf');
    const flat = pdfText(file, { layout: true }).replace(/\s+/g, ' ');
    expect(flat).toContain('Statusrapport 2020');
    expect(flat).toContain('Ungegarantien i Hjørring');
    expect(flat).toContain('Periode: 1. januar 2020 – 31. december 2020');
    for (const t of ['Grundskolesporet', 'Støttesporet', 'Virksomhedssporet', 'Vejledningssporet']) expect(flat).toContain(t);
    expect(flat).toMatch(/Obligatoriske erhvervspraktikker 610 658 \+48 \(\+7,9\s%\)/);
    expect(flat).toMatch(/Antal individuelle vejledninger 1\.402 1\.547 \+145/);
    expect(flat).toMatch(/Baseline 85,0\s% \(31\. december 2012\)/);
    expect(flat).toMatch(/Mål 95,0\s% \(31\. december 2025\)/);
    expect(flat).toMatch(/Mål 80–100 \(31\. december 2020\)/);
    expect(flat).toContain('Ikke på sporet');
    expect(flat).toMatch(/Ungepuljen 1 133\.000\skr\./);
    expect(flat).toMatch(/I alt 583\.000\skr\./);
    expect(flat).toContain('ret linje fra baseline');
    expect(flat).toMatch(/Indsatser pr\. målgruppe.*15–17 år 1 1 450\.000\skr\. 18–25 år 1 1 133\.000\skr\./);
    const pages = pdfPageCount(bytes(file));
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(flat).toContain(`Side ${pages} af ${pages}`);
  });

  it('takes an initiative’s status on the period end from its history and leaves out initiatives outside the period', async () => {
    const s = await seedHjorring(ctx);
    const wb = await workbook(await call(ctx, 'statusReport.xlsx', { fromDate: '2019-01-01', toDate: '2019-12-31' }));
    const ini = wb.getWorksheet('Indsatser')!;
    // The mentor corps starts 15 February 2020, so it is outside 2019; the practice coordinator runs.
    expect(ini.rowCount).toBe(2);
    expect(ini.getRow(2).getCell(1).value).toBe(s.practice.name);
    expect(ini.getRow(2).getCell(4).value).toBe('I gang');
  });
});
