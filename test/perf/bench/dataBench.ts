import { isDeepStrictEqual } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import type { Logger } from 'typeorm';
import { openDatabase } from '../../../db/database';
import { preparePragmas } from '../../../db/sqlite';
import { ctxOf } from '../../helpers/db';
import { caseSources } from './cases';
import { measure, round, summarise, type Timing } from './stats';

export interface Compared {
  name: string;
  screen?: string;
  search?: boolean;
  service: Timing;
  floor: Timing;
  /** service median / floor median */
  ratio: number;
  /** Query-plan lines of the service's SQL that scan a whole table (no index). */
  fullScans?: string[];
  /** The result as JSON, as the browser-mode host sends it. */
  payloadKb?: number;
  /** JSON encoding of the result (the host's part of the HTTP time besides the service). */
  jsonMs?: Timing;
}

const ratio = (a: Timing, b: Timing) => round(a.medianMs / Math.max(b.medianMs, 0.001));

function rawOpen(file: string) {
  const raw = new BetterSqlite3(file);
  preparePragmas(raw, { inMemory: false });
  return raw;
}

export async function benchStartup(file: string, runs: number): Promise<Compared> {
  // The open alone: closing writes the seal (a hash of the whole file), which the user never waits for
  // at start.
  const service = await benchStartupOpenOnly(file, runs);
  // The floor: open the file with the same pragmas and read the applied migrations.
  const floor = await measure(() => {
    const raw = rawOpen(file);
    raw.prepare('SELECT name FROM schema_migrations').all();
    raw.close();
  }, runs);
  return { name: 'data-layer startup (open + migrations check)', service, floor, ratio: ratio(service, floor) };
}

/** Times the open itself, excluding close, by sampling inside. */
export async function benchStartupOpenOnly(file: string, runs: number): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const t = performance.now();
    const db = await openDatabase({ file });
    if (i >= 2) samples.push(performance.now() - t);
    await db.close();
  }
  return summarise(samples);
}

class CapturingLogger implements Logger {
  queries: { sql: string; params: unknown[] }[] = [];
  logQuery(sql: string, params?: unknown[]) {
    this.queries.push({ sql, params: params ?? [] });
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

function fullScans(raw: BetterSqlite3.Database, queries: { sql: string; params: unknown[] }[]): string[] {
  const out = new Set<string>();
  for (const q of queries) {
    if (!/^\s*SELECT/i.test(q.sql)) continue;
    const plan = raw.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.params as unknown[])) as { detail: string }[];
    for (const { detail } of plan) if (/^SCAN \S+$/.test(detail) || /^SCAN \S+ \(/.test(detail)) out.add(detail);
  }
  return [...out];
}

export async function benchQueries(file: string, runs: number): Promise<Compared[]> {
  const db = await openDatabase({ file });
  const raw = rawOpen(file);
  const ctx = ctxOf(db);
  const out: Compared[] = [];
  try {
    for (const source of caseSources) {
      for (const c of source(raw)) {
        const [a, b] = [c.key(await c.service(ctx)), c.key(c.floor(raw))];
        if (!isDeepStrictEqual(a, b)) throw new Error(`Gulvet for “${c.name}” giver ikke samme resultat som servicen`);
        const logger = new CapturingLogger();
        const original = db.ds.logger;
        Object.assign(db.ds, { logger });
        await c.service(ctx);
        Object.assign(db.ds, { logger: original });
        const service: number[] = [];
        const floor: number[] = [];
        for (let i = 0; i < runs + 3; i++) {
          // Interleaved, so a noisy neighbour on the machine hits both sides alike.
          let t = performance.now();
          await c.service(ctx);
          if (i >= 3) service.push(performance.now() - t);
          t = performance.now();
          c.floor(raw);
          if (i >= 3) floor.push(performance.now() - t);
        }
        const s = summarise(service);
        const f = summarise(floor);
        const result = await c.service(ctx);
        const payloadKb = round(Buffer.byteLength(JSON.stringify(result)) / 1024);
        const jsonMs = await measure(() => JSON.stringify(result), runs);
        out.push({ name: c.name, screen: c.screen, search: c.search, service: s, floor: f, ratio: ratio(s, f), fullScans: fullScans(raw, logger.queries), payloadKb, jsonMs });
      }
    }
  } finally {
    raw.close();
    await db.close();
  }
  return out;
}
