import type { Database } from '../../db/database';
import type { FileResult } from '../../preload/contract';
import type { DocLanguage } from '../documents/format';
import { createPdf, pdfFile } from '../documents/pdf';
import { renderPdfBlocks } from '../documents/pdfBlocks';
import { loadLetterhead } from '../houseStyle/letterhead';
import { loadMemoDoc, memoModel } from './memoBlocks';

export { recipientLabel } from './memoLabels';

/** The memo as PDF, rendered from the same blocks as the Word version (memoBlocks.ts). */
export async function memoPdf(db: Database, input: { id: number; version?: number | null; language?: DocLanguage }): Promise<FileResult> {
  const lang = input.language ?? 'da';
  const memo = await loadMemoDoc(db, input, lang);
  const letterhead = await loadLetterhead(db.ds.manager);
  const model = memoModel(memo, letterhead.partnership, lang);
  const { doc, finish } = await createPdf({ title: model.title, partnership: model.partnership, watermark: model.watermark, language: lang, letterhead });
  await renderPdfBlocks(doc, model.blocks);
  return pdfFile(await finish(), `${memo.fileBase}.pdf`);
}
