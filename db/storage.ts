/**
 * The storage seam: everything that differs between the two engines (a local SQLite file, a shared
 * PostgreSQL server), chosen from the DataSource when the database opens. Feature code never sees a
 * driver: it writes portable SQL with `?` placeholders (`m.query(sql, params)` or TypeORM's query
 * builder with named parameters) and asks this interface for the few things SQL cannot say portably.
 */
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { SearchRow } from './searchRow';

export type { SearchRow } from './searchRow';
export type Runner = Pick<EntityManager, 'query'> | Pick<QueryRunner, 'query'>;
export type EngineKind = 'sqlite' | 'postgres';
export type TrigramOwner = 'organisation' | 'person';

/** Engine errors that the contract names: the disk is full, the data cannot be written, a serialisation conflict. */
export type StorageFault = 'FULL' | 'READONLY' | 'CONFLICT';

export interface SearchStore {
  upsert(m: Runner, row: SearchRow): Promise<void>;
  insertMany(m: Runner, rows: SearchRow[]): Promise<void>;
  remove(m: Runner, kind: string, refId: number): Promise<void>;
  removeAt(m: Runner, route: string, kinds: readonly string[]): Promise<void>;
  /** Empties the index (a rebuild's first step): quick at any size. */
  clear(m: Runner): Promise<void>;
  /** Every token a word prefix, best first: the best `limit` only, without reading the texts of the other hits. */
  query(m: Runner, tokens: string[], limit: number): Promise<(SearchRow & { rank: number })[]>;
  /** Before an erasure: make index deletes leave no trace (SQLite FTS5 secure-delete; no-op on a server). */
  secureDelete(m: Runner): Promise<void>;
}

export interface Storage {
  readonly kind: EngineKind;
  readonly search: SearchStore;
  /** WHERE parts (and their parameters) for "every token occurs in search_text" on an actor table. */
  actorSearchClause(owner: TrigramOwner, alias: string, tokens: string[], likePattern: (t: string) => string): { sql: string[]; params: string[] };
  /** Inserts one row with a portable INSERT (no RETURNING) and returns its new id. */
  insertId(m: EntityManager, sql: string, values: unknown[]): Promise<number>;
  /** Rows of a read-only statement, on the fastest path the engine has (cached prepared statements on SQLite). */
  all<T>(ds: DataSource, sql: string, params: unknown[]): Promise<T[]>;
  /** Inside a command's transaction: tell the other clients what it changed when it commits (NOTIFY on a server; nothing on a single-user file). */
  announce(m: Runner, payload: unknown): Promise<void>;
  /** Which contract-level fault an engine error is, if any. */
  fault(err: unknown): StorageFault | null;
}
