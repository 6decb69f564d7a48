import 'reflect-metadata';
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { turnsBetweenQueries } from './queryTurns';
import { DataSource, type EntityManager, type MigrationInterface } from 'typeorm';
import { startBackgroundCheck, type BackgroundCheck, type Health } from './backgroundCheck';
import { DamagedDatabaseError, damagedName, moveAside, pendingDamage } from './damage';
import { ChangeStampSubscriber } from './changeStamp';
import { entities } from './entities';
import { migrations as allMigrations } from './migrations';
import { NetworkFolderError, networkFolderReason, type LocationProbe } from './networkFolder';
import { removeSeal, sealOf, sealToCompare, trustedBySeal, writeSeal, type Seal } from './seal';
import { engineOf, isServerLocation, storageOf } from './engine';
import { postgresDataSource, redactUrl, type ServerOptions } from './postgres';
import { flushDeleted, optimize, preparePragmas, withoutCommitSync } from './sqlite';
import { checkFileInSteps, checkpointOffThread, hasUserTables, precheck, rawConnection, type CheckResult } from './sqliteMaintenance';
import type { EngineKind, Storage } from './storage';
import { listenForChanges, type ChangeFeed, type ChangeListener } from './changeFeed';

export { DamagedDatabaseError } from './damage';
export { NetworkFolderError } from './networkFolder';

type MigrationClass = new () => MigrationInterface;

export interface OpenOptions {
  /** A file path, ':memory:' for tests, or a PostgreSQL server as a postgres:// URL. */
  file: string;
  /** For a server: TLS mode and a password kept outside the URL (safeStorage, environment). */
  server?: Omit<ServerOptions, 'url'>;
  /** Path to an Electron-ABI better_sqlite3.node (set by the Electron shell). */
  nativeBinding?: string;
  /** Run only the first N migrations (migration tests). */
  migrateTo?: number;
  /** Open even in a network or cloud-synced folder (--allow-network-folder). */
  allowNetworkFolder?: boolean;
  /**
   * Called with the raw connection before migrations that will run on an existing database (backup hook).
   * When it returns the full check of the verified copy it made (copyAndCheck: a page-for-page snapshot of
   * the committed data), that check stands for the file's own: a file not yet checked is not read in full
   * a second time, and a damaged copy refuses the migration as a damaged file would. Without one, a file
   * not yet checked is checked in full after the hook.
   */
  beforeMigrations?: (raw: BetterSqlite3.Database) => Promise<CheckResult | void>;
  /** Tests only: replace the migration list (e.g. to inject a failing migration). */
  migrations?: MigrationClass[];
  /** Tests only: how the folder is probed for network mounts. */
  locationProbe?: LocationProbe;
}

export class NewerDatabaseError extends Error {
  constructor(public readonly unknown: string[]) {
    super(
      `Datafilen er lavet af en nyere version af Samspil (${unknown.join(', ')}). Opdatér programmet for at åbne den.`,
    );
  }
}

export class MigrationFailedError extends Error {
  constructor(
    public override readonly cause: unknown,
    /** foreign_keys read back as ON after the rollback (TypeORM leaves it OFF on failure). */
    public readonly foreignKeysRestored: boolean,
  ) {
    super('Opdateringen af datafilen mislykkedes, og intet blev ændret. Samspil stopper for at beskytte dine data.');
    this.name = 'MigrationFailedError';
  }
}

