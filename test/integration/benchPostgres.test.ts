import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { loadDemoData } from '../../main/demo/demoData';
import { adminQuery, startCluster, type Cluster } from '../helpers/pgCluster';
import { pgCompare, pgHttp, pgLoad, pgScreens } from '../perf/bench/pgBench';
import { renderPostgres } from '../perf/bench/pgReport';

/** The bench's PostgreSQL path (npm run bench) on the demo data: loads, measures both engines, renders. */
let cluster: Cluster;
let dir: string;
let file: string;
let url: string;

beforeAll(async () => {
  cluster = startCluster();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-benchpg-'));
  file = path.join(dir, 'demo.sqlite');
  const db = await openDatabase({ file });
  await loadDemoData(db);
  await db.close();
  const u = new URL(cluster.adminUrl);
  u.pathname = `/samspil_bench_t_${process.pid}_${Date.now().toString(36)}`;
  url = u.toString();
}, 180_000);

afterAll(async () => {
  if (url) await adminQuery(cluster.adminUrl, `DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`).catch(() => undefined);
  cluster?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

it('moves the file to the server, reads every screen on both engines with the same answers, and puts them side by side', async () => {
  const load = await pgLoad(file, url);
  expect(load.allSame).toBe(true);
  expect(load.server).toMatch(/^PostgreSQL \d+/);
  expect(load.rows).toBeGreaterThan(100);

  const compared = await pgCompare(file, url, 2, { cases: false });
  expect(compared.screens!.map((s) => s.name)).toEqual(pgScreens.map((s) => s.screen));
  for (const s of compared.screens!) {
    expect(s.postgres.medianMs, s.name).toBeGreaterThan(0);
    expect(s.statements, s.name).toBeGreaterThan(0);
    // Search ranks with bm25 on SQLite and ts_rank on the server; every other screen answers alike.
    if (s.channel !== 'search.query') expect(s.agreement, s.name).toBe('same');
  }
  const http = await pgHttp(file, url, 2);
  expect(http.every((h) => h.ok.sqlite && h.ok.postgres)).toBe(true);

  const md = renderPostgres('demo', { load, ...compared, http });
  for (const s of pgScreens) expect(md).toContain(`| ${s.screen} (\`${s.channel}\`)`);
  expect(md).toContain('checksums equal');
  // Two runs: a median each, no p95 (printed as –), SQLite's column before the server's.
  expect(md).toMatch(/\| Mål \(`goals\.list`\)[^|]*\| [\d.]+ m?s \/ – \| [\d.]+ m?s \/ – \|/);
}, 300_000);

it('says why PostgreSQL was not measured instead of leaving it out', () => {
  expect(renderPostgres('M', { missing: 'no PostgreSQL server binaries' })).toContain('PostgreSQL not measured: no PostgreSQL server binaries');
});
