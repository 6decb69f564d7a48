import { z } from 'zod';
import { channel, type ChannelDef } from './channel';
import { empty, plainString, text } from './common';

/**
 * Indstillinger → Database (issue 16): which engine holds the data, the server settings with "Test
 * forbindelse", and moving everything between a file and a server with progress ('transfer.progress').
 */
export const tlsModes = ['disable', 'require', 'verify-full'] as const;

export const serverSettings = z.strictObject({
  host: text(255).pipe(z.string().min(1).regex(/^[A-Za-z0-9.\-:[\]]+$/, 'Ugyldigt værtsnavn')),
  port: z.number().int().min(1).max(65535),
  database: text(63).pipe(z.string().min(1).regex(/^[A-Za-z0-9_-]+$/, 'Kun bogstaver, tal, _ og -')),
  user: text(63).pipe(z.string().min(1).regex(/^[A-Za-z0-9_.\-@]+$/, 'Kun bogstaver, tal, _ . - og @')),
  tls: z.enum(tlsModes),
});
export type ServerSettings = z.infer<typeof serverSettings>;

/** Settings plus a password typed now (empty: the saved one, PGPASSWORD or ~/.pgpass). */
export const serverLogin = serverSettings.extend({ password: plainString().max(200).optional() });

export const connectionChoice = z.discriminatedUnion('mode', [z.strictObject({ mode: z.literal('file') }), serverLogin.extend({ mode: z.literal('server') })]);

export const moveToServerInput = serverLogin.extend({ replace: z.boolean().default(false) });
export const exportToFileInput = z.strictObject({
  path: text(1000).pipe(z.string().min(1).refine((p) => /\.(sqlite|db)$/i.test(p), 'Filnavnet skal ende på .sqlite')),
  replace: z.boolean().default(false),
});

export interface DatabaseStatus {
  /** What this running app uses. */
  current: { mode: 'file'; file: string } | { mode: 'server'; server: ServerSettings };
  /** What is saved for the next start (the same as current unless changed). */
  configured: { mode: 'file' } | { mode: 'server'; server: ServerSettings; passwordSaved: boolean };
  /** The saved choice differs from what runs: it takes effect at the next start. */
  restartNeeded: boolean;
  /** Where a server password is kept: the OS key store (desktop) or the environment / ~/.pgpass (browser mode). */
  passwordKeeping: 'safeStorage' | 'environment';
}

export interface ServerHoldings {
  version: string;
  /** Tables with rows; empty means a database with no data ("tom"). */
  tables: { table: string; rows: number }[];
  empty: boolean;
  /** Samspil migrations already applied there (0: not a Samspil database yet). */
  schemaVersion: number;
}

export interface TransferResult {
  tables: { table: string; rows: number; sourceChecksum: string; targetChecksum: string; same: boolean }[];
  allSame: boolean;
  target: string;
}

export const databaseChannels = {
  'database.status': channel(empty).returns<DatabaseStatus>(),
  'database.testConnection': channel(serverLogin).returns<ServerHoldings>(),
  /** Saves file or server for the next start (the running app keeps its database until then). */
  'database.setConnection': channel(connectionChoice).returns<DatabaseStatus>(),
  'database.moveToServer': channel(moveToServerInput).returns<TransferResult>(),
  'database.exportToFile': channel(exportToFileInput).returns<TransferResult>(),
} satisfies Record<string, ChannelDef>;
