import type { EntityManager } from 'typeorm';
import { liveMeetingCount, openActionItems as openItems } from '../meetings/lookup';

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
  if ((await liveMeetingCount(m)) === 0) return null;
  const views = await openItems(m, { heldBy: asOf }, asOf);
  return views
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id)
    .map((v) => ({ what: v.what, who: v.ownerName, due: v.dueDate, meeting: v.meetingTitle, meetingDate: v.meetingDate }));
}
