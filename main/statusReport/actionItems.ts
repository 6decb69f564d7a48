import { IsNull, type EntityManager } from 'typeorm';
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
  const live = await m.getRepository(MeetingEntity).count({ where: { deletedAt: IsNull() } });
  if (live === 0) return null;
  // Joined rather than read first: six years of meetings are thousands of ids.
  const rows = await m.getRepository(ActionItemEntity).createQueryBuilder('a')
    .innerJoin('meeting', 'mt', 'mt.id = a.meeting_id AND mt.deleted_at IS NULL AND mt.date <= :asOf', { asOf })
    .where("a.status = 'open'")
    .getMany();
  const views = await actionViews(m, rows, asOf);
  return views
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id)
    .map((v) => ({ what: v.what, who: v.ownerName, due: v.dueDate, meeting: v.meetingTitle, meetingDate: v.meetingDate }));
}
