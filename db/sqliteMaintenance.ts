/**
 * SQLite-specific maintenance: integrity checks, the online backup API and raw pragma reads.
 * Like sqlite.ts this is deliberately SQLite-only; a PostgreSQL mode would replace this file.
 */
import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import { FileJobCancelled, runFileJob } from './sqliteWorker';

export interface CheckResult {
  ok: boolean;
  /** First few problems SQLite reported, or the error that stopped the check. */
  problems: string[];
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

/** The raw better-sqlite3 connection under a TypeORM DataSource (one connection per DataSource). */
export function rawConnection(ds: DataSource): BetterSqlite3.Database {
  return (ds.driver as unknown as { databaseConnection: BetterSqlite3.Database }).databaseConnection;
}

/** Opens read-only so a damaged file is never written to (no WAL checkpoint on close). */
export function checkFile(file: string, mode: 'quick' | 'full' = 'full', nativeBinding?: string): CheckResult {
  const pre = precheck(file);
  if (pre) return pre;
  const walBytes = walSize(file);
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
    const problems = [...integrityProblems(db, mode), ...pageCountProblems(db, file, walBytes)];
    if (problems.length === 0) for (const _step of touchAllRows(db)) void _step;
    return { ok: problems.length === 0, problems };
  } catch (err) {
    return { ok: false, problems: [err instanceof Error ? err.message : String(err)] };
  } finally {
    db?.close();
  }
}

/**
 * The same check as checkFile for use while the app runs (backups, restore, reopen): integrity_check
 * and the full read run on their own read-only connection in a worker thread (neither can be split
 * into steps), so the main process is not held. Without a worker they run here, the read in steps
 * with `pause` between them. `signal` cancels it (FileJobCancelled is thrown, never a result).
 */
