import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../db/database';
import { dispatch } from '../../main/api/dispatch';
import { systemClock } from '../../main/app/clock';
import type { HandlerContext } from '../../main/api/handlers';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../preload/contract';

export async function memoryDb(migrateTo?: number): Promise<Database> {
  return openDatabase({ file: ':memory:', migrateTo });
}

export function tempFile(name = 'samspil.sqlite'): string {
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
