import { parseRichText, type Span } from '../../preload/contract/richText';
import { COLORS, contentWidth, ensureSpace, FONTS, type Pdf } from './pdf';

const fontOf = (s: Span) => (s.bold && s.italic ? FONTS.boldItalic : s.bold ? FONTS.bold : s.italic ? FONTS.italic : FONTS.regular);

/** Writes spans as one flowing text at (x, y) with the given width; bold/italic switch fonts mid-line. */
function spans(doc: Pdf, items: Span[], x: number, y: number | undefined, width: number) {
  const list = items.length ? items : [{ text: ' ', bold: false, italic: false }];
  list.forEach((s, i) => {
    const opts = { width, lineGap: 2, continued: i < list.length - 1 };
    doc.font(fontOf(s));
    if (i === 0) doc.text(s.text, x, y, opts);
    else doc.text(s.text, opts);
  });
  doc.font(FONTS.regular);
}

/** Room for the first lines of a block, so a short item or the start of a paragraph is never split from its first line. */
function keepTogether(doc: Pdf, items: Span[], width: number) {
  const text = items.map((s) => s.text).join('') || ' ';
  ensureSpace(doc, Math.min(doc.heightOfString(text, { width, lineGap: 2 }), 48) + 4);
}

/**
 * The memo text format (preload/contract/richText.ts) in a PDF: paragraphs, bullets and numbered lists
 * with hanging indents, bold and italic, exactly as the screen preview shows them.
 */
export function richText(doc: Pdf, source: string | null | undefined, opts: { size?: number } = {}) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.fontSize(opts.size ?? 10.5).fillColor(COLORS.ink);
  for (const block of parseRichText(source)) {
    if (block.type === 'paragraph') {
      keepTogether(doc, block.spans, width);
      spans(doc, block.spans, left, undefined, width);
      doc.moveDown(0.5);
      continue;
    }
    block.items.forEach((item, i) => {
      keepTogether(doc, item, width - 22);
      const y = doc.y;
      const marker = block.type === 'bullets' ? '•' : `${block.start + i}.`;
      doc.font(FONTS.regular).text(marker, left + 4, y, { width: 18, lineBreak: false });
      spans(doc, item, left + 22, y, width - 22);
      doc.moveDown(0.2);
    });
    doc.x = left;
    doc.moveDown(0.35);
  }
  doc.x = left;
}
