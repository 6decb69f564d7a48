/**
 * The one place for SQLite-specific behaviour. Everything else in the data layer is portable SQL
 * through TypeORM, so a PostgreSQL mode can replace this file.
 */
import type BetterSqlite3 from 'better-sqlite3';

export const BUSY_TIMEOUT_MS = 5000;

/** Run on every new connection, before anything else touches it. */
export function preparePragmas(db: BetterSqlite3.Database, opts: { inMemory: boolean }): void {
  if (!opts.inMemory) db.pragma('journal_mode = WAL');
  // better-sqlite3 reopens WAL files at synchronous=NORMAL, which may roll back commits on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Deleted personal data is overwritten, not left in free pages (GDPR erasure; see flushDeleted).
  db.pragma('secure_delete = ON');
}

/**
 * Planner statistics (sqlite_stat1), as SQLite recommends: `all` after opening and after large changes
 * (every table is checked; ANALYZE runs where statistics are missing or stale, on a sample, so it takes
 * milliseconds), and the plain form just before closing (only tables this connection queried). Without
 * statistics the planner starts the involvement status from 200,000 involvements instead of 350 rules.
 */
export function optimize(db: BetterSqlite3.Database, opts: { all: boolean }): void {
  db.pragma(opts.all ? 'optimize = 0x10002' : 'optimize');
}

/** After a deletion: copy the WAL into the main file and truncate it, so no deleted bytes stay in -wal. */
export function flushDeleted(db: BetterSqlite3.Database, opts: { inMemory: boolean }): void {
  if (!opts.inMemory) db.pragma('wal_checkpoint(TRUNCATE)');
}

export function foreignKeysOn(db: BetterSqlite3.Database): boolean {
  return db.pragma('foreign_keys', { simple: true }) === 1;
}

/** Triggers that make a table append-only: UPDATE and DELETE abort (the audit log). */
export function appendOnlyTriggers(table: string): string[] {
  return ['UPDATE', 'DELETE'].map(
    (op) => `CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table} BEGIN SELECT RAISE(ABORT, '${table} er kun til tilføjelser'); END`,
  );
}

/**
 * For derived data written in many small transactions (the search index rebuild at start): commits
 * skip their fsync, which on a busy disk can hold the main process for tens of milliseconds each.
 * A WAL database stays consistent after any crash at synchronous=NORMAL; a power cut may only lose
 * the last commits, and the caller stores its "done" marker after this returns, at FULL again, so
 * lost work is redone. Only for work that no acknowledged user command depends on.
 */
export async function withoutCommitSync<T>(db: BetterSqlite3.Database, work: () => Promise<T>): Promise<T> {
  db.pragma('synchronous = NORMAL');
  // No automatic checkpoint at a commit either (it copies up to 1,000 pages on this thread); the caller
  // checkpoints afterwards, off the main thread (checkpointOffThread).
  const autoCheckpoint = Number(db.pragma('wal_autocheckpoint', { simple: true }));
  db.pragma('wal_autocheckpoint = 0');
  try {
    return await work();
  } finally {
    db.pragma('synchronous = FULL');
    db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
  }
}
