import { inTurn } from '../../db/inTurn';
import type { Database } from '../../db/database';
import type { FileResult } from '../../preload/contract';
import { quadrants, relationColor } from '../../preload/contract/stakeholderGrid';
import { longDate, type DocLanguage } from '../documents/format';
import { fill, textsFor } from '../documents/texts';
import { COLORS, createPdf, FONTS, pdfFile } from '../documents/pdf';
import { readSettings } from '../settings/lookup';
import { loadLetterhead } from '../houseStyle/letterhead';
import { todayIso } from './dates';
import { placedStakeholders } from './stakeholderService';

/** The stakeholder map on A4 landscape, as it looks on screen, with a legend. */
export async function stakeholderPdf(db: Database, lang: DocLanguage = 'da', today = todayIso()): Promise<FileResult> {
  const m = db.ds.manager;
  const t = textsFor(lang).documents.stakeholders;
  const [placed, settings] = await inTurn(() => placedStakeholders(m), () => readSettings(m));
  const title = t.title;
  const { doc, finish } = await createPdf({ title, partnership: settings.partnershipName, layout: 'landscape', language: lang, letterhead: await loadLetterhead(m) });
  const left = doc.page.margins.left;
  doc.font(FONTS.bold).fontSize(18).fillColor(COLORS.accent).text(title, left, doc.page.margins.top - 12);
  doc.font(FONTS.regular).fontSize(9.5).fillColor(COLORS.muted).text(fill(t.subtitle, { date: longDate(today, lang) }), left, doc.y + 2);
  const x0 = left + 24;
  const y0 = doc.y + 10;
  const size = doc.page.height - doc.page.margins.bottom - y0 - 24;
  const w = size * 1.45;
  const half = { w: w / 2, h: size / 2 };
  for (const q of quadrants) {
    const qx = x0 + (q.highInterest ? half.w : 0);
    const qy = y0 + (q.highInfluence ? 0 : half.h);
    doc.rect(qx, qy, half.w, half.h).fillColor(q.highInfluence && q.highInterest ? '#e3ebf5' : COLORS.band).fill();
    doc.rect(qx, qy, half.w, half.h).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    doc.font(FONTS.bold).fontSize(10).fillColor(COLORS.muted).text(t[q.key], qx + 8, qy + 6, { lineBreak: false });
  }
  doc.font(FONTS.regular).fontSize(9).fillColor(COLORS.ink);
  // Drawn arrows on the axes (the same in every font).
  doc.text(t.interest, x0, y0 + size + 6, { width: w, align: 'center', lineBreak: false });
  doc.save().rotate(-90, { origin: [x0 - 14, y0 + size / 2] });
  doc.text(t.influence, x0 - 14 - size / 2, y0 + size / 2 - 5, { width: size, align: 'center', lineBreak: false });
  doc.restore();
  doc.lineWidth(0.8).strokeColor(COLORS.ink).moveTo(x0, y0 + size + 20).lineTo(x0 + w, y0 + size + 20).stroke();
  doc.polygon([x0 + w, y0 + size + 20], [x0 + w - 6, y0 + size + 17], [x0 + w - 6, y0 + size + 23]).fillColor(COLORS.ink).fill();
  doc.moveTo(x0 - 20, y0 + size).lineTo(x0 - 20, y0).stroke();
  doc.polygon([x0 - 20, y0], [x0 - 23, y0 + 6], [x0 - 17, y0 + 6]).fill();
  for (const a of placed) {
    const x = x0 + (a.interest! / 100) * w;
    const y = y0 + (1 - a.influence! / 100) * size;
    doc.circle(x, y, 5).fillColor(relationColor[a.relation ?? 'none']!).fill();
    // Labels on the right half go to the left of their dot, so they stay inside the grid.
    const right = a.interest! > 60;
    doc.font(FONTS.regular).fontSize(7.5).fillColor(COLORS.ink);
    doc.text(a.name, right ? x - 157 : x + 7, y - 4, { width: 150, align: right ? 'right' : 'left', height: 10, lineBreak: false, ellipsis: true });
  }
  const lx = x0 + w + 30;
  let ly = y0;
  doc.font(FONTS.bold).fontSize(9.5).fillColor(COLORS.ink).text(t.relation, lx, ly);
  ly = doc.y + 4;
  for (const [key, label] of [['core', t.core], ['adhoc', t.adhoc], ['none', t.none]] as const) {
    doc.circle(lx + 5, ly + 5, 5).fillColor(relationColor[key]!).fill();
    doc.font(FONTS.regular).fontSize(9).fillColor(COLORS.ink).text(label, lx + 15, ly, { lineBreak: false });
    ly += 16;
  }
  if (placed.length === 0) doc.font(FONTS.italic).fontSize(10).fillColor(COLORS.muted).text(t.empty, x0 + 20, y0 + size / 2);
  return pdfFile(await finish(), t.fileName);
}
