/**
 * .docx files rendered on a worker thread (docxWorker.ts): the docx library builds a whole document's
 * XML in one synchronous call, which held the event loop 110–300 ms for a busy meeting's minutes.
 * One worker is started on first use and kept (unreferenced while idle); jobs run one at a time in it.
 * Where no worker can be started, the document is rendered here as before – same blocks, same bytes.
 * docx.ts (and the docx library) is loaded here only then: never at process start (issue 17).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileResult } from '../../preload/contract';
import type { Letterhead } from '../houseStyle/letterhead';
import type { DocModel } from './blocks';
import type { DocxJob, DocxReply } from './docxWorker';

// The built app has out/main/docxWorker.js beside its entry (this code may sit in a chunk below it);
// from source (vitest, tsx) the worker is the .ts file, loaded through tsx's require hook.
function workerEntry(): { file: string; tsx: string | null } | null {
  for (const dir of [__dirname, join(__dirname, '..')]) {
    const js = join(dir, 'docxWorker.js');
    if (existsSync(js)) return { file: js, tsx: null };
  }
  const ts = join(__dirname, 'docxWorker.ts');
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

interface Pending {
  resolve: (bytes: Buffer | null) => void;
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
    worker = new Worker(BOOT, { eval: true, workerData: entry });
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
  worker.on('message', (m: DocxReply) => {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (pending.size === 0) worker.unref();
    if ('error' in m) p?.reject(new Error(m.error));
    else p?.resolve(Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength));
  });
  worker.on('error', gone);
  worker.on('exit', () => gone());
  return { worker, pending };
}

function offThread(model: DocModel, letterhead: Letterhead | null): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    if (failed) return resolve(null);
    shared ??= startWorker();
    if (!shared) return resolve(null);
    const id = nextId++;
    shared.pending.set(id, { resolve, reject });
    // Held only while a job runs: an idle worker never keeps the process alive.
    shared.worker.ref();
    shared.worker.postMessage({ id, model, letterhead } satisfies DocxJob);
  });
}

/** The Word version of a document (docx.ts), rendered on the worker thread; here if there is none. A failed render throws. */
export async function renderDocxOffThread(model: DocModel, letterhead: Letterhead | null): Promise<Buffer> {
  const bytes = await offThread(model, letterhead);
  if (bytes) {
    renders.offThread++;
    return bytes;
  }
  renders.inThread++;
  const { renderDocx } = await import('./docx');
  return renderDocx(model, letterhead);
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function docxFile(buf: Buffer, fileName: string): FileResult {
  return { fileName, mimeType: DOCX_MIME, base64: buf.toString('base64') };
}

/** How many documents were rendered on the worker and how many here (for tests and diagnostics). */
export const docxRenderCounts = () => ({ ...renders });
