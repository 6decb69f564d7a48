import crypto from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';

/** Every table's name, for generic per-table checks (new features' tables are included automatically). */
export function tableNames(raw: BetterSqlite3.Database): string[] {
  return raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function rowCounts(raw: BetterSqlite3.Database): Record<string, number> {
  return Object.fromEntries(tableNames(raw).map((t) => [t, Number(raw.prepare(`SELECT COUNT(*) FROM ${q(t)}`).pluck().get())]));
}

/** Tables that hold data of their own: not full-text virtual tables nor their shadow tables, which are derived. */
export function dataTables(raw: BetterSqlite3.Database): string[] {
  const virtual = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").pluck().all() as string[];
  return tableNames(raw).filter((t) => !virtual.includes(t) && !virtual.some((v) => t.startsWith(`${v}_`)));
}

/** A hash over the schema and every row of every table: equal hashes mean equal content. */
export function dumpHash(raw: BetterSqlite3.Database, exclude: string[] = []): string {
  const h = crypto.createHash('sha256');
  for (const row of raw.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").all()) h.update(JSON.stringify(row));
  for (const t of tableNames(raw).filter((n) => !exclude.includes(n))) {
    // Sorted in JS: WITHOUT ROWID and virtual tables have no rowid to order by.
    const rows = (raw.prepare(`SELECT * FROM ${q(t)}`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
    for (const row of rows) h.update(`${t}:${row}`);
  }
  return h.digest('hex');
}
