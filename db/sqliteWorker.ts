/**
 * SQLite work on a FILE (not on the app's open connection) in a worker thread, so that steps SQLite
 * cannot split – a whole-file copy with its fsync, integrity_check, reading every row – never hold
 * the main process. One worker is started on first use and kept; jobs run one at a time. Each job opens its own connections and closes them.
 * SQLite-only, like sqliteMaintenance.ts.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface FileJob {
  /** The file the job writes (copy target) or reads (check). */
  file: string;
  /** Copy `from` into `file` with the backup API, in one step: one consistent snapshot of the committed data. */
  from?: string;
  /** Then put the copy in rollback-journal mode (one self-contained file) and fsync it. */
  journalMode?: 'delete';
  /** Then run this pragma read-only and return the first column of each row (e.g. 'integrity_check(20)'). */
  pragma?: string;
  /** Then read every row of every table (as touchAllRows in sqliteMaintenance.ts does on the main thread). */
  readAllRows?: boolean;
  /** Instead of all the above: the SHA-256 of the file's bytes (one row, hex). */
  sha256?: boolean;
  /**
   * Instead of all the above: copy the WAL of `file` (open elsewhere) into the main file and truncate
   * it; 'passive' copies what it can without taking the write lock, while the app goes on writing.
   */
  checkpoint?: boolean | 'passive';
  nativeBinding?: string;
}

// Plain JavaScript for an eval worker: no bundler or TypeScript involved, so it runs the same under
// Node (tests, browser mode) and in Electron's main process.
const WORKER = `
const fs = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
function using(db, work) {
  try { return work(db); } finally { db.close(); }
}
async function run(job) {
  const open = (file, readonly) => new Database(file, { readonly, fileMustExist: true, nativeBinding: job.nativeBinding });
  if (job.sha256) {
    const hash = require('node:crypto').createHash('sha256');
    const buf = Buffer.alloc(1 << 20);
    const fd = fs.openSync(job.file, 'r');
    try {
      for (let n = fs.readSync(fd, buf); n > 0; n = fs.readSync(fd, buf)) hash.update(buf.subarray(0, n));
    } finally { fs.closeSync(fd); }
    return [hash.digest('hex')];
  }
  if (job.checkpoint) return using(open(job.file, false), (db) => db.pragma(job.checkpoint === 'passive' ? 'wal_checkpoint(PASSIVE)' : 'wal_checkpoint(TRUNCATE)').map((r) => String(r.busy)));
  if (job.from) {
    const src = open(job.from, true);
    try { await src.backup(job.file, { progress: () => 0x7fffffff }); } finally { src.close(); }
  }
  if (job.journalMode) {
    using(open(job.file, false), (db) => db.pragma('journal_mode = ' + job.journalMode));
    const fd = fs.openSync(job.file, 'r+');
    try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
  }
  // What the check finds is its result, also when SQLite stops at a page too damaged to walk
  // (integrity_check itself throws SQLITE_CORRUPT then): a finding, not a failed job.
  try {
    return using(open(job.file, true), (db) => {
      const rows = job.pragma ? db.pragma(job.pragma).map((r) => String(Object.values(r)[0])) : [];
      if (job.readAllRows && rows.every((r) => r === 'ok')) {
        for (const t of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()) {
          for (const row of db.prepare('SELECT * FROM "' + t.replace(/"/g, '""') + '"').iterate()) void row;
        }
      }
      return rows;
    });
  } catch (err) {
    if (!job.pragma && !job.readAllRows) throw err;
    return [err instanceof Error ? err.message : String(err)];
  }
}
parentPort.on('message', ({ id, job }) => {
  run(job).then(
    (rows) => parentPort.postMessage({ id, rows }),
    (err) => parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) }),
  );
});
`;

interface Pending {
  resolve: (rows: string[] | null) => void;
  reject: (err: Error) => void;
}

let shared: { worker: Worker; pending: Map<number, Pending> } | null = null;
let nextId = 0;
let queue: Promise<unknown> = Promise.resolve();

function startWorker(): typeof shared {
  let module: string;
  try {
    module = createRequire(__filename).resolve('better-sqlite3');
  } catch {
    return null;
  }
  const pending = new Map<number, Pending>();
  let worker: Worker;
  try {
    worker = new Worker(WORKER, { eval: true, workerData: { module } });
  } catch {
    return null;
  }
  worker.unref();
  const gone = () => {
    if (shared?.worker === worker) shared = null;
    for (const p of pending.values()) p.resolve(null);
    pending.clear();
  };
  worker.on('message', (m: { id: number; rows?: string[]; error?: string }) => {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (pending.size === 0) worker.unref();
    if (m.error !== undefined) p?.reject(new Error(m.error));
    else p?.resolve(m.rows ?? []);
  });
  worker.on('error', gone);
  worker.on('exit', gone);
  return { worker, pending };
}

/** A job stopped through its AbortSignal (runFileJob): it did not finish, and nothing it found counts. */
export class FileJobCancelled extends Error {
  constructor() {
    super('file job cancelled');
    this.name = 'FileJobCancelled';
  }
}

/**
 * Runs the job; null when no worker could be started (the caller then does the work itself). A failed job throws.
 * `signal` cancels it: a job still waiting for its turn never starts; a running one is stopped by ending
 * the worker (SQLite cannot be interrupted otherwise). Either way the promise rejects with FileJobCancelled,
 * after the worker has ended, so its connections are closed (better-sqlite3 closes them as the thread ends;
 * a native step such as integrity_check finishes first). The next job starts a fresh worker.
 */
export function runFileJob(job: FileJob, signal?: AbortSignal): Promise<string[] | null> {
  const turn = queue.then(
    () =>
      new Promise<string[] | null>((resolve, reject) => {
        if (signal?.aborted) return reject(new FileJobCancelled());
        shared ??= startWorker();
        if (!shared) return resolve(null);
        const running = shared;
        const id = nextId++;
        const stop = () => {
          // Its answer already arrived: nothing to stop.
          if (!running.pending.delete(id)) return;
          if (shared === running) shared = null;
          const cancelled = () => reject(new FileJobCancelled());
          running.worker.terminate().then(cancelled, cancelled);
        };
        const settled = () => signal?.removeEventListener('abort', stop);
        running.pending.set(id, {
          resolve: (rows) => (settled(), resolve(rows)),
          reject: (err) => (settled(), reject(err)),
        });
        signal?.addEventListener('abort', stop, { once: true });
        // Held only while a job runs: an idle worker never keeps the process alive.
        running.worker.ref();
        running.worker.postMessage({ id, job });
      }),
  );
  queue = turn.catch(() => undefined);
  return turn;
}
