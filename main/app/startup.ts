import { systemClock, type Clock } from './clock';
import { createEventHub } from './events';
import { dataChanged } from '../../preload/contract';
import { DamagedDatabaseError, openDatabase, type Database, type OpenOptions } from '../../db/database';
import { damagedName, pendingDamage } from '../../db/damage';
import type { HandlerContext } from '../api/handlers';
import { createPremigrationBackup, ensureDailyBackup, newestGoodBackup, restoreFileFrom } from '../backup/backupService';
import { loadDemoData } from '../demo/demoData';
import { startSearchIndexRebuild } from '../search/indexStatus';
import pkg from '../../package.json';

export const APP_VERSION: string = pkg.version;

export interface ServiceOptions {
  dbFile: string;
  demo: boolean;
  nativeBinding?: string;
  allowNetworkFolder?: boolean;
  /** Who uses this client (issue 16); the OS user when not given. */
  user?: string;
  /** A server's TLS mode and password (kept outside the URL). */
  server?: OpenOptions['server'];
  /** Indstillinger → Database saves file or server for the next start here (database.json). */
  connectionFile?: string;
  /** The services' clock (tests pin one); the system clock by default. */
  clock?: Clock;
}

/**
 * Opens the data file (a verified backup first if migrations will run), starts the daily backup and,
 * when the index is behind, the search index rebuild in the background (the first screen waits for
 * neither), and loads demo data when asked; shared by Electron and browser mode. A damaged file comes back as a
 * DamagedDatabaseError carrying the newest good backup, for the shell to offer.
 */
export async function startServices(opts: ServiceOptions, transport: 'ipc' | 'http'): Promise<HandlerContext & { db: Database }> {
  const clock = opts.clock ?? systemClock;
  let db: Database;
  try {
    db = await openDatabase({
      file: opts.dbFile,
      nativeBinding: opts.nativeBinding,
      allowNetworkFolder: opts.allowNetworkFolder,
      server: opts.server,
      // Its check of the copy is the file's one full check before migrating (a damaged file is refused).
      beforeMigrations: () => createPremigrationBackup(opts.dbFile, clock.now(), { nativeBinding: opts.nativeBinding }),
    });
  } catch (err) {
    if (err instanceof DamagedDatabaseError) throw err.withBackup(newestGoodBackup(opts.dbFile));
    throw err;
  }
  try {
    return await afterOpen(db, opts, transport, clock);
  } catch (err) {
    // A file opened fast (not yet checked in full) that fails at once: damage the background check confirms is offered as at open.
    throw (await damageBehind(db, err)) ?? err;
  }
}

async function damageBehind(db: Database, err: unknown): Promise<DamagedDatabaseError | null> {
  if (err instanceof DamagedDatabaseError || !db.health) return null;
  await db.fullyChecked?.();
  const health = db.health();
  if (health.state !== 'damaged') return null;
  await db.close();
  return new DamagedDatabaseError(db.file, pendingDamage(db.file) ?? damagedName(db.file), health.problems).withBackup(newestGoodBackup(db.file));
}

async function afterOpen(db: Database, opts: ServiceOptions, transport: 'ipc' | 'http', clock: Clock): Promise<HandlerContext & { db: Database }> {
  // The daily backup copies and checks the whole file (11 s at L): behind the first screen, not before it.
  const backup = ensureDailyBackup(db, clock.now()).then(
    () => undefined,
    (err: unknown) => console.error('Samspil: den daglige sikkerhedskopi mislykkedes:', err instanceof Error ? err.message : err),
  );
  const close = db.close.bind(db);
  // A close waits for it rather than leave a half-written copy (a fresh file's copy takes milliseconds).
  db.close = async () => {
    await backup;
    await close();
  };
  const events = createEventHub();
  // An index behind this version is rebuilt while the app is in use, with progress on screen.
  await startSearchIndexRebuild(db, events);
  if (opts.demo) await loadDemoData(db, clock);
  // On a shared server, every client's committed changes reach this one's renderer (issue 16).
  db.onChange((payload) => {
    const change = dataChanged.safeParse(payload);
    if (change.success) events.emit('data.changed', change.data);
  });
  const connection = { connectionFile: opts.connectionFile, serverTls: opts.server?.tls };
  return { db, version: APP_VERSION, transport, clock, events, ...connection, ...(opts.user ? { user: opts.user } : {}) };
}

/** The user accepted the offered backup: put it in place of the damaged file, then start normally. */
export async function restoreOfferedBackup(err: DamagedDatabaseError, nativeBinding?: string): Promise<void> {
  if (!err.newestBackup) throw new Error('no backup to restore');
  await restoreFileFrom(err.newestBackup.path, err.file, nativeBinding);
}
