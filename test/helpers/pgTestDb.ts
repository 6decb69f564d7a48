/**
 * SAMSPIL_TEST_DB=postgres: every test database is a fresh PostgreSQL database on the cluster the run
 * started (SAMSPIL_TEST_PG_URL, an admin URL such as postgres://postgres@127.0.0.1:54316/postgres).
 * Migrated databases are copied from a template migrated once per run (CREATE DATABASE … TEMPLATE),
 * so a test costs a copy, not a migration run.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../db/database';

export const testEngine: 'sqlite' | 'postgres' = process.env.SAMSPIL_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

const adminUrl = () => process.env.SAMSPIL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:54316/postgres';

function urlFor(name: string): string {
  const u = new URL(adminUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

let counter = 0;
const uniqueName = () => `samspil_t_${process.pid}_${++counter}_${crypto.randomBytes(3).toString('hex')}`;

/** The migrations' source decides the template, so a changed migration never reuses an old template. */
function templateName(): string {
  const root = path.resolve(__dirname, '../../db');
  const files = [...fs.readdirSync(path.join(root, 'migrations')).map((f) => path.join(root, 'migrations', f)), path.join(root, 'pgSearch.ts'), path.join(root, 'sqliteSearch.ts')];
  const h = crypto.createHash('sha1');
  for (const f of files.sort()) h.update(fs.readFileSync(f));
  return `samspil_tpl_${h.digest('hex').slice(0, 12)}`;
}

async function withAdmin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl() });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

let template: Promise<string> | null = null;

function migratedTemplate(): Promise<string> {
  template ??= withAdmin(async (c) => {
    const name = templateName();
    // One worker builds the template; the others wait on the lock and find it there.
    await c.query('SELECT pg_advisory_lock(7316016)');
    try {
      const found = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (found.rowCount === 0) {
        await c.query(`CREATE DATABASE ${name}_building`);
        const db = await openDatabase({ file: urlFor(`${name}_building`) });
        await db.close();
        await c.query(`ALTER DATABASE ${name}_building RENAME TO ${name}`);
      }
    } finally {
      await c.query('SELECT pg_advisory_unlock(7316016)');
    }
    return name;
  });
  return template;
}

/** A new database: migrated (a copy of the template) or empty (for migration tests). */
export async function freshPgDatabase(migrated: boolean): Promise<string> {
  const from = migrated ? ` TEMPLATE ${await migratedTemplate()}` : '';
  const name = uniqueName();
  await withAdmin((c) => c.query(`CREATE DATABASE ${name}${from}`));
  return urlFor(name);
}

/** tempFile() is synchronous: an empty database made with createdb. */
export function freshPgDatabaseSync(): string {
  const name = uniqueName();
  execFileSync('createdb', ['--maintenance-db', adminUrl(), name], { stdio: 'pipe' });
  return urlFor(name);
}

export async function dropPgDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
