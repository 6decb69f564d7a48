import type { ActionItem, AgendaItem, Invitee, Meeting } from '../../preload/contract';
import { clock, longDate, weekdayDate, type DocLanguage } from '../documents/format';
import { fill, textsFor } from '../documents/texts';
import { standardTitle } from './standardItems';
import { COLORS, contentWidth, ensureSpace, FONTS, keyValues, longTable, table, type Pdf } from '../documents/pdf';

export const timeRange = (start: string, end: string, lang: DocLanguage = 'da') => `${clock(start, lang)}–${clock(end, lang)}`;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Body, meeting, date (long form), time and place: the block every agenda and minutes opens with. */
export function meetingHeader(doc: Pdf, meeting: Meeting, kind: 'agenda' | 'minutes', lang: DocLanguage = 'da') {
  const all = textsFor(lang);
  const t = all.documents.meeting;
  doc.font(FONTS.bold).fontSize(9).fillColor(COLORS.muted).text((meeting.bodyName ?? all.meetingType[meeting.type]).toUpperCase(), { characterSpacing: 0.6 });
  doc.moveDown(0.2);
  doc.font(FONTS.bold).fontSize(20).fillColor(COLORS.accent).text(`${t[kind]}: ${meeting.title}`);
  doc.moveDown(0.6).font(FONTS.regular).fontSize(10.5).fillColor(COLORS.ink);
  const rows: [string, string][] = [
    [t.type, all.meetingType[meeting.type]],
    [t.date, capitalise(weekdayDate(meeting.date, lang))],
    [t.time, fill(t.timeValue, { range: timeRange(meeting.startTime, meeting.endTime, lang) })],
    [t.place, meeting.place ?? (meeting.onlineLink ? t.online : '')],
  ];
  // An agenda longer than the meeting says so plainly under the time, not only in the item times.
  const itemsEnd = meeting.items.at(-1)?.endTime;
  if (meeting.overrunMinutes > 0 && itemsEnd) {
    rows.splice(3, 0, [all.overrun.label, fill(all.overrun.value, { itemsEnd: clock(itemsEnd, lang), minutes: meeting.overrunMinutes, plannedEnd: clock(meeting.endTime, lang) })]);
  }
  if (meeting.onlineLink) rows.push([t.onlineMeeting, meeting.onlineLink]);
  if (meeting.purpose) rows.push([t.purpose, meeting.purpose]);
  keyValues(doc, rows, 110);
}

const names = (list: Invitee[]) => list.map((i) => (i.organisationName ? `${i.name} (${i.organisationName})` : i.name)).join(', ');

export function inviteeBlock(doc: Pdf, invitees: Invitee[], forMinutes: boolean, lang: DocLanguage = 'da') {
  if (invitees.length === 0) return;
  const t = textsFor(lang).documents.meeting;
  const rows: [string, string][] = forMinutes
    ? [
        [t.present, names(invitees.filter((i) => i.attendance === 'present'))],
        [t.regrets, names(invitees.filter((i) => i.attendance === 'regrets' || (i.attendance === null && i.reply === 'declined')))],
        [t.absent, names(invitees.filter((i) => i.attendance === 'absent'))],
      ]
    : [
        [t.invited, names(invitees.filter((i) => i.reply !== 'declined'))],
        [t.regrets, names(invitees.filter((i) => i.reply === 'declined'))],
      ];
  keyValues(doc, rows.filter(([, v]) => v), 110);
}

