import type BetterSqlite3 from 'better-sqlite3';

/** Prepared once per connection and SQL text, as a hand-written data layer would. */
const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();
export function prepared(raw: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = statements.get(raw);
  if (!cache) statements.set(raw, (cache = new Map()));
  let st = cache.get(sql);
  if (!st) cache.set(sql, (st = raw.prepare(sql)));
  return st;
}

export const all = <T>(raw: BetterSqlite3.Database, sql: string, ...params: unknown[]) => prepared(raw, sql).all(...params) as T[];
export const one = <T>(raw: BetterSqlite3.Database, sql: string, ...params: unknown[]) => prepared(raw, sql).get(...params) as T;
export const inList = (ids: unknown[]) => ids.map(() => '?').join(',');
export const todayUtc = () => new Date().toISOString().slice(0, 10);
