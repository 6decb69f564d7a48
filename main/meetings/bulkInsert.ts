import type { EntityManager } from 'typeorm';
import { ActionItemEntity, AgendaItemEntity, DecisionEntity, InviteeEntity, MeetingEntity, type ActionItemRow, type AgendaItemRow, type InviteeRow, type MeetingRow } from '../../db/entities/meetings';
import { sortKey } from '../../db/textKeys';
import type { ChannelParsed } from '../../preload/contract';
import { syncMeetingInvolvements } from './involvementSync';
import { indexMeeting } from './searchDocs';

type MeetingData = ChannelParsed<'meetings.update'>['data'];

/** A whole meeting as it stands after it was held: agenda with minutes, invitees, decisions and action items. */
export interface BulkMeeting {
  data: MeetingData;
  status: MeetingRow['status'];
  minutesStatus: MeetingRow['minutesStatus'];
  items: Pick<AgendaItemRow, 'isBreak' | 'standard' | 'title' | 'kind' | 'presenterId' | 'durationMinutes' | 'description' | 'minutes'>[];
  invitees: Pick<InviteeRow, 'personId' | 'organisationId' | 'reply' | 'attendance'>[];
  /** `item` is the index into `items`, or null for a decision on the meeting as a whole. */
  decisions: { item: number | null; text: string }[];
  actions: (Pick<ActionItemRow, 'what' | 'ownerPersonId' | 'ownerOrganisationId' | 'dueDate' | 'status' | 'doneDate'> & { item: number | null })[];
}

const CHUNK = 200;
const idsOf = (res: { identifiers: Record<string, unknown>[] }) => res.identifiers.map((r) => Number(r.id));

async function insertChunked<T>(m: EntityManager, entity: Parameters<EntityManager['getRepository']>[0], rows: T[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) ids.push(...idsOf(await m.getRepository(entity).insert(rows.slice(i, i + CHUNK) as object[])));
  return ids;
}

/**
 * Many meetings at once inside the caller's transaction (data generator, imports of history). The rows are
 * what the single-meeting services would have left, and each meeting then gets its automatic involvements
 * and search documents from the same functions the services call.
 */
export async function insertMeetings(m: EntityManager, meetings: BulkMeeting[], stamp: string): Promise<number[]> {
  const ids = await insertChunked(m, MeetingEntity, meetings.map((x) => ({
    ...x.data, sortKey: sortKey(x.data.title), seriesId: null, status: x.status, minutesStatus: x.minutesStatus, minutesApprovedAtMeetingId: null,
    createdAt: stamp, updatedAt: stamp, deletedAt: null,
  })));
  const items = meetings.flatMap((x, n) => x.items.map((it, position) => ({ meetingId: ids[n]!, position, ...it })));
  const itemIds = await insertChunked(m, AgendaItemEntity, items);
  const itemId = new Map<string, number>();
  items.forEach((it, k) => itemId.set(`${it.meetingId}:${it.position}`, itemIds[k]!));
  const idOfItem = (meetingId: number, item: number | null) => (item === null ? null : itemId.get(`${meetingId}:${item}`)!);
  await insertChunked(m, InviteeEntity, meetings.flatMap((x, n) => x.invitees.map((i) => ({ meetingId: ids[n]!, ...i, invitedAt: stamp }))));
  await insertChunked(m, DecisionEntity, meetings.flatMap((x, n) => x.decisions.map((d) => ({ meetingId: ids[n]!, itemId: idOfItem(ids[n]!, d.item), text: d.text, createdAt: stamp }))));
  await insertChunked(m, ActionItemEntity, meetings.flatMap((x, n) => x.actions.map(({ item, ...a }) => ({
    meetingId: ids[n]!, itemId: idOfItem(ids[n]!, item), ...a, closedAtMeetingId: null, createdAt: stamp, updatedAt: stamp,
  }))));
  for (const id of ids) {
    await syncMeetingInvolvements(m, id);
    await indexMeeting(m, id);
  }
  return ids;
}
