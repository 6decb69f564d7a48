import type { Database } from '../../db/database';
import { createYielder } from '../app/longWork';
import type { FileResult, Meeting } from '../../preload/contract';
import { longDate, type DocLanguage } from '../documents/format';
import { createPdf, paragraph, pdfFile } from '../documents/pdf';
import { fill, textsFor } from '../documents/texts';
import { addLongTableSheet, newWorkbook, workbookFile } from '../documents/xlsx';
import { addWorkbookLetterhead } from '../documents/xlsxLetterhead';
import { readSettings } from '../settings/settingsService';
import { loadLetterhead } from '../houseStyle/letterhead';
import type { ChannelParsed } from '../../preload/contract';
import { meetingDetail } from './detail';
import { safeFileName } from './fileNames';
import { listActionItems } from './minutesService';
import { actionTable, bullets, inviteeBlock, itemHeading, label, meetingHeader } from './pdfParts';
import { activeClock } from '../app/clock';

async function followUpBlock(doc: PDFKit.PDFDocument, meeting: Meeting, tick: () => Promise<void>, lang: DocLanguage) {
  if (meeting.followUp.length === 0) {
    const t = textsFor(lang).documents.meeting;
    paragraph(doc, meeting.bodyId === null ? t.noEarlier : t.noOpen, { muted: true });
    return;
  }
  await actionTable(doc, meeting.followUp, true, tick, lang);
}

const fileName = (kind: string, meeting: Meeting, lang: DocLanguage) =>
  safeFileName(fill(textsFor(lang).documents.meeting.fileName, { kind, title: meeting.title, date: meeting.date }));

export async function agendaPdf(db: Database, id: number, lang: DocLanguage = 'da'): Promise<FileResult> {
  const m = db.ds.manager;
  const t = textsFor(lang).documents.meeting;
  const meeting = await meetingDetail(m, id);
  const { partnershipName } = await readSettings(m);
  const { doc, finish } = createPdf({ title: fill(t.docTitle, { kind: t.agenda, date: longDate(meeting.date, lang) }), partnership: partnershipName, language: lang, letterhead: await loadLetterhead(m) });
  meetingHeader(doc, meeting, 'agenda', lang);
  inviteeBlock(doc, meeting.invitees, false, lang);
  const tick = createYielder();
  for (const item of meeting.items) {
    await tick();
    itemHeading(doc, item, lang);
    if (item.isBreak) continue;
    if (item.description) paragraph(doc, item.description);
    if (item.standard === 'followup') await followUpBlock(doc, meeting, tick, lang);
    if (item.attachments.length) paragraph(doc, fill(t.attachments, { names: item.attachments.map((a) => a.fileName).join(', ') }), { italic: true });
  }
  return pdfFile(await finish(), fileName(t.agenda, meeting, lang));
}

export async function minutesPdf(db: Database, id: number, lang: DocLanguage = 'da'): Promise<FileResult> {
  const m = db.ds.manager;
  const all = textsFor(lang).documents;
  const t = all.meeting;
  const meeting = await meetingDetail(m, id);
  const { partnershipName } = await readSettings(m);
  const approved = meeting.minutesStatus === 'approved';
  const { doc, finish } = createPdf({ title: fill(t.docTitle, { kind: t.minutes, date: longDate(meeting.date, lang) }), partnership: partnershipName, watermark: approved ? undefined : all.common.draft, language: lang, letterhead: await loadLetterhead(m) });
  meetingHeader(doc, meeting, 'minutes', lang);
  inviteeBlock(doc, meeting.invitees, true, lang);
  const tick = createYielder();
  for (const item of meeting.items) {
    await tick();
    itemHeading(doc, item, lang);
    if (item.isBreak) continue;
    if (item.standard === 'followup') await followUpBlock(doc, meeting, tick, lang);
    if (item.minutes) paragraph(doc, item.minutes);
    else if (item.standard !== 'followup') paragraph(doc, t.nothing, { muted: true });
    const decisions = meeting.decisions.filter((d) => d.itemId === item.id);
    if (decisions.length) {
      label(doc, decisions.length === 1 ? t.decision : t.decisions);
      bullets(doc, decisions.map((d) => d.text));
    }
    const actions = meeting.actionItems.filter((a) => a.itemId === item.id);
    if (actions.length) {
      label(doc, t.actionItems, 90);
      await actionTable(doc, actions, false, undefined, lang);
    }
  }
  const looseDecisions = meeting.decisions.filter((d) => d.itemId === null);
  const looseActions = meeting.actionItems.filter((a) => a.itemId === null);
  if (looseDecisions.length || looseActions.length) {
    label(doc, t.otherDecisions);
    bullets(doc, looseDecisions.map((d) => d.text));
    if (looseActions.length) await actionTable(doc, looseActions, false, undefined, lang);
  }
  doc.moveDown(1);
  const at = meeting.minutesApprovedAt;
  paragraph(
    doc,
    approved ? (at?.title && at.date ? fill(t.approvedAt, { title: at.title, date: longDate(at.date, lang) }) : t.approved) : t.notApproved,
    { italic: true, muted: true },
  );
  return pdfFile(await finish(), fileName(t.minutes, meeting, lang));
}

export async function actionItemsXlsx(db: Database, q: ChannelParsed<'actionItems.exportXlsx'>, lang: DocLanguage = 'da'): Promise<FileResult> {
  const items = await listActionItems(db, q);
  const all = textsFor(lang);
  const t = all.documents.actionList;
  const wb = newWorkbook(lang);
  await addLongTableSheet(wb, t.sheet, [
    { header: t.what, width: 50, value: (a) => a.what },
    { header: t.who, width: 28, value: (a) => a.ownerName },
    { header: t.due, width: 14, value: (a) => a.dueDate },
    { header: t.status, width: 12, value: (a) => all.actionStatus[a.status] },
    { header: t.overdue, width: 13, value: (a) => (a.overdue ? all.documents.common.yes : '') },
    { header: t.done, width: 14, value: (a) => a.doneDate },
    { header: t.meeting, width: 36, value: (a) => a.meetingTitle },
    { header: t.meetingDate, width: 14, value: (a) => a.meetingDate },
    { header: t.body, width: 26, value: (a) => a.bodyName },
    { header: t.item, width: 8, value: (a) => a.itemNumber },
  ], items, t.title, createYielder());
  addWorkbookLetterhead(wb, await loadLetterhead(db.ds.manager));
  const date = q.today ?? activeClock().today();
  return workbookFile(wb, fill(t.fileName, { date }));
}
