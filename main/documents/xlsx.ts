import { PassThrough } from 'node:stream';
import { activeClock } from '../app/clock';
import type ExcelJS from 'exceljs';
import type { FileResult } from '../../preload/contract';
import type { DocLanguage } from './format';
import { createYielder } from '../app/longWork';
import type { Letterhead } from '../houseStyle/letterhead';
import { LETTERHEAD_ROWS, writeLetterheadRows } from './xlsxLetterhead';
import { copyWorkbook } from './xlsxCopy';

/** Short slices: with a garbage collection on top, a turn still stays well under issue 7's 100 ms. */
const SLICE_MS = 10;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SheetColumn<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
  /** Excel number format, e.g. '#,##0' (shown as 1.547 in Danish Excel); per row when units differ. */
  numFmt?: string | ((row: T) => string | undefined);
}

// Characters XML 1.0 cannot carry; one of them in a cell makes Excel refuse the whole workbook.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * The one gate for cell values in every workbook Samspil writes: numbers stay numbers, everything
 * else becomes a plain string cell (t="s"), never a formula, whatever it starts with (= + - @ tab
 * CR). No apostrophe is prefixed: a string cell is never evaluated, and "+45 12 34 56 78" must stay
 * as typed. Any future CSV writer must instead prefix ' per OWASP, since CSV has no cell types.
 */
export function cellValue(v: string | number | null | undefined): string | number {
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (v === null || v === undefined) return '';
  // XML readers turn a bare CR into LF anyway; do it here so what is written is what is read.
  return String(v).replace(XML_INVALID, '').replace(/\r\n?/g, '\n');
}

/** Text for Excel's header/footer, where & starts a code: "Gymnasium & HF" must be written "&&". */
export const headerText = (s: string) => s.replace(/&/g, '&&');

/** A workbook's language (for the printed footer "Side 1 af 3" / "Page 1 of 3"); Danish unless set. */
const languageOf = new WeakMap<object, DocLanguage>();
const footer = (wb: object) => (languageOf.get(wb) === 'en' ? '&LSamspil&RPage &P of &N' : '&LSamspil&RSide &P af &N');

/** Sets up a table sheet; `add` appends one row, `done` styles the header and sets the autofilter. */
function tableSheet<T>(wb: ExcelJS.Workbook, name: string, columns: SheetColumn<T>[], title: string) {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
    headerFooter: { oddHeader: `&L${headerText(title)}&R${headerText(name)}`, oddFooter: footer(wb) },
  });
  ws.columns = columns.map((c) => ({ header: cellValue(c.header) as string, width: c.width }));
  const add = (r: T) => {
    const row = ws.addRow(columns.map((c) => cellValue(c.value(r))));
    columns.forEach((c, i) => {
      const fmt = typeof c.numFmt === 'function' ? c.numFmt(r) : c.numFmt;
      if (fmt) row.getCell(i + 1).numFmt = fmt;
    });
  };
  const done = (count: number) => {
    const header = ws.getRow(1);
    header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
    header.alignment = { vertical: 'middle' };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, count + 1), column: columns.length } };
    return ws;
  };
  return { add, done };
}

/**
 * A table sheet as secretariats expect it: bold frozen header, autofilter, widths, print setup.
 * Every value goes through cellValue, so text such as "=1+1" from users stays text.
 */
export function addTableSheet<T>(wb: ExcelJS.Workbook, name: string, columns: SheetColumn<T>[], rows: T[], title: string): ExcelJS.Worksheet {
  const s = tableSheet(wb, name, columns, title);
  for (const r of rows) s.add(r);
  return s.done(rows.length);
}

/** The same sheet for long lists: gives the event loop a turn between rows when `tick` says so. */
export async function addLongTableSheet<T>(wb: ExcelJS.Workbook, name: string, columns: SheetColumn<T>[], rows: T[], title: string, tick: () => Promise<void>): Promise<ExcelJS.Worksheet> {
  const s = tableSheet(wb, name, columns, title);
  for (const r of rows) {
    s.add(r);
    await tick();
  }
  return s.done(rows.length);
}

