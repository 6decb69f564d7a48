import type BetterSqlite3 from 'better-sqlite3';
import type { HandlerContext } from '../../../main/api/handlers';

/**
 * One list query behind a screen: through the service layer (the same dispatch the UI uses) and the same
 * result from hand-written better-sqlite3 prepared statements (the floor). `key` reduces a result to
 * what both must agree on, so the bench also proves the floor is a fair comparison.
 */
export interface QueryCase {
  name: string;
  screen: string;
  /** Free-text search has the tighter budget. */
  search?: boolean;
  service(ctx: HandlerContext): Promise<unknown>;
  floor(raw: BetterSqlite3.Database): unknown;
  key(result: unknown): unknown;
}

/** A feature's cases, built against the generated data (ids of a large body, a busy organisation, …). */
export type CaseSource = (raw: BetterSqlite3.Database) => QueryCase[];
