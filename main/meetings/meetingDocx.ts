import type { Database } from '../../db/database';
import type { FileResult } from '../../preload/contract';
import { docxFile, renderDocxOffThread } from '../documents/docxThread';
import type { DocLanguage } from '../documents/format';
import { loadLetterhead } from '../houseStyle/letterhead';
import { meetingDetail } from './detail';
import { agendaModel, meetingFileName, minutesModel } from './meetingBlocks';

/** Agenda or minutes in Word, for filing in the case system; from the same blocks as the PDF (documents.ts). */
export async function meetingDocx(db: Database, input: { id: number; language?: DocLanguage }, which: 'agenda' | 'minutes'): Promise<FileResult> {
  const m = db.ds.manager;
  const lang = input.language ?? 'da';
  const meeting = await meetingDetail(m, input.id);
  const letterhead = await loadLetterhead(m);
  const model = which === 'agenda' ? agendaModel(meeting, letterhead.partnership, lang) : minutesModel(meeting, letterhead.partnership, lang);
  return docxFile(await renderDocxOffThread(model, letterhead), meetingFileName(which, meeting, lang, 'docx'));
}
