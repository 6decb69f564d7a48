import type { EntityManager } from 'typeorm';
import type { ChannelParsed, MailSettings, SmtpSecurity } from '../../preload/contract';
import type { HandlerContext } from '../api/handlers';
import { ServiceError } from '../api/serviceError';
import { settingValues } from '../settings/lookup';
import { removeSetting, saveSetting } from '../settings/seams';
import { PASSWORD_ENV, type SecretStore } from './secrets';

const KEYS = {
  organiserName: 'mail.organiserName',
  organiserEmail: 'mail.organiserEmail',
  signature: 'mail.signature',
  smtpHost: 'mail.smtpHost',
  smtpPort: 'mail.smtpPort',
  smtpSecurity: 'mail.smtpSecurity',
  smtpUser: 'mail.smtpUser',
} as const;
/** Ciphertext from the secret store, never the password itself. */
const SEALED_PASSWORD = 'mail.smtpPasswordSealed';

export type StoredMailSettings = Omit<MailSettings, 'passwordSource' | 'canStorePassword'>;

export async function readMailSettings(m: EntityManager): Promise<StoredMailSettings & { sealedPassword: string | null }> {
  const map = await settingValues(m);
  const str = (k: string) => map.get(k) || null;
  const port = Number(map.get(KEYS.smtpPort));
  const security = map.get(KEYS.smtpSecurity);
  return {
    organiserName: str(KEYS.organiserName),
    organiserEmail: str(KEYS.organiserEmail),
    signature: str(KEYS.signature),
    smtpHost: str(KEYS.smtpHost),
    smtpPort: Number.isInteger(port) && port > 0 ? port : 587,
    smtpSecurity: security === 'tls' || security === 'none' ? (security as SmtpSecurity) : 'starttls',
    smtpUser: str(KEYS.smtpUser),
    sealedPassword: str(SEALED_PASSWORD),
  };
}

const env = () => process.env[PASSWORD_ENV] || null;

/** The SMTP password for this run: the secret store's (desktop) or the environment's (browser mode). */
export function smtpPassword(sealed: string | null, secrets: SecretStore | undefined): string | null {
  if (sealed && secrets?.available()) return secrets.open(sealed);
  return env();
}

function view(s: StoredMailSettings & { sealedPassword: string | null }, secrets: SecretStore | undefined): MailSettings {
  const { sealedPassword, ...rest } = s;
  const canStore = !!secrets?.available();
  return {
    ...rest,
    passwordSource: sealedPassword && canStore ? 'secretStore' : env() ? 'environment' : 'none',
    canStorePassword: canStore,
  };
}

export const getMailSettings = async (ctx: HandlerContext) => view(await readMailSettings(ctx.db.ds.manager), ctx.secrets);

export async function updateMailSettings(ctx: HandlerContext, input: ChannelParsed<'mail.updateSettings'>): Promise<MailSettings> {
  const { smtpPassword: password, ...rest } = input;
  if (password && !ctx.secrets?.available()) throw new ServiceError('VALIDATION', 'mail.noPassword', { smtpPassword: 'mail.noPassword' });
  return ctx.db.tx(async (m) => {
    for (const [field, key] of Object.entries(KEYS)) {
      const value = rest[field as keyof typeof rest];
      if (value === null || value === undefined || value === '') await removeSetting(m, key);
      else await saveSetting(m, key, String(value));
    }
    if (password === '') await removeSetting(m, SEALED_PASSWORD);
    else if (password) await saveSetting(m, SEALED_PASSWORD, ctx.secrets!.seal(password));
    return view(await readMailSettings(m), ctx.secrets);
  });
}
