import type { Database } from '../../db/database';
import { createYielder } from '../app/longWork';
import type { FileResult } from '../../preload/contract';
import type { DocLanguage } from '../documents/format';
import { createPdf, pdfFile } from '../documents/pdf';
import { renderPdfBlocks } from '../documents/pdfBlocks';
import { fill, textsFor } from '../documents/texts';
import { addLongTableSheet, newWorkbook, workbookFile } from '../documents/xlsx';
import { addWorkbookLetterhead } from '../documents/xlsxLetterhead';
import { loadLetterhead } from '../houseStyle/letterhead';
import type { ChannelParsed } from '../../preload/contract';
import { meetingDetail } from './detail';
import { listActionItems } from './minutesService';
import { agendaModel, meetingFileName, minutesModel } from './meetingBlocks';
import { activeClock } from '../app/clock';

/** Agenda or minutes as PDF, rendered from the same blocks as the Word version (meetingBlocks.ts). */
async function meetingPdf(db: Database, id: number, lang: DocLanguage, which: 'agenda' | 'minutes'): Promise<FileResult> {
  const m = db.ds.manager;
  const meeting = await meetingDetail(m, id);
  const letterhead = await loadLetterhead(m);
  const model = which === 'agenda' ? agendaModel(meeting, letterhead.partnership, lang) : minutesModel(meeting, letterhead.partnership, lang);
  const { doc, finish } = createPdf({ title: model.title, partnership: model.partnership, watermark: model.watermark, language: lang, letterhead });
  await renderPdfBlocks(doc, model.blocks);
  return pdfFile(await finish(), meetingFileName(which, meeting, lang, 'pdf'));
}

export const agendaPdf = (db: Database, id: number, lang: DocLanguage = 'da') => meetingPdf(db, id, lang, 'agenda');
export const minutesPdf = (db: Database, id: number, lang: DocLanguage = 'da') => meetingPdf(db, id, lang, 'minutes');

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
