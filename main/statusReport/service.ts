import type { Database } from '../../db/database';
import type { FileResult } from '../../preload/contract';
import { activeClock } from '../app/clock';
import { todayIso as today } from '../app/days';
import type { DocLanguage } from '../documents/format';
import { textsFor } from '../documents/texts';
import { loadLetterhead } from '../houseStyle/letterhead';
import { statusReportData } from './reportData';
import { renderReportOffThread } from './reportThread';

async function report(kind: 'pdf' | 'xlsx', db: Database, fromDate: string, toDate: string, made: string, lang: DocLanguage): Promise<FileResult> {
  const data = await statusReportData(db, fromDate, toDate);
  const letterhead = await loadLetterhead(db.ds.manager);
  return renderReportOffThread({ kind, data, rule: textsFor(lang).goals.rule, made, letterhead, lang, now: activeClock().now().toISOString() });
}

export function statusReportWorkbook(db: Database, fromDate: string, toDate: string, made = today(), lang: DocLanguage = 'da'): Promise<FileResult> {
  return report('xlsx', db, fromDate, toDate, made, lang);
}

export function statusReportDocument(db: Database, fromDate: string, toDate: string, made = today(), lang: DocLanguage = 'da'): Promise<FileResult> {
  return report('pdf', db, fromDate, toDate, made, lang);
}
