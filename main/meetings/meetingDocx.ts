import type { Database } from '../../db/database';
import type { FileResult } from '../../preload/contract';
import { docxFile, renderDocx } from '../documents/docx';
import type { DocLanguage } from '../documents/format';
import { textsFor } from '../documents/texts';
import { loadLetterhead } from '../houseStyle/letterhead';
import { meetingDetail } from './detail';
import { safeFileName } from './fileNames';
import { agendaModel, minutesModel } from './meetingBlocks';

/** Agenda or minutes in Word, for filing in the case system; from the same blocks as the PDF writer renders. */
export async function meetingDocx(db: Database, input: { id: number; language?: DocLanguage }, which: 'agenda' | 'minutes'): Promise<FileResult> {
  const m = db.ds.manager;
  const lang = input.language ?? 'da';
  const meeting = await meetingDetail(m, input.id);
  const letterhead = await loadLetterhead(m);
  const model = which === 'agenda' ? agendaModel(meeting, letterhead.partnership, lang) : minutesModel(meeting, letterhead.partnership, lang);
  const kind = which === 'agenda' ? textsFor(lang).meetingDoc.agenda : textsFor(lang).meetingDoc.minutes;
  return docxFile(await renderDocx(model, letterhead), safeFileName(`${kind} ${meeting.title} ${meeting.date}.docx`));
}
