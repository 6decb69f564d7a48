import type { DocBlock } from './blocks';
import { COLORS, contentWidth, ensureSpace, FONTS, heading, keyValues, paragraph, table, type Pdf } from './pdf';
import { richText } from './richText';

/** Writes blocks into a PDF made with createPdf (the letterhead, running header and page numbers come from there). */
export function renderPdfBlocks(doc: Pdf, blocks: DocBlock[]) {
  const left = doc.page.margins.left;
  for (const b of blocks) {
    switch (b.kind) {
      case 'kicker':
        doc.font(FONTS.bold).fontSize(9).fillColor(COLORS.muted).text(b.text.toUpperCase(), left, undefined, { characterSpacing: 1.2 });
        doc.moveDown(0.3);
        break;
      case 'title':
        doc.font(FONTS.bold).fontSize(18).fillColor(COLORS.accent).text(b.text, left);
        doc.moveDown(0.8).font(FONTS.regular).fontSize(10.5).fillColor(COLORS.ink);
        break;
      case 'facts':
        if (b.ruleAbove) {
          const top = doc.y;
          doc.rect(left, top - 6, contentWidth(doc), 0.8).fill(COLORS.rule);
          doc.fillColor(COLORS.ink).y = top + 4;
        }
        keyValues(doc, b.rows);
        break;
      case 'heading':
        if (b.keepWith) ensureSpace(doc, b.keepWith);
        heading(doc, b.aside ? `${b.text} · ${b.aside}` : b.text, b.level);
        break;
      case 'rich':
        richText(doc, b.source);
        break;
      case 'paragraph':
        paragraph(doc, b.text, b.tone ? { muted: true, italic: b.tone === 'note' } : {});
        break;
      case 'list': {
        const start = b.start ?? 1;
        // Numbers are written out, so text inside an item cannot renumber the list.
        richText(doc, b.items.map((s, i) => `${b.ordered ? `${start + i}.` : '-'} ${s.replace(/\s*\n\s*/g, ' ')}`).join('\n'));
        break;
      }
      case 'label':
        ensureSpace(doc, 30);
        doc.font(FONTS.bold).fontSize(10.5).fillColor(COLORS.ink).text(b.text, left).font(FONTS.regular).moveDown(0.15);
        break;
      case 'meta':
        doc.font(FONTS.regular).fontSize(9.5).fillColor(COLORS.muted).text(b.text, left, undefined, { width: contentWidth(doc) });
        doc.moveDown(0.4).fontSize(10.5).fillColor(COLORS.ink);
        break;
      case 'break':
        paragraph(doc, `${b.text} · ${b.aside}`, { muted: true, italic: true });
        break;
      case 'table':
        table(doc, b.columns, b.rows, { boldLastRow: b.boldLastRow });
        break;
    }
  }
  doc.x = left;
}
