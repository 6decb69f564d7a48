import type { Database } from '../../db/database';
import type { FileResult } from '../../preload/contract';
import { today } from '../initiatives/initiativeService';
import { PROGRESS_RULE_DA } from '../goals/progress';
import { loadLetterhead } from '../houseStyle/letterhead';
import { statusReportData } from './reportData';
import { statusReportPdf } from './statusReportPdf';
import { statusReportXlsx } from './statusReportXlsx';

export async function statusReportWorkbook(db: Database, fromDate: string, toDate: string, made = today()): Promise<FileResult> {
  return statusReportXlsx(await statusReportData(db, fromDate, toDate), PROGRESS_RULE_DA, made, await loadLetterhead(db.ds.manager));
}

export async function statusReportDocument(db: Database, fromDate: string, toDate: string, made = today()): Promise<FileResult> {
  return statusReportPdf(await statusReportData(db, fromDate, toDate), PROGRESS_RULE_DA, made, await loadLetterhead(db.ds.manager));
}
