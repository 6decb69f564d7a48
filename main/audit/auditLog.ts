import { activeClock } from '../app/clock';
import { changeUser } from '../../db/changeStamp';
import { AuditEntity } from '../../db/entities/audit';
import type { EntityManager } from 'typeorm';
import { contract, erasureReasons, type ChannelName } from '../../preload/contract';

export type AuditAction = 'create' | 'update' | 'delete' | 'export' | 'restore';

/**
 * Which channels change or extract data, from the contract itself so new features are covered
 * without a list: the verb after the last dot, and every file channel is an export. Reads are not
 * logged (yet).
 */
export function auditActionOf(name: ChannelName): AuditAction | null {
  if (contract[name].file) return 'export';
  const verb = name.slice(name.lastIndexOf('.') + 1);
  if (/^(create|add|load|attach|prepare)|Commit$|Add$/.test(verb)) return 'create';
  if (/^(update|set|move|rename|reorder|approve|reopen|send|decide|undo|discard|place)|^importReply$/.test(verb)) return 'update';
  if (/^(delete|remove|purge|erase|detach)|Remove$/.test(verb)) return 'delete';
  if (/^restore/.test(verb)) return 'restore';
  if (/^export/.test(verb)) return 'export';
  return null;
}

export function subjectOf(name: ChannelName, input: unknown, output: unknown): string | null {
  const noun = name.slice(0, name.lastIndexOf('.'));
  const pick = (v: unknown) => (v && typeof v === 'object' && 'id' in v && typeof (v as { id: unknown }).id === 'number' ? (v as { id: number }).id : null);
  const id = pick(input) ?? pick(output);
  // A reference such as { kind: 'person', id } names its own table (trash.*).
  const ref = input as { kind?: unknown } | null;
  const isRef = !!ref && typeof ref === 'object' && Object.keys(ref).sort().join() === 'id,kind' && typeof ref.kind === 'string';
  const kind = isRef ? String(ref.kind) : noun;
  return id === null ? null : `${kind}:${id}`.slice(0, 100);
}

/** The legal ground an erasure command carries, if any (never free text, so never a name). */
function reasonOf(input: unknown): string | null {
  const r = input && typeof input === 'object' ? (input as { reason?: unknown }).reason : undefined;
  return typeof r === 'string' && (erasureReasons as readonly string[]).includes(r) ? r : null;
}

/**
 * Called by dispatch inside the command's transaction (or after it, for commands without one). No personal data beyond the subject's id.
 * The user is the client's (HandlerContext.user: a name given at start, else the OS user), so on a server each colleague is told apart.
 */
export async function recordAudit(m: EntityManager, name: ChannelName, input: unknown, output: unknown, at = activeClock().now()): Promise<AuditAction | null> {
  const action = auditActionOf(name);
  if (!action) return null;
  await m.getRepository(AuditEntity).insert({ at: at.toISOString(), osUser: changeUser(), action, channel: name, subject: subjectOf(name, input, output), reason: reasonOf(input) });
  return action;
}
