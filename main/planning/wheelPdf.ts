import { inTurn } from '../../db/inTurn';
import type { Database } from '../../db/database';
import { angleOf, categoryColor, monthFractions, MONTH_BAND, point, ringBands, sectorPath, yearFraction } from '../../preload/contract/wheelGeometry';
import { wheelRings, type FileResult, type WheelEntry } from '../../preload/contract';
import { longDate, type DocLanguage } from '../documents/format';
import { fill, textsFor } from '../documents/texts';
import { COLORS, createPdf, FONTS, pdfFile, type Pdf } from '../documents/pdf';
import { readSettings } from '../settings/lookup';
import { loadLetterhead } from '../houseStyle/letterhead';
import { wheelOfYear } from './wheelSources';
import { createYielder } from '../app/longWork';

type Tick = () => Promise<void>;

const colorOf = (e: WheelEntry) => categoryColor[e.category] ?? categoryColor[e.ring] ?? COLORS.muted;

type WheelTexts = ReturnType<typeof textsFor>['documents'];

async function drawWheel(doc: Pdf, entries: WheelEntry[], year: number, cx: number, cy: number, R: number, t: WheelTexts, tick: Tick) {
  const ringLabel = t.ring;
  const months = monthFractions(year);
  const bands = ringBands(wheelRings);
  // Month band with names.
  for (let i = 0; i < 12; i++) {
    const a0 = angleOf(months[i]!);
    const a1 = angleOf(months[i + 1]!);
    doc.path(sectorPath(cx, cy, R * MONTH_BAND.r0, R * MONTH_BAND.r1, a0, a1)).fillColor(i % 2 ? '#dbe4ef' : COLORS.accent).fill();
    for (const b of bands) {
      doc.path(sectorPath(cx, cy, R * b.r0, R * b.r1, a0, a1)).fillColor(i % 2 ? '#ffffff' : COLORS.band).fill();
    }
    const mid = (a0 + a1) / 2;
    const [tx, ty] = point(cx, cy, R * (MONTH_BAND.r0 + MONTH_BAND.r1) / 2, mid);
    doc.save();
    // Upright text on the lower half reads better turned the other way.
    const deg = (mid * 180) / Math.PI;
    const rot = deg > 90 && deg < 270 ? deg + 180 : deg;
    doc.rotate(rot, { origin: [tx, ty] });
    doc.font(FONTS.bold).fontSize(13).fillColor(i % 2 ? COLORS.accent : '#ffffff');
    doc.text(t.months[i]!.toUpperCase(), tx - 60, ty - 6.5, { width: 120, align: 'center', lineBreak: false });
    doc.restore();
  }
  // Month dividers and ring outlines.
  doc.lineWidth(0.6).strokeColor(COLORS.rule);
  for (let i = 0; i < 12; i++) {
    const a = angleOf(months[i]!);
    const [x0, y0] = point(cx, cy, R * bands[bands.length - 1]!.r0, a);
    const [x1, y1] = point(cx, cy, R, a);
    doc.moveTo(x0, y0).lineTo(x1, y1).stroke();
  }
  for (const b of bands) doc.circle(cx, cy, R * b.r0).stroke();
  doc.circle(cx, cy, R).stroke();
  // Entries: periods as arcs, days as numbered dots.
  for (const [i, e] of entries.entries()) {
    await tick();
    const b = bands.find((x) => x.ring === e.ring)!;
    const a = angleOf(yearFraction(e.date < `${year}-01-01` ? `${year}-01-01` : e.date, year));
    const mid = R * (b.r0 + b.r1) / 2;
    if (e.endDate) {
      const a1 = angleOf(yearFraction(e.endDate > `${year}-12-31` ? `${year}-12-31` : e.endDate, year));
      const h = (R * (b.r1 - b.r0)) / 6;
      doc.path(sectorPath(cx, cy, mid - h, mid + h, a, Math.max(a1, a + 0.01))).fillColor(colorOf(e)).fillOpacity(0.75).fill().fillOpacity(1);
      continue;
    }
    const [x, y] = point(cx, cy, mid, a);
    doc.circle(x, y, 9).fillColor(colorOf(e)).fill();
    doc.font(FONTS.bold).fontSize(8).fillColor('#ffffff').text(String(i + 1), x - 9, y - 3.2, { width: 18, align: 'center', lineBreak: false });
  }
  // Ring names along 12 o'clock, just right of the January line; after the entries, on a white
  // backing, so a period arc across January does not hide them.
  for (const b of bands) {
    const [x, y] = point(cx, cy, R * (b.r0 + b.r1) / 2, 0);
    doc.font(FONTS.regular).fontSize(7);
    doc.rect(x + 3, y - 4.5, doc.widthOfString(ringLabel[b.ring]) + 2, 9).fillColor('#ffffff').fillOpacity(0.85).fill().fillOpacity(1);
    doc.fillColor(COLORS.muted).text(ringLabel[b.ring], x + 4, y - 3.5, { lineBreak: false });
  }
  // The year in the middle.
  doc.font(FONTS.bold).fontSize(44).fillColor(COLORS.accent).text(String(year), cx - 100, cy - 24, { width: 200, align: 'center', lineBreak: false });
  doc.font(FONTS.regular).fontSize(11).fillColor(COLORS.muted).text(t.wheel.centre, cx - 100, cy + 24, { width: 200, align: 'center', lineBreak: false });
}

const subLine = (e: WheelEntry, lang: DocLanguage) => [longDate(e.date, lang) + (e.endDate ? ` – ${longDate(e.endDate, lang)}` : ''), e.detail].filter(Boolean).join(' · ');

