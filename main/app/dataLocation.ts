import os from 'node:os';
import path from 'node:path';
import { isServerLocation } from '../../db/engine';

export const APP_NAME = 'Samspil';
export const DATA_FILE_NAME = 'samspil.sqlite';
export const DB_ENV = 'SAMSPIL_DB';
export const USER_ENV = 'SAMSPIL_USER';

/** The OS user-data folder, the same one Electron's app.getPath('userData') gives for "Samspil". */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_NAME);
}

export interface StartOptions {
  dbFile: string;
  demo: boolean;
  port: number;
  /** --allow-network-folder: open a data file in a network or cloud-synced folder anyway. */
  allowNetworkFolder: boolean;
  /** --user NAME or SAMSPIL_USER: who uses this client (rows and the change log record it); else the OS user. */
  user?: string;
  /** --db or SAMSPIL_DB named the database; otherwise Indstillinger → Database's saved choice applies. */
  dbGiven: boolean;
}

/** Reads --db PATH, --demo, --allow-network-folder and --port N (also --db=PATH); SAMSPIL_DB is the fallback for the data file. */
export function parseStartArgs(argv: string[], env: NodeJS.ProcessEnv = process.env, defaultDir = userDataDir(env)): StartOptions {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    if (i >= 0) return argv[i + 1];
    const eq = argv.find((a) => a.startsWith(`${flag}=`));
    return eq?.slice(flag.length + 1);
  };
  const db = value('--db') ?? env[DB_ENV];
  const port = Number(value('--port') ?? 0);
  return {
    // A postgres:// URL names a shared server (issue 16) and is kept as it is.
    dbFile: db && isServerLocation(db) ? db : path.resolve(db && db.length > 0 ? db : path.join(defaultDir, DATA_FILE_NAME)),
    demo: argv.includes('--demo'),
    allowNetworkFolder: argv.includes('--allow-network-folder'),
    dbGiven: !!db && db.length > 0,
    port: Number.isInteger(port) && port >= 0 && port < 65536 ? port : 0,
    user: (value('--user') ?? env[USER_ENV])?.trim().slice(0, 100) || undefined,
  };
}
