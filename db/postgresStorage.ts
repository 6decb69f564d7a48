/** The storage seam for a PostgreSQL server (TypeORM's `pg` driver). */
import type { DataSource, EntityManager } from 'typeorm';
import { notifyChange } from './changeFeed';
import { queryPgSearchRows } from './pgSearch';
import { clearSearchRows, deleteSearchRow, deleteSearchRowsAt, insertSearchRows, upsertSearchRow } from './sqliteSearch';
import type { Storage, StorageFault } from './storage';

function fault(err: unknown): StorageFault | null {
  const e = err as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = String(e?.driverError?.code ?? e?.code ?? '');
  if (code === '53100') return 'FULL';
  if (code === '25006' || code === '42501') return 'READONLY';
  if (code === '40001' || code === '40P01') return 'CONFLICT';
  return null;
}

export const postgresStorage: Storage = {
  kind: 'postgres',
  search: {
    upsert: upsertSearchRow,
    insertMany: insertSearchRows,
    remove: deleteSearchRow,
    removeAt: deleteSearchRowsAt,
    clear: clearSearchRows,
    query: queryPgSearchRows,
    // Deleted rows are gone from query results at once; VACUUM after the command frees their space (db.flushDeleted).
    secureDelete: async () => undefined,
  },
  actorSearchClause: (_owner, alias, tokens, likePattern) => ({
    sql: tokens.map(() => `${alias}.search_text LIKE ? ESCAPE '\\'`),
    params: tokens.map(likePattern),
  }),
  insertId: async (m: EntityManager, sql, values) => {
    const rows: { id: number }[] = await m.query(`${sql} RETURNING id`, values.map((v) => v ?? null));
    return Number(rows[0]?.id);
  },
  all: async <T>(ds: DataSource, sql: string, params: unknown[]) => (await ds.query(sql, params)) as T[],
  announce: notifyChange,
  fault,
};
