import { type EntityManager, In, IsNull } from 'typeorm';
import { ActionItemEntity, DecisionEntity, MeetingEntity } from '../../db/entities/meetings';
import type { ActionItem, MeetingStatus } from '../../preload/contract';
import { actionViews } from './actionViews';
import { namesFor } from './names';
import { readerOf } from '../../db/managerReads';

/** What other features may ask about meetings: does it exist, is it live (not in the trash), and its name. */
export interface MeetingRef {
  id: number;
  name: string;
  date: string;
  live: boolean;
  status: string;
}

export async function meetingRefs(m: EntityManager, ids: number[]): Promise<Map<number, MeetingRef>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await m.getRepository(MeetingEntity).find({ where: { id: In(unique) }, select: { id: true, title: true, date: true, status: true, deletedAt: true } });
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.title, date: r.date, live: !r.deletedAt, status: r.status }]));
}

export interface DecisionRef {
  id: number;
  name: string;
  meetingId: number;
  live: boolean;
}

/** A meeting's decision is live while its meeting is. */
export async function decisionRefs(m: EntityManager, ids: number[]): Promise<Map<number, DecisionRef>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await m.getRepository(DecisionEntity).find({ where: { id: In(unique) }, select: { id: true, text: true, meetingId: true } });
  const meetings = await meetingRefs(m, rows.map((r) => r.meetingId));
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.text.slice(0, 200), meetingId: r.meetingId, live: meetings.get(r.meetingId)?.live ?? false }]));
}

export interface UpcomingMeeting {
  id: number;
  title: string;
  date: string;
  startTime: string;
  status: MeetingStatus;
  /** Has agenda items of its own, beyond the standard ones and breaks. */
  hasOwnItems: boolean;
}

/** Live meetings dated from `from` to `to`, by date and time. */
export async function meetingsBetween(m: EntityManager, from: string, to: string): Promise<UpcomingMeeting[]> {
  // One statement; each meeting's own items asked with EXISTS, which stops at the first (not every
  // item of every meeting read: at region scale those rows carry descriptions and minutes).
  const rows = await readerOf(m)<{ id: number | string; title: string; date: string; startTime: string; status: MeetingStatus; own: number | string | boolean }>(
    `SELECT mt.id AS id, mt.title AS title, mt.date AS date, mt.start_time AS "startTime", mt.status AS status,
       CASE WHEN EXISTS (SELECT 1 FROM agenda_item a WHERE a.meeting_id = mt.id AND a.standard IS NULL AND NOT a.is_break) THEN 1 ELSE 0 END AS own
     FROM meeting mt WHERE mt.deleted_at IS NULL AND mt.date BETWEEN ? AND ?
     ORDER BY mt.date, mt.start_time, mt.id`,
    [from, to],
  );
  return rows.map((r) => ({ id: Number(r.id), title: r.title, date: r.date, startTime: r.startTime, status: r.status, hasOwnItems: Number(r.own) === 1 }));
}

export async function liveMeetingCount(m: EntityManager): Promise<number> {
  return m.getRepository(MeetingEntity).count({ where: { deletedAt: IsNull() } });
}

/**
 * Open action items of live meetings, as the meetings show them: due by `dueBy` (items without a due
 * date are left out), and/or agreed at meetings held by `heldBy`.
 */
export async function openActionItems(m: EntityManager, o: { dueBy?: string; heldBy?: string }, today: string): Promise<ActionItem[]> {
  const rows = await openActionQuery(m, o).orderBy('a.dueDate', 'ASC').addOrderBy('a.id', 'ASC').getMany();
  return actionViews(m, rows, today);
}

function openActionQuery(m: EntityManager, o: { dueBy?: string; heldBy?: string }) {
  // Joined rather than read first: six years of meetings are thousands of ids.
  const q = m.getRepository(ActionItemEntity).createQueryBuilder('a')
    .innerJoin('meeting', 'mt', `mt.id = a.meeting_id AND mt.deleted_at IS NULL${o.heldBy ? ' AND mt.date <= :heldBy' : ''}`, { heldBy: o.heldBy })
    .where("a.status = 'open'");
  if (o.dueBy) q.andWhere('a.due_date <= :dueBy', { dueBy: o.dueBy });
  return q;
}

/** An open action item as a short list shows it (the start screen): what, who, when, and its meeting. */
export type DueActionItem = Pick<ActionItem, 'id' | 'meetingId' | 'meetingTitle' | 'what' | 'ownerName' | 'dueDate' | 'overdue'>;

/**
 * The first `limit` of `openActionItems` (same order) and how many there are in all, with only what a short
 * list shows: not the agenda numbering and bodies of the full view, which read every item of their meetings.
 */
export async function openActionItemsTop(m: EntityManager, o: { dueBy: string }, today: string, limit: number): Promise<{ items: DueActionItem[]; total: number }> {
  // The same conditions as openActionQuery, as plain SQL on the storage's fast path (the query builder cost as much as the reads).
  const from = "FROM action_item a JOIN meeting mt ON mt.id = a.meeting_id AND mt.deleted_at IS NULL WHERE a.status = 'open' AND a.due_date <= ?";
  const params = [o.dueBy];
  const read = readerOf(m);
  const rows = await read<{ id: number | string; meetingId: number | string; meetingTitle: string; what: string; dueDate: string | null; person: number | string | null; org: number | string | null }>(
    `SELECT a.id AS id, a.meeting_id AS "meetingId", mt.title AS "meetingTitle", a.what AS what, a.due_date AS "dueDate",
       a.owner_person_id AS person, a.owner_organisation_id AS org
     ${from} ORDER BY a.due_date, a.id LIMIT ?`,
    [...params, limit],
  );
  // COUNT(*), not the query builder's COUNT(DISTINCT id): one row per item already, and no temporary b-tree.
  const [count] = await read<{ n: number | string }>(`SELECT COUNT(*) AS n ${from}`, params);
  const names = await namesFor(m, { people: rows.map((r) => (r.person === null ? null : Number(r.person))), orgs: rows.map((r) => (r.org === null ? null : Number(r.org))) });
  const items = rows.map((r): DueActionItem => ({
    id: Number(r.id), meetingId: Number(r.meetingId), meetingTitle: r.meetingTitle, what: r.what, dueDate: r.dueDate,
    ownerName: r.person !== null ? (names.person.get(Number(r.person))?.name ?? null) : r.org !== null ? (names.org.get(Number(r.org)) ?? null) : null,
    overdue: r.dueDate !== null && r.dueDate < today,
  }));
  return { items, total: Number(count?.n ?? 0) };
}

// Meetings as mail and calendar see them: the full meeting, its documents, its calendar identity.
export { openActionRows, type OpenActionRow } from './reportActionRows';
export { meetingDetail } from './detail';
export { agendaPdf, minutesPdf } from './documents';
export { calendar, type IcsMethod, type Organiser } from './ics';
export { calendarState, meetingIdForUid, peekIdentities, type CalendarIdentity } from './calendarIdentity';
export { safeFileName } from './fileNames';
export { meetingWheelEntries } from './wheel';
