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

/** A hash over the schema and every row of every table: equal hashes mean equal content. */
export function dumpHash(raw: BetterSqlite3.Database, exclude: string[] = []): string {
  const h = crypto.createHash('sha256');
  for (const row of raw.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").all()) h.update(JSON.stringify(row));
  for (const t of tableNames(raw).filter((n) => !exclude.includes(n))) {
    for (const row of raw.prepare(`SELECT * FROM ${q(t)} ORDER BY rowid`).iterate()) h.update(`${t}:${JSON.stringify(row)}`);
  }
  return h.digest('hex');
}
