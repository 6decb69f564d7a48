/**
 * The status report rendered on a worker thread (reportWorker.ts): a region's year is a 150-page PDF
 * and a workbook of thousands of rows, and rendering them here held the event loop > 100 ms in
 * slices and garbage collections (issue 17). The data is read here (the database is this thread's);
 * only the rendering moves. One worker is started on first use and kept (unreferenced while idle);
 * jobs run one at a time in it. Where no worker can be started, the report is rendered here as before.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileResult } from '../../preload/contract';
import { renderReport, type ReportJob, type ReportReply } from './reportWorker';

// The built app has out/main/reportWorker.js beside its entry (this code may sit in a chunk below it);
// from source (vitest, tsx) the worker is the .ts file, loaded through tsx's require hook.
function workerEntry(): { file: string; tsx: string | null } | null {
  for (const dir of [__dirname, join(__dirname, '..')]) {
    const js = join(dir, 'reportWorker.js');
    if (existsSync(js)) return { file: js, tsx: null };
  }
  const ts = join(__dirname, 'reportWorker.ts');
  if (!existsSync(ts)) return null;
  try {
    return { file: ts, tsx: createRequire(__filename).resolve('tsx/cjs/api') };
  } catch {
    return null;
  }
}

// An eval worker that requires the entry: module loading goes through the host's own require (asar in Electron).
const BOOT = `
const { workerData } = require('node:worker_threads');
if (workerData.tsx) require(workerData.tsx).register();
require(workerData.file);
`;

/**
 * The worker's heap limit: a region's 150-page PDF needs ~200 MB at its peak. Under it V8 collects the
 * previous reports' garbage before growing, so back-to-back reports do not pile up in the process's
 * memory. A report that would need more ends the worker ('error'), and is then rendered here.
 */
const OLD_GENERATION_MB = 256;

interface Pending {
  resolve: (file: FileResult | null) => void;
  reject: (err: Error) => void;
}
let shared: { worker: Worker; pending: Map<number, Pending> } | null = null;
let failed = false;
let nextId = 0;
const renders = { offThread: 0, inThread: 0 };

function startWorker(): typeof shared {
  const entry = workerEntry();
  if (!entry) return null;
  const pending = new Map<number, Pending>();
  let worker: Worker;
  try {
    worker = new Worker(BOOT, { eval: true, workerData: entry, resourceLimits: { maxOldGenerationSizeMb: OLD_GENERATION_MB } });
  } catch {
    return null;
  }
  worker.unref();
  const gone = (err?: Error) => {
    if (shared?.worker === worker) shared = null;
    // A worker that dies without ever answering (its entry fails to load) is not tried again.
    if (err) failed = true;
    for (const p of pending.values()) p.resolve(null);
    pending.clear();
  };
  worker.on('message', (m: ReportReply) => {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (pending.size === 0) worker.unref();
    if ('error' in m) p?.reject(new Error(m.error));
    else p?.resolve(m.file);
  });
  worker.on('error', gone);
  worker.on('exit', () => gone());
  return { worker, pending };
}

function offThread(job: Omit<ReportJob, 'id'>): Promise<FileResult | null> {
  return new Promise((resolve, reject) => {
    if (failed) return resolve(null);
    shared ??= startWorker();
    if (!shared) return resolve(null);
    const id = nextId++;
    shared.pending.set(id, { resolve, reject });
    // Held only while a job runs: an idle worker never keeps the process alive.
    shared.worker.ref();
    shared.worker.postMessage({ id, ...job } satisfies ReportJob);
  });
}

/** The status report's file, rendered on the worker thread; here if there is none. A failed render throws. */
export async function renderReportOffThread(job: Omit<ReportJob, 'id'>): Promise<FileResult> {
  const file = await offThread(job);
  if (file) renders.offThread++;
  else renders.inThread++;
  return file ?? renderReport(job);
}

/** How many reports were rendered on the worker and how many here (for tests and diagnostics). */
export const reportRenderCounts = () => ({ ...renders });