function entryHeight(doc: Pdf, e: WheelEntry, colW: number, newMonth: boolean, lang: DocLanguage) {
  const title = doc.font(FONTS.bold).fontSize(9).heightOfString(e.title, { width: colW - 26 });
  const sub = doc.font(FONTS.regular).fontSize(7.5).heightOfString(subLine(e, lang), { width: colW - 26 });
  return title + sub + 7 + (newMonth ? 20 : 0);
}

/** The entries by month, numbered as on the wheel: one wide column when they fit, else two, then more pages. */
async function drawList(doc: Pdf, entries: WheelEntry[], year: number, x0: number, top: number, width: number, t: WheelTexts, lang: DocLanguage, tick: Tick) {
  const bottom = doc.page.height - doc.page.margins.bottom;
  // A period that began in an earlier year is listed under January, as on screen.
  const monthOf = (e: WheelEntry) => (e.date < `${year}-01-01` ? 0 : Number(e.date.slice(5, 7)) - 1);
  let height = top;
  for (const [i, e] of entries.entries()) {
    if (height > bottom) break; // already too tall for one column
    height += entryHeight(doc, e, width, i === 0 || monthOf(e) !== monthOf(entries[i - 1]!), lang);
    await tick();
  }
  const fitsOne = height <= bottom;
  const columns = fitsOne ? 1 : 2;
  const colW = columns === 1 ? width : (width - 20) / 2;
  let col = 0;
  let y = top;
  let month = -1;
  for (const [i, e] of entries.entries()) {
    await tick();
    const m = monthOf(e);
    if (y + entryHeight(doc, e, colW, m !== month, lang) > bottom) {
      col += 1;
      y = top;
      if (col >= columns) {
        doc.addPage();
        col = 0;
        y = doc.page.margins.top;
      }
    }
    const cx = x0 + col * (colW + 20);
    if (m !== month) {
      month = m;
      doc.font(FONTS.bold).fontSize(10.5).fillColor(COLORS.accent).text(t.months[m] ?? '', cx, y, { width: colW });
      y = doc.y + 3;
    }
    doc.circle(cx + 8, y + 6, 8).fillColor(colorOf(e)).fill();
    doc.font(FONTS.bold).fontSize(7.5).fillColor('#ffffff').text(e.endDate ? '' : String(i + 1), cx, y + 3, { width: 16, align: 'center', lineBreak: false });
    doc.font(FONTS.bold).fontSize(9).fillColor(COLORS.ink).text(e.title, cx + 24, y, { width: colW - 26 });
    doc.font(FONTS.regular).fontSize(7.5).fillColor(COLORS.muted).text(subLine(e, lang), cx + 24, doc.y + 1, { width: colW - 26 });
    y = doc.y + 6;
  }
}

function drawLegend(doc: Pdf, x: number, y: number, width: number, t: WheelTexts): number {
  const milestoneKindLabel = t.milestoneKind;
  const ringLabel = t.ring;
  const items: [string, string][] = [
    ...Object.entries(milestoneKindLabel).map(([k, label]) => [label, categoryColor[k]!] as [string, string]),
    [ringLabel.meetings, categoryColor.meetings!],
    [ringLabel.memos, categoryColor.memos!],
    [ringLabel.initiatives, categoryColor.initiatives!],
  ];
  let cx = x;
  doc.font(FONTS.regular).fontSize(8);
  for (const [label, color] of items) {
    if (cx + 11 + doc.widthOfString(label) > x + width) {
      cx = x;
      y += 14;
    }
    doc.circle(cx + 4, y + 4, 4).fillColor(color).fill();
    doc.fillColor(COLORS.ink).text(label, cx + 11, y, { lineBreak: false });
    cx += 11 + doc.widthOfString(label) + 16;
  }
  return y + 14;
}

/** The annual wheel on A3 landscape: the wheel on the left, the year's entries by month on the right. */
export async function wheelPdf(db: Database, year: number, lang: DocLanguage = 'da'): Promise<FileResult> {
  const m = db.ds.manager;
  const t = textsFor(lang).documents;
  const [{ entries }, settings] = await inTurn(() => wheelOfYear(db, year, lang), () => readSettings(m));
  const docTitle = fill(t.wheel.title, { year });
  const { doc, finish } = await createPdf({ title: docTitle, partnership: settings.partnershipName, size: 'A3', layout: 'landscape', language: lang, letterhead: await loadLetterhead(m) });
  const left = doc.page.margins.left;
  const top = doc.page.margins.top;
  doc.font(FONTS.bold).fontSize(24).fillColor(COLORS.accent).text(docTitle, left, top - 10, { lineBreak: false });
  doc.font(FONTS.regular).fontSize(11).fillColor(COLORS.muted).text(settings.partnershipName, left, top + 20, { lineBreak: false });
  const R = 300;
  const cx = left + R + 10;
  const cy = top + 55 + R;
  // A region's year is thousands of entries: the event loop gets a turn between them (issue 17).
  const tick = createYielder();
  await drawWheel(doc, entries, year, cx, cy, R, t, tick);
  const listX = cx + R + 50;
  const listW = doc.page.width - doc.page.margins.right - listX;
  const listTop = drawLegend(doc, listX, top - 4, listW, t) + 14;
  if (entries.length === 0) {
    doc.font(FONTS.italic).fontSize(10).fillColor(COLORS.muted).text(t.wheel.empty, listX, listTop, { width: listW });
  } else {
    await drawList(doc, entries, year, listX, listTop, listW, t, lang, tick);
  }
  return pdfFile(await finish(), fill(t.wheel.fileName, { year }));
}
