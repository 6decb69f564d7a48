/**
 * A PostgreSQL cluster for tests that need a server whatever SAMSPIL_TEST_DB says: the run's own
 * (SAMSPIL_TEST_PG_URL) when there is one, else a throwaway one started with test/pgCluster.sh.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface Cluster {
  /** An admin URL (user postgres, trust authentication unless the test sets a password). */
  adminUrl: string;
  stop(): void;
}

const script = path.resolve(__dirname, '../pgCluster.sh');

export function startCluster(opts: { own?: boolean } = {}): Cluster {
  const shared = process.env.SAMSPIL_TEST_PG_URL;
  if (shared && !opts.own) return { adminUrl: shared, stop: () => undefined };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-pg-t-'));
  const adminUrl = execFileSync('bash', [script, 'start', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  return { adminUrl, stop: () => void execFileSync('bash', [script, 'stop', dir], { stdio: 'ignore' }) };
}

export async function adminQuery<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

/** A new empty database on the cluster; its URL. */
export async function createDatabase(adminUrl: string, prefix = 'samspil_x'): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}
