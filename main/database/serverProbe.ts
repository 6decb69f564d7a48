/** "Test forbindelse": reach the server, name its version and what the database holds, and say plainly why not. */
import type { ServerHoldings, ServerSettings } from '../../preload/contract';
import { dropPublicTables, serverHoldings, type ServerLogin } from '../../db/serverProbe';
import { ServiceError } from '../api/serviceError';

export type Login = ServerLogin;

/** The driver's and the server's refusals, told so the user (or IT) knows what to fix. */
export function connectionProblem(err: unknown, s: ServerSettings): ServiceError {
  const e = err as { code?: string; message?: string } | null;
  const code = String(e?.code ?? '');
  const message = String(e?.message ?? '');
  const where = `${s.host}:${s.port}`;
  const say = (m: string) => new ServiceError('VALIDATION', m);
  if (code === '28P01') return say(`Forkert brugernavn eller adgangskode for ${s.user} på ${where}.`);
  if (code === '28000') return say(`Serveren ${where} afviser brugeren ${s.user} (pg_hba.conf eller rolle mangler). Kontakt IT.`);
  if (code === '3D000') return say(`Databasen ${s.database} findes ikke på ${where}. Bed IT oprette den (se README).`);
  if (code === '42501') return say(`Brugeren ${s.user} har ikke adgang til databasen ${s.database}.`);
  if (code === 'ECONNREFUSED') return say(`Ingen PostgreSQL-server svarer på ${where}. Tjek vært og port.`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return say(`Værten ${s.host} findes ikke. Tjek navnet.`);
  if (code === 'ETIMEDOUT' || /timeout/i.test(message)) return say(`Serveren ${where} svarede ikke inden for 5 sekunder.`);
  if (/SSL|TLS|certificate|self[- ]signed/i.test(message)) return say(`TLS-forbindelsen til ${where} mislykkedes: ${message.slice(0, 160)}`);
  if (/password/i.test(message)) return say(`Serveren ${where} beder om en adgangskode for ${s.user}.`);
  return say(`Forbindelsen til ${where} mislykkedes (${code || 'ukendt fejl'}).`);
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
