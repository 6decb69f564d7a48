import ExcelJS from 'exceljs';
import type { FileResult } from '../../preload/contract';

export async function readWorkbook(file: FileResult | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const buf = Buffer.isBuffer(file) ? file : Buffer.from(file.base64 ?? '', 'base64');
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

export async function xlsxBase64(rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ark1');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

export function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  // Array.from, not map: a cell never written (streaming writers leave empty text out) reads as ''.
  ws.eachRow((row) => out.push(Array.from((row.values as unknown[]).slice(1), (v) => (v === null || v === undefined ? '' : String(v)))));
  return out;
}
