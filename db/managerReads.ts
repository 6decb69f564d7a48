import type { EntityManager } from 'typeorm';
import { storageOf } from './engine';

export type Read = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/**
 * Plain portable SQL for a read inside or outside a command's transaction: on SQLite the storage's
 * fast path (cached prepared statements on the one connection, which also sees the transaction's
 * writes); on a server the manager's own connection, so a read after a write in a transaction sees it.
 */
export function readerOf(m: EntityManager): Read {
  const storage = storageOf(m.connection);
  if (storage.kind === 'sqlite') return (sql, params) => storage.all(m.connection, sql, params);
  return async <T>(sql: string, params: unknown[]) => (await m.query(sql, params)) as T[];
}
