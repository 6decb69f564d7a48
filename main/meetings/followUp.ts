import type { EntityManager } from 'typeorm';
import { MeetingEntity, type MeetingRow } from '../../db/entities/meetings';
import type { FollowUpSource } from '../../preload/contract';
import { type ErrorKey, ServiceError } from '../api/serviceError';

const NONE: FollowUpSource = { kind: 'none', meetingId: null, title: null, date: null };

/**
 * Follow-up does not depend on a body: a meeting takes up the open action items of the meeting the
 * user picked ("Følger op på") and of what that one followed up, else of the earlier meetings of its
 * series, else of its body. Returns those meetings' ids, nearest first.
 */
export async function followUpSources(m: EntityManager, row: MeetingRow, depth = 0): Promise<number[]> {
  const repo = m.getRepository(MeetingEntity);
  if (row.followsUpMeetingId !== null && depth < 30) {
    const picked = await repo.findOneBy({ id: row.followsUpMeetingId });
    if (!picked || picked.deletedAt) return [];
    return [picked.id, ...(await followUpSources(m, picked, depth + 1)).filter((id) => id !== row.id)];
  }
  const scope = row.seriesId !== null ? { col: 'series_id', value: row.seriesId } : row.bodyId !== null ? { col: 'body_id', value: row.bodyId } : null;
  if (!scope) return [];
  const rows = await repo
    .createQueryBuilder('mt')
    .select(['mt.id', 'mt.date'])
    .where(`mt.${scope.col} = :v AND mt.deleted_at IS NULL`, { v: scope.value })
    .andWhere('(mt.date < :date OR (mt.date = :date AND mt.id < :id))', { date: row.date, id: row.id })
    .orderBy('mt.date', 'DESC').addOrderBy('mt.id', 'DESC')
    .getMany();
  return rows.map((r) => r.id);
}

/** Where this meeting's follow-up comes from, naming the nearest earlier meeting. */
export async function followUpFrom(m: EntityManager, row: MeetingRow): Promise<FollowUpSource> {
  const [nearest] = await followUpSources(m, row);
  if (nearest === undefined) return NONE;
  const r = await m.getRepository(MeetingEntity).findOneByOrFail({ id: nearest });
  return { kind: row.followsUpMeetingId !== null ? 'picked' : row.seriesId !== null ? 'series' : 'body', meetingId: r.id, title: r.title, date: r.date };
}

/** The first later meeting whose follow-up takes up this meeting's open action items; none if nothing does. */
export async function followedUpAt(m: EntityManager, row: MeetingRow): Promise<FollowUpSource> {
  const candidates = await m
    .getRepository(MeetingEntity)
    .createQueryBuilder('mt')
    .where('mt.deleted_at IS NULL AND mt.id <> :id', { id: row.id })
    .andWhere('(mt.date > :date OR (mt.date = :date AND mt.id > :id))', { date: row.date, id: row.id })
    .andWhere('(mt.follows_up_meeting_id = :id' + (row.seriesId !== null ? ' OR mt.series_id = :series' : '') + (row.bodyId !== null ? ' OR mt.body_id = :body' : '') + ')', { id: row.id, series: row.seriesId, body: row.bodyId })
    .orderBy('mt.date', 'ASC').addOrderBy('mt.id', 'ASC')
    .limit(20)
    .getMany();
  for (const c of candidates) {
    if ((await followUpSources(m, c)).includes(row.id)) {
      return { kind: c.followsUpMeetingId === row.id ? 'picked' : c.seriesId !== null && c.seriesId === row.seriesId ? 'series' : 'body', meetingId: c.id, title: c.title, date: c.date };
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

