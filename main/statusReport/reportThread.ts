/**
 * The status report rendered on a worker thread (reportWorker.ts): a region's year is a 150-page PDF
 * and a workbook of thousands of rows, and rendering them here held the event loop > 100 ms in
 * slices and garbage collections (issue 17). The data is read here (the database is this thread's);
 * only the rendering moves. Where no worker can be started, the report is rendered here as before.
 */
import type { FileResult } from '../../preload/contract';
import { renderWorker } from '../app/renderWorker';
import { renderReport, type ReportJob } from './reportWorker';

/**
 * The worker's heap limit: a region's 150-page PDF needs ~200 MB at its peak. Under it V8 collects the
 * previous reports' garbage before growing, so back-to-back reports do not pile up in the process's
 * memory. A report that would need more ends the worker ('error'), and is then rendered here.
 */
const OLD_GENERATION_MB = 256;

const worker = renderWorker<Omit<ReportJob, 'id'>, FileResult>({
  entry: 'reportWorker',
  dir: __dirname,
  resourceLimits: { maxOldGenerationSizeMb: OLD_GENERATION_MB },
  result: (m) => m.file as FileResult,
});

/** The status report's file, rendered on the worker thread; here if there is none. A failed render throws. */
export async function renderReportOffThread(job: Omit<ReportJob, 'id'>): Promise<FileResult> {
  const file = await worker.run(job);
  if (file) return file;
  worker.countInThread();
  return renderReport(job);
}

/** How many reports were rendered on the worker and how many here (for tests and diagnostics). */
export const reportRenderCounts = () => worker.counts();
