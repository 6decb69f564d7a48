/**
 * PostgreSQL beside SQLite (issue 16): the same generated file moved to a throwaway server with the
 * app's own "Flyt data til serveren", then every screen read on both engines, interleaved call by
 * call so a noisy neighbour hits both alike: in process (dispatch + service) and over the browser-mode
 * host (HTTP, JSON). The PostgreSQL floor is the service's own statements replayed on a bare `pg`
 * connection as named prepared statements: the driver and the server's time for the same SQL, so the
 * ratio is the data layer's overhead; whether the SQL itself is the best plan shows beside SQLite
 * (whose floors are hand-written with the best plan) and in the Seq Scans EXPLAIN finds.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import type { Logger } from 'typeorm';
import { openDatabase, type Database } from '../../../db/database';
import { startServices } from '../../../main/app/startup';
import { startHost, TOKEN_HEADER } from '../../../main/host/httpHost';
import type { ChannelName } from '../../../preload/contract';
import { call, ctxOf } from '../../helpers/db';
import { adminQuery } from '../../helpers/pgCluster';
import { caseSources } from './cases';
import { screens } from './httpBench';
import { round, summarise, type Timing } from './stats';

/** The rarer search words beside the screens' “unge” and “møde” (the Ctrl+K spotlight asks for 20). */
const searchWords = ['praktikpladser', 'søgningen eud', 'ærøskøbing mentor'];

export const pgScreens = [...screens, ...searchWords.map((q) => ({ screen: `Ctrl+K “${q}”`, channel: 'search.query' as ChannelName, input: { q } }))];

export interface PgLoad {
  server: string;
  copyMs: number;
  analyzeMs: number;
  tables: number;
  rows: number;
  allSame: boolean;
}

/** How the two engines' answers compare: identical, the same items in another order (search ranking, collation), or different. */
export type Agreement = 'same' | 'order' | 'different';

export interface EngineRow {
  name: string;
  channel?: string;
  sqlite: Timing;
  postgres: Timing;
  /** The PostgreSQL service's own SELECTs on a bare pg connection. */
  floor: Timing;
  statements: number;
  agreement: Agreement;
  /** EXPLAIN of the service's statements on PostgreSQL: sequential scans of tables over 1,000 rows. */
  seqScans: string[];
  payloadKb?: { sqlite: number; postgres: number };
}

export interface EngineHttp {
  screen: string;
  channel: string;
  sqlite: Timing;
  postgres: Timing;
  payloadKb: { sqlite: number; postgres: number };
  ok: { sqlite: boolean; postgres: boolean };
}

export interface PgResults {
  /** Why PostgreSQL was not measured (no server binaries), instead of a silent skip. */
  missing?: string;
  load?: PgLoad;
  startup?: { sqlite: Timing; postgres: Timing };
  /** One round trip to the server (`SELECT 1` on a bare pg connection), measured among the screens: what each statement costs at least. */
  roundTrip?: Timing;
  screens?: EngineRow[];
  cases?: EngineRow[];
  http?: EngineHttp[];
}

