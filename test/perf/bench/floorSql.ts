import type BetterSqlite3 from 'better-sqlite3';
import { prepared } from '../../../db/preparedStatements';

/** Prepared once per connection and SQL text, as a hand-written data layer would. */
export const all = <T>(raw: BetterSqlite3.Database, sql: string, ...params: unknown[]) => prepared(raw, sql).all(...params) as T[];
export const one = <T>(raw: BetterSqlite3.Database, sql: string, ...params: unknown[]) => prepared(raw, sql).get(...params) as T;
export const inList = (ids: unknown[]) => ids.map(() => '?').join(',');
export const todayUtc = () => new Date().toISOString().slice(0, 10);
