import { openDatabase, type Database } from '../../db/database';
import type { HandlerContext } from '../api/handlers';
import { loadDemoData } from '../demo/demoData';
import pkg from '../../package.json';

export const APP_VERSION: string = pkg.version;

/** Opens the data file (migrating it) and loads demo data when asked; shared by Electron and browser mode. */
export async function startServices(opts: { dbFile: string; demo: boolean; nativeBinding?: string }, transport: 'ipc' | 'http'): Promise<HandlerContext & { db: Database }> {
  const db = await openDatabase({ file: opts.dbFile, nativeBinding: opts.nativeBinding });
  if (opts.demo) await loadDemoData(db);
  return { db, version: APP_VERSION, transport };
}
