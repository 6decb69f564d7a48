/**
 * Where the data lives, for the next start: a local file (the default) or a PostgreSQL server. Kept in
 * database.json in the user-data folder, never in the database itself (it says how to reach it). A
 * server password is stored only sealed by the OS key store (Electron's safeStorage); browser mode keeps
 * none and leaves it to PGPASSWORD or ~/.pgpass, which the pg driver reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ServerSettings } from '../../preload/contract';
import type { SecretStore } from '../mail/secrets';

export const CONNECTION_FILE = 'database.json';

export type ConnectionConfig = { mode: 'file' } | { mode: 'server'; server: ServerSettings; passwordSealed?: string };

export function readConnection(file: string | undefined): ConnectionConfig {
  if (!file || !fs.existsSync(file)) return { mode: 'file' };
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as ConnectionConfig;
    return parsed.mode === 'server' && parsed.server ? parsed : { mode: 'file' };
  } catch {
    return { mode: 'file' };
  }
}

export function writeConnection(file: string, config: ConnectionConfig): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(config, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/** postgres://user@host:port/database: the password never goes into the URL. */
export function serverUrl(s: ServerSettings): string {
  const host = s.host.includes(':') && !s.host.startsWith('[') ? `[${s.host}]` : s.host;
  return `postgres://${encodeURIComponent(s.user)}@${host}:${s.port}/${encodeURIComponent(s.database)}`;
}

/** A postgres:// URL read back into settings (for showing what runs). */
export function settingsOfUrl(url: string, tls: ServerSettings['tls'] = 'disable'): ServerSettings {
  const u = new URL(url);
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: Number(u.port || 5432),
    database: decodeURIComponent(u.pathname.slice(1)),
    user: decodeURIComponent(u.username),
    tls: (u.searchParams.get('sslmode') as ServerSettings['tls'] | null) ?? tls,
  };
}

/** What the saved choice means for opening: a server URL with TLS and the unsealed password, or null for the file. */
export function serverToOpen(config: ConnectionConfig, secrets?: SecretStore): { url: string; tls: ServerSettings['tls']; password?: string } | null {
  if (config.mode !== 'server') return null;
  let password: string | undefined;
  if (config.passwordSealed && secrets?.available()) {
    try {
      password = secrets.open(config.passwordSealed);
    } catch {
      password = undefined;
    }
  }
  return { url: serverUrl(config.server), tls: config.server.tls, password };
}
