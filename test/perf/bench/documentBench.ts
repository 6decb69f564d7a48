import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { openDatabase, type Database } from '../../../db/database';
import { statusReportData } from '../../../main/statusReport/reportData';
import type { FileResult } from '../../../preload/contract';
import { call, ctxOf } from '../../helpers/db';
import { measure, type Timing } from './stats';

export const REPORT_YEAR = 2026;
const period = { fromDate: `${REPORT_YEAR}-01-01`, toDate: `${REPORT_YEAR}-12-31` };

export const documentTasks = ['agendaPdf', 'minutesPdf', 'memoPdf', 'statusXlsx', 'statusPdf'] as const;
export type DocumentTask = (typeof documentTasks)[number];

async function busiestMeeting(db: Database): Promise<number> {
  return (await db.ds.query('SELECT meeting_id AS id FROM agenda_item GROUP BY meeting_id ORDER BY COUNT(*) DESC, meeting_id LIMIT 1'))[0].id;
}

/** A decided memo with the most text: the longest memo PDF. */
async function longestMemo(db: Database): Promise<number> {
  return (await db.ds.query("SELECT id FROM memo WHERE status = 'decided' ORDER BY LENGTH(body) DESC, id LIMIT 1"))[0].id;
}

/** The channel the button calls, with what it needs from the generated data. */
const documents: Record<DocumentTask, (db: Database) => Promise<FileResult>> = {
  agendaPdf: async (db) => call(ctxOf(db), 'meetings.agendaPdf', { id: await busiestMeeting(db) }),
  minutesPdf: async (db) => call(ctxOf(db), 'meetings.minutesPdf', { id: await busiestMeeting(db) }),
  memoPdf: async (db) => call(ctxOf(db), 'memos.pdf', { id: await longestMemo(db) }),
  statusXlsx: (db) => call(ctxOf(db), 'statusReport.xlsx', period),
  statusPdf: (db) => call(ctxOf(db), 'statusReport.pdf', period),
};

export const documentNames: Record<DocumentTask, string> = {
  agendaPdf: 'agenda PDF, busiest meeting',
  minutesPdf: 'minutes PDF, busiest meeting',
  memoPdf: 'decision memo PDF',
  statusXlsx: `status report xlsx, year ${REPORT_YEAR}`,
  statusPdf: `status report PDF, year ${REPORT_YEAR}`,
};

/** One document through dispatch, as the button runs it; its size in bytes rides along. */
export async function documentBench(file: string, runs: number, which: DocumentTask): Promise<Timing & { bytes: number }> {
  const db = await openDatabase({ file });
  let bytes = 0;
  try {
    const t = await measure(async () => {
      bytes = Buffer.from((await documents[which](db)).base64 ?? '', 'base64').length;
    }, runs, 1);
    return { ...t, bytes };
  } finally {
    await db.close();
  }
}

/**
 * The status report workbook's floor: the same report data (one computation, shared with the service)
 * written by exceljs's streaming writer, which does not keep the sheets in memory. The same sheets and
 * cells as values; no styling, conditional formats or print setup.
 */
export async function statusXlsxFloor(file: string, runs: number): Promise<Timing & { bytes: number; rows: number }> {
  const db = await openDatabase({ file });
  let bytes = 0;
  let rows = 0;
  try {
    const t = await measure(async () => {
      const d = await statusReportData(db, period.fromDate, period.toDate);
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (c: Buffer) => chunks.push(c));
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
      rows = 0;
      const sheet = (name: string, header: string[], lines: (string | number | null)[][]) => {
        const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
        ws.addRow(header).commit();
        for (const l of lines) {
          ws.addRow(l).commit();
          rows++;
        }
        ws.commit();
      };
      sheet('Overblik', ['Spor', 'Indsatser', 'Budget i perioden'], d.summaries.map((s) => [s.track?.name ?? 'Partnerskabet', s.initiatives, s.budget]));
      sheet('Indsatser', ['Indsats', 'Spor', 'Målgrupper', 'Status', 'Ansvarlig', 'Partnere', 'Kontaktperson', 'Start', 'Slut', 'Budget i perioden'], d.initiatives.map((i) => [
        i.name, i.track.name, i.targetGroups.map((g) => g.name).join(', '), i.statusAtEnd, i.ownerOrganisation?.name ?? null,
        i.partnerOrganisations.map((p) => p.name).join(', '), i.contactPerson?.name ?? null, i.startDate, i.endDate, i.budgetInPeriod,
      ]));
      sheet('Mål og nøgletal', ['Mål', 'Baseline', 'Mål', 'Seneste måling', 'Fremdrift', 'Forventet', 'Status'], d.goals.map((g) => [
        g.name, g.baselineValue, g.targetValue, g.progress.latest?.value ?? null, g.progress.progress, g.progress.expected, g.progress.status,
      ]));
      sheet('Nøgletal pr. spor', ['Spor', 'Nøgletal', ...d.keyFigureYears.map(String)], d.keyFigures.map((k) => [k.trackName, k.name, ...d.keyFigureYears.map((y) => k.years.find((v) => v.year === y)?.value ?? null)]));
      sheet('Økonomi', ['År', 'Finansieringskilde', 'Indsatser', 'Beløb'], d.funding.map((f) => [f.year, f.fundingSource, f.initiatives, f.amount]));
      if (d.actionItems) sheet('Aftaler', ['Aftale', 'Ansvarlig', 'Frist', 'Møde', 'Mødedato'], d.actionItems.map((a) => [a.what, a.who, a.due, a.meeting, a.meetingDate]));
      await wb.commit();
      bytes = Buffer.concat(chunks).length;
    }, runs, 1);
    return { ...t, bytes, rows };
  } finally {
    await db.close();
  }
}