/** Moves the file to the (empty, existing) database at `url` through the app's own transfer, then ANALYZE. */
export async function pgLoad(file: string, url: string): Promise<PgLoad> {
  const u = new URL(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  await adminQuery(admin.toString(), `CREATE DATABASE ${u.pathname.slice(1)}`);
  const db = await openDatabase({ file });
  try {
    const t = performance.now();
    const res = await call(ctxOf(db), 'database.moveToServer', {
      host: u.hostname, port: Number(u.port), database: u.pathname.slice(1), user: decodeURIComponent(u.username), tls: 'disable', replace: false,
    });
    const copyMs = round(performance.now() - t);
    const a = performance.now();
    await adminQuery(url, 'ANALYZE');
    const [version] = await adminQuery<{ server_version: string }>(url, 'SHOW server_version');
    return {
      server: `PostgreSQL ${version?.server_version ?? '?'}`, copyMs, analyzeMs: round(performance.now() - a),
      tables: res.tables.length, rows: res.tables.reduce((n, t) => n + t.rows, 0), allSame: res.allSame,
    };
  } finally {
    await db.close();
  }
}

class Capture implements Logger {
  queries: { sql: string; params: unknown[] }[] = [];
  logQuery(sql: string, params?: unknown[]) {
    if (/^\s*(SELECT|WITH)\b/i.test(sql)) this.queries.push({ sql, params: params ?? [] });
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

async function captured(db: Database, work: () => Promise<unknown>) {
  const capture = new Capture();
  const original = db.ds.logger;
  Object.assign(db.ds, { logger: capture });
  try {
    await work();
  } finally {
    Object.assign(db.ds, { logger: original });
  }
  return capture.queries;
}

const statementName = (sql: string) => `f${crypto.createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;

/** The floor: the same statements, in order, as named prepared statements on a bare pg client. */
async function replay(client: pg.Client, queries: { sql: string; params: unknown[] }[]) {
  for (const q of queries) await client.query({ name: statementName(q.sql), text: q.sql, values: q.params });
}

async function seqScans(client: pg.Client, queries: { sql: string; params: unknown[] }[]): Promise<string[]> {
  const out = new Set<string>();
  for (const q of queries) {
    const rows = (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${q.sql}`, q.params)).rows;
    for (const r of rows) {
      const m = r['QUERY PLAN'].match(/Seq Scan on (\w+).*rows=(\d+)/);
      if (!m) continue;
      const [{ n }] = (await client.query<{ n: number }>('SELECT reltuples::bigint AS n FROM pg_class WHERE relname = $1', [m[1]])).rows as [{ n: number }];
      if (Number(n) > 1000) out.add(`${m[1]} (${Number(n).toLocaleString('da-DK')} rows)`);
    }
  }
  return [...out];
}

/** Items of a result as JSON strings, wherever the list sits (items, hits, sections …), for "same items, other order". */
function items(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => JSON.stringify(x));
  if (v && typeof v === 'object') return Object.values(v).flatMap(items);
  return [JSON.stringify(v)];
}

function agreement(a: unknown, b: unknown): Agreement {
  if (isDeepStrictEqual(a, b)) return 'same';
  return isDeepStrictEqual(items(a).sort(), items(b).sort()) ? 'order' : 'different';
}

interface Pair {
  name: string;
  channel?: string;
  sqlite: () => Promise<unknown>;
  postgres: () => Promise<unknown>;
  key: (r: unknown) => unknown;
}

async function compare(pair: Pair, pgDb: Database, client: pg.Client, runs: number): Promise<EngineRow> {
  const [a, b] = [await pair.sqlite(), await pair.postgres()];
  const queries = await captured(pgDb, pair.postgres);
  const s: number[] = [];
  const p: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    let t = performance.now();
    await pair.sqlite();
    if (i >= 3) s.push(performance.now() - t);
    t = performance.now();
    await pair.postgres();
    if (i >= 3) p.push(performance.now() - t);
    t = performance.now();
    await replay(client, queries);
    if (i >= 3) f.push(performance.now() - t);
  }
  const kb = (r: unknown) => round(Buffer.byteLength(JSON.stringify(r)) / 1024);
  return {
    name: pair.name, channel: pair.channel, sqlite: summarise(s), postgres: summarise(p), floor: summarise(f), statements: queries.length,
    agreement: agreement(pair.key(a), pair.key(b)), seqScans: await seqScans(client, queries), payloadKb: { sqlite: kb(a), postgres: kb(b) },
  };
}

async function openTimes(file: string, url: string, runs: number) {
  const s: number[] = [];
  const p: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    for (const [where, out] of [[file, s], [url, p]] as const) {
      const t = performance.now();
      const db = await openDatabase({ file: where });
      if (i >= 2) out.push(performance.now() - t);
      await db.close();
    }
  }
  return { sqlite: summarise(s), postgres: summarise(p) };
}

