import { Between, type EntityManager, In, IsNull } from 'typeorm';
import { ActionItemEntity, AgendaItemEntity, DecisionEntity, MeetingEntity } from '../../db/entities/meetings';
import type { ActionItem, MeetingStatus } from '../../preload/contract';
import { actionViews } from './actionViews';

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
  const rows = await m.getRepository(MeetingEntity).find({
    where: { deletedAt: IsNull(), date: Between(from, to) },
    order: { date: 'ASC', startTime: 'ASC', id: 'ASC' },
    select: { id: true, title: true, date: true, startTime: true, status: true },
  });
  const items = rows.length
    ? await m.getRepository(AgendaItemEntity).find({ where: { meetingId: In(rows.map((r) => r.id)), standard: IsNull(), isBreak: false }, select: { meetingId: true } })
    : [];
  const withAgenda = new Set(items.map((i) => i.meetingId));
  return rows.map((r) => ({ id: r.id, title: r.title, date: r.date, startTime: r.startTime, status: r.status, hasOwnItems: withAgenda.has(r.id) }));
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

/** The first `limit` of `openActionItems` (same order) and how many there are in all: only those few are turned into views. */
export async function openActionItemsTop(m: EntityManager, o: { dueBy?: string; heldBy?: string }, today: string, limit: number): Promise<{ items: ActionItem[]; total: number }> {
  const [rows, total] = [await openActionQuery(m, o).orderBy('a.dueDate', 'ASC').addOrderBy('a.id', 'ASC').limit(limit).getMany(), await openActionQuery(m, o).getCount()];
  return { items: await actionViews(m, rows, today), total };
}

// Meetings as mail and calendar see them: the full meeting, its documents, its calendar identity.
export { openActionRows, type OpenActionRow } from './reportActionRows';
export { meetingDetail } from './detail';
export { agendaPdf, minutesPdf } from './documents';
export { calendar, type IcsMethod, type Organiser } from './ics';
export { calendarState, meetingIdForUid, peekIdentities, type CalendarIdentity } from './calendarIdentity';
export { safeFileName } from './fileNames';
export { meetingWheelEntries } from './wheel';
