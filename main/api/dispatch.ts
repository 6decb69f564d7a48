import { z } from 'zod';
import { contract, type ApiError, type ChannelName, type DataChanged, type Envelope, type Language } from '../../preload/contract';
import { withCommitHook } from '../../db/database';
import type { Runner, StorageFault } from '../../db/storage';
import { auditActionOf, recordAudit, subjectOf, type AuditAction } from '../audit/auditLog';
import { handlers, type HandlerContext } from './handlers';
import { sayError, ServiceError } from './serviceError';
import { StaleVersionError } from '../versions/versions';
import { runningDamage } from '../backup/damageService';
import { storedDateError } from '../settings/dateCheck';
import { withClock } from '../app/clock';
import { osUserName, withChangeStamp } from '../../db/changeStamp';
import { appLanguage } from '../settings/language';
import { envelopeText, fieldErrorsOf, fillText, zodErrorMap } from '../../preload/contract/validationMessages';
import { asCommand } from '../app/foreground';

const MAX_PAYLOAD_DEPTH = 12;

export function isChannel(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export function zodFieldErrors(error: z.ZodError, lang: 'da' | 'en' = 'da'): Record<string, string[]> {
  return fieldErrorsOf(error, lang);
}

function tooDeep(value: unknown, depth = 0): boolean {
  if (depth > MAX_PAYLOAD_DEPTH) return true;
  if (value && typeof value === 'object') return Object.values(value).some((v) => tooDeep(v, depth + 1));
  return false;
}

/**
 * The single entry for both transports: validate against the contract, run the handler, and
 * turn every outcome into an Envelope. Internal errors never leak SQL or paths to the renderer.
 */
export function dispatch(ctx: HandlerContext, name: string, payload: unknown, log: (e: unknown) => void = console.error): Promise<Envelope<unknown>> {
  return asCommand(() => handle(ctx, name, payload, log));
}

async function handle(ctx: HandlerContext, name: string, payload: unknown, log: (e: unknown) => void): Promise<Envelope<unknown>> {
  // Validation messages follow the app's language (Indstillinger), field by field.
  const lang = await appLanguage(ctx.db);
  const said = envelopeText(lang);
  if (!isChannel(name)) return fail({ code: 'UNKNOWN_CHANNEL', message: fillText(said.unknownChannel, { name: name.slice(0, 60) }) });
  if (tooDeep(payload)) return fail({ code: 'VALIDATION', message: said.tooDeep });
  const parsed = contract[name].input.safeParse(payload, { error: zodErrorMap(lang) });
  if (!parsed.success) {
    return fail({ code: 'VALIDATION', message: said.invalid, fieldErrors: zodFieldErrors(parsed.error, lang) });
  }
  try {
    const handler = handlers[name] as (c: HandlerContext, i: unknown) => Promise<unknown>;
    // The audit row commits with the command's own transaction; commands without one (exports,
    // backups) are logged right after.
    let audited = false;
    // Rows and the change log record the client's user (issue 16) at the command's clock.
    const stamp = { user: ctx.user ?? osUserName(), now: () => ctx.clock.now() };
    const data = await withChangeStamp(stamp, () =>
      withCommitHook(
        async (m, result) => {
          audited = true;
          await announce(ctx, m, name, await recordAudit(m, name, parsed.data, result), parsed.data, result);
        },
        () => withClock(ctx.clock, () => handler(ctx, parsed.data)),
      ),
    );
    if (!audited) {
      const action = await withChangeStamp(stamp, () => recordAudit(ctx.db.ds.manager, name, parsed.data, data));
      await announce(ctx, ctx.db.ds.manager, name, action, parsed.data, data);
    }
    // Deleted data must not linger in the WAL (secure_delete covers the main file).
    if (auditActionOf(name) === 'delete') await ctx.db.flushDeleted();
    return { ok: true, data };
  } catch (err) {
    if (err instanceof StaleVersionError) return fail(err.toApiErrorIn(lang));
    if (err instanceof ServiceError) return fail(err.toApiError(lang));
    // The background check found the file damaged: writes are refused, the user told what to do.
    const damage = runningDamage(ctx.db);
    if (damage) return fail({ code: 'STORAGE', message: damage.describe(lang) });
    const storage = storageError(ctx.db.storage.fault(err), err, lang);
    if (storage) return fail(storage);
    // A document that met a date an older version stored (2013-02-30) names the object to fix.
    const dated = contract[name].file ? await storedDateError(ctx.db).catch(() => null) : null;
    if (dated) return fail(dated.toApiError(lang));
    log(err);
    return fail({ code: 'INTERNAL', message: sayError('app.internal', lang) });
  }
}

/** A change, on a shared server, is told to every client (LISTEN/NOTIFY, db/changeFeed.ts) as it commits. */
async function announce(ctx: HandlerContext, m: Runner, name: ChannelName, action: AuditAction | null, input: unknown, output: unknown): Promise<void> {
  if (!action || action === 'export') return;
  const change: DataChanged = { channel: name, action, subject: subjectOf(name, input, output) };
  await ctx.db.storage.announce(m, change);
}

const fail = (error: ApiError): Envelope<never> => ({ ok: false, error });

/** The engine's and the file system's "cannot write" errors, told to the user; the command's transaction rolled back. */
function storageError(fault: StorageFault | null, err: unknown, lang: Language): ApiError | null {
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  if (fault === 'CONFLICT') {
    return { code: 'CONFLICT', message: sayError('app.conflict', lang) };
  }
  if (fault === 'FULL' || code === 'ENOSPC') {
    return { code: 'STORAGE', message: sayError('app.diskFull', lang) };
  }
  if (fault === 'READONLY' || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return { code: 'STORAGE', message: sayError('app.readOnly', lang) };
  }
  return null;
}