/** "3. Title ............ 13.30–14.00" with kind and presenter beneath; breaks as a quiet line without number. */
export function itemHeading(doc: Pdf, item: AgendaItem, lang: DocLanguage = 'da') {
  const all = textsFor(lang);
  const t = all.documents.meeting;
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const timeWidth = 80;
  ensureSpace(doc, item.isBreak ? 30 : 70);
  doc.moveDown(0.6);
  const y = doc.y;
  if (item.isBreak) {
    doc.rect(left, y - 3, width, 20).fill(COLORS.band);
    doc.font(FONTS.italic).fontSize(10).fillColor(COLORS.muted).text(item.title, left + 6, y + 2, { width: width - timeWidth - 12 });
    doc.text(timeRange(item.startTime, item.endTime, lang), left + width - timeWidth - 6, y + 2, { width: timeWidth, align: 'right' });
    doc.y = y + 22;
    doc.x = left;
    doc.font(FONTS.regular).fontSize(10.5).fillColor(COLORS.ink);
    return;
  }
  doc.font(FONTS.bold).fontSize(12).fillColor(COLORS.accent);
  doc.text(`${item.number}. ${standardTitle(item, lang)}`, left, y, { width: width - timeWidth - 10 });
  const after = doc.y;
  doc.font(FONTS.bold).fontSize(10.5).fillColor(COLORS.ink).text(timeRange(item.startTime, item.endTime, lang), left + width - timeWidth, y + 1, { width: timeWidth, align: 'right' });
  doc.y = Math.max(after, doc.y);
  const meta = [all.itemKind[item.kind], item.presenterName ? fill(t.presenter, { name: item.presenterName }) : null, fill(t.minutesShort, { n: item.durationMinutes })].filter(Boolean).join(' · ');
  doc.font(FONTS.regular).fontSize(9.5).fillColor(COLORS.muted).text(meta, left, undefined, { width });
  doc.moveTo(left, doc.y + 3).lineTo(left + width, doc.y + 3).lineWidth(0.4).strokeColor(COLORS.rule).stroke();
  doc.moveDown(0.6).font(FONTS.regular).fontSize(10.5).fillColor(COLORS.ink);
  doc.x = left;
}

/** A bold run-in label; `keepWith` reserves room so it is not left alone at the foot of a page. */
export function label(doc: Pdf, text: string, keepWith = 40) {
  ensureSpace(doc, keepWith);
  doc.font(FONTS.bold).fontSize(10).fillColor(COLORS.ink).text(text, doc.page.margins.left);
  doc.moveDown(0.2).font(FONTS.regular).fontSize(10.5);
}

export function bullets(doc: Pdf, lines: string[]) {
  const left = doc.page.margins.left;
  for (const line of lines) {
    ensureSpace(doc, 16);
    doc.font(FONTS.regular).fontSize(10.5).fillColor(COLORS.ink).text(`•  ${line}`, left + 8, undefined, { width: contentWidth(doc) - 8, indent: -8, lineGap: 2 });
  }
  doc.x = left;
  doc.moveDown(0.4);
}

const due = (a: ActionItem, lang: DocLanguage) => (a.dueDate ? longDate(a.dueDate, lang) : '–');

/** The action-item table of minutes and follow-up: hvad, hvem, hvornår. */
/** With `tick`, a long list (the follow-up of six years) gives the event loop a turn between rows. */
export async function actionTable(doc: Pdf, items: ActionItem[], withOrigin = false, tick?: () => Promise<void>, lang: DocLanguage = 'da') {
  const all = textsFor(lang);
  const t = all.documents.meeting;
  if (withOrigin) {
    await longTable(
      doc,
      [{ header: t.what, width: 44 }, { header: t.who, width: 24 }, { header: t.when, width: 16 }, { header: t.fromMeeting, width: 16 }],
      items.map((a) => [a.status === 'open' ? a.what : `${a.what} (${all.actionStatus[a.status].toLowerCase()})`, a.ownerName ?? '–', due(a, lang), longDate(a.meetingDate, lang)]),
      tick ?? (async () => undefined),
    );
    return;
  }
  table(doc, [{ header: t.what, width: 52 }, { header: t.who, width: 30 }, { header: t.when, width: 18 }], items.map((a) => [a.what, a.ownerName ?? '–', due(a, lang)]));
}