export interface Database {
  readonly ds: DataSource;
  /** The data file, or the server's URL (without password) in PostgreSQL mode. */
  file: string;
  /** Which engine holds the data: a local SQLite file or a PostgreSQL server. */
  readonly engine: EngineKind;
  /** What differs between the engines (search, bulk ids, fast reads, error mapping). */
  readonly storage: Storage;
  /** The Electron-ABI better-sqlite3 binary, for connections of its own (backups, checks). */
  readonly nativeBinding?: string;
  /** Run one user command in a transaction. */
  tx<T>(work: (m: EntityManager) => Promise<T>): Promise<T>;
  schemaVersion(): Promise<number>;
  /** SQLite only, for db/ and tests (lint keeps it out of main/): the raw connection. Throws on a server. */
  raw(): BetterSqlite3.Database;
  close(): Promise<void>;
  /** After a command that deleted data: leave no copy of it in the write-ahead log (SQLite) or in dead tuples (VACUUM). */
  flushDeleted(): Promise<void>;
  /** Derived data written in many small transactions: commits may skip their fsync (SQLite; a no-op on a server). */
  withoutCommitSync<T>(work: () => Promise<T>): Promise<T>;
  /** Fold the write-ahead log into the data file off the main thread (SQLite; a no-op on a server). */
  checkpoint(): Promise<void>;
  /** Open the file again after close (used by restore); keeps this object valid for handlers holding it. */
  reopen(): Promise<void>;
  /**
   * The background full check after a fast open (backgroundCheck.ts): 'ok' at once when the file had
   * its full check at open. Once 'damaged', every write is refused and close moves the file aside.
   */
  health?(): Health;
  /** Resolves when the background check has compared the file with its seal (at once without one). */
  sealChecked?(): Promise<void>;
  /** Resolves when the whole background check has ended (at once when the open checked the file). */
  fullyChecked?(): Promise<void>;
  /** After a large change (an import, generated data): bring the planner's statistics up to date. */
  optimize(): Promise<void>;
  /** A server: hear every client's committed changes (LISTEN on a connection of its own). A file: never called. */
  onChange(listener: ChangeListener): () => void;
}

/** What the open knows about the file's last full check; a fast open leaves the check to the background. */
interface Checked {
  /** When the file last had its full check (written into the seal at close). */
  at: string;
  /** 'sealed': opened on a trusted seal; 'untrusted': opened fast without one (copied, changed, a week old). */
  fast?: 'sealed' | 'untrusted' | null;
  sealSha256?: string | null;
  /** 'sealed': the seal it was opened on (a file unchanged at close keeps its hash). */
  seal?: Seal | null;
  /** Untrusted: a different hash is damage only when the file kept the sealed size and header. */
  sameShape?: boolean;
}

/** No full check yet: the seal written at close is not trusted at the next open either. */
const NEVER_CHECKED = new Date(0).toISOString();

/**
 * Refusals that run before SQLite touches the file: network folders, a pending damaged file. Then the
 * open is fast on any file: one exactly as Samspil sealed it is trusted (the background compares its
 * hash, then checks it in full); any other (copied, changed after the close, or a week since its full
 * check) is opened without reading it whole too, and checked in full in the background before any
 * checkpoint may write it (issue 17: the first screen within 3 s on any file; the full check took 10 s at L).
 */
async function guardFile(opts: OpenOptions, checked: Checked): Promise<void> {
  if (!opts.allowNetworkFolder) {
    const reason = networkFolderReason(opts.file, opts.locationProbe);
    if (reason) throw new NetworkFolderError(opts.file, reason);
  }
  const pending = pendingDamage(opts.file);
  if (pending) throw new DamagedDatabaseError(opts.file, pending, ['set aside as damaged earlier']);
  checked.at = new Date().toISOString();
  if (!fs.existsSync(opts.file)) {
    removeSeal(opts.file);
    return;
  }
  const trusted = trustedBySeal(opts.file);
  if (trusted) {
    const seal = sealOf(opts.file);
    Object.assign(checked, { at: trusted, fast: 'sealed', sealSha256: seal?.sha256 ?? null, seal });
    removeSeal(opts.file);
    return;
  }
  // The header and size alone still refuse at open (a file that is not a database at all).
  const bad = precheck(opts.file);
  if (bad && !bad.ok) {
    removeSeal(opts.file);
    throw new DamagedDatabaseError(opts.file, moveAside(opts.file), bad.problems);
  }
  const seal = sealToCompare(opts.file);
  Object.assign(checked, { at: NEVER_CHECKED, fast: 'untrusted', sealSha256: seal?.sha256 ?? null, sameShape: seal?.sameShape ?? false });
  removeSeal(opts.file);
}

