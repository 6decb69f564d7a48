import type { Database } from '../../db/database';
import type { FileResult } from '../../preload/contract';
import { docxFile, renderDocxOffThread } from '../documents/docxThread';
import type { DocLanguage } from '../documents/format';
import { loadLetterhead } from '../houseStyle/letterhead';
import { loadMemoDoc, memoModel } from './memoBlocks';

/** The memo for the case and meeting system (ESDH): Word, from the same blocks as the PDF. */
export async function memoDocx(db: Database, input: { id: number; version?: number | null; language?: DocLanguage }): Promise<FileResult> {
  const lang = input.language ?? 'da';
  const memo = await loadMemoDoc(db, input, lang);
  const letterhead = await loadLetterhead(db.ds.manager);
  return docxFile(await renderDocxOffThread(memoModel(memo, letterhead.partnership, lang), letterhead), `${memo.fileBase}.docx`);
}
