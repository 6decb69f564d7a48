/**
 * The worker thread's side of reportThread.ts: renders the status report's PDF or workbook from its
 * data, so pdfkit's and exceljs's work (and their garbage) never holds the main process (issue 17).
 * Built to out/main/reportWorker.js (electron.vite.config.ts); run from source under tsx in tests.
 */
import { parentPort } from 'node:worker_threads';
import { fixedClock, withClock } from '../app/clock';
import type { FileResult } from '../../preload/contract';
import type { DocLanguage } from '../documents/format';
import type { Letterhead } from '../houseStyle/letterhead';
import type { StatusReportData } from './reportData';
import { statusReportPdf } from './statusReportPdf';
import { statusReportXlsx } from './statusReportXlsx';

export interface ReportJob {
  id: number;
  kind: 'pdf' | 'xlsx';
  data: StatusReportData;
  rule: string;
  made: string;
  letterhead: Letterhead | undefined;
  lang: DocLanguage;
  /** The command's clock (ctx.clock) as an instant: the workbook's creation time. */
  now: string;
}
export type ReportReply = { id: number; file: FileResult } | { id: number; error: string };

// Structured cloning turns a Buffer into a plain Uint8Array: give pdfkit and exceljs Buffers again, as on the main thread.
const asBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
function revive(l: Letterhead | undefined): Letterhead | undefined {
  if (!l?.logo) return l;
  return { ...l, logo: { ...l.logo, png: asBuffer(l.logo.png), svg: l.logo.svg ? asBuffer(l.logo.svg) : null } };
}

export function renderReport(job: Omit<ReportJob, 'id'>): Promise<FileResult> {
  const render = job.kind === 'pdf' ? statusReportPdf : statusReportXlsx;
  return withClock(fixedClock(job.now), () => render(job.data, job.rule, job.made, revive(job.letterhead), job.lang));
}

parentPort?.on('message', (job: ReportJob) => {
  renderReport(job).then(
    (file) => parentPort!.postMessage({ id: job.id, file } satisfies ReportReply),
    (err: unknown) => parentPort!.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) } satisfies ReportReply),
  );
});