/**
 * The file of a finished in-memory workbook. exceljs's own writeBuffer renders every sheet in one go,
 * which held the main process ~1 s for a region's status report (issue 17: never more than 100 ms), so
 * the sheets are copied row by row into the streaming writer instead, with a turn for the event loop
 * every few milliseconds (xlsxCopy.ts). The cells, styles and sheet setup are the same.
 */
export async function workbookFile(wb: ExcelJS.Workbook, fileName: string): Promise<FileResult> {
  const out = await newStreamingWorkbook(languageOf.get(wb) ?? 'da');
  await copyWorkbook(wb, out.wb, createYielder(SLICE_MS));
  return out.file(fileName);
}

/** exceljs is loaded by the first workbook, not at process start: the first screen needs none (issue 17). */
const exceljs = async () => (await import('exceljs')).default;

export async function newWorkbook(lang: DocLanguage = 'da'): Promise<ExcelJS.Workbook> {
  const wb = new (await exceljs()).Workbook();
  languageOf.set(wb, lang);
  wb.creator = 'Samspil';
  wb.created = activeClock().now();
  return wb;
}

// The look of addTableSheet for the streaming writer below (same options, header style, cell gate).
const sheetOptions = (wb: object, name: string, title: string, headerRow = 1): Partial<ExcelJS.AddWorksheetOptions> => ({
  views: [{ state: 'frozen', ySplit: headerRow }],
  pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  headerFooter: { oddHeader: `&L${headerText(title)}&R${headerText(name)}`, oddFooter: footer(wb) },
});

function styleHeader(header: ExcelJS.Row): void {
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  header.alignment = { vertical: 'middle' };
}

function addTableRow<T>(ws: ExcelJS.Worksheet, columns: SheetColumn<T>[], r: T): ExcelJS.Row {
  const row = ws.addRow(columns.map((c) => cellValue(c.value(r))));
  columns.forEach((c, i) => {
    const fmt = typeof c.numFmt === 'function' ? c.numFmt(r) : c.numFmt;
    if (fmt) row.getCell(i + 1).numFmt = fmt;
  });
  return row;
}

/**
 * For tables of tens of thousands of rows: exceljs's streaming writer, which writes each row out as it
 * comes instead of keeping the whole workbook in memory. Sheets look as with addTableSheet.
 */
export async function newStreamingWorkbook(lang: DocLanguage = 'da'): Promise<{ wb: ExcelJS.stream.xlsx.WorkbookWriter; file: (fileName: string) => Promise<FileResult> }> {
  const excel = await exceljs();
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  languageOf.set(wb, lang);
  wb.creator = 'Samspil';
  wb.created = activeClock().now();
  const file = async (fileName: string): Promise<FileResult> => {
    await wb.commit();
    return { fileName, mimeType: XLSX_MIME, base64: Buffer.concat(chunks).toString('base64') };
  };
  return { wb, file };
}

/** addTableSheet for the streaming writer: rows arrive in pages and the event loop gets a turn in between. */
export async function writeTableSheet<T>(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: SheetColumn<T>[],
  pages: AsyncIterable<T[]>,
  title: string,
  /** On the first sheet: the letterhead above the table (only when a logo is set). */
  letterhead?: Letterhead | null,
): Promise<number> {
  const top = letterhead?.logo ? LETTERHEAD_ROWS : 0;
  const ws = wb.addWorksheet(name, sheetOptions(wb, name, title, top + 1));
  if (top && letterhead) {
    ws.columns = columns.map((c) => ({ width: c.width }));
    writeLetterheadRows(wb, ws, letterhead, columns.length);
    ws.getRow(top + 1).values = columns.map((c) => cellValue(c.header));
  } else ws.columns = columns.map((c) => ({ header: cellValue(c.header) as string, width: c.width }));
  styleHeader(ws.getRow(top + 1));
  const tick = createYielder(SLICE_MS);
  let n = 0;
  for await (const page of pages) {
    for (const r of page) {
      addTableRow(ws, columns, r).commit();
      n++;
      await tick();
    }
  }
  ws.autoFilter = { from: { row: top + 1, column: 1 }, to: { row: top + n + 1, column: columns.length } };
  ws.commit();
  return n;
}
