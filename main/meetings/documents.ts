import type { Database } from '../../db/database';
import { createYielder } from '../app/longWork';
import type { FileResult, Meeting } from '../../preload/contract';
import { da } from '../../preload/texts/da';
import { longDate } from '../documents/format';
import { createPdf, paragraph, pdfFile } from '../documents/pdf';
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

async function followUpBlock(doc: PDFKit.PDFDocument, meeting: Meeting, tick: () => Promise<void>) {
  if (meeting.followUp.length === 0) {
    paragraph(doc, meeting.bodyId === null ? 'Ingen tidligere aftaler.' : 'Ingen åbne aftaler fra tidligere møder.', { muted: true });
    return;
  }
  await actionTable(doc, meeting.followUp, true, tick);
}

export async function agendaPdf(db: Database, id: number): Promise<FileResult> {
  const m = db.ds.manager;
  const meeting = await meetingDetail(m, id);
  const { partnershipName } = await readSettings(m);
  const { doc, finish } = createPdf({ title: `Dagsorden, ${longDate(meeting.date)}`, partnership: partnershipName, letterhead: await loadLetterhead(m) });
  meetingHeader(doc, meeting, 'Dagsorden');
  inviteeBlock(doc, meeting.invitees, false);
  const tick = createYielder();
  for (const item of meeting.items) {
    await tick();
    itemHeading(doc, item);
    if (item.isBreak) continue;
    if (item.description) paragraph(doc, item.description);
    if (item.standard === 'followup') await followUpBlock(doc, meeting, tick);
    if (item.attachments.length) paragraph(doc, `Bilag: ${item.attachments.map((a) => a.fileName).join(', ')}`, { italic: true });
  }
  return pdfFile(await finish(), safeFileName(`Dagsorden ${meeting.title} ${meeting.date}.pdf`));
}

export async function minutesPdf(db: Database, id: number): Promise<FileResult> {
  const m = db.ds.manager;
  const meeting = await meetingDetail(m, id);
  const { partnershipName } = await readSettings(m);
  const approved = meeting.minutesStatus === 'approved';
  const { doc, finish } = createPdf({ title: `Referat, ${longDate(meeting.date)}`, partnership: partnershipName, watermark: approved ? undefined : 'KLADDE', letterhead: await loadLetterhead(m) });
  meetingHeader(doc, meeting, 'Referat');
  inviteeBlock(doc, meeting.invitees, true);
  const tick = createYielder();
  for (const item of meeting.items) {
    await tick();
    itemHeading(doc, item);
    if (item.isBreak) continue;
    if (item.standard === 'followup') await followUpBlock(doc, meeting, tick);
    if (item.minutes) paragraph(doc, item.minutes);
    else if (item.standard !== 'followup') paragraph(doc, 'Intet at referere.', { muted: true });
    const decisions = meeting.decisions.filter((d) => d.itemId === item.id);
    if (decisions.length) {
      label(doc, decisions.length === 1 ? 'Beslutning' : 'Beslutninger');
      bullets(doc, decisions.map((d) => d.text));
    }
    const actions = meeting.actionItems.filter((a) => a.itemId === item.id);
    if (actions.length) {
      label(doc, 'Aftaler', 90);
      await actionTable(doc, actions);
    }
  }
  const looseDecisions = meeting.decisions.filter((d) => d.itemId === null);
  const looseActions = meeting.actionItems.filter((a) => a.itemId === null);
  if (looseDecisions.length || looseActions.length) {
    label(doc, 'Øvrige beslutninger og aftaler');
    bullets(doc, looseDecisions.map((d) => d.text));
    if (looseActions.length) await actionTable(doc, looseActions);
  }
  doc.moveDown(1);
  const at = meeting.minutesApprovedAt;
  paragraph(
    doc,
    approved ? (at?.title && at.date ? `Referatet er godkendt på mødet ${at.title} den ${longDate(at.date)}.` : 'Referatet er godkendt.') : 'Referatet er et udkast og er endnu ikke godkendt.',
    { italic: true, muted: true },
  );
  return pdfFile(await finish(), safeFileName(`Referat ${meeting.title} ${meeting.date}.pdf`));
}

export async function actionItemsXlsx(db: Database, q: ChannelParsed<'actionItems.exportXlsx'>): Promise<FileResult> {
  const items = await listActionItems(db, q);
  const wb = newWorkbook();
  await addLongTableSheet(wb, 'Aftaler', [
    { header: 'Hvad', width: 50, value: (a) => a.what },
    { header: 'Hvem', width: 28, value: (a) => a.ownerName },
    { header: 'Frist', width: 14, value: (a) => a.dueDate },
    { header: 'Status', width: 12, value: (a) => da.actionStatus[a.status] },
    { header: 'Overskredet', width: 13, value: (a) => (a.overdue ? 'Ja' : '') },
    { header: 'Udført', width: 14, value: (a) => a.doneDate },
    { header: 'Møde', width: 36, value: (a) => a.meetingTitle },
    { header: 'Mødedato', width: 14, value: (a) => a.meetingDate },
    { header: 'Organ', width: 26, value: (a) => a.bodyName },
    { header: 'Punkt', width: 8, value: (a) => a.itemNumber },
  ], items, 'Aftaleliste', createYielder());
  addWorkbookLetterhead(wb, await loadLetterhead(db.ds.manager));
  const date = q.today ?? activeClock().today();
  return workbookFile(wb, `Aftaleliste ${date}.xlsx`);
}
