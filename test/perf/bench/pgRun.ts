/** The bench's PostgreSQL side for one size: a throwaway cluster, the file moved onto it, both engines measured, the cluster removed. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pgBinaries, type PgLoad, type PgResults } from './pgBench';
import type { Task, WorkerArgs } from './worker';

type RunTask = <T>(task: Task, args: Omit<WorkerArgs, 'task'>) => { result: T; peakRssMb: number };

export function postgresSide(o: { size: string; copy: string; runs: number; run: RunTask }): PgResults {
  const found = pgBinaries();
  if ('missing' in found) {
    console.log(`  PostgreSQL: ikke målt, ${found.missing}`);
    return { missing: found.missing };
  }
  const script = path.resolve(__dirname, '../../pgCluster.sh');
  // Its own temp folder: the script hands it to the postgres user, who could not enter the bench's (0700).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-pg-bench-'));
  process.stdout.write(`  PostgreSQL-klynge (${found.bin}) … `);
  const admin = execFileSync('bash', [script, 'start', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  console.log(admin);
  try {
    const u = new URL(admin);
    u.pathname = `/samspil_bench_${o.size.toLowerCase()}`;
    const url = u.toString();
    const load = o.run<PgLoad>('pgLoad', { db: o.copy, url, runs: 1 }).result;
    const compared = o.run<Pick<PgResults, 'startup' | 'roundTrip' | 'screens' | 'cases'>>('pgCompare', { db: o.copy, url, runs: o.runs }).result;
    const http = o.run<PgResults['http']>('pgHttp', { db: o.copy, url, runs: o.runs }).result;
    return { load, ...compared, http };
  } finally {
    execFileSync('bash', [script, 'stop', dir], { stdio: 'ignore' });
    if (fs.existsSync(dir)) fs.rmSync(dir, { recursive: true, force: true });
  }
}