/** Every screen's first read and every bench query case, in process on both engines. */
export async function pgCompare(file: string, url: string, runs: number, opts: { cases?: boolean } = {}): Promise<Pick<PgResults, 'startup' | 'roundTrip' | 'screens' | 'cases'>> {
  const startup = await openTimes(file, url, runs);
  const sDb = await openDatabase({ file });
  const pDb = await openDatabase({ file: url });
  const [sCtx, pCtx] = [ctxOf(sDb), ctxOf(pDb)];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const raw = new BetterSqlite3(file, { readonly: true });
  try {
    const trips: number[] = [];
    const screenRows: EngineRow[] = [];
    for (const s of pgScreens) {
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await client.query({ name: 'roundTrip', text: 'SELECT 1' });
        trips.push(performance.now() - t);
      }
      const channel = s.channel;
      const input = s.input as never;
      screenRows.push(await compare({ name: s.screen, channel, sqlite: () => call(sCtx, channel, input), postgres: () => call(pCtx, channel, input), key: (r) => r }, pDb, client, runs));
    }
    const caseRows: EngineRow[] = [];
    for (const source of opts.cases === false ? [] : caseSources) {
      for (const c of source(raw)) {
        caseRows.push(await compare({ name: c.name, sqlite: () => c.service(sCtx), postgres: () => c.service(pCtx), key: c.key }, pDb, client, runs));
      }
    }
    return { startup, roundTrip: summarise(trips), screens: screenRows, cases: caseRows };
  } finally {
    raw.close();
    await client.end();
    await pDb.close();
    await sDb.close();
  }
}

/** Every screen over two browser-mode hosts in one process, one on a copy of the file and one on the server, call by call. */
export async function pgHttp(fileCopy: string, url: string, runs: number): Promise<EngineHttp[]> {
  const hosts: { ctx: Awaited<ReturnType<typeof startServices>>; host: Awaited<ReturnType<typeof startHost>>; origin: string; token: string }[] = [];
  for (const dbFile of [fileCopy, url]) {
    const ctx = await startServices({ dbFile, demo: false }, 'http');
    const host = await startHost({ ctx, staticDir: '.', log: () => undefined });
    const { origin, searchParams } = new URL(host.url);
    hosts.push({ ctx, host, origin, token: searchParams.get('token')! });
  }
  const out: EngineHttp[] = [];
  try {
    for (const s of pgScreens) {
      const send = async (h: (typeof hosts)[number]) => {
        const res = await fetch(`${h.origin}/api/${s.channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: h.token }, body: JSON.stringify(s.input) });
        return res.text();
      };
      const bodies = ['', ''];
      const samples: number[][] = [[], []];
      for (let i = 0; i < runs + 3; i++) {
        for (const [k, h] of hosts.entries()) {
          const t = performance.now();
          bodies[k] = await send(h);
          if (i >= 3) samples[k]!.push(performance.now() - t);
        }
      }
      const kb = (b: string) => round(Buffer.byteLength(b) / 1024);
      const ok = (b: string) => b.startsWith('{"ok":true');
      out.push({
        screen: s.screen, channel: s.channel, sqlite: summarise(samples[0]!), postgres: summarise(samples[1]!),
        payloadKb: { sqlite: kb(bodies[0]!), postgres: kb(bodies[1]!) }, ok: { sqlite: ok(bodies[0]!), postgres: ok(bodies[1]!) },
      });
    }
  } finally {
    for (const h of hosts) {
      await h.host.close();
      await h.ctx.db.close();
    }
  }
  return out;
}

/** The newest PostgreSQL server binaries Debian installs, or why there are none. */
export function pgBinaries(): { bin: string } | { missing: string } {
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const bin = `${base}/${v}/bin`;
    if (fs.existsSync(`${bin}/initdb`) && fs.existsSync(`${bin}/pg_ctl`)) return { bin };
  }
  return { missing: `no PostgreSQL server binaries (initdb, pg_ctl) under ${base}/*/bin: install postgresql (apt-get install postgresql) to measure it` };
}
