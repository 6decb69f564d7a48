import type { EntityManager } from 'typeorm';
import { MeetingEntity, type MeetingRow } from '../../db/entities/meetings';
import type { FollowUpSource } from '../../preload/contract';
import { type ErrorKey, ServiceError } from '../api/serviceError';
import { readerOf } from '../../db/managerReads';

const NONE: FollowUpSource = { kind: 'none', meetingId: null, title: null, date: null };

type Ref = Pick<MeetingRow, 'id' | 'date' | 'bodyId' | 'seriesId' | 'followsUpMeetingId'>;

/** The meetings of this one's series (else body) before it, not in the trash, as a WHERE on `mt`; null if it has neither. */
function earlierOf(row: Ref): { sql: string; params: unknown[] } | null {
  const scope = row.seriesId !== null ? { col: 'series_id', value: row.seriesId } : row.bodyId !== null ? { col: 'body_id', value: row.bodyId } : null;
  if (!scope) return null;
  return { sql: `mt.${scope.col} = ? AND mt.deleted_at IS NULL AND mt.date <= ? AND (mt.date < ? OR mt.id < ?)`, params: [scope.value, row.date, row.date, row.id] };
}

/**
 * Follow-up does not depend on a body: a meeting takes up the open action items of the meeting the
 * user picked ("Følger op på") and of what that one followed up, else of the earlier meetings of its
 * series, else of its body. Returns those meetings' ids, nearest first.
 */
export async function followUpSources(m: EntityManager, row: Ref, depth = 0): Promise<number[]> {
  const repo = m.getRepository(MeetingEntity);
  if (row.followsUpMeetingId !== null && depth < 30) {
    const picked = await repo.findOneBy({ id: row.followsUpMeetingId });
    if (!picked || picked.deletedAt) return [];
    return [picked.id, ...(await followUpSources(m, picked, depth + 1)).filter((id) => id !== row.id)];
  }
  const earlier = earlierOf(row);
  if (!earlier) return [];
  const rows = await readerOf(m)<{ id: number }>(`SELECT mt.id FROM meeting mt WHERE ${earlier.sql} ORDER BY mt.date DESC, mt.id DESC`, earlier.params);
  return rows.map((r) => Number(r.id));
}

/**
 * What the meeting screen needs of follow-up in a few statements: where it comes from (the nearest
 * earlier meeting), the WHERE (on the action item's meeting `mt`) that selects the meetings it takes
 * up, and the first later meeting that takes up this one's.
 */
export async function followUpOf(m: EntityManager, row: Ref): Promise<{ from: FollowUpSource; sources: { sql: string; params: unknown[] } | null; at: FollowUpSource }> {
  const read = readerOf(m);
  const at = await followedUpAt(m, row);
  let sources: { sql: string; params: unknown[] } | null;
  let nearest: { id: number; title: string; date: string } | undefined;
  if (row.followsUpMeetingId !== null) {
    const ids = await followUpSources(m, row);
    sources = ids.length ? { sql: `mt.id IN (${ids.map(() => '?').join(', ')})`, params: ids } : null;
    [nearest] = ids.length ? await read<{ id: number; title: string; date: string }>('SELECT id, title, date FROM meeting WHERE id = ?', [ids[0]]) : [];
  } else {
    sources = earlierOf(row);
    [nearest] = sources ? await read<{ id: number; title: string; date: string }>(`SELECT mt.id, mt.title, mt.date FROM meeting mt WHERE ${sources.sql} ORDER BY mt.date DESC, mt.id DESC LIMIT 1`, sources.params) : [];
  }
  const from: FollowUpSource = nearest
    ? { kind: row.followsUpMeetingId !== null ? 'picked' : row.seriesId !== null ? 'series' : 'body', meetingId: Number(nearest.id), title: nearest.title, date: nearest.date }
    : NONE;
  return { from, sources: nearest ? sources : null, at };
}

/** Where this meeting's follow-up comes from, naming the nearest earlier meeting. */
export async function followUpFrom(m: EntityManager, row: Ref): Promise<FollowUpSource> {
  return (await followUpOf(m, row)).from;
}

type Candidate = { id: number; title: string; date: string; body_id: number | null; series_id: number | null; follows_up_meeting_id: number | null };

/** The first later meeting whose follow-up takes up this meeting's open action items; none if nothing does. */
export async function followedUpAt(m: EntityManager, row: Ref): Promise<FollowUpSource> {
  const params: unknown[] = [row.id, row.date, row.date, row.id, row.id];
  const or = ['mt.follows_up_meeting_id = ?'];
  if (row.seriesId !== null) {
    or.push('mt.series_id = ?');
    params.push(row.seriesId);
  }
  if (row.bodyId !== null) {
    or.push('mt.body_id = ?');
    params.push(row.bodyId);
  }
  const candidates = await readerOf(m)<Candidate>(
    `SELECT mt.id, mt.title, mt.date, mt.body_id, mt.series_id, mt.follows_up_meeting_id FROM meeting mt
     WHERE mt.deleted_at IS NULL AND mt.id <> ? AND mt.date >= ? AND (mt.date > ? OR mt.id > ?) AND (${or.join(' OR ')})
     ORDER BY mt.date, mt.id LIMIT 20`,
    params,
  );
  for (const r of candidates) {
    const c: Ref = { id: Number(r.id), date: r.date, bodyId: r.body_id === null ? null : Number(r.body_id), seriesId: r.series_id === null ? null : Number(r.series_id), followsUpMeetingId: r.follows_up_meeting_id === null ? null : Number(r.follows_up_meeting_id) };
    // A later live meeting without a pick takes up every earlier live meeting of its series (else body): this one is earlier and live.
    const takesUp = c.followsUpMeetingId !== null ? (await followUpSources(m, c)).includes(row.id)
      : c.seriesId !== null ? c.seriesId === row.seriesId
      : c.bodyId !== null && c.bodyId === row.bodyId;
    if (takesUp) {
      return { kind: c.followsUpMeetingId === row.id ? 'picked' : c.seriesId !== null && c.seriesId === row.seriesId ? 'series' : 'body', meetingId: c.id, title: r.title, date: r.date };
    }
  }
  return NONE;
}

/** "Følger op på" must be an earlier, live meeting, and not the meeting itself. */
export async function checkFollowsUp(m: EntityManager, selfId: number | null, date: string, followsUpMeetingId: number | null) {
  if (followsUpMeetingId === null) return;
  const fail = (key: ErrorKey) => new ServiceError('VALIDATION', key, { followsUpMeetingId: key });
  if (followsUpMeetingId === selfId) throw fail('meetings.followsSelf');
  const picked = await m.getRepository(MeetingEntity).findOneBy({ id: followsUpMeetingId });
  if (!picked || picked.deletedAt) throw fail('meetings.followsMissing');
  if (picked.date > date) throw fail('meetings.followsEarlier');
}
