import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import { ServiceError } from '../api/serviceError';
import { limitError, type ImportBudget } from './importLimits';
import { attr, XmlScanner, type XmlHandlers } from './xmlScan';

interface ZipEntry {
  name: string;
  method: number;
  start: number;
  size: number;
}

const unreadable = () => new ServiceError('VALIDATION', 'import.notXlsx');

/** The zip's central directory, read from the buffer; sizes the file claims are never trusted for output. */
function zipEntries(buf: Buffer): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable();
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, ZipEntry>();
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw unreadable();
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw unreadable();
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + size > buf.length) throw unreadable();
    entries.set(name.replace(/^\//, ''), { name, method, start, size });
  }
  return entries;
}

/** Inflates one part a chunk at a time into the scanner, counting every byte against the budget. */
async function scanEntry(buf: Buffer, entry: ZipEntry, scanner: XmlScanner, budget: ImportBudget, inflated: { bytes: number }, tick: () => Promise<void>) {
  if (entry.method !== 0 && entry.method !== 8) throw unreadable();
  const data = buf.subarray(entry.start, entry.start + entry.size);
  const slices = function* () {
    for (let i = 0; i < data.length; i += 16_384) yield data.subarray(i, i + 16_384);
  };
  const source = Readable.from(slices());
  const stream = entry.method === 8 ? source.pipe(zlib.createInflateRaw()) : source;
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      inflated.bytes += chunk.length;
      if (inflated.bytes > budget.limits.inflatedBytes) throw limitError.inflatedBytes(budget.limits);
      scanner.feed(decoder.write(chunk));
      budget.check();
      await tick();
    }
  } catch (err) {
    if (err instanceof ServiceError || err instanceof Done) throw err;
    throw unreadable();
  } finally {
    stream.destroy();
    source.destroy();
  }
  scanner.feed(decoder.end());
}

/** Thrown by a handler when it has what it needs (the end of sheetData); the rest is not inflated. */
class Done extends Error {}

async function scanPart(buf: Buffer, entries: Map<string, ZipEntry>, path: string, make: (s: () => XmlScanner) => XmlHandlers, budget: ImportBudget, inflated: { bytes: number }, tick: () => Promise<void>) {
  const entry = entries.get(path);
  if (!entry) return false;
  const scanner: XmlScanner = new XmlScanner(make(() => scanner), budget);
  try {
    await scanEntry(buf, entry, scanner, budget, inflated, tick);
  } catch (err) {
    if (!(err instanceof Done)) throw err;
  }
  return true;
}

