import type { EntityManager } from 'typeorm';
import { changeTime, changeUser } from '../../db/changeStamp';
import type { ApiError, Language } from '../../preload/contract';
import { fillText } from '../../preload/contract/validationMessages';
import { da } from '../../preload/texts/da';
import { en } from '../../preload/texts/en';
import { copenhagenDate, copenhagenTime } from '../app/clock';
import { notFound, ServiceError, type NotFoundKey } from '../api/serviceError';

/** What a stale save names: a table migration 0240 gave a version, or a whole agenda. */
export type StaleWhat = keyof typeof da.versions.what;
export type VersionedTable = Exclude<StaleWhat, 'agenda'>;

interface Stamp {
  version: number;
  updated_by: string | null;
  updated_at: string | null;
}

/**
 * A save based on a version the user's form read, while a colleague has saved since: nothing is
 * written, and the message names who changed it and when (in the app's language, said by dispatch).
 */
export class StaleVersionError extends ServiceError {
  constructor(
    public readonly what: StaleWhat,
    public readonly by: string | null,
    public readonly at: string | null,
    public readonly current: number,
    /** The refused command's own time: "kl. 10.44" on the same day, with the date on another. */
    private readonly now = changeTime(),
  ) {
    super('CONFLICT', 'app.conflict');
    this.message = staleMessage('da', what, by, at, now);
  }

  override toApiError(lang: Language = 'da'): ApiError {
    return this.toApiErrorIn(lang);
  }

  toApiErrorIn(lang: Language): ApiError {
    return { code: 'CONFLICT', message: staleMessage(lang, this.what, this.by, this.at, this.now), stale: { by: this.by, at: this.at, version: this.current } };
  }
}

function staleMessage(lang: Language, key: StaleWhat, by: string | null, at: string | null, now: string): string {
  const t = (lang === 'en' ? en : da).versions;
  const what = t.what[key];
  if (!at) return fillText(t.staleUnknown, { what });
  const when = new Date(at);
  const sameDay = copenhagenDate(when) === copenhagenDate(new Date(now));
  const time = copenhagenTime(when).replace(':', lang === 'en' ? ':' : '.');
  const date = when.toLocaleDateString(lang === 'en' ? 'en-GB' : 'da-DK', { timeZone: 'Europe/Copenhagen', day: 'numeric', month: 'long', year: 'numeric' });
  return fillText(sameDay ? t.stale : t.staleOtherDay, { who: by ?? t.someone, what, time, date });
}

/** The "no longer exists" text for each versioned table. */
const NOT_FOUND: Record<VersionedTable, NotFoundKey> = {
  organisation: 'organisation', person: 'person', body: 'body', meeting: 'meeting', agenda_item: 'agendaItem', meeting_invitee: 'invitee',
  decision: 'decision', action_item: 'actionItem', track: 'track', target_group: 'targetGroup', initiative: 'initiative', goal: 'goal',
  key_figure: 'keyFigure', memo: 'memo', milestone: 'milestone', involvement: 'involvement',
};

async function stampOf(m: EntityManager, table: VersionedTable, id: number): Promise<Stamp | null> {
  const rows: Stamp[] = await m.query(`SELECT version, updated_by, updated_at FROM ${table} WHERE id = ?`, [id]);
  return rows[0] ? { ...rows[0], version: Number(rows[0].version) } : null;
}

/**
 * Claims the next version of a row inside the command's transaction, before the command writes: refused
 * when `expected` (the version the user's form was based on) is not the stored one. Without `expected`
 * (scripts, older callers) the save goes ahead and still counts as a change. Also stamps who and when.
 * Two clients claiming the same version at once: on SQLite one writer at a time; on PostgreSQL the
 * SERIALIZABLE transaction of the second is retried and then meets the newer version.
 */
export async function claimVersion(m: EntityManager, table: VersionedTable, id: number, expected: number | undefined, missing = notFound): Promise<number> {
  const row = await stampOf(m, table, id);
  if (!row) throw missing(NOT_FOUND[table]);
  if (expected !== undefined && expected !== row.version) throw new StaleVersionError(table, row.updated_by, row.updated_at, row.version);
  const next = row.version + 1;
  await m.query(`UPDATE ${table} SET version = ?, updated_by = ?, updated_at = ? WHERE id = ? AND version = ?`, [next, changeUser(), changeTime(), id, row.version]);
  return next;
}

/** Several rows saved as one (an agenda's order): every one must still be at the version the form read. */
export async function claimVersions(m: EntityManager, table: VersionedTable, expected: { id: number; version: number | undefined }[]): Promise<void> {
  for (const e of expected) {
    const row = await stampOf(m, table, e.id);
    if (row && e.version !== undefined && e.version !== row.version) throw new StaleVersionError(table, row.updated_by, row.updated_at, row.version);
  }
  for (const e of expected) await claimVersion(m, table, e.id, undefined);
}

/** The three fields every read of a versioned object carries. */
export const versionOf = (row: { version: number; updatedBy: string | null; updatedAt: string | null }) => ({
  version: Number(row.version),
  updatedBy: row.updatedBy,
  updatedAt: row.updatedAt,
});