/**
 * Before migrations rewrite an existing file: the pre-migration backup (the hook), and a damaged file must
 * not be migrated. One full read: the check of the backup copy (a page-for-page snapshot of the committed
 * data) stands for the file's own; the header and page count are read from the file itself first (a
 * truncated file's copy would be filled out to its full size). A file opened without trust is read in full
 * here only when the hook gives no check, or fails (its error then stands unless the file is damaged).
 */
async function backUpAndCheckBeforeMigrating(ds: DataSource, opts: OpenOptions, checked: Checked): Promise<void> {
  const full = () => checkFileInSteps(opts.file, { nativeBinding: opts.nativeBinding });
  const untrusted = checked.fast === 'untrusted';
  // Header, size and page count only (integrity rows given): milliseconds.
  await refuseIfDamaged(ds, opts, await checkFileInSteps(opts.file, { nativeBinding: opts.nativeBinding, integrityRows: [] }));
  let copy: CheckResult | void;
  try {
    copy = await opts.beforeMigrations?.(rawConnection(ds));
  } catch (err) {
    if (untrusted) await refuseIfDamaged(ds, opts, await full());
    throw err;
  }
  if (copy) await refuseIfDamaged(ds, opts, copy);
  else if (untrusted) await refuseIfDamaged(ds, opts, await full());
  // Checked in full now. A sealed file keeps its background check: the seal's hash is still to be compared
  // with the file as it was closed, so the migrations' commits stay in the WAL until then (a migration
  // writing more than 1,000 pages would otherwise be checkpointed into the file and taken for damage).
  if (untrusted) Object.assign(checked, { at: new Date().toISOString(), fast: null });
  else if (checked.fast === 'sealed') rawConnection(ds).pragma('wal_autocheckpoint = 0');
}

async function refuseIfDamaged(ds: DataSource, opts: OpenOptions, check: CheckResult): Promise<void> {
  if (check.ok && check.problems.length === 0) return;
  await ds.destroy();
  throw new DamagedDatabaseError(opts.file, moveAside(opts.file), check.problems);
}

const damageCode = (err: unknown) => /^SQLITE_(CORRUPT|NOTADB)/.test(String((err as { code?: unknown } | null)?.code ?? ''));

async function openServer(opts: OpenOptions): Promise<DataSource> {
  const list = opts.migrations ?? allMigrations;
  const selected = opts.migrateTo === undefined ? list : list.slice(0, opts.migrateTo);
  const ds = await postgresDataSource({ url: opts.file, ...opts.server }, selected);
  await ds.initialize();
  try {
    await refuseNewerSchema(ds, list.map((m) => new m().name ?? m.name));
    // The server's own backups cover it; DDL is transactional, so a failed migration leaves nothing behind.
    try {
      await ds.runMigrations({ transaction: 'all' });
    } catch (err) {
      throw new MigrationFailedError(err, true);
    }
  } catch (err) {
    await ds.destroy();
    throw err;
  }
  return ds;
}

