/**
 * A short connection of its own to a PostgreSQL server, before the app uses it (Indstillinger →
 * Database): its version, what the database holds, and emptying a Samspil database the user chose
 * to replace. Errors come back as the driver's; main/database tells them to the user.
 */
import type pg from 'pg';
import { loadPg, sslOf } from './postgres';

export interface ServerLogin {
  host: string;
  port: number;
  database: string;
  user: string;
  /** Empty: PGPASSWORD or ~/.pgpass (the pg driver reads both). */
  password?: string;
  tls: 'disable' | 'require' | 'verify-full';
}

export interface Holdings {
  version: string;
  tables: { table: string; rows: number }[];
  schemaVersion: number;
}

async function withServer<T>(login: ServerLogin, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const { Client } = await loadPg();
  const c = new Client({
    host: login.host,
    port: login.port,
    database: login.database,
    user: login.user,
    password: login.password || undefined,
    ssl: sslOf(login.tls),
    connectionTimeoutMillis: 5_000,
    application_name: 'Samspil (test)',
  });
  c.on('error', () => undefined);
  try {
    await c.connect();
  } catch (err) {
    await c.end().catch(() => undefined);
    throw err;
  }
  try {
    return await work(c);
  } finally {
    await c.end().catch(() => undefined);
  }
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The server's version, every table of the public schema with rows and its count, and Samspil's migrations there. */
export function serverHoldings(login: ServerLogin): Promise<Holdings> {
  return withServer(login, async (c) => {
    const version = String((await c.query('SHOW server_version')).rows[0]?.server_version ?? '');
    const names = (await c.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).rows.map((r: { tablename: string }) => r.tablename);
    const tables: { table: string; rows: number }[] = [];
    let schemaVersion = 0;
    for (const table of names) {
      const rows = Number((await c.query(`SELECT COUNT(*) AS n FROM ${quoted(table)}`)).rows[0]?.n ?? 0);
      if (table === 'schema_migrations') schemaVersion = rows;
      else if (rows > 0) tables.push({ table, rows });
    }
    return { version, tables, schemaVersion };
  });
}

/** Drops every table of the public schema in one transaction (the caller made sure it is Samspil's own, and the user confirmed). */
export async function dropPublicTables(login: ServerLogin): Promise<void> {
  await withServer(login, async (c) => {
    const names = (await c.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).rows.map((r: { tablename: string }) => quoted(r.tablename));
    if (names.length === 0) return;
    await c.query('BEGIN');
    await c.query(`DROP TABLE IF EXISTS ${names.join(', ')} CASCADE`);
    await c.query('COMMIT');
  });
}
