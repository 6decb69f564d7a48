import type { Database } from '../../db/database';
import { likePattern, searchTokens } from '../../db/textKeys';
import { initiativeStatuses, type ChannelParsed, type InitiativeSummary, type Page, type Ref } from '../../preload/contract';

type Query = ChannelParsed<'initiatives.list'>;

const rawAll = <T>(db: Database, sql: string, params: unknown[]) => db.storage.all<T>(db.ds, sql, params);

function whereOf(q: Query): { where: string; params: unknown[] } {
  const clauses = ['1 = 1'];
  const params: unknown[] = [];
  for (const tok of searchTokens(q.search)) {
    clauses.push(`i.search_text LIKE ? ESCAPE '\\'`);
    params.push(likePattern(tok));
  }
  if (q.trackId) {
    clauses.push('i.track_id = ?');
    params.push(q.trackId);
  }
  if (q.status) {
    clauses.push('i.status = ?');
    params.push(q.status);
  }
  if (q.targetGroupId) {
    clauses.push('EXISTS (SELECT 1 FROM initiative_target_group g WHERE g.initiative_id = i.id AND g.target_group_id = ?)');
    params.push(q.targetGroupId);
  }
  return { where: clauses.join(' AND '), params };
}

/** Statuses in their life order, as the screen groups them. */
const statusOrder = `CASE i.status ${initiativeStatuses.map((s, n) => `WHEN '${s}' THEN ${n}`).join(' ')} END`;
const orderOf = (q: Query) =>
  [...(q.groupBy === 'track' ? ['t.sort_order', 't.sort_key', 't.id'] : q.groupBy === 'status' ? [statusOrder] : []), 'i.sort_key', 'i.id'].join(', ');

type Row = {
  id: number; name: string; trackId: number; trackName: string; status: InitiativeSummary['status']; statusDate: string;
  ownerId: number | null; ownerName: string | null; startDate: string | null; endDate: string | null; budgetTotal: number | string;
};

/**
 * A page of the initiative list with what a row shows (track, owner, budget total) in one statement,
 * ordered so that the screen's grouping (by track or by status) runs across pages; the count and the
 * page's target groups in one statement each. Plain SQL on the storage's fast path, as the actor lists.
 */
export async function listInitiativePage(db: Database, q: Query): Promise<Page<InitiativeSummary>> {
  const { where, params } = whereOf(q);
  const [count] = await rawAll<{ n: number | string }>(db, `SELECT COUNT(*) AS n FROM initiative i WHERE ${where}`, params);
  const rows = await rawAll<Row>(
    db,
    `SELECT i.id AS id, i.name AS name, i.track_id AS "trackId", t.name AS "trackName", i.status AS status, i.status_date AS "statusDate",
       o.id AS "ownerId", o.name AS "ownerName", i.start_date AS "startDate", i.end_date AS "endDate",
       (SELECT COALESCE(SUM(b.amount), 0) FROM budget_line b WHERE b.initiative_id = i.id) AS "budgetTotal"
     FROM initiative i JOIN track t ON t.id = i.track_id
       LEFT JOIN organisation o ON o.id = i.owner_organisation_id AND o.deleted_at IS NULL
     WHERE ${where} ORDER BY ${orderOf(q)} LIMIT ? OFFSET ?`,
    [...params, q.limit, q.offset],
  );
  const groups = await targetGroupsOf(db, rows.map((r) => Number(r.id)));
  const items = rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    track: { id: Number(r.trackId), name: r.trackName },
    targetGroups: groups.get(Number(r.id)) ?? [],
    status: r.status,
    statusDate: r.statusDate,
    ownerOrganisation: r.ownerId === null ? null : { id: Number(r.ownerId), name: r.ownerName! },
    startDate: r.startDate,
    endDate: r.endDate,
    budgetTotal: Number(r.budgetTotal),
  }));
  return { items, total: Number(count?.n ?? 0), offset: q.offset };
}

async function targetGroupsOf(db: Database, ids: number[]): Promise<Map<number, Ref[]>> {
  const out = new Map<number, Ref[]>();
  if (ids.length === 0) return out;
  const rows = await rawAll<{ initiativeId: number; id: number; name: string }>(
    db,
    `SELECT g.initiative_id AS "initiativeId", tg.id AS id, tg.name AS name FROM initiative_target_group g JOIN target_group tg ON tg.id = g.target_group_id
     WHERE g.initiative_id IN (${ids.map(() => '?').join(', ')}) ORDER BY g.initiative_id, g.target_group_id`,
    ids,
  );
  for (const r of rows) {
    const key = Number(r.initiativeId);
    out.set(key, [...(out.get(key) ?? []), { id: Number(r.id), name: r.name }]);
  }
  return out;
}
