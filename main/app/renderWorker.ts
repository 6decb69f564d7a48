/**
 * A document renderer on a worker thread, for work that would hold the event loop (issue 17): the
 * status report's PDF and workbook, Word files. One worker per renderer is started on first use and kept
 * (unreferenced while idle); jobs run one at a time in it. `run` answers null when no worker can be
 * started or it died, and the caller then renders on this thread as before.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface RenderWorkerOptions<R> {
  /** The worker module's name without extension ('docxWorker'), in `dir`. */
  entry: string;
  /** The caller's __dirname: the built app has out/main/<entry>.js beside its entry (the caller may sit in a chunk below it); from source, <entry>.ts is beside the caller. */
  dir: string;
  resourceLimits?: ResourceLimits;
  /** The result carried by a reply that is not an error. */
  result: (reply: { id: number } & Record<string, unknown>) => R;
}

export interface RenderWorker<J, R> {
  run(job: J): Promise<R | null>;
  /** How many jobs were rendered on the worker and how many on this thread (for tests and diagnostics). */
  counts(): { offThread: number; inThread: number };
  /** The caller rendered a job on this thread. */
  countInThread(): void;
}

// From source (vitest, tsx) the worker is the .ts file, loaded through tsx's require hook.
function workerEntry(dir: string, name: string): { file: string; tsx: string | null } | null {
  for (const d of [dir, join(dir, '..')]) {
    const js = join(d, `${name}.js`);
    if (existsSync(js)) return { file: js, tsx: null };
  }
  const ts = join(dir, `${name}.ts`);
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

interface Pending<R> {
  resolve: (result: R | null) => void;
  reject: (err: Error) => void;
}

export function renderWorker<J extends object, R>(opts: RenderWorkerOptions<R>): RenderWorker<J, R> {
  let shared: { worker: Worker; pending: Map<number, Pending<R>> } | null = null;
  let failed = false;
  let nextId = 0;
  const renders = { offThread: 0, inThread: 0 };

  function start(): typeof shared {
    const entry = workerEntry(opts.dir, opts.entry);
    if (!entry) return null;
    const pending = new Map<number, Pending<R>>();
    let worker: Worker;
    try {
      worker = new Worker(BOOT, { eval: true, workerData: entry, ...(opts.resourceLimits ? { resourceLimits: opts.resourceLimits } : {}) });
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
    worker.on('message', (m: { id: number; error?: string } & Record<string, unknown>) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (pending.size === 0) worker.unref();
      if (typeof m.error === 'string') p?.reject(new Error(m.error));
      else p?.resolve(opts.result(m));
    });
    worker.on('error', gone);
    worker.on('exit', () => gone());
    return { worker, pending };
  }

  const post = (job: J) =>
    new Promise<R | null>((resolve, reject) => {
      if (failed) return resolve(null);
      shared ??= start();
      if (!shared) return resolve(null);
      const id = nextId++;
      shared.pending.set(id, { resolve, reject });
      // Held only while a job runs: an idle worker never keeps the process alive.
      shared.worker.ref();
      shared.worker.postMessage({ id, ...job });
    });

  return {
    async run(job) {
      const result = await post(job);
      if (result !== null) renders.offThread++;
      return result;
    },
    counts: () => ({ ...renders }),
    countInThread: () => void renders.inThread++,
  };
}