export async function checkFileInSteps(
  file: string,
  opts: { nativeBinding?: string; pause?: () => Promise<void>; integrityRows?: string[]; signal?: AbortSignal } = {},
): Promise<CheckResult> {
  const { nativeBinding, pause = nextTurn, signal } = opts;
  const pre = precheck(file);
  if (pre) return pre;
  const walBytes = walSize(file);
  let db: BetterSqlite3.Database | undefined;
  try {
    const rows = opts.integrityRows ?? (await runFileJob({ file, pragma: INTEGRITY_PRAGMA.full, readAllRows: true, nativeBinding }, signal));
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
    const problems = [...(rows ? rows.filter((m) => m !== 'ok') : integrityProblems(db, 'full')), ...pageCountProblems(db, file, walBytes)];
    if (problems.length === 0 && !rows) {
      for (const _step of touchAllRows(db)) {
        if (signal?.aborted) throw new FileJobCancelled();
        await pause();
      }
    }
    return { ok: problems.length === 0, problems };
  } catch (err) {
    // Cancelled (a close): not a result, so never reported as damage.
    if (err instanceof FileJobCancelled) throw err;
    return { ok: false, problems: [err instanceof Error ? err.message : String(err)] };
  } finally {
    db?.close();
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Header, size and page checks on the raw bytes; a result when those already decide, else null. */
/** The header and size alone, read in microseconds: what a fast open still refuses before SQLite touches the file. */
export function precheck(file: string): CheckResult | null {
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size === 0) return { ok: true, problems: [] };
    fs.readSync(fd, head, 0, 16, 0);
    if (!head.equals(SQLITE_MAGIC)) return { ok: false, problems: ['not a database (header)'] };
    const bad = headerProblem(fd);
    if (bad) return { ok: false, problems: [bad] };
    if (size % 512 !== 0) return { ok: false, problems: [`size ${size} is not a whole number of pages`] };
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

/** Measured before opening: a read-only open of a WAL file may create an empty -wal itself. */
const walSize = (file: string) => (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);

const INTEGRITY_PRAGMA = { full: 'integrity_check(20)', quick: 'quick_check(20)' } as const;

function integrityProblems(db: BetterSqlite3.Database, mode: 'quick' | 'full'): string[] {
  const rows = db.pragma(INTEGRITY_PRAGMA[mode]) as Record<string, string>[];
  return rows.map((r) => String(Object.values(r)[0])).filter((m) => m !== 'ok');
}

/** A truncated file can pass page checks when the lost tail was free space; the header's page count cannot. */
function pageCountProblems(db: BetterSqlite3.Database, file: string, walBytes: number): string[] {
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  const pageCount = Number(db.pragma('page_count', { simple: true }));
  const onDisk = Math.floor(fs.statSync(file).size / pageSize);
  // The WAL is measured again: in the background check after a fast open the app keeps writing, and
  // pages committed to a WAL that was empty when the check began are counted but not yet in the file.
  return onDisk < pageCount && walBytes === 0 && walSize(file) === 0 ? [`file holds ${onDisk} of ${pageCount} pages`] : [];
}

/** Header fields SQLite accepts silently but that mean the file was altered (sqlite.org/fileformat.html §1.3). */
function headerProblem(fd: number): string | null {
  const h = Buffer.alloc(100);
  fs.readSync(fd, h, 0, 100, 0);
  if (![1, 2].includes(h[18]!) || ![1, 2].includes(h[19]!)) return 'unknown file format version';
  if (h[21] !== 64 || h[22] !== 32 || h[23] !== 32) return 'bad payload fractions';
  const schemaFormat = h.readUInt32BE(44);
  // 0 is what a main file holds while its first schema is still only in the WAL.
  if (schemaFormat > 4) return 'bad schema format';
  if (h.readUInt32BE(56) > 3) return 'bad text encoding';
  return null;
}

/** Reads every row (catches damage in overflow pages that quick_check skips); yields every few hundred rows. */
function* touchAllRows(db: BetterSqlite3.Database): Generator<void> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  let n = 0;
  for (const t of tables) {
    for (const _row of db.prepare(`SELECT * FROM "${t.replace(/"/g, '""')}"`).iterate()) if (++n % 500 === 0) yield;
  }
}

/**
 * Pages per step when the copy runs on this thread (no worker): better-sqlite3 gives the event loop a
 * turn between steps; 100 pages (400 KB) take a few milliseconds.
 */
const BACKUP_PAGES_PER_STEP = 100;

/** Opens a file just to copy it with the backup API (restore path; never a plain file copy). */
async function copyDatabaseFile(from: string, to: string, nativeBinding?: string): Promise<void> {
  const src = new BetterSqlite3(from, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    await src.backup(to, { progress: () => BACKUP_PAGES_PER_STEP });
  } finally {
    src.close();
  }
}

/**
 * A verified copy made while the app runs: the backup API copies the committed data of `from` in one
 * consistent step on a worker thread (the app's connection keeps writing to the WAL meanwhile), puts
 * the copy in rollback-journal mode (one self-contained file), fsyncs it, runs integrity_check and
 * reads every row there; checkFileInSteps adds the header and page-count checks. Falls back to the same steps on this thread when no worker can be
 * started.
 */
export async function copyAndCheck(from: string, to: string, nativeBinding?: string): Promise<CheckResult> {
  const integrityRows = await runFileJob({ file: to, from, journalMode: 'delete', pragma: INTEGRITY_PRAGMA.full, readAllRows: true, nativeBinding });
  if (integrityRows === null) {
    await copyDatabaseFile(from, to, nativeBinding);
    setJournalMode(to, 'delete', nativeBinding);
    const fd = fs.openSync(to, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
  return checkFileInSteps(to, { nativeBinding, integrityRows: integrityRows ?? undefined });
}

/**
 * Copies the WAL into the main file on the worker thread (SQLite lets any connection checkpoint), so
 * that closing the app's connection, or the next commit, has little left to copy on this thread.
 */
export async function checkpointOffThread(db: BetterSqlite3.Database, file: string, nativeBinding?: string): Promise<void> {
  if (file === ':memory:') return;
  if ((await runFileJob({ file, checkpoint: true, nativeBinding })) === null) db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * Backups are kept in rollback-journal mode so each is one self-contained file (a read-only check of a
 * WAL-mode file leaves -wal/-shm files behind); the live data file goes back to WAL.
 */
export function setJournalMode(file: string, mode: 'wal' | 'delete', nativeBinding?: string): void {
  const db = new BetterSqlite3(file, { fileMustExist: true, nativeBinding });
  try {
    db.pragma(`journal_mode = ${mode.toUpperCase()}`);
  } finally {
    db.close();
  }
}

export interface PragmaReadout {
  journalMode: string;
  synchronous: number;
  foreignKeys: number;
  busyTimeout: number;
  secureDelete: number;
}

export function readPragmas(db: BetterSqlite3.Database): PragmaReadout {
  return {
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    synchronous: Number(db.pragma('synchronous', { simple: true })),
    foreignKeys: Number(db.pragma('foreign_keys', { simple: true })),
    busyTimeout: Number(db.pragma('busy_timeout', { simple: true })),
    secureDelete: Number(db.pragma('secure_delete', { simple: true })),
  };
}

/** True when the file has no tables yet (a fresh data file needs no pre-migration backup). */
export function hasUserTables(db: BetterSqlite3.Database): boolean {
  return Number(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().get()) > 0;
}
