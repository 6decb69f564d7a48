import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { preparePragmas } from './sqlite';

export interface OpenOptions {
  /** A file path, or ':memory:' for tests. */
  file: string;
  /** Path to an Electron-ABI better_sqlite3.node (set by the Electron shell). */
  nativeBinding?: string;
  /** Run only the first N migrations (migration tests). */
  migrateTo?: number;
}

export class NewerDatabaseError extends Error {
  constructor(public readonly unknown: string[]) {
    super(
      `Datafilen er lavet af en nyere version af Samspil (${unknown.join(', ')}). Opdatér programmet for at åbne den.`,
    );
  }
}

export interface Database {
  ds: DataSource;
  file: string;
  /** Run one user command in a transaction. */
  tx<T>(work: (m: EntityManager) => Promise<T>): Promise<T>;
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  const inMemory = opts.file === ':memory:';
  if (!inMemory) fs.mkdirSync(path.dirname(opts.file), { recursive: true });
  const selected = opts.migrateTo === undefined ? migrations : migrations.slice(0, opts.migrateTo);
  const ds = new DataSource({
    type: 'better-sqlite3',
    database: opts.file,
    entities,
    migrations: selected,
    migrationsTransactionMode: 'all',
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
    nativeBinding: opts.nativeBinding,
    prepareDatabase: (db: unknown) => preparePragmas(db as import('better-sqlite3').Database, { inMemory }),
  });
  await ds.initialize();
  try {
    await refuseNewerSchema(ds, migrations.map((m) => new m().name));
    await ds.runMigrations({ transaction: 'all' });
  } catch (err) {
    await ds.destroy();
    throw err;
  }
  return wrap(ds, opts.file);
}

async function refuseNewerSchema(ds: DataSource, known: string[]): Promise<void> {
  const runner = ds.createQueryRunner();
  try {
    if (!(await runner.hasTable('schema_migrations'))) return;
  } finally {
    await runner.release();
  }
  const applied: { name: string }[] = await ds.query('SELECT name FROM schema_migrations');
  const unknown = applied.map((r) => r.name).filter((n) => !known.includes(n));
  if (unknown.length > 0) throw new NewerDatabaseError(unknown);
}

function wrap(ds: DataSource, file: string): Database {
  return {
    ds,
    file,
    tx: (work) => ds.transaction(work),
    schemaVersion: async () => {
      const rows: { n: number }[] = await ds.query('SELECT COUNT(*) AS n FROM schema_migrations');
      return Number(rows[0]?.n ?? 0);
    },
    close: () => ds.destroy(),
  };
}
