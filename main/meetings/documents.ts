import type { Database } from '../../db/database';
import { createYielder } from '../app/longWork';
import type { FileResult } from '../../preload/contract';
import { da } from '../../preload/texts/da';
import { createPdf, pdfFile } from '../documents/pdf';
import { renderPdfBlocks } from '../documents/pdfBlocks';
import { addLongTableSheet, newWorkbook, workbookFile } from '../documents/xlsx';
import { addWorkbookLetterhead } from '../documents/xlsxLetterhead';
import { loadLetterhead } from '../houseStyle/letterhead';
import type { ChannelParsed } from '../../preload/contract';
import { meetingDetail } from './detail';
import { safeFileName } from './fileNames';
import { listActionItems } from './minutesService';
import { agendaModel, minutesModel } from './meetingBlocks';
import { activeClock } from '../app/clock';

async function meetingPdf(db: Database, id: number, which: 'agenda' | 'minutes'): Promise<FileResult> {
  const m = db.ds.manager;
  const meeting = await meetingDetail(m, id);
  const letterhead = await loadLetterhead(m);
  const model = which === 'agenda' ? agendaModel(meeting, letterhead.partnership, 'da') : minutesModel(meeting, letterhead.partnership, 'da');
  const { doc, finish } = createPdf({ title: model.title, partnership: model.partnership, watermark: model.watermark, language: model.language, letterhead });
  await renderPdfBlocks(doc, model.blocks);
  const kind = which === 'agenda' ? 'Dagsorden' : 'Referat';
  return pdfFile(await finish(), safeFileName(`${kind} ${meeting.title} ${meeting.date}.pdf`));
}

/** The agenda and the minutes as PDF, rendered from the same blocks as their Word versions (meetingBlocks.ts). */
export const agendaPdf = (db: Database, id: number) => meetingPdf(db, id, 'agenda');
export const minutesPdf = (db: Database, id: number) => meetingPdf(db, id, 'minutes');

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
