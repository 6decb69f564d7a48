import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { ServiceError } from '../api/serviceError';

export interface ParsedTable {
  header: string[];
  rows: string[][];
  encoding: 'utf-8' | 'windows-1252' | 'xlsx';
  separator: ';' | ',' | null;
}

export const MAX_IMPORT_ROWS = 20_000;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(buf: Buffer): boolean {
  return ZIP_MAGIC.every((b, i) => buf[i] === b);
}

export function decodeText(buf: Buffer, encoding: 'auto' | 'utf-8' | 'windows-1252'): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  if (encoding !== 'windows-1252') {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
    } catch {
      if (encoding === 'utf-8') throw new ServiceError('VALIDATION', 'Filen er ikke gyldig UTF-8. Vælg Windows-1252.');
    }
  }
  return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
}

function guessSeparator(text: string): ';' | ',' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return value.result === undefined || value.result === null ? '' : String(value.result);
    if ('hyperlink' in value) return String(value.hyperlink);
    return '';
  }
  return String(value);
}

/**
 * exceljs's streaming reader: the zip is inflated by zlib streams and the sheet XML parsed a chunk at a
 * time, so a 10,000-row sheet never holds the event loop for long (loading it whole took ~0.4 s in one go).
 */
async function parseXlsx(buf: Buffer, tick: () => Promise<void>): Promise<ParsedTable> {
  const rows: string[][] = [];
  let columns = 0;
  let sawSheet = false;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
    for await (const sheet of reader) {
      sawSheet = true;
      for await (const row of sheet) {
        if (row.number > MAX_IMPORT_ROWS + 1) throw tooMany();
        while (rows.length < row.number - 1) rows.push([]);
        const values: string[] = [];
        const last = Math.min(row.cellCount, 200);
        for (let c = 1; c <= last; c++) values.push(cellText(row.getCell(c).value).trim());
        rows.push(values);
        columns = Math.max(columns, values.length);
        await tick();
      }
      break; // the first sheet only
    }
  } catch (err) {
    if (err instanceof ServiceError) throw err;
    throw new ServiceError('VALIDATION', 'Filen kunne ikke læses som et Excel-ark (.xlsx).');
  }
  if (!sawSheet) throw new ServiceError('VALIDATION', 'Excel-filen har ingen ark.');
  for (const r of rows) while (r.length < columns) r.push('');
  const [header = [], ...body] = rows;
  return { header, rows: body, encoding: 'xlsx', separator: null };
}

const tooMany = () => new ServiceError('VALIDATION', `Filen har mere end ${MAX_IMPORT_ROWS.toLocaleString('da-DK')} rækker. Del den op.`);

export async function parseTable(
  fileName: string,
  buf: Buffer,
  opts: { encoding: 'auto' | 'utf-8' | 'windows-1252'; separator: 'auto' | ';' | ',' },
  tick: () => Promise<void> = async () => undefined,
): Promise<ParsedTable> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx') || isZip(buf)) {
    if (!isZip(buf)) throw new ServiceError('VALIDATION', 'Filen ender på .xlsx, men er ikke et Excel-ark.');
    return parseXlsx(buf, tick);
  }
  if (!lower.endsWith('.csv') && !lower.endsWith('.txt')) {
    throw new ServiceError('VALIDATION', 'Vælg en .xlsx- eller .csv-fil.');
  }
  if (buf.includes(0)) throw new ServiceError('VALIDATION', 'Filen ligner ikke en tekstfil (CSV).');
  const { text, encoding } = decodeText(buf, opts.encoding);
  const separator = opts.separator === 'auto' ? guessSeparator(text) : opts.separator;
  const result = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  const rows = result.data.map((r) => r.map((v) => v.trim()));
  if (rows.length > MAX_IMPORT_ROWS + 1) throw tooMany();
  const [header = [], ...body] = rows;
  return { header, rows: body, encoding, separator };
}