async function openDataSource(opts: OpenOptions, checked: Checked): Promise<DataSource> {
  Object.assign(checked, { fast: null, sealSha256: null, sameShape: false, seal: null });
  if (isServerLocation(opts.file)) return openServer(opts);
  const inMemory = opts.file === ':memory:';
  if (!inMemory) {
    fs.mkdirSync(path.dirname(opts.file), { recursive: true });
    await guardFile(opts, checked);
  }
  const list = opts.migrations ?? allMigrations;
  const selected = opts.migrateTo === undefined ? list : list.slice(0, opts.migrateTo);
  const ds = new DataSource({
    type: 'better-sqlite3',
    database: opts.file,
    entities,
    subscribers: [ChangeStampSubscriber],
    migrations: selected,
    migrationsTransactionMode: 'all',
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
    nativeBinding: opts.nativeBinding,
    prepareDatabase: (db: unknown) => preparePragmas(db as BetterSqlite3.Database, { inMemory }),
  });
  try {
    await ds.initialize();
  } catch (err) {
    // A fast open did not read the file: damage SQLite meets at once (the schema) is handled as the
    // full check at open would have.
    if (!checked.fast || !damageCode(err)) throw err;
    if (ds.isInitialized) await ds.destroy();
    throw new DamagedDatabaseError(opts.file, moveAside(opts.file), [err instanceof Error ? err.message : String(err)]);
  }
  try {
    await refuseNewerSchema(ds, list.map((m) => new m().name ?? m.name));
    if (hasUserTables(rawConnection(ds)) && (await ds.showMigrations())) {
      await backUpAndCheckBeforeMigrating(ds, opts, checked);
    }
    await runMigrations(ds);
    // Not on a file not yet checked: until the background check has passed, nothing may change it.
    if (!inMemory && checked.fast !== 'untrusted') optimize(rawConnection(ds), { all: true });
  } catch (err) {
    if (err instanceof DamagedDatabaseError) throw err;
    if (ds.isInitialized) await ds.destroy();
    if (checked.fast && damageCode(err)) throw new DamagedDatabaseError(opts.file, moveAside(opts.file), [err instanceof Error ? err.message : String(err)]);
    throw err;
  }
  turnsBetweenQueries(ds);
  return ds;
}

async function runMigrations(ds: DataSource): Promise<void> {
  try {
    await ds.runMigrations({ transaction: 'all' });
  } catch (err) {
    // TypeORM turns foreign keys off for the migration and skips turning them on again when one fails.
    const raw = rawConnection(ds);
    raw.pragma('foreign_keys = ON');
    throw new MigrationFailedError(err, raw.pragma('foreign_keys', { simple: true }) === 1);
  }
}

export type CommitHook = (m: EntityManager, result: unknown) => Promise<void>;
const commitHooks = new AsyncLocalStorage<{ hook: CommitHook | null }>();

/**
 * Runs `work` so that the first db.tx inside it calls `hook` inside the same transaction, just
 * before commit: dispatch uses it to write the audit row atomically with the command.
 */
export function withCommitHook<T>(hook: CommitHook, work: () => Promise<T>): Promise<T> {
  return commitHooks.run({ hook }, work);
}

/** Work on another database (a copy's target): the command's audit row must not land in its transaction. */
export function withoutCommitHook<T>(work: () => Promise<T>): Promise<T> {
  return commitHooks.run({ hook: null }, work);
}

async function runHook(m: EntityManager, result: unknown): Promise<void> {
  const slot = commitHooks.getStore();
  if (!slot?.hook) return;
  const hook = slot.hook;
  slot.hook = null;
  await hook(m, result);
}

/**
 * All of a Database's transactions share TypeORM's one better-sqlite3 connection (one query runner).
 * A db.tx started while another is open does not get a transaction of its own: TypeORM nests it as a
 * SAVEPOINT inside the open one, so it would see that command's uncommitted rows, and its own acked
 * writes would vanish if the other rolled back. Without a macrotask turn inside a transaction
 * that cannot happen (better-sqlite3 is synchronous, so a transaction runs to its end on microtasks
 * alone). Long work therefore gives the event loop its turns BETWEEN transactions (createYielder,
 * main/app/longWork.ts). As a second line, db.tx queues behind an open transaction, so even a
 * transaction that does wait on I/O or a timer is never joined by another command; a db.tx nested
 * in the same async call chain runs at once, as a savepoint, as before. Reads outside db.tx
 * (db.ds.manager) are not queued: they must not run while a transaction waits.
 */
function transactionQueue() {
  const inside = new AsyncLocalStorage<true>();
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(run: () => Promise<T>): Promise<T> => {
    if (inside.getStore()) return run();
    const turn = tail.then(() => inside.run(true, run));
    tail = turn.catch(() => undefined);
    return turn;
  };
}

