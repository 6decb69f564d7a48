import { createYielder } from '../app/longWork';
import type { FileResult } from '../../preload/contract';
import { FONTS, parsedFonts, registerFonts, scriptGuard, type ScriptGuard } from './fonts';
import type { Letterhead } from '../houseStyle/letterhead';
import { drawLetterhead, drawSenderLines, hasLetterhead, LETTERHEAD_TOP, useAccent, type FrameStyle } from './pdfLetterhead';

export { FONTS } from './fonts';
export const PDF_MIME = 'application/pdf';
export const COLORS = { ink: '#1a1a1a', muted: '#5c5f66', accent: '#1f4e79', rule: '#c9ced6', band: '#eef2f7' };
const FONT = FONTS.regular;
const BOLD = FONTS.bold;
const ITALIC = FONTS.italic;
/** Warnings of a finished PDF (scripts the font lacks), keyed by its bytes so pdfFile can carry them. */
const warningsOf = new WeakMap<Buffer, string[]>();

export interface PdfOptions {
  /** Shown in the running header of every page and in the document info. */
  title: string;
  /** The partnership's name, top left on every page. */
  partnership: string;
  size?: 'A4' | 'A3';
  layout?: 'portrait' | 'landscape';
  /** Diagonal text on every page, e.g. "KLADDE". */
  watermark?: string;
  language?: 'da' | 'en';
  /** The house style (Indstillinger): with a logo, page 1 gets the letterhead; the accent colour applies throughout. */
  letterhead?: Letterhead | null;
}

export type Pdf = PDFKit.PDFDocument;

/**
 * A municipal-looking document: the partnership's name and the title in a running header,
 * "Side 1 af 3" in the footer (drawn when the page count is known), A4 with 2.5 cm margins.
 * Every text is set in Noto Sans, embedded as a subset: Latin with all its diacritics, Greek and
 * Cyrillic print and extract exactly. Characters the font lacks (Arabic, Hebrew, CJK …) print as
 * U+FFFD with a note on the page, and the export carries a warning (see fonts.ts).
 */
interface PdfInternals {
  _pageBuffer?: { end(): void }[];
  _pageBufferStart?: number;
  endPageMarkings?(page: unknown): unknown;
  _fontFamilies?: Record<string, { finalize?(): void }>;
}

/**
 * doc.end() compresses every buffered page and subsets and embeds every font in one go: ~0.5 s for a
 * region's hundred-page status report (issue 17: the main process is never held > 100 ms). So the pages
 * are written one at a time, as pdfkit's flushPages does, and the fonts one at a time (finalize is
 * idempotent), with `tick` in between; doc.end() then only writes the trailer. Without these
 * internals (another pdfkit) it is plain doc.end().
 */
async function endInSteps(doc: Pdf, tick: () => Promise<void>) {
  const d = doc as unknown as PdfInternals;
  const pages = d._pageBuffer;
  if (Array.isArray(pages) && typeof d._pageBufferStart === 'number' && typeof d.endPageMarkings === 'function') {
    while (pages.length) {
      const page = pages.shift()!;
      d._pageBufferStart++;
      d.endPageMarkings(page);
      page.end();
      await tick();
    }
  }
  for (const font of Object.values(d._fontFamilies ?? {})) {
    font.finalize?.();
    await tick();
  }
  doc.end();
}

/** pdfkit (and fontkit, fonts.ts) are loaded by the first PDF, not at process start: the first screen needs neither (issue 17). */
export async function createPdf(opts: PdfOptions): Promise<{ doc: Pdf; finish: () => Promise<Buffer> }> {
  const [{ default: PDFDocument }, fonts] = await Promise.all([import('pdfkit'), parsedFonts()]);
  const doc = new PDFDocument({
    size: opts.size ?? 'A4',
    layout: opts.layout ?? 'portrait',
    margins: { top: 80, bottom: 70, left: 70, right: 70 },
    bufferPages: true,
    info: { Title: opts.title, Author: opts.partnership, Creator: 'Samspil' },
    lang: opts.language === 'en' ? 'en-GB' : 'da-DK',
    displayTitle: true,
  });
  registerFonts(doc, fonts);
  if (opts.letterhead) useAccent(doc, COLORS.accent, opts.letterhead.accent);
  if (hasLetterhead(opts.letterhead)) {
    doc.page.margins.top = LETTERHEAD_TOP;
    doc.y = LETTERHEAD_TOP;
  }
  doc.font(FONT).fontSize(10.5).fillColor(COLORS.ink);
  const guard = scriptGuard(doc, opts.language ?? 'da');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const finish = async () => {
    const range = doc.bufferedPageRange();
    const pageWord = opts.language === 'en' ? ['Page', 'of'] : ['Side', 'af'];
    const tick = createYielder();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      drawFrame(doc, opts, `${pageWord[0]} ${i + 1} ${pageWord[1]} ${range.count}`, guard, i === range.start);
      await tick();
    }
    await endInSteps(doc, tick);
    const buf = await done;
    const warnings = guard.warnings();
    if (warnings.length) warningsOf.set(buf, warnings);
    return buf;
  };
  return { doc, finish };
}

