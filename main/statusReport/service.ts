import type { Database } from '../../db/database';
import type { FileResult } from '../../preload/contract';
import { todayIso as today } from '../app/days';
import type { DocLanguage } from '../documents/format';
import { textsFor } from '../documents/texts';
import { loadLetterhead } from '../houseStyle/letterhead';
import { statusReportData } from './reportData';
import { statusReportPdf } from './statusReportPdf';
import { statusReportXlsx } from './statusReportXlsx';

export async function statusReportWorkbook(db: Database, fromDate: string, toDate: string, made = today(), lang: DocLanguage = 'da'): Promise<FileResult> {
  return statusReportXlsx(await statusReportData(db, fromDate, toDate), textsFor(lang).goals.rule, made, await loadLetterhead(db.ds.manager), lang);
}

export async function statusReportDocument(db: Database, fromDate: string, toDate: string, made = today(), lang: DocLanguage = 'da'): Promise<FileResult> {
  return statusReportPdf(await statusReportData(db, fromDate, toDate), textsFor(lang).goals.rule, made, await loadLetterhead(db.ds.manager), lang);
}
