import type { Database } from '../../db/database';
import type { ActionItem, ActionStatus, ChannelParsed, Page } from '../../preload/contract';
import { activeClock } from '../app/clock';

type Query = ChannelParsed<'actionItems.list'>;

function whereOf(q: Query, today: string): { where: string; params: unknown[] } {
  const clauses = ['mt.deleted_at IS NULL'];
  const params: unknown[] = [];
  const add = (sql: string, ...p: unknown[]) => (clauses.push(sql), params.push(...p));
  if (q.bodyId) add('mt.body_id = ?', q.bodyId);
  if (q.status !== 'all') add('a.status = ?', q.status);
  if (q.ownerPersonId) add('a.owner_person_id = ?', q.ownerPersonId);
  if (q.ownerOrganisationId) add('(a.owner_organisation_id = ? OR a.owner_person_id IN (SELECT p.id FROM person p WHERE p.organisation_id = ?))', q.ownerOrganisationId, q.ownerOrganisationId);
  if (q.overdueOnly) add("a.status = 'open' AND a.due_date IS NOT NULL AND a.due_date < ?", today);
  return { where: clauses.join(' AND '), params };
}

export type ActionRow = {
  id: number; meeting_id: number; item_id: number | null; what: string; owner_person_id: number | null; owner_organisation_id: number | null;
  due_date: string | null; status: ActionStatus; done_date: string | null; drop_reason: string | null; version: number; updated_by: string | null; updated_at: string | null;
  meeting_title: string; meeting_date: string; body_id: number | null; body_name: string | null; person_name: string | null; org_name: string | null; item_number: number | null;
};

/** What an action item row shows (`a` the action item, `mt` its meeting): meeting, body, owner's name (trashed actors keep theirs), item number (breaks have none). */
export const ACTION_COLUMNS = `a.id, a.meeting_id, a.item_id, a.what, a.owner_person_id, a.owner_organisation_id, a.due_date, a.status, a.done_date, a.drop_reason,
       a.version, a.updated_by, a.updated_at, mt.title AS meeting_title, mt.date AS meeting_date, mt.body_id, b.name AS body_name,
       p.name AS person_name, o.name AS org_name,
       CASE WHEN ai.id IS NULL OR ai.is_break THEN NULL ELSE (SELECT COUNT(*) FROM agenda_item n WHERE n.meeting_id = ai.meeting_id AND NOT n.is_break
         AND (n.position < ai.position OR (n.position = ai.position AND n.id <= ai.id))) END AS item_number`;
/** The joins ACTION_COLUMNS needs, after `action_item a`. */
export const ACTION_JOINS = `JOIN meeting mt ON mt.id = a.meeting_id LEFT JOIN body b ON b.id = mt.body_id
       LEFT JOIN person p ON p.id = a.owner_person_id LEFT JOIN organisation o ON o.id = a.owner_organisation_id
       LEFT JOIN agenda_item ai ON ai.id = a.item_id`;

export const actionItemOf = (r: ActionRow, today: string): ActionItem => ({
    id: Number(r.id),
    meetingId: Number(r.meeting_id),
    meetingTitle: r.meeting_title,
    meetingDate: r.meeting_date,
    bodyId: r.body_id === null ? null : Number(r.body_id),
    bodyName: r.body_name,
    itemId: r.item_id === null ? null : Number(r.item_id),
    itemNumber: r.item_number === null ? null : String(r.item_number),
    what: r.what,
    ownerPersonId: r.owner_person_id === null ? null : Number(r.owner_person_id),
    ownerOrganisationId: r.owner_organisation_id === null ? null : Number(r.owner_organisation_id),
    ownerName: r.owner_person_id !== null ? r.person_name : r.owner_organisation_id !== null ? r.org_name : null,
    dueDate: r.due_date,
    status: r.status,
    doneDate: r.done_date,
    dropReason: r.drop_reason ?? null,
    overdue: r.status === 'open' && r.due_date !== null && r.due_date < today,
    version: Number(r.version),
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
});

/**
 * One page of the action item list in one statement with what a row shows: the meeting, its body, the
 * owner's name (trashed actors keep theirs) and the item's number on its agenda (breaks have none),
 * ordered by due date (undated last); the count in a second. Plain SQL on the storage's fast path.
 */
export async function listActionItemPage(db: Database, q: Query): Promise<Page<ActionItem>> {
  const today = q.today ?? activeClock().today();
  const { where, params } = whereOf(q, today);
  const from = 'FROM action_item a JOIN meeting mt ON mt.id = a.meeting_id';
  const [count] = await db.storage.all<{ n: number | string }>(db.ds, `SELECT COUNT(*) AS n ${from} WHERE ${where}`, params);
  // The page's ids are sorted first and only they are joined and numbered (not every open item of six years).
  const rows = await db.storage.all<ActionRow>(
    db.ds,
    `SELECT ${ACTION_COLUMNS}
     FROM (SELECT a.id, CASE WHEN a.due_date IS NULL THEN 1 ELSE 0 END AS undated, a.due_date ${from} WHERE ${where}
           ORDER BY CASE WHEN a.due_date IS NULL THEN 1 ELSE 0 END, a.due_date, a.id LIMIT ? OFFSET ?) pg
       JOIN action_item a ON a.id = pg.id ${ACTION_JOINS}
     ORDER BY pg.undated, pg.due_date, pg.id`,
    [...params, q.limit, q.offset],
  );
  const items = rows.map((r) => actionItemOf(r, today));
  return { items, total: Number(count?.n ?? 0), offset: q.offset };
}

const SCAN = 2000;
const PAGE = 250;

/**
 * Every action item the query matches, by due date (undated last), a page at a time: for the workbook.
 * At region scale one sorted query over all items (or TypeORM hydrating them all) held the event loop
 * 0.4 s, so the matching ids and due dates are read in id ranges, sorted here, and the rows are then
 * read 250 ids at a time with what a row shows; the caller's turns come between pages.
 */
export async function* actionItemPages(db: Database, q: Query): AsyncGenerator<ActionItem[]> {
  const today = q.today ?? activeClock().today();
  const { where, params } = whereOf(q, today);
  const keys: { id: number; due: string | null }[] = [];
  for (let after = 0; ; ) {
    const rows = await db.storage.all<{ id: number | string; due_date: string | null }>(
      db.ds,
      `SELECT a.id, a.due_date FROM action_item a JOIN meeting mt ON mt.id = a.meeting_id WHERE ${where} AND a.id > ? ORDER BY a.id LIMIT ?`,
      [...params, after, SCAN],
    );
    for (const r of rows) keys.push({ id: Number(r.id), due: r.due_date });
    if (rows.length < SCAN) break;
    after = keys[keys.length - 1]!.id;
  }
  keys.sort((a, b) => (a.due === b.due ? a.id - b.id : a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1));
  for (let i = 0; i < keys.length; i += PAGE) {
    const ids = keys.slice(i, i + PAGE).map((k) => k.id);
    const rows = await db.storage.all<ActionRow>(db.ds, `SELECT ${ACTION_COLUMNS} FROM action_item a ${ACTION_JOINS} WHERE a.id IN (${ids.map(() => '?').join(', ')})`, ids);
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    yield ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [actionItemOf(r, today)] : [];
    });
  }
}
