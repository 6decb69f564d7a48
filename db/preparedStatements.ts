import type BetterSqlite3 from 'better-sqlite3';

const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** A prepared statement, made once per connection and SQL text. */
export function prepared(raw: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = statements.get(raw);
  if (!cache) statements.set(raw, (cache = new Map()));
  let st = cache.get(sql);
  if (!st) cache.set(sql, (st = raw.prepare(sql)));
  return st;
}
