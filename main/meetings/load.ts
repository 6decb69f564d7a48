import type { EntityManager } from 'typeorm';
import { MeetingEntity, type MeetingRow } from '../../db/entities/meetings';
import { notFound, ServiceError } from '../api/serviceError';
import { indexMeeting } from './searchDocs';
import { activeClock } from '../app/clock';

export const now = () => activeClock().now().toISOString();

export async function loadMeeting(m: EntityManager, id: number): Promise<MeetingRow> {
  const row = await m.getRepository(MeetingEntity).findOneBy({ id });
  if (!row || row.deletedAt) throw notFound('meeting');
  return row;
}

/** Approved minutes are locked against edits until they are explicitly reopened. */
export async function loadUnlocked(m: EntityManager, id: number): Promise<MeetingRow> {
  const row = await loadMeeting(m, id);
  if (row.minutesStatus === 'approved') {
    throw new ServiceError('CONFLICT', 'meetings.minutesLocked');
  }
  return row;
}

/** Something in the meeting changed: stamp it and bring its search documents up to date. */
export async function touch(m: EntityManager, id: number): Promise<void> {
  await m.getRepository(MeetingEntity).update({ id }, { updatedAt: now() });
  await indexMeeting(m, id);
}
