import type { ActionItem, Invitee, Meeting } from '../../preload/contract';
import type { DocBlock, DocModel } from '../documents/blocks';
import { clock, longDate, weekdayDate } from '../documents/format';
import { fill, textsFor, type DocLanguage } from '../documents/texts';
import { safeFileName } from './fileNames';
import { standardTitle } from './standardItems';

/**
 * The agenda and the minutes as blocks, once: the PDF (documents.ts through pdfBlocks.ts) and the Word
 * version (meetingDocx.ts through docx.ts) render these, so the two show the same sections in the same order.
 */
type T = ReturnType<typeof textsFor>;

const LABEL_WIDTH = 110;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const timeRange = (start: string, end: string, lang: DocLanguage) => `${clock(start, lang)}–${clock(end, lang)}`;
const names = (list: Invitee[]) => list.map((i) => (i.organisationName ? `${i.name} (${i.organisationName})` : i.name)).join(', ');
const due = (a: ActionItem, lang: DocLanguage) => (a.dueDate ? longDate(a.dueDate, lang) : '–');

/** "Dagsorden Styregruppemøde 2014-03-11.pdf" / "Agenda … .docx". */
export function meetingFileName(which: 'agenda' | 'minutes', meeting: Pick<Meeting, 'title' | 'date'>, lang: DocLanguage, ext: 'pdf' | 'docx'): string {
  const d = textsFor(lang).documents.meeting;
  return safeFileName(fill(d.fileName, { kind: d[which], title: meeting.title, date: meeting.date }).replace(/\.pdf$/, `.${ext}`));
}

/** Body, meeting, date (long form), time and place: the block every agenda and minutes opens with. */
function header(t: T, meeting: Meeting, kind: string, lang: DocLanguage): DocBlock[] {
  const d = t.documents.meeting;
  const rows: [string, string][] = [
    [d.type, t.meetingType[meeting.type]],
    [d.date, capitalise(weekdayDate(meeting.date, lang))],
    [d.time, fill(d.timeValue, { range: timeRange(meeting.startTime, meeting.endTime, lang) })],
    [d.place, meeting.place ?? (meeting.onlineLink ? d.online : '')],
  ];
  // An agenda longer than the meeting says so plainly under the time, not only in the item times.
  const itemsEnd = meeting.items.at(-1)?.endTime;
  if (meeting.overrunMinutes > 0 && itemsEnd) {
    rows.splice(3, 0, [t.overrun.label, fill(t.overrun.value, { itemsEnd: clock(itemsEnd, lang), minutes: meeting.overrunMinutes, plannedEnd: clock(meeting.endTime, lang) })]);
  }
  if (meeting.onlineLink) rows.push([d.onlineMeeting, meeting.onlineLink]);
  if (meeting.purpose) rows.push([d.purpose, meeting.purpose]);
  return [
    { kind: 'kicker', text: meeting.bodyName ?? t.meetingType[meeting.type] },
    { kind: 'title', text: `${kind}: ${meeting.title}`, size: 20 },
    { kind: 'facts', rows, labelWidth: LABEL_WIDTH },
  ];
}

function invitees(t: T, list: Invitee[], forMinutes: boolean): DocBlock[] {
  if (list.length === 0) return [];
  const d = t.documents.meeting;
  const rows: [string, string][] = forMinutes
    ? [
        [d.present, names(list.filter((i) => i.attendance === 'present'))],
        [d.regrets, names(list.filter((i) => i.attendance === 'regrets' || (i.attendance === null && i.reply === 'declined')))],
        [d.absent, names(list.filter((i) => i.attendance === 'absent'))],
      ]
    : [
        [d.invited, names(list.filter((i) => i.reply !== 'declined'))],
        [d.regrets, names(list.filter((i) => i.reply === 'declined'))],
      ];
  const shown = rows.filter(([, v]) => v);
  return shown.length ? [{ kind: 'facts', rows: shown, labelWidth: LABEL_WIDTH }] : [];
}

/** "3. Title ... 13.30–14.00" with kind, presenter and minutes beneath; a break as a quiet line without number. */
function itemHeading(t: T, item: Meeting['items'][number], lang: DocLanguage): DocBlock[] {
  const time = timeRange(item.startTime, item.endTime, lang);
  if (item.isBreak) return [{ kind: 'break', text: item.title, aside: time }];
  const d = t.documents.meeting;
  const meta = [t.itemKind[item.kind], item.presenterName ? fill(d.presenter, { name: item.presenterName }) : null, fill(d.minutesShort, { n: item.durationMinutes })].filter(Boolean).join(' · ');
  return [
    { kind: 'heading', level: 1, text: `${item.number}. ${standardTitle(item, lang)}`, aside: time },
    { kind: 'meta', text: meta },
  ];
}

