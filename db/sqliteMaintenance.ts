/**
 * SQLite-specific maintenance: integrity checks, the online backup API and raw pragma reads.
 * Like sqlite.ts this is deliberately SQLite-only; a PostgreSQL mode would replace this file.
 */
import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { DataSource } from 'typeorm';

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
  } finally {
    fs.closeSync(fd);
  }
  // Measured before opening: a read-only open of a WAL file may create an empty -wal itself.
  const walBytes = fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0;
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    const pageCount = Number(db.pragma('page_count', { simple: true }));
    const rows = db.pragma(mode === 'full' ? 'integrity_check(20)' : 'quick_check(20)') as Record<string, string>[];
    const problems = rows.map((r) => String(Object.values(r)[0])).filter((m) => m !== 'ok');
    // A truncated file can pass page checks when the lost tail was free space; the header's page count cannot.
    const onDisk = Math.floor(fs.statSync(file).size / pageSize);
    if (onDisk < pageCount && walBytes === 0) problems.push(`file holds ${onDisk} of ${pageCount} pages`);
    // Reading every row catches damage in overflow pages that quick_check skips.
    if (problems.length === 0) touchAllRows(db);
    return { ok: problems.length === 0, problems };
  } catch (err) {
    return { ok: false, problems: [err instanceof Error ? err.message : String(err)] };
  } finally {
    db?.close();
  }
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

function touchAllRows(db: BetterSqlite3.Database): void {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  for (const t of tables) for (const _row of db.prepare(`SELECT * FROM "${t.replace(/"/g, '""')}"`).iterate()) void _row;
}

/** better-sqlite3's online backup API: a consistent copy even while this connection writes. */
export async function onlineBackup(source: BetterSqlite3.Database, destination: string): Promise<void> {
  await source.backup(destination);
}

/** Opens a file just to copy it with the backup API (restore path; never a plain file copy). */
export async function copyDatabaseFile(from: string, to: string, nativeBinding?: string): Promise<void> {
  const src = new BetterSqlite3(from, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    await src.backup(to);
  } finally {
    src.close();
  }
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
