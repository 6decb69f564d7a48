import { type EntityManager, In } from 'typeorm';
import { AgendaItemEntity, MeetingEntity, type ActionItemRow } from '../../db/entities/meetings';
import type { ActionItem } from '../../preload/contract';
import { activeClock } from '../app/clock';
import { namesFor } from './names';
import { versionOf } from '../versions/versions';


/**
 * Item id → its number on the agenda ("3"; breaks have none), for the meetings given. Numbered in SQL,
 * as `itemTimes` numbers them: the action items of six years point into thousands of agendas.
 */
export async function itemNumbers(m: EntityManager, meetingIds: number[]): Promise<Map<number, string | null>> {
  if (meetingIds.length === 0) return new Map();
  const rows: { id: number; isBreak: number | boolean; n: number }[] = await m.createQueryBuilder()
    .from(AgendaItemEntity, 'a')
    .select('a.id', 'id').addSelect('a.is_break', 'isBreak')
    .addSelect('ROW_NUMBER() OVER (PARTITION BY a.meeting_id, a.is_break ORDER BY a.position, a.id)', 'n')
    .where('a.meeting_id IN (:...ids)', { ids: meetingIds })
    .getRawMany();
  return new Map(rows.map((r) => [Number(r.id), r.isBreak && Number(r.isBreak) !== 0 ? null : String(r.n)]));
}

export async function actionViews(m: EntityManager, rows: ActionItemRow[], today = activeClock().today()): Promise<ActionItem[]> {
  if (rows.length === 0) return [];
  const meetingIds = [...new Set(rows.map((r) => r.meetingId))];
  const meetings = await m.getRepository(MeetingEntity).find({ where: { id: In(meetingIds) }, select: { id: true, title: true, date: true, bodyId: true } });
  const meeting = new Map(meetings.map((x) => [x.id, x]));
  const names = await namesFor(m, { people: rows.map((r) => r.ownerPersonId), orgs: rows.map((r) => r.ownerOrganisationId), bodies: meetings.map((x) => x.bodyId) });
  const numbers = await itemNumbers(m, meetingIds);
  return rows.map((r) => {
    const mt = meeting.get(r.meetingId)!;
    return {
      id: r.id,
      meetingId: r.meetingId,
      meetingTitle: mt.title,
      meetingDate: mt.date,
      bodyId: mt.bodyId,
      bodyName: mt.bodyId === null ? null : (names.body.get(mt.bodyId) ?? null),
      itemId: r.itemId,
      itemNumber: r.itemId === null ? null : (numbers.get(r.itemId) ?? null),
      what: r.what,
      ownerPersonId: r.ownerPersonId,
      ownerOrganisationId: r.ownerOrganisationId,
      ownerName: r.ownerPersonId !== null ? (names.person.get(r.ownerPersonId)?.name ?? null) : r.ownerOrganisationId !== null ? (names.org.get(r.ownerOrganisationId) ?? null) : null,
      dueDate: r.dueDate,
      status: r.status,
      doneDate: r.doneDate,
      dropReason: r.dropReason ?? null,
      overdue: r.status === 'open' && r.dueDate !== null && r.dueDate < today,
      ...versionOf(r),
    };
  });
}
