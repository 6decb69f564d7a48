import type ExcelJS from 'exceljs';
import type { Letterhead } from '../houseStyle/letterhead';
import { cellValue } from './xlsx';
import { addStreamingLogo } from './xlsxStreamLogo';

/** Rows the letterhead takes above the first sheet's table: municipality, partnership, sender lines, a blank. */
export const LETTERHEAD_ROWS = 4;
const LOGO_HEIGHT_PX = 56;

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

function letterheadValues(l: Letterhead): string[] {
  return [l.municipality || l.partnership, l.municipality ? l.partnership : '', l.lines.join('  ·  '), ''];
}

function styleRows(ws: ExcelJS.Worksheet, l: Letterhead, first: number) {
  const rows = letterheadValues(l);
  rows.forEach((v, i) => {
    const row = ws.getRow(first + i);
    const cell = row.getCell(1);
    cell.value = cellValue(v);
    cell.font = i === 0 ? { bold: true, size: 14, color: { argb: argb(l.accent) } } : { size: 9, color: { argb: 'FF5C5F66' } };
    cell.alignment = { vertical: 'middle', wrapText: false };
    row.height = i === 0 ? 24 : 16;
  });
}

/** Where the logo goes: top right over the last columns, 56 px high, at most 220 px wide. */
function logoPlace(logo: NonNullable<Letterhead['logo']>, columnCount: number) {
  const height = LOGO_HEIGHT_PX;
  return { col: Math.max(2, columnCount - 2), width: Math.min(220, Math.round((logo.width / logo.height) * height)), height };
}

function placeLogo(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, l: Letterhead, columnCount: number) {
  if (!l.logo) return;
  const id = wb.addImage({ buffer: l.logo.png as unknown as ExcelJS.Buffer, extension: 'png' });
  const { col, width, height } = logoPlace(l.logo, columnCount);
  ws.addImage(id, { tl: { col, row: 0 }, ext: { width, height } });
}

/**
 * The letterhead on the first sheet of a finished in-memory workbook (only when a logo is set, so
 * workbooks without one look as before): rows are inserted above the table, the frozen header and
 * the autofilter move down with it, and the logo floats top right.
 */
export function addWorkbookLetterhead(wb: ExcelJS.Workbook, l: Letterhead | null | undefined) {
  const ws = wb.worksheets[0];
  if (!ws || !l?.logo) return;
  ws.spliceRows(1, 0, ...Array.from({ length: LETTERHEAD_ROWS }, () => []));
  styleRows(ws, l, 1);
  ws.views = ws.views.map((v) => (v.state === 'frozen' && v.ySplit ? { ...v, ySplit: v.ySplit + LETTERHEAD_ROWS } : v));
  const f = ws.autoFilter;
  if (f && typeof f === 'object' && 'from' in f && typeof f.from === 'object' && typeof f.to === 'object') {
    ws.autoFilter = { from: { row: f.from.row + LETTERHEAD_ROWS, column: f.from.column }, to: { row: f.to.row + LETTERHEAD_ROWS, column: f.to.column } };
  }
  placeLogo(wb, ws, l, ws.columnCount);
}

/**
 * The same rows for the streaming writer, written before the header row of the first sheet, with the
 * logo top right (xlsxStreamLogo.ts: exceljs's streaming writer has no floating images of its own).
 */
export function writeLetterheadRows(wb: ExcelJS.stream.xlsx.WorkbookWriter, ws: ExcelJS.Worksheet, l: Letterhead, columnCount: number) {
  styleRows(ws, l, 1);
  for (let i = 1; i <= LETTERHEAD_ROWS; i++) ws.getRow(i).commit();
  if (l.logo) addStreamingLogo(wb, ws, l, logoPlace(l.logo, columnCount));
}