const frameStyle = (): FrameStyle => ({ fonts: { regular: FONT, bold: BOLD }, colors: COLORS });

function drawFrame(doc: Pdf, opts: PdfOptions, pageLabel: string, guard: ScriptGuard, firstPage: boolean) {
  const { left, right, top, bottom } = doc.page.margins;
  const width = doc.page.width - left - right;
  const saved = { x: doc.x, y: doc.y };
  const letterhead = firstPage && hasLetterhead(opts.letterhead) ? opts.letterhead : null;
  // Writing inside the margins must not trigger pdfkit's automatic page break.
  doc.page.margins.bottom = 0;
  doc.font(FONT).fontSize(8.5).fillColor(COLORS.muted);
  if (letterhead) drawLetterhead(doc, letterhead, frameStyle());
  else {
    doc.text(opts.partnership, left, top - 45, { width: width / 2, lineBreak: false });
    doc.text(opts.title, left + width / 2, top - 45, { width: width / 2, align: 'right', lineBreak: false });
    doc.moveTo(left, top - 30).lineTo(left + width, top - 30).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
  }
  const footerY = doc.page.height - bottom + 30;
  doc.moveTo(left, footerY - 8).lineTo(left + width, footerY - 8).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
  doc.font(FONT).fontSize(8.5).fillColor(COLORS.muted);
  doc.text(pageLabel, left, footerY, { width, align: 'right', lineBreak: false });
  const note = guard.noteFor(doc.page);
  // The note on missing glyphs takes the footer's left side; otherwise page 1 carries the sender lines there.
  if (letterhead && !note) drawSenderLines(doc, letterhead, footerY, frameStyle());
  if (note) {
    doc.font(ITALIC).fontSize(7.5).fillColor('#a61b1b');
    doc.text(note, left, footerY, { width: width - 70, lineBreak: true, height: bottom - 32 });
  }
  if (opts.watermark) {
    doc.save();
    doc.rotate(-35, { origin: [doc.page.width / 2, doc.page.height / 2] });
    doc.font(BOLD).fontSize(110).fillColor('#d0d4da').fillOpacity(0.35);
    doc.text(opts.watermark, 0, doc.page.height / 2 - 60, { width: doc.page.width, align: 'center', lineBreak: false });
    doc.restore();
    doc.fillOpacity(1);
  }
  doc.page.margins.bottom = bottom;
  doc.x = saved.x;
  doc.y = saved.y;
  doc.font(FONT).fontSize(10.5).fillColor(COLORS.ink);
}

/**
 * Draws a text that fits on one line at (x, y) without pdfkit's line wrapper, and returns false (drawing
 * nothing) when it does not fit. The wrapper breaks every text into words and measures each: most of a
 * long PDF's time went there for figures, dates and names that never wrap (issue 17). The line lands
 * where the wrapper would put it; unlike the wrapper, doc.y stays where it was.
 */
export function oneLine(doc: Pdf, text: string, x: number, y: number, width: number, align: 'left' | 'right' | 'center' = 'left'): boolean {
  if (text.includes('\n')) return false;
  const shown = text.replace(/\s+$/, '');
  const w = doc.widthOfString(shown);
  if (w > width - 0.5) return false;
  const dx = align === 'right' ? width - w : align === 'center' ? (width - w) / 2 : 0;
  doc.text(text, x + dx, y, { lineBreak: false });
  return true;
}

/** The height heightOfString gives a text that fits on one line, without wrapping it; null when it may not fit. */
function oneLineHeight(doc: Pdf, text: string, width: number): number | null {
  if (text.includes('\n') || doc.widthOfString(text.replace(/\s+$/, '')) > width - 0.5) return null;
  return doc.currentLineHeight(true) + ((doc as unknown as { _lineGap?: number })._lineGap || 0);
}

export const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

export function title(doc: Pdf, text: string, subtitle?: string) {
  doc.font(BOLD).fontSize(20).fillColor(COLORS.accent).text(text, { align: 'left' });
  if (subtitle) doc.moveDown(0.2).font(FONT).fontSize(12).fillColor(COLORS.muted).text(subtitle);
  doc.moveDown(0.8).font(FONT).fontSize(10.5).fillColor(COLORS.ink);
}