/** The action-item table of minutes and follow-up: what, who, when (and from which meeting). */
function actionTable(t: T, items: ActionItem[], lang: DocLanguage, withOrigin = false): DocBlock {
  const d = t.documents.meeting;
  if (withOrigin) {
    return {
      kind: 'table',
      columns: [{ header: d.what, width: 44 }, { header: d.who, width: 24 }, { header: d.when, width: 16 }, { header: d.fromMeeting, width: 16 }],
      rows: items.map((a) => [a.status === 'open' ? a.what : `${a.what} (${t.actionStatus[a.status].toLowerCase()})`, a.ownerName ?? '–', due(a, lang), longDate(a.meetingDate, lang)]),
    };
  }
  return { kind: 'table', columns: [{ header: d.what, width: 52 }, { header: d.who, width: 30 }, { header: d.when, width: 18 }], rows: items.map((a) => [a.what, a.ownerName ?? '–', due(a, lang)]) };
}

function followUp(t: T, meeting: Meeting, lang: DocLanguage): DocBlock[] {
  const d = t.documents.meeting;
  if (meeting.followUp.length === 0) return [{ kind: 'paragraph', text: meeting.bodyId === null ? d.noEarlier : d.noOpen, tone: 'muted' }];
  return [actionTable(t, meeting.followUp, lang, true)];
}

const docTitle = (t: T, kind: string, meeting: Meeting, lang: DocLanguage) => fill(t.documents.meeting.docTitle, { kind, date: longDate(meeting.date, lang) });

/** The agenda as blocks: header, invitees, every item with its times, kind, presenter, text, follow-up and attachments. */
export function agendaModel(meeting: Meeting, partnership: string, lang: DocLanguage): DocModel {
  const t = textsFor(lang);
  const d = t.documents.meeting;
  const blocks: DocBlock[] = [...header(t, meeting, d.agenda, lang), ...invitees(t, meeting.invitees, false)];
  for (const item of meeting.items) {
    blocks.push(...itemHeading(t, item, lang));
    if (item.isBreak) continue;
    if (item.description) blocks.push({ kind: 'paragraph', text: item.description });
    if (item.standard === 'followup') blocks.push(...followUp(t, meeting, lang));
    if (item.attachments.length) blocks.push({ kind: 'paragraph', text: fill(d.attachments, { names: item.attachments.map((a) => a.fileName).join(', ') }), tone: 'note' });
  }
  return { title: docTitle(t, d.agenda, meeting, lang), partnership, language: lang, blocks };
}

/** The minutes as blocks: attendance, each item's minutes, decisions and action items, and whether they are approved. */
export function minutesModel(meeting: Meeting, partnership: string, lang: DocLanguage): DocModel {
  const t = textsFor(lang);
  const d = t.documents.meeting;
  const approved = meeting.minutesStatus === 'approved';
  const blocks: DocBlock[] = [...header(t, meeting, d.minutes, lang), ...invitees(t, meeting.invitees, true)];
  for (const item of meeting.items) {
    blocks.push(...itemHeading(t, item, lang));
    if (item.isBreak) continue;
    if (item.standard === 'followup') blocks.push(...followUp(t, meeting, lang));
    if (item.minutes) blocks.push({ kind: 'paragraph', text: item.minutes });
    else if (item.standard !== 'followup') blocks.push({ kind: 'paragraph', text: d.nothing, tone: 'muted' });
    const decisions = meeting.decisions.filter((x) => x.itemId === item.id);
    if (decisions.length) blocks.push({ kind: 'label', text: decisions.length === 1 ? d.decision : d.decisions }, { kind: 'list', ordered: false, literal: true, items: decisions.map((x) => x.text) });
    const actions = meeting.actionItems.filter((a) => a.itemId === item.id);
    if (actions.length) blocks.push({ kind: 'label', text: d.actionItems, keepWith: 90 }, actionTable(t, actions, lang));
  }
  const looseDecisions = meeting.decisions.filter((x) => x.itemId === null);
  const looseActions = meeting.actionItems.filter((a) => a.itemId === null);
  if (looseDecisions.length || looseActions.length) {
    blocks.push({ kind: 'label', text: d.otherDecisions });
    if (looseDecisions.length) blocks.push({ kind: 'list', ordered: false, literal: true, items: looseDecisions.map((x) => x.text) });
    if (looseActions.length) blocks.push(actionTable(t, looseActions, lang));
  }
  const at = meeting.minutesApprovedAt;
  blocks.push({ kind: 'paragraph', tone: 'note', text: approved ? (at?.title && at.date ? fill(d.approvedAt, { title: at.title, date: longDate(at.date, lang) }) : d.approved) : d.notApproved });
  return { title: docTitle(t, d.minutes, meeting, lang), partnership, language: lang, watermark: approved ? undefined : t.documents.common.draft, blocks };
}
