/**
 * Connection and settings for a PostgreSQL server: TypeORM's `pg` driver, with feature SQL's `?`
 * placeholders numbered on the way in, and counts and sums read as numbers (as SQLite returns them).
 */
import type pg from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';
import { ChangeStampSubscriber } from './changeStamp';
import { entities } from './entities';
import { numberPlaceholders } from './placeholders';

type MigrationClass = new () => MigrationInterface;

let driver: Promise<typeof pg> | null = null;
/**
 * The pg driver, loaded by the first server connection: a data file never needs it (issue 17: not at
 * process start). TypeORM's postgres driver requires the same module.
 */
export function loadPg(): Promise<typeof pg> {
  driver ??= import('pg').then(({ default: loaded }) => {
    // int8 (COUNT, SUM of integers) and numeric (SUM of bigint, AVG) come back as numbers, like on SQLite.
    loaded.types.setTypeParser(20, (v) => Number(v));
    loaded.types.setTypeParser(1700, (v) => Number(v));
    return loaded;
  });
  return driver;
}

export interface ServerOptions {
  /** postgres://user@host:port/database (a password in the URL, PGPASSWORD or ~/.pgpass). */
  url: string;
  /** TLS: 'disable', 'require' (encrypted, any certificate) or 'verify-full'. */
  tls?: 'disable' | 'require' | 'verify-full';
  password?: string;
}

export function sslOf(tls: ServerOptions['tls']): false | { rejectUnauthorized: boolean } {
  if (tls === 'require') return { rejectUnauthorized: false };
  if (tls === 'verify-full') return { rejectUnauthorized: true };
  return false;
}

/** Host, port, user, database of a postgres:// URL, with the password given beside it. */
export function connectionParts(server: ServerOptions): { host: string; port: number; username: string; database: string; password?: string } {
  const u = new URL(server.url);
  return {
    host: decodeURIComponent(u.hostname).replace(/^\[|\]$/g, ''),
    port: Number(u.port || 5432),
    username: decodeURIComponent(u.username),
    database: decodeURIComponent(u.pathname.slice(1)),
    password: server.password ?? (u.password ? decodeURIComponent(u.password) : undefined),
  };
}

export async function postgresDataSource(server: ServerOptions, migrations: MigrationClass[]): Promise<DataSource> {
  await loadPg();
  const ds = new DataSource({
    type: 'postgres',
    // pg lets the URL's (empty) password override a separate one: with a password, the URL goes in parts.
    ...(server.password ? connectionParts(server) : { url: server.url }),
    ssl: sslOf(server.tls),
    entities,
    subscribers: [ChangeStampSubscriber],
    migrations,
    migrationsTransactionMode: 'all',
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
    applicationName: 'Samspil',
    extra: { max: 8, connectionTimeoutMillis: 10_000 },
  });
  numberPlaceholdersOn(ds);
  return ds;
}

/** Every query runner of this DataSource (transactions, migrations, ds.query) takes `?` placeholders. */
function numberPlaceholdersOn(ds: DataSource): void {
  const driver = ds.driver;
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = create(mode);
    const query = runner.query.bind(runner) as (sql: string, params?: unknown[], structured?: boolean) => Promise<unknown>;
    runner.query = ((sql: string, params?: unknown[], structured?: boolean) =>
      query(params && params.length > 0 ? numberPlaceholders(sql) : sql, params, structured)) as typeof runner.query;
    return runner;
  };
}

/** The server's own version and database name ("Test forbindelse"). */
export async function serverVersion(ds: DataSource): Promise<string> {
  const rows: { server_version: string }[] = await ds.query('SHOW server_version');
  return String(rows[0]?.server_version ?? '');
}

/** A URL without its password, for showing and logging. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}
