import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../db/database';
import { dispatch } from '../../main/api/dispatch';
import { systemClock } from '../../main/app/clock';
import type { HandlerContext } from '../../main/api/handlers';
import { dropPgDatabase, freshPgDatabase, freshPgDatabaseSync, testEngine } from './pgTestDb';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../preload/contract';

/** A fresh database: in memory on SQLite, or a new database on the test cluster with SAMSPIL_TEST_DB=postgres. */
export async function memoryDb(migrateTo?: number): Promise<Database> {
  if (testEngine !== 'postgres') return openDatabase({ file: ':memory:', migrateTo });
  const url = await freshPgDatabase(migrateTo === undefined);
  const db = await openDatabase({ file: url, migrateTo });
  const close = db.close.bind(db);
  db.close = async () => {
    await close();
    await dropPgDatabase(url);
  };
  return db;
}

/** A fresh data file; with SAMSPIL_TEST_DB=postgres, a fresh empty database's URL instead (the default name only). */
export function tempFile(name = 'samspil.sqlite'): string {
  if (testEngine === 'postgres' && name === 'samspil.sqlite') return freshPgDatabaseSync();
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-')), name);
}

export function ctxOf(db: Database): HandlerContext {
  return { db, version: 'test', transport: 'ipc', clock: systemClock };
}

/** Calls a channel through the same dispatch both transports use; throws on an error envelope. */
export async function call<C extends ChannelName>(ctx: HandlerContext, name: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const env = await dispatch(ctx, name, input, () => undefined);
  if (!env.ok) throw Object.assign(new Error(`${env.error.code}: ${env.error.message}`), { apiError: env.error });
  return env.data as ChannelOutput<C>;
}

/** A fresh in-memory database per test: `const t = useMemoryContext();` then `t.ctx`, `t.db`. */
export function useMemoryContext(hooks: { beforeEach: (fn: () => Promise<void>) => void; afterEach: (fn: () => Promise<void>) => void }) {
  const state = {} as { db: Database; ctx: HandlerContext };
  hooks.beforeEach(async () => {
    state.db = await memoryDb();
    state.ctx = ctxOf(state.db);
  });
  hooks.afterEach(() => state.db.close());
  return state;
}
