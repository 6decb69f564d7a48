import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/app/clock';
import { statusReportData } from '../../main/statusReport/reportData';
import { reportRenderCounts } from '../../main/statusReport/reportThread';
import { renderReport } from '../../main/statusReport/reportWorker';
import { loadLetterhead } from '../../main/houseStyle/letterhead';
import { textsFor } from '../../main/documents/texts';
import type { FileResult } from '../../preload/contract';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { seedHjorring } from '../helpers/hjorring';
import { pdfText } from '../helpers/pdf';
import { solidPng } from '../helpers/png';

const bytes = (f: FileResult) => Buffer.from(f.base64 ?? '', 'base64');
const period = { fromDate: '2020-01-01', toDate: '2020-12-31' };

async function cells(f: FileResult): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes(f) as unknown as ArrayBuffer);
  const out: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push(JSON.parse(JSON.stringify(r.values)) as unknown[]));
    out[ws.name] = rows;
  });
  return out;
}

describe('status report rendered on a worker thread', () => {
  it('comes from the worker through the public API, with the same PDF text and workbook cells as rendered here', async () => {
    const db = await memoryDb();
    const ctx = { ...ctxOf(db), clock: fixedClock('2021-03-01T10:00:00+01:00') };
    await seedHjorring(ctx);
    await call(ctx, 'houseStyle.setLogo', { fileName: 'logo.png', mimeType: 'image/png', base64: solidPng(300, 120, [230, 0, 200]).toString('base64') });
    const before = reportRenderCounts();
    const pdf = await call(ctx, 'statusReport.pdf', period);
    const xlsx = await call(ctx, 'statusReport.xlsx', period);
    const after = reportRenderCounts();
    expect(after.offThread).toBe(before.offThread + 2);
    expect(after.inThread).toBe(before.inThread);

    const data = await statusReportData(db, period.fromDate, period.toDate);
    const job = { data, rule: textsFor('da').goals.rule, made: ctx.clock.today(), letterhead: await loadLetterhead(db.ds.manager), lang: 'da' as const, now: ctx.clock.now().toISOString() };
    const [pdfHere, xlsxHere] = [await renderReport({ ...job, kind: 'pdf' }), await renderReport({ ...job, kind: 'xlsx' })];
    const text = pdfText(bytes(pdf));
    expect(text).toBe(pdfText(bytes(pdfHere)));
    for (const s of ['Grundskolesporet', 'Obligatoriske erhvervspraktikker', 'Side 1 af']) expect(text).toContain(s);
    const [a, b] = [await cells(xlsx), await cells(xlsxHere)];
    expect(Object.keys(a).length).toBeGreaterThan(4);
    expect(a).toEqual(b);
    expect(pdf.fileName).toBe(pdfHere.fileName);
    expect(xlsx.fileName).toBe(xlsxHere.fileName);
    await db.close();
  });
});
