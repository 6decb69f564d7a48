/** "Test forbindelse": reach the server, name its version and what the database holds, and say plainly why not. */
import type { ServerHoldings, ServerSettings } from '../../preload/contract';
import { dropPublicTables, serverHoldings, type ServerLogin } from '../../db/serverProbe';
import { said, ServiceError } from '../api/serviceError';

export type Login = ServerLogin;

/** The driver's and the server's refusals, told so the user (or IT) knows what to fix. */
export function connectionProblem(err: unknown, s: ServerSettings): ServiceError {
  const e = err as { code?: string; message?: string } | null;
  const code = String(e?.code ?? '');
  const message = String(e?.message ?? '');
  const where = `${s.host}:${s.port}`;
  const say = (key: Parameters<typeof said>[0], params: Record<string, string> = {}) => new ServiceError('VALIDATION', said(key, { where, user: s.user, database: s.database, host: s.host, ...params }));
  if (code === '28P01') return say('database.wrongPassword');
  if (code === '28000') return say('database.userRefused');
  if (code === '3D000') return say('database.noDatabase');
  if (code === '42501') return say('database.noAccess');
  if (code === 'ECONNREFUSED') return say('database.refused');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return say('database.unknownHost');
  if (code === 'ETIMEDOUT' || /timeout/i.test(message)) return say('database.timeout');
  if (/SSL|TLS|certificate|self[- ]signed/i.test(message)) return say('database.tls', { detail: message.slice(0, 160) });
  if (/password/i.test(message)) return say('database.needsPassword');
  return say('database.failed', { code: code || '?' });
}

const told = <T>(login: Login, work: Promise<T>): Promise<T> =>
  work.catch((err: unknown) => {
    throw connectionProblem(err, login);
  });

export async function probeServer(login: Login): Promise<ServerHoldings> {
  const h = await told(login, serverHoldings(login));
  // A freshly prepared Samspil database holds only the settings its migrations wrote: "tom".
  return { ...h, empty: h.tables.every((t) => t.table === 'app_setting') };
}

export const dropSamspilTables = (login: Login) => told(login, dropPublicTables(login));
