/** The storage seam for a local SQLite file (better-sqlite3): FTS5 search, trigram tables, prepared statements. */
import type { DataSource, EntityManager } from 'typeorm';
import { prepared } from './preparedStatements';
import { actorSearchClause } from './sqliteActorSearch';
import { rawConnection } from './sqliteMaintenance';
import {
  replaceSearchTable,
  deleteSearchRow,
  deleteSearchRowsAt,
  enableSearchSecureDelete,
  insertSearchRows,
  querySearchRows,
  upsertSearchRow,
} from './sqliteSearch';
import type { Storage, StorageFault } from './storage';

function fault(err: unknown): StorageFault | null {
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  if (code === 'SQLITE_FULL') return 'FULL';
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) return 'READONLY';
  return null;
}

export const sqliteStorage: Storage = {
  kind: 'sqlite',
  search: {
    upsert: upsertSearchRow,
    insertMany: insertSearchRows,
    remove: deleteSearchRow,
    removeAt: deleteSearchRowsAt,
    clear: replaceSearchTable,
    query: querySearchRows,
    secureDelete: enableSearchSecureDelete,
  },
  actorSearchClause,
  // One prepared statement on the transaction's connection: TypeORM's insert costs ~1 ms a row.
  insertId: async (m: EntityManager, sql, values) =>
    Number(prepared(rawConnection(m.connection), sql).run(...values.map((v) => v ?? null)).lastInsertRowid),
  all: async <T>(ds: DataSource, sql: string, params: unknown[]) => {
    const st = prepared(rawConnection(ds), sql);
    ds.logger.logQuery(sql, params);
    return st.all(...params) as T[];
  },
  announce: async () => undefined,
  fault,
};
