import type { ImportEncoding, ImportSeparator } from '../../preload/contract';
import { ServiceError } from '../api/serviceError';
import { ImportBudget, importLimits, limitError, type ImportLimits } from './importLimits';
import { readXlsx } from './xlsxStream';

export type DetectedEncoding = Exclude<ImportEncoding, 'auto'>;

export interface ParsedTable {
  header: string[];
  rows: string[][];
  encoding: DetectedEncoding | 'xlsx';
  separator: Exclude<ImportSeparator, 'auto'> | null;
}

export const MAX_IMPORT_ROWS = importLimits.rows;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(buf: Buffer): boolean {
  return ZIP_MAGIC.every((b, i) => buf[i] === b);
}

/** UTF-16 without a byte order mark: most of the high (or low) bytes of the first characters are zero. */
function utf16Guess(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  if (odd > n / 4 && even < n / 50) return 'utf-16le';
  if (even > n / 4 && odd < n / 50) return 'utf-16be';
  return null;
}

function detect(buf: Buffer): { encoding: DetectedEncoding; bom: number } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const utf16 = utf16Guess(buf);
  if (utf16) return { encoding: utf16, bom: 0 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    // Not UTF-8: what Danish Excel saves as "CSV (semikolonsepareret)".
    return { encoding: 'windows-1252', bom: 0 };
  }
}

/**
 * Bytes to text by iconv-lite, with real Windows-1252 (€ – “ ” ‘ ’ … • in 0x80–0x9F; Node's own
 * TextDecoder treats those bytes as Latin-1 control characters), UTF-8 with or without BOM, and the
 * UTF-16 of Excel's "Unicode text".
 */
export async function decodeText(buf: Buffer, encoding: ImportEncoding): Promise<{ text: string; encoding: DetectedEncoding }> {
  const found = detect(buf);
  const chosen = encoding === 'auto' ? found.encoding : encoding;
  const bom = chosen === found.encoding ? found.bom : 0;
  const body = buf.subarray(bom);
  if (chosen === 'utf-8') {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
    } catch {
      throw new ServiceError('VALIDATION', 'import.notUtf8');
    }
  }
  // iconv-lite and Papa Parse are loaded by the first import, not at process start (issue 17).
  const { default: iconv } = await import('iconv-lite');
  return { text: iconv.decode(body, chosen, { stripBOM: false }), encoding: chosen };
}

function guessSeparator(text: string): ';' | ',' | '\t' {
  const firstLine = text.slice(0, 65_536).split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => firstLine.split(c).length - 1;
  const [semi, comma, tab] = [count(';'), count(','), count('\t')];
  if (tab > semi && tab > comma) return '\t';
  return semi >= comma ? ';' : ',';
}

/** Papa Parse row by row: rows counted as read, cells and characters bounded as in .xlsx. */
async function parseCsv(text: string, separator: string, budget: ImportBudget): Promise<string[][]> {
  const { default: Papa } = await import('papaparse');
  const rows: string[][] = [];
  let failure: unknown = null;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    skipEmptyLines: false,
    step: (result, parser) => {
      try {
        if (rows.length >= budget.limits.rows + 1) throw limitError.rows(budget.limits);
        const cells = result.data.slice(0, budget.limits.columns).map((v) => v.trim());
        for (const c of cells) budget.keep(c.length);
        rows.push(cells);
      } catch (err) {
        failure = err;
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
  // Papa reports a last empty line as a row of one empty cell.
  if (rows.length > 1 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return rows;
}

export async function parseTable(
  fileName: string,
  buf: Buffer,
  opts: { encoding: ImportEncoding; separator: ImportSeparator },
  tick: () => Promise<void> = async () => undefined,
  signal?: AbortSignal,
  limits: ImportLimits = importLimits,
): Promise<ParsedTable> {
  const budget = new ImportBudget(limits, signal);
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx') || isZip(buf)) {
    if (!isZip(buf)) throw new ServiceError('VALIDATION', 'import.xlsxNotZip');
    const rows = await readXlsx(buf, budget, tick);
    return table(rows, 'xlsx', null);
  }
  if (!lower.endsWith('.csv') && !lower.endsWith('.txt')) {
    throw new ServiceError('VALIDATION', 'import.chooseFile');
  }
  const { text, encoding } = await decodeText(buf, opts.encoding);
  if (text.includes('\0')) throw new ServiceError('VALIDATION', 'import.notText');
  const separator = opts.separator === 'auto' ? guessSeparator(text) : opts.separator;
  const rows = await parseCsv(text, separator, budget);
  budget.check();
  return table(rows, encoding, separator);
}

function table(rows: string[][], encoding: ParsedTable['encoding'], separator: ParsedTable['separator']): ParsedTable {
  const columns = rows.reduce((m, r) => Math.max(m, r.length), 0);
  for (const r of rows) while (r.length < columns) r.push('');
  const [header = [], ...body] = rows;
  return { header, rows: body, encoding, separator };
}