export function heading(doc: Pdf, text: string, level: 1 | 2 = 1) {
  ensureSpace(doc, 60);
  doc.moveDown(level === 1 ? 0.8 : 0.5);
  doc.font(BOLD).fontSize(level === 1 ? 13.5 : 11.5).fillColor(level === 1 ? COLORS.accent : COLORS.ink).text(text, doc.page.margins.left);
  doc.moveDown(0.3).font(FONT).fontSize(10.5).fillColor(COLORS.ink);
}

export function paragraph(doc: Pdf, text: string, opts: { muted?: boolean; italic?: boolean } = {}) {
  doc.font(opts.italic ? ITALIC : FONT).fillColor(opts.muted ? COLORS.muted : COLORS.ink).text(text, doc.page.margins.left, undefined, { width: contentWidth(doc), lineGap: 2 });
  doc.moveDown(0.4).font(FONT).fillColor(COLORS.ink);
}

/** Label/value pairs in two columns, as in a memo's or an agenda's header block. */
export function keyValues(doc: Pdf, rows: [string, string][], labelWidth = 130) {
  const left = doc.page.margins.left;
  for (const [label, value] of rows) {
    ensureSpace(doc, 16);
    const y = doc.y;
    doc.font(BOLD).fontSize(10).text(label, left, y, { width: labelWidth - 10 });
    const afterLabel = doc.y;
    doc.font(FONT).fontSize(10).text(value || '–', left + labelWidth, y, { width: contentWidth(doc) - labelWidth });
    doc.y = Math.max(afterLabel, doc.y) + 3;
  }
  doc.x = left;
  doc.moveDown(0.5).fontSize(10.5);
}

export function ensureSpace(doc: Pdf, needed: number) {
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

export interface PdfColumn {
  header: string;
  width: number; // share of the content width
  align?: 'left' | 'right' | 'center';
}

interface TableOptions {
  boldLastRow?: boolean;
  fontSize?: number;
}

/** Draws a table row by row: the header now, each row on `row`, spacing on `end`. */
function tableWriter(doc: Pdf, columns: PdfColumn[], opts: TableOptions) {
  const left = doc.page.margins.left;
  const total = contentWidth(doc);
  const shares = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / shares) * total);
  const size = opts.fontSize ?? 9.5;
  const pad = 4;
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((c, i) => oneLineHeight(doc, c || ' ', widths[i]! - 2 * pad) ?? doc.heightOfString(c || ' ', { width: widths[i]! - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], font: string, fill?: string) => {
    const h = rowHeight(cells, font);
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    if (fill) doc.rect(left, y, total, h).fill(fill);
    let x = left;
    doc.font(font).fontSize(size).fillColor(COLORS.ink);
    cells.forEach((c, i) => {
      const align = columns[i]!.align ?? 'left';
      if (!oneLine(doc, c, x + pad, y + pad, widths[i]! - 2 * pad, align)) doc.text(c, x + pad, y + pad, { width: widths[i]! - 2 * pad, align });
      x += widths[i]!;
    });
    doc.moveTo(left, y + h).lineTo(left + total, y + h).lineWidth(0.4).strokeColor(COLORS.rule).stroke();
    doc.y = y + h;
  };
  const drawHeader = () => drawRow(columns.map((c) => c.header), BOLD, COLORS.band);
  ensureSpace(doc, 40);
  drawHeader();
  return {
    row: (cells: string[], last: boolean) => drawRow(cells, opts.boldLastRow && last ? BOLD : FONT),
    end: () => {
      doc.x = left;
      doc.moveDown(0.6).font(FONT).fontSize(10.5);
    },
  };
}

/** A table with a shaded header row that repeats after page breaks; optional bold last row (totals). */
export function table(doc: Pdf, columns: PdfColumn[], rows: string[][], opts: TableOptions = {}) {
  const w = tableWriter(doc, columns, opts);
  rows.forEach((r, i) => w.row(r, i === rows.length - 1));
  w.end();
}

/** The same table for long lists (hundreds of rows): gives the event loop a turn between rows when `tick` says so. */
export async function longTable(doc: Pdf, columns: PdfColumn[], rows: string[][], tick: () => Promise<void>, opts: TableOptions = {}) {
  const w = tableWriter(doc, columns, opts);
  for (const [i, r] of rows.entries()) {
    w.row(r, i === rows.length - 1);
    await tick();
  }
  w.end();
}

export function pdfFile(buf: Buffer, fileName: string): FileResult {
  const warnings = warningsOf.get(buf);
  return { fileName, mimeType: PDF_MIME, base64: buf.toString('base64'), ...(warnings ? { warnings } : {}) };
}
