import type { Letterhead } from '../houseStyle/letterhead';

type Pdf = PDFKit.PDFDocument;

/** Page 1 with a letterhead: the body starts here instead of at the usual top margin. */
export const LETTERHEAD_TOP = 100;
const LOGO_BOX = { width: 150, height: 46, top: 26 };

export const hasLetterhead = (l: Letterhead | null | undefined): l is Letterhead & { logo: NonNullable<Letterhead['logo']> } => !!l?.logo;

export interface FrameStyle {
  fonts: { regular: string; bold: string };
  colors: { muted: string; rule: string; accent: string };
}

/**
 * The municipality's letterhead on page 1: the logo top right, the municipality (in the accent colour)
 * and the partnership top left, a rule beneath; address and contact lines in the page's footer.
 */
export function drawLetterhead(doc: Pdf, l: Letterhead & { logo: NonNullable<Letterhead['logo']> }, style: FrameStyle) {
  const { left, right } = doc.page.margins;
  const width = doc.page.width - left - right;
  doc.image(l.logo.png, left + width - LOGO_BOX.width, LOGO_BOX.top, { fit: [LOGO_BOX.width, LOGO_BOX.height], align: 'right' });
  const textWidth = width - LOGO_BOX.width - 20;
  let y = LOGO_BOX.top + 4;
  if (l.municipality) {
    doc.font(style.fonts.bold).fontSize(12).fillColor(style.colors.accent).text(l.municipality, left, y, { width: textWidth, lineBreak: false });
    y += 17;
  }
  doc.font(style.fonts.regular).fontSize(9.5).fillColor(style.colors.muted).text(l.partnership, left, y, { width: textWidth, lineBreak: false });
  const ruleY = LOGO_BOX.top + LOGO_BOX.height + 8;
  doc.moveTo(left, ruleY).lineTo(left + width, ruleY).lineWidth(0.5).strokeColor(style.colors.rule).stroke();
}

/** Address and contact lines, small, at the foot of page 1 (left of the page number). */
export function drawSenderLines(doc: Pdf, l: Letterhead, footerY: number, style: FrameStyle) {
  if (l.lines.length === 0) return;
  const { left, right } = doc.page.margins;
  const width = doc.page.width - left - right;
  doc.font(style.fonts.regular).fontSize(7.5).fillColor(style.colors.muted);
  doc.text(l.lines.join('  ·  '), left, footerY, { width: width - 90, lineBreak: true, height: 22, ellipsis: true });
}

/** The house accent replaces the default accent wherever a document draws it (fill and stroke). */
export function useAccent(doc: Pdf, defaultAccent: string, accent: string) {
  if (accent.toLowerCase() === defaultAccent.toLowerCase()) return;
  const fill = doc.fillColor.bind(doc);
  const stroke = doc.strokeColor.bind(doc);
  const swap = (c: PDFKit.Mixins.ColorValue) => (typeof c === 'string' && c.toLowerCase() === defaultAccent.toLowerCase() ? accent : c);
  doc.fillColor = ((c: PDFKit.Mixins.ColorValue, o?: number) => fill(swap(c), o)) as typeof doc.fillColor;
  doc.strokeColor = ((c: PDFKit.Mixins.ColorValue, o?: number) => stroke(swap(c), o)) as typeof doc.strokeColor;
}