/**
 * On a server, several clients write at once: a transaction runs at SERIALIZABLE, and one that meets a
 * concurrent write (serialization failure or deadlock) is run again from the start, up to 10 times, with
 * the commit hook (the audit row) armed again. After that the CONFLICT error reaches dispatch.
 *
 * A command that collided once retries "in line": holding a server-wide advisory lock taken before its
 * transaction begins, so colleagues' retries of one busy meeting queue instead of colliding with each
 * other again (20 writers on one agenda otherwise livelock, each round letting one through). First
 * attempts never wait for it: without contention nothing is serialised across users.
 */
async function retryingConflicts<T>(storage: Storage, first: () => Promise<T>, inLine: (again: (m: EntityManager) => Promise<T>) => Promise<T>, again: (m: EntityManager) => Promise<T>): Promise<T> {
  const slot = commitHooks.getStore();
  const hook = slot?.hook ?? null;
  try {
    return await first();
  } catch (err) {
    if (storage.fault(err) !== 'CONFLICT') throw err;
  }
  return inLine(async (m) => {
    for (let tries = 1; ; tries++) {
      if (slot) slot.hook = hook;
      try {
        return await again(m);
      } catch (err) {
        if (tries >= 10 || storage.fault(err) !== 'CONFLICT') throw err;
        // Full jitter, growing: only first attempts compete with a retry in line.
        await new Promise((r) => setTimeout(r, Math.random() * Math.min(200, 5 * 2 ** tries)));
      }
    }
  });
}

/** The advisory lock retries queue on (any constant; advisory locks are per database). */
const RETRY_LINE = 16_016;

