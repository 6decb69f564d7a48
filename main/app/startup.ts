import { systemClock, type Clock } from './clock';
import { createEventHub } from './events';
import { dataChanged } from '../../preload/contract';
import { DamagedDatabaseError, openDatabase, type Database, type OpenOptions } from '../../db/database';
import type { HandlerContext } from '../api/handlers';
import { createBackup, ensureDailyBackup, newestGoodBackup, restoreFileFrom } from '../backup/backupService';
import { loadDemoData } from '../demo/demoData';
import { ensureSearchIndex } from '../search/reindex';
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
 * Opens the data file (a verified backup first if migrations will run), makes the daily backup,
 * rebuilds the search index when it is behind, and loads demo data when asked; shared by Electron and
 * browser mode. A damaged file comes back as a
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
      beforeMigrations: async () => void (await createBackup(opts.dbFile, 'premigration', clock.now(), { nativeBinding: opts.nativeBinding })),
    });
  } catch (err) {
    if (err instanceof DamagedDatabaseError) throw err.withBackup(newestGoodBackup(opts.dbFile));
    throw err;
  }
  await ensureDailyBackup(db, clock.now());
  await ensureSearchIndex(db);
  if (opts.demo) await loadDemoData(db, clock);
  const events = createEventHub();
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
