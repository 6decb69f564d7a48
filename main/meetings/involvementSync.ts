import type { EntityManager } from 'typeorm';
import { AgendaItemEntity, InviteeEntity, MeetingEntity } from '../../db/entities/meetings';
import type { InvolvementForm, InvolvementSourceKind } from '../../preload/contract';
import { syncAutoInvolvements, type AutoInvolvement } from '../involvement/seams';

export const MEETING_SOURCE: InvolvementSourceKind = 'meeting';

/**
 * The involvement log's view of one meeting: one automatic record per invited, attending or presenting
 * actor, dated at the meeting, the strongest form wins (presented > attended > invited). Call it inside the
 * transaction of every change to the meeting, its invitees or its agenda; a deleted meeting leaves none.
 */
export async function syncMeetingInvolvements(m: EntityManager, meetingId: number): Promise<void> {
  const meeting = await m.getRepository(MeetingEntity).findOneBy({ id: meetingId });
  if (!meeting || meeting.deletedAt) return syncAutoInvolvements(m, MEETING_SOURCE, meetingId, []);
  const invitees = await m.getRepository(InviteeEntity).find({ where: { meetingId }, order: { id: 'ASC' } });
  const items = await m.getRepository(AgendaItemEntity).find({ where: { meetingId }, order: { position: 'ASC', id: 'ASC' } });
  const absent = new Set(invitees.filter((i) => i.personId !== null && (i.attendance === 'absent' || i.attendance === 'regrets')).map((i) => i.personId!));
  const records = new Map<string, AutoInvolvement>();
  const put = (actorKind: AutoInvolvement['actorKind'], actorId: number, form: InvolvementForm, outcome: string | null = null) => {
    records.set(`${actorKind}:${actorId}`, { actorKind, actorId, date: meeting.date, form, topic: meeting.title, outcome });
  };
  for (const i of invitees) {
    const form = i.attendance === 'present' ? 'attended' : 'invited';
    if (i.personId !== null) put('person', i.personId, form);
    else if (i.organisationId !== null) put('organisation', i.organisationId, form);
  }
  for (const it of items) {
    if (it.isBreak || it.presenterId === null || absent.has(it.presenterId)) continue;
    const earlier = records.get(`person:${it.presenterId}`);
    const topics = earlier?.form === 'presented' && earlier.outcome ? `${earlier.outcome}; ${it.title}` : it.title;
    put('person', it.presenterId, 'presented', topics);
  }
  await syncAutoInvolvements(m, MEETING_SOURCE, meetingId, [...records.values()]);
}
