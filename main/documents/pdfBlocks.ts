import { createYielder } from '../app/longWork';
import type { DocBlock } from './blocks';
import { COLORS, contentWidth, ensureSpace, FONTS, heading, keyValues, longTable, paragraph, type Pdf } from './pdf';
import { richText } from './richText';

const TIME_WIDTH = 80;

/** "3. Title ............ 13.30–14.00": a heading with its time right-aligned (an agenda item). */
function headingWithAside(doc: Pdf, text: string, aside: string) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  ensureSpace(doc, 70);
  doc.moveDown(0.6);
  const y = doc.y;
  doc.font(FONTS.bold).fontSize(12).fillColor(COLORS.accent).text(text, left, y, { width: width - TIME_WIDTH - 10 });
  const after = doc.y;
  doc.font(FONTS.bold).fontSize(10.5).fillColor(COLORS.ink).text(aside, left + width - TIME_WIDTH, y + 1, { width: TIME_WIDTH, align: 'right' });
  doc.y = Math.max(after, doc.y);
  doc.x = left;
}

/** A break in the agenda: a quiet shaded line without number. */
function agendaBreak(doc: Pdf, text: string, aside: string) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  ensureSpace(doc, 30);
  doc.moveDown(0.6);
  const y = doc.y;
  doc.rect(left, y - 3, width, 20).fill(COLORS.band);
  doc.font(FONTS.italic).fontSize(10).fillColor(COLORS.muted).text(text, left + 6, y + 2, { width: width - TIME_WIDTH - 12 });
  doc.text(aside, left + width - TIME_WIDTH - 6, y + 2, { width: TIME_WIDTH, align: 'right' });
  doc.y = y + 22;
  doc.x = left;
  doc.font(FONTS.regular).fontSize(10.5).fillColor(COLORS.ink);
}

/** List items exactly as typed (no inline format), with the same hanging indent as richText's lists. */
function literalList(doc: Pdf, items: [string, string][]) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.fontSize(10.5).fillColor(COLORS.ink);
  for (const [marker, text] of items) {
    ensureSpace(doc, Math.min(doc.font(FONTS.regular).heightOfString(text || ' ', { width: width - 22, lineGap: 2 }), 48) + 4);
    const y = doc.y;
    doc.text(marker, left + 4, y, { width: 18, lineBreak: false });
    doc.text(text, left + 22, y, { width: width - 22, lineGap: 2 });
    doc.moveDown(0.2);
  }
  doc.x = left;
  doc.moveDown(0.35);
}

/**
 * Writes blocks into a PDF made with createPdf (the letterhead, running header and page numbers come
 * from there). The event loop gets a turn between blocks and table rows, so a long document never holds it.
 */
export async function renderPdfBlocks(doc: Pdf, blocks: DocBlock[], tick: () => Promise<void> = createYielder()) {
  const left = doc.page.margins.left;
  for (const b of blocks) {
    await tick();
    switch (b.kind) {
      case 'kicker':
        doc.font(FONTS.bold).fontSize(9).fillColor(COLORS.muted).text(b.text.toUpperCase(), left, undefined, { characterSpacing: 1.2 });
        doc.moveDown(0.3);
        break;
      case 'title':
        doc.font(FONTS.bold).fontSize(b.size ?? 18).fillColor(COLORS.accent).text(b.text, left);
        doc.moveDown(0.8).font(FONTS.regular).fontSize(10.5).fillColor(COLORS.ink);
        break;
      case 'facts':
        if (b.ruleAbove) {
          const top = doc.y;
          doc.rect(left, top - 6, contentWidth(doc), 0.8).fill(COLORS.rule);
          doc.fillColor(COLORS.ink).y = top + 4;
        }
        keyValues(doc, b.rows, b.labelWidth);
        break;
      case 'heading':
        if (b.keepWith) ensureSpace(doc, b.keepWith);
        if (b.aside) headingWithAside(doc, b.text, b.aside);
        else heading(doc, b.text, b.level);
        break;
      case 'rich':
        richText(doc, b.source);
        break;
      case 'paragraph':
        paragraph(doc, b.text, b.tone ? { muted: true, italic: b.tone === 'note' } : {});
        break;
      case 'list': {
        const start = b.start ?? 1;
        if (b.literal) {
          literalList(doc, b.items.map((s, i) => [b.ordered ? `${start + i}.` : '•', s]));
          break;
        }
        // Numbers are written out, so text inside an item cannot renumber the list.
        richText(doc, b.items.map((s, i) => `${b.ordered ? `${start + i}.` : '-'} ${s.replace(/\s*\n\s*/g, ' ')}`).join('\n'));
        break;
      }
      case 'label':
        ensureSpace(doc, b.keepWith ?? 40);
        doc.font(FONTS.bold).fontSize(10.5).fillColor(COLORS.ink).text(b.text, left).font(FONTS.regular).moveDown(0.15);
        break;
      case 'meta': {
        const width = contentWidth(doc);
        doc.font(FONTS.regular).fontSize(9.5).fillColor(COLORS.muted).text(b.text, left, undefined, { width });
        doc.moveTo(left, doc.y + 3).lineTo(left + width, doc.y + 3).lineWidth(0.4).strokeColor(COLORS.rule).stroke();
        doc.moveDown(0.6).font(FONTS.regular).fontSize(10.5).fillColor(COLORS.ink);
        doc.x = left;
        break;
      }
      case 'break':
        agendaBreak(doc, b.text, b.aside);
        break;
      case 'table':
        await longTable(doc, b.columns, b.rows, tick, { boldLastRow: b.boldLastRow });
        break;
    }
  }
  doc.x = left;
}
