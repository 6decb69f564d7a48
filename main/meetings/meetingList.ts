import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { activeClock } from '../app/clock';
import type { Database } from '../../db/database';
import { MeetingEntity, type MeetingRow } from '../../db/entities/meetings';
import { searchKey, searchTokens } from '../../db/textKeys';
import type { ChannelParsed, MeetingSummary, Page } from '../../preload/contract';

type Query = ChannelParsed<'meetings.list'>;

function filtered(m: EntityManager, q: Query, today: string): SelectQueryBuilder<MeetingRow> {
  const qb = m.getRepository(MeetingEntity).createQueryBuilder('mt').where('mt.deleted_at IS NULL');
  if (q.bodyId) qb.andWhere('mt.body_id = :body', { body: q.bodyId });
  if (q.when === 'upcoming') qb.andWhere('mt.date >= :today', { today });
  if (q.when === 'past') qb.andWhere('mt.date < :today', { today });
  if (q.fromDate) qb.andWhere('mt.date >= :fromDate', { fromDate: q.fromDate });
  return qb;
}

const ordered = <T extends SelectQueryBuilder<MeetingRow>>(qb: T, q: Query) =>
  q.newestFirst
    ? qb.orderBy('mt.date', 'DESC').addOrderBy('mt.start_time', 'DESC').addOrderBy('mt.id', 'DESC')
    : qb.orderBy('mt.date', q.when === 'past' ? 'DESC' : 'ASC').addOrderBy('mt.start_time', 'ASC').addOrderBy('mt.id', 'ASC');

/**
 * A page of the meeting list with what each row shows (body name, counts of items, invitees and open
 * action items) in one statement. A search matches title, body and place folded as the search keys are,
 * over the light columns of the filtered meetings; the page is then read by id.
 */
export async function listMeetingPage(db: Database, q: Query, today = activeClock().today()): Promise<Page<MeetingSummary>> {
  const m = db.ds.manager;
  const tokens = searchTokens(q.search);
  let total: number;
  let ids: number[] | null = null;
  if (tokens.length > 0) {
    const light: { id: number; title: string; place: string | null; body: string | null }[] = await ordered(filtered(m, q, today), q)
      .leftJoin('body', 'b', 'b.id = mt.body_id')
      .select(['mt.id AS id', 'mt.title AS title', 'mt.place AS place', 'b.name AS body'])
      .getRawMany();
    const hits = light.filter((r) => tokens.every((t) => searchKey(`${r.title} ${r.body ?? ''} ${r.place ?? ''}`).includes(t)));
    total = hits.length;
    ids = hits.slice(q.offset, q.offset + q.limit).map((r) => Number(r.id));
    if (ids.length === 0) return { items: [], total, offset: q.offset };
  } else {
    total = await filtered(m, q, today).getCount();
  }
  const qb = ids ? m.getRepository(MeetingEntity).createQueryBuilder('mt').where('mt.id IN (:...ids)', { ids }) : filtered(m, q, today);
  ordered(qb, q)
    .leftJoin('body', 'b', 'b.id = mt.body_id')
    .select(['mt.id AS id', 'mt.title AS title', 'mt.type AS type', 'mt.body_id AS "bodyId"', 'b.name AS "bodyName"', 'mt.date AS date'])
    .addSelect(['mt.start_time AS "startTime"', 'mt.end_time AS "endTime"', 'mt.place AS place', 'mt.status AS status', 'mt.series_id AS "seriesId"'])
    .addSelect('(SELECT COUNT(*) FROM agenda_item a WHERE a.meeting_id = mt.id)', 'itemCount')
    .addSelect('(SELECT COUNT(*) FROM meeting_invitee v WHERE v.meeting_id = mt.id)', 'inviteeCount')
    .addSelect("(SELECT COUNT(*) FROM action_item x WHERE x.meeting_id = mt.id AND x.status = 'open')", 'openActionCount');
  if (!ids) qb.limit(q.limit).offset(q.offset);
  const rows: MeetingSummary[] = await qb.getRawMany();
  const items = rows.map((r) => ({
    ...r,
    id: Number(r.id),
    bodyId: r.bodyId === null ? null : Number(r.bodyId),
    seriesId: r.seriesId === null ? null : Number(r.seriesId),
    itemCount: Number(r.itemCount),
    inviteeCount: Number(r.inviteeCount),
    openActionCount: Number(r.openActionCount),
  }));
  return { items, total, offset: q.offset };
}
