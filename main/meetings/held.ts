import type { MeetingRow } from '../../db/entities/meetings';

/** A meeting has been held when marked so, or when its day has come (minutes are written on the day). */
export const isHeld = (row: Pick<MeetingRow, 'status' | 'date'>, today: string) => row.status === 'held' || row.status === 'minutes_approved' || row.date <= today;