/** Runs `work` on a connection of its own holding the retry line's lock, taken outside any transaction (so no snapshot predates the wait). */
async function inRetryLine<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(?)', [RETRY_LINE]);
    try {
      return await work(runner.manager);
    } finally {
      await runner.query('SELECT pg_advisory_unlock(?)', [RETRY_LINE]);
    }
  } finally {
    await runner.release();
  }
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  const checked: Checked = { at: new Date().toISOString() };
  let ds = await openDataSource(opts, checked);
  const queued = transactionQueue();
  const engine = engineOf(ds);
  const sqlite = () => {
    if (engine !== 'sqlite') throw new Error('raw() is SQLite only');
    return rawConnection(ds);
  };
  let background: BackgroundCheck | null = null;
  let damage: DamagedDatabaseError | null = null;
  let flushPending = false;
  const watch = () => {
    damage = null;
    background = null;
    if (engine !== 'sqlite' || !checked.fast) return;
    const untrusted = checked.fast === 'untrusted';
    const startedAt = new Date().toISOString();
    background = startBackgroundCheck({
      file: opts.file,
      sealSha256: checked.sealSha256 ?? null,
      hashMustMatch: !untrusted || checked.sameShape,
      holdUntilChecked: untrusted,
      nativeBinding: opts.nativeBinding,
      raw: () => rawConnection(ds),
      onDamage: (problems) => {
        damage = new DamagedDatabaseError(opts.file, damagedName(opts.file), problems, 'running');
        // Writes stop at once, whatever path they take (the audit row of an export, too).
        if (ds.isInitialized) rawConnection(ds).pragma('query_only = ON');
      },
    });
    const held = untrusted ? background.done : background.hashed;
    void held.then(() => {
      if (flushPending && !damage && ds.isInitialized) flushDeleted(rawConnection(ds), { inMemory: false });
      flushPending = false;
    });
    // Checked in full now: the seal written at close may be trusted at the next open.
    if (untrusted) void background.done.then(() => void (background?.health.state === 'ok' && (checked.at = startedAt)));
  };
  const storage = storageOf(ds);
  let feed: ChangeFeed | null = null;
  // On a server a nested db.tx joins the open transaction (SQLite nests it as a savepoint on its one connection).
  const open = new AsyncLocalStorage<EntityManager>();
  const body = <T>(work: (m: EntityManager) => Promise<T>) => async (m: EntityManager) => {
    const result = await open.run(m, () => work(m));
    await runHook(m, result);
    return result;
  };
  const db: Database = {
    get ds() {
      return ds;
    },
    file: engine === 'postgres' ? redactUrl(opts.file) : opts.file,
    engine,
    storage,
    nativeBinding: opts.nativeBinding,
    tx: (work) => {
      if (damage) return Promise.reject(damage);
      if (engine === 'sqlite') return queued(() => ds.transaction(body(work)));
      const outer = open.getStore();
      if (outer) return work(outer);
      return queued(() =>
        retryingConflicts(storage, () => ds.transaction('SERIALIZABLE', body(work)), (again) => inRetryLine(ds, again), (m) => m.transaction('SERIALIZABLE', body(work))),
      );
    },
    schemaVersion: async () => {
      const rows: { n: number }[] = await ds.query('SELECT COUNT(*) AS n FROM schema_migrations');
      return Number(rows[0]?.n ?? 0);
    },
    raw: sqlite,
    flushDeleted: async () => {
      // Until the background check has hashed the file, the main file must not change.
      if (background?.holdsCheckpoints()) flushPending = true;
      else if (engine === 'sqlite' && !damage) flushDeleted(rawConnection(ds), { inMemory: opts.file === ':memory:' });
      else await ds.query('VACUUM');
    },
    withoutCommitSync: (work) => (engine === 'sqlite' ? withoutCommitSync(rawConnection(ds), work) : work()),
    checkpoint: async () => {
      // Until the background check allows it, the main file must not change (close folds the WAL in).
      if (background?.holdsCheckpoints()) return;
      if (engine === 'sqlite') await checkpointOffThread(rawConnection(ds), opts.file, opts.nativeBinding);
    },
    onChange: (listener) => {
      if (engine !== 'postgres') return () => undefined;
      feed ??= listenForChanges({ url: opts.file, ...opts.server }, (e) => console.error('Samspil: ændringer fra serveren:', e instanceof Error ? e.message : e));
      return feed.subscribe(listener);
    },
    close: async () => {
      await feed?.close();
      feed = null;
      if (!ds.isInitialized) return;
      // The close checkpoints the WAL into the file: not before the background check has hashed it.
      // Nor while its full check still reads the file: that reader keeps the WAL, and a file closed
      // with a WAL gets no seal (the next start would check in full again before the first screen).
      // A sealed file's full check is cancelled rather than waited for (10 s at L): it then counts as
      // not done (the seal keeps the date of the last completed one) and the next open runs it again.
      // A file opened without trust keeps it: nothing may write that file before the check has passed.
      background?.cancel();
      await background?.hashed;
      await background?.done;
      if (engine === 'sqlite' && opts.file !== ':memory:' && !damage) optimize(rawConnection(ds), { all: false });
      await ds.destroy();
      if (engine !== 'sqlite' || opts.file === ':memory:') return;
      if (damage) {
        // No seal for a damaged file: it is moved aside, and the next start offers the newest good backup.
        removeSeal(opts.file);
        moveAside(opts.file);
        return;
      }
      // Opened on a seal whose hash then matched the file: unless something wrote the file since, that hash stands.
      const unchanged = checked.fast === 'sealed' && background?.health.state !== 'damaged' ? checked.seal : null;
      await writeSeal(opts.file, checked.at, unchanged);
    },
    reopen: async () => {
      ds = await openDataSource(opts, checked);
      watch();
    },
    health: () => (damage ? { state: 'damaged', problems: damage.problems } : (background?.health ?? { state: 'ok', problems: [] })),
    sealChecked: async () => {
      await background?.hashed;
    },
    fullyChecked: async () => {
      await background?.done;
    },
    optimize: async () => {
      if (damage) return;
      if (engine === 'sqlite') optimize(rawConnection(ds), { all: true });
      else await ds.query('ANALYZE');
    },
  };
  watch();
  return db;
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
