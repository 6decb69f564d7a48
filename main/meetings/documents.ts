import type { Database } from '../../db/database';
import type { FileResult } from '../../preload/contract';
import type { DocLanguage } from '../documents/format';
import { createPdf, pdfFile } from '../documents/pdf';
import { renderPdfBlocks } from '../documents/pdfBlocks';
import { fill, textsFor } from '../documents/texts';
import { newStreamingWorkbook, writeTableSheet } from '../documents/xlsx';
import { loadLetterhead } from '../houseStyle/letterhead';
import type { ActionItem, ChannelParsed } from '../../preload/contract';
import { meetingDetail } from './detail';
import { actionItemPages } from './actionPage';
import { agendaModel, meetingFileName, minutesModel } from './meetingBlocks';
import { activeClock } from '../app/clock';

/** Agenda or minutes as PDF, rendered from the same blocks as the Word version (meetingBlocks.ts). */
async function meetingPdf(db: Database, id: number, lang: DocLanguage, which: 'agenda' | 'minutes'): Promise<FileResult> {
  const m = db.ds.manager;
  const meeting = await meetingDetail(m, id);
  const letterhead = await loadLetterhead(m);
  const model = which === 'agenda' ? agendaModel(meeting, letterhead.partnership, lang) : minutesModel(meeting, letterhead.partnership, lang);
  const { doc, finish } = await createPdf({ title: model.title, partnership: model.partnership, watermark: model.watermark, language: lang, letterhead });
  await renderPdfBlocks(doc, model.blocks);
  return pdfFile(await finish(), meetingFileName(which, meeting, lang, 'pdf'));
}

export const agendaPdf = (db: Database, id: number, lang: DocLanguage = 'da') => meetingPdf(db, id, lang, 'agenda');
export const minutesPdf = (db: Database, id: number, lang: DocLanguage = 'da') => meetingPdf(db, id, lang, 'minutes');

/** Streams the sheet from pages of plain SQL (actionPage.ts), so a region's 19,000 items never hold the event loop long. */
export async function actionItemsXlsx(db: Database, q: ChannelParsed<'actionItems.exportXlsx'>, lang: DocLanguage = 'da'): Promise<FileResult> {
  const all = textsFor(lang);
  const t = all.documents.actionList;
  const { wb, file } = await newStreamingWorkbook(lang);
  await writeTableSheet<ActionItem>(wb, t.sheet, [
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
  ], actionItemPages(db, q), t.title, await loadLetterhead(db.ds.manager));
  const date = q.today ?? activeClock().today();
  return file(fill(t.fileName, { date }));
}
