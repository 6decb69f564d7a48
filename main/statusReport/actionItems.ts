import { In, IsNull, type EntityManager } from 'typeorm';
import { ActionItemEntity, MeetingEntity } from '../../db/entities/meetings';
import { actionViews } from '../meetings/actionViews';

export interface ActionItemRow {
  what: string;
  who: string | null;
  due: string | null;
  meeting: string;
  meetingDate: string;
}

/**
 * The open action items (aftaler) from meetings held up to `asOf`, for the report's "Aftaler" sheet;
 * null (no sheet) for a partnership that keeps no meetings in Samspil.
 */
export async function openActionItems(m: EntityManager, asOf: string): Promise<ActionItemRow[] | null> {
  const meetings = await m.getRepository(MeetingEntity).find({ where: { deletedAt: IsNull() }, select: { id: true, date: true } });
  if (meetings.length === 0) return null;
  const held = meetings.filter((x) => x.date <= asOf).map((x) => x.id);
  if (held.length === 0) return [];
  const rows = await m.getRepository(ActionItemEntity).find({ where: { meetingId: In(held), status: 'open' } });
  const views = await actionViews(m, rows, asOf);
  return views
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id)
    .map((v) => ({ what: v.what, who: v.ownerName, due: v.dueDate, meeting: v.meetingTitle, meetingDate: v.meetingDate }));
}