function firstSheetPath(buf: Buffer, entries: Map<string, ZipEntry>, budget: ImportBudget, inflated: { bytes: number }, tick: () => Promise<void>): Promise<string | null> {
  return (async () => {
    let relId: string | null = null;
    await scanPart(buf, entries, 'xl/workbook.xml', () => ({
      open: (name, tag) => {
        if (name === 'sheet' && relId === null) relId = attr(tag, 'r:id') ?? attr(tag, 'id');
      },
      close: () => undefined,
    }), budget, inflated, tick);
    let target: string | null = null;
    if (relId) {
      await scanPart(buf, entries, 'xl/_rels/workbook.xml.rels', () => ({
        open: (name, tag) => {
          if (name === 'Relationship' && attr(tag, 'Id') === relId) target = attr(tag, 'Target');
        },
        close: () => undefined,
      }), budget, inflated, tick);
    }
    if (target) {
      const t: string = target;
      const path = t.startsWith('/') ? t.slice(1) : `xl/${t}`;
      if (entries.has(path)) return path;
    }
    const sheets = [...entries.keys()].filter((k) => /^xl\/worksheets\/[^/]+\.xml$/.test(k)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    return sheets[0] ?? null;
  })();
}

function columnIndex(ref: string | null): number | null {
  const m = ref ? /^([A-Z]{1,3})/.exec(ref) : null;
  if (!m) return null;
  let n = 0;
  for (const ch of m[1]!) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function cellString(type: string | null, value: string | null, inline: string | null, shared: string[]): string {
  if (type === 'inlineStr') return inline ?? '';
  if (value === null) return '';
  if (type === 's') return shared[Number(value)] ?? '';
  if (type === 'b') return value === '1' ? 'true' : 'false';
  if (type === 'e') return '';
  if (type === 'str') return value;
  const num = Number(value);
  return value.trim() !== '' && Number.isFinite(num) ? String(num) : value;
}

/**
 * Reads the first sheet of an .xlsx held in memory: shared strings first, then the sheet's rows, both
 * inflated and scanned a chunk at a time. Every row read counts, whatever number it claims.
 */
export async function readXlsx(buf: Buffer, budget: ImportBudget, tick: () => Promise<void>): Promise<string[][]> {
  const limits = budget.limits;
  let entries: Map<string, ZipEntry>;
  try {
    entries = zipEntries(buf);
  } catch (err) {
    if (err instanceof ServiceError) throw err;
    throw unreadable();
  }
  const inflated = { bytes: 0 };
  const sheetPath = await firstSheetPath(buf, entries, budget, inflated, tick);
  if (!sheetPath) throw new ServiceError('VALIDATION', 'import.noSheet');

  const shared: string[] = [];
  await scanPart(buf, entries, 'xl/sharedStrings.xml', (scanner) => {
    let inSi = false;
    let phonetic = 0;
    let text = '';
    return {
      open: (name) => {
        if (name === 'si') [inSi, text] = [true, ''];
        else if (name === 'rPh') phonetic++;
        else if (name === 't' && inSi && phonetic === 0) scanner().startText();
      },
      close: (name) => {
        if (name === 't' && inSi && phonetic === 0) text += scanner().endText();
        else if (name === 'rPh') phonetic--;
        else if (name === 'si') {
          inSi = false;
          budget.keep(text.length);
          if (shared.length >= limits.totalChars / 16) throw limitError.totalChars(limits);
          shared.push(text);
        }
      },
    };
  }, budget, inflated, tick);

  const rows: string[][] = [];
  let rowsRead = 0;
  await scanPart(buf, entries, sheetPath, (scanner) => {
    let row: string[] | null = null;
    let col = -1;
    let skip = false;
    let type: string | null = null;
    let value: string | null = null;
    let inline: string | null = null;
    let inInline = false;
    let phonetic = 0;
    return {
      open: (name, tag) => {
        if (name === 'row') {
          rowsRead++;
          if (rowsRead > limits.rows + 1) throw limitError.rows(limits);
          const r = Number(attr(tag, 'r'));
          if (Number.isInteger(r) && r > rows.length + 1) {
            if (r > limits.rows + 1) throw limitError.rows(limits);
            while (rows.length < r - 1) rows.push([]);
          }
          row = [];
          rows.push(row);
          if (rows.length > limits.rows + 1) throw limitError.rows(limits);
          col = -1;
        } else if (name === 'c' && row) {
          col = columnIndex(attr(tag, 'r')) ?? col + 1;
          skip = col >= limits.columns;
          type = attr(tag, 't');
          value = inline = null;
        } else if (!skip && row) {
          if (name === 'v') scanner().startText();
          else if (name === 'is') [inInline, inline] = [true, ''];
          else if (name === 'rPh') phonetic++;
          else if (name === 't' && inInline && phonetic === 0) scanner().startText();
        }
      },
      close: (name) => {
        if (name === 'sheetData') throw new Done();
        if (!row) return;
        if (name === 'row') row = null;
        else if (skip) return;
        else if (name === 'v') value = scanner().endText();
        else if (name === 't' && inInline && phonetic === 0) inline += scanner().endText();
        else if (name === 'rPh') phonetic--;
        else if (name === 'is') inInline = false;
        else if (name === 'c') {
          const text = cellString(type, value, inline, shared).trim();
          budget.keep(text.length);
          while (row.length < col) row.push('');
          row[col] = text;
        }
      },
    };
  }, budget, inflated, tick);
  return rows;
}
