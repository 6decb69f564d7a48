import { activeClock } from '../app/clock';
import type { Database } from '../../db/database';
import { searchKey, searchTokens } from '../../db/textKeys';
import type { ChannelParsed, MeetingSummary, Page } from '../../preload/contract';

type Query = ChannelParsed<'meetings.list'>;

function whereOf(q: Query, today: string): { where: string; params: unknown[] } {
  const clauses = ['mt.deleted_at IS NULL'];
  const params: unknown[] = [];
  const add = (sql: string, p: unknown) => (clauses.push(sql), params.push(p));
  if (q.bodyId) add('mt.body_id = ?', q.bodyId);
  if (q.when === 'upcoming') add('mt.date >= ?', today);
  if (q.when === 'past') add('mt.date < ?', today);
  if (q.fromDate) add('mt.date >= ?', q.fromDate);
  return { where: clauses.join(' AND '), params };
}

const orderOf = (q: Query) =>
  q.newestFirst ? 'mt.date DESC, mt.start_time DESC, mt.id DESC' : `mt.date ${q.when === 'past' ? 'DESC' : 'ASC'}, mt.start_time ASC, mt.id ASC`;

type Row = Omit<MeetingSummary, 'id' | 'bodyId' | 'seriesId' | 'itemCount' | 'inviteeCount' | 'openActionCount'> & {
  id: number | string; bodyId: number | string | null; seriesId: number | string | null; itemCount: number | string; inviteeCount: number | string; openActionCount: number | string;
};

/**
 * A page of the meeting list with what each row shows (body name, counts of items, invitees and open
 * action items) in one statement, plain SQL on the storage's fast path (cached prepared statements on
 * SQLite). A search matches title, body and place folded as the search keys are, over the light columns
 * of the filtered meetings; the page is then read by id.
 */
export async function listMeetingPage(db: Database, q: Query, today = activeClock().today()): Promise<Page<MeetingSummary>> {
  const { where, params } = whereOf(q, today);
  const tokens = searchTokens(q.search);
  let total: number;
  let ids: number[] | null = null;
  if (tokens.length > 0) {
    const light = await db.storage.all<{ id: number; title: string; place: string | null; body: string | null }>(
      db.ds,
      `SELECT mt.id AS id, mt.title AS title, mt.place AS place, b.name AS body FROM meeting mt LEFT JOIN body b ON b.id = mt.body_id WHERE ${where} ORDER BY ${orderOf(q)}`,
      params,
    );
    const hits = light.filter((r) => tokens.every((t) => searchKey(`${r.title} ${r.body ?? ''} ${r.place ?? ''}`).includes(t)));
    total = hits.length;
    ids = hits.slice(q.offset, q.offset + q.limit).map((r) => Number(r.id));
    if (ids.length === 0) return { items: [], total, offset: q.offset };
  } else {
    const [count] = await db.storage.all<{ n: number | string }>(db.ds, `SELECT COUNT(*) AS n FROM meeting mt WHERE ${where}`, params);
    total = Number(count?.n ?? 0);
  }
  const page = ids ? { sql: `mt.id IN (${ids.map(() => '?').join(', ')})`, params: ids as unknown[] } : { sql: where, params };
  const rows = await db.storage.all<Row>(
    db.ds,
    `SELECT mt.id AS id, mt.title AS title, mt.type AS type, mt.body_id AS "bodyId", b.name AS "bodyName", mt.date AS date,
       mt.start_time AS "startTime", mt.end_time AS "endTime", mt.place AS place, mt.status AS status, mt.series_id AS "seriesId",
       (SELECT COUNT(*) FROM agenda_item a WHERE a.meeting_id = mt.id) AS "itemCount",
       (SELECT COUNT(*) FROM meeting_invitee v WHERE v.meeting_id = mt.id) AS "inviteeCount",
       (SELECT COUNT(*) FROM action_item x WHERE x.meeting_id = mt.id AND x.status = 'open') AS "openActionCount"
     FROM meeting mt LEFT JOIN body b ON b.id = mt.body_id WHERE ${page.sql} ORDER BY ${orderOf(q)}${ids ? '' : ' LIMIT ? OFFSET ?'}`,
    ids ? page.params : [...page.params, q.limit, q.offset],
  );
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
