import type { EntityManager } from 'typeorm';
import { MeetingCalendarEntity, type MeetingCalendarRow } from '../../db/entities/mail';
import type { CalendarState, Meeting } from '../../preload/contract';

export interface CalendarIdentity {
  uid: string;
  sequence: number;
}

/** The UID a meeting gets the first time it leaves Samspil; kept in meeting_calendar from then on. */
export const defaultUid = (meetingId: number, partnership: string) =>
  `samspil-meeting-${meetingId}@${partnership.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'samspil'}.samspil`;

/** What a request says about time and place; when it differs from the last one sent, SEQUENCE goes up. */
export const signatureOf = (mt: Pick<Meeting, 'date' | 'startTime' | 'endTime' | 'place' | 'onlineLink'>) =>
  [mt.date, mt.startTime, mt.endTime, mt.place ?? '', mt.onlineLink ?? ''].join('|');

/** The identity the next request or cancellation gets (RFC 5546 §2.1.4: SEQUENCE rises with each significant revision). */
function next(row: MeetingCalendarRow | null, meeting: Meeting, method: 'REQUEST' | 'CANCEL' | 'PUBLISH', partnership: string): CalendarIdentity & { changed: boolean } {
  if (!row) return { uid: defaultUid(meeting.id, partnership), sequence: 0, changed: true };
  const revised = method === 'CANCEL' ? !row.cancelled : method === 'REQUEST' && (row.cancelled || row.signature !== signatureOf(meeting));
  return { uid: row.uid, sequence: revised ? row.sequence + 1 : row.sequence, changed: revised };
}

/** For downloads: the identity a request would carry now, without recording anything. */
export async function peekIdentities(m: EntityManager, meetings: Meeting[], partnership: string): Promise<Map<number, CalendarIdentity>> {
  const out = new Map<number, CalendarIdentity>();
  for (const mt of meetings) {
    const row = await m.getRepository(MeetingCalendarEntity).findOneBy({ meetingId: mt.id });
    const { uid, sequence } = next(row, mt, 'REQUEST', partnership);
    out.set(mt.id, { uid, sequence });
  }
  return out;
}

/** A request or cancellation leaves Samspil (sent or saved as a draft): the UID is fixed and SEQUENCE recorded. */
export async function issueIdentity(m: EntityManager, meeting: Meeting, method: 'REQUEST' | 'CANCEL', partnership: string, at: string): Promise<CalendarIdentity> {
  const repo = m.getRepository(MeetingCalendarEntity);
  const row = await repo.findOneBy({ meetingId: meeting.id });
  const id = next(row, meeting, method, partnership);
  if (id.changed) {
    await repo.save({ meetingId: meeting.id, uid: id.uid, sequence: id.sequence, signature: signatureOf(meeting), cancelled: method === 'CANCEL', updatedAt: at });
  }
  return { uid: id.uid, sequence: id.sequence };
}

/** The meeting a reply's UID points to. */
export async function meetingIdForUid(m: EntityManager, uid: string): Promise<number | null> {
  const row = await m.getRepository(MeetingCalendarEntity).findOneBy({ uid });
  if (row) return row.meetingId;
  const match = /^samspil-meeting-(\d+)@/.exec(uid);
  return match ? Number(match[1]) : null;
}

export async function calendarState(m: EntityManager, meeting: Meeting): Promise<CalendarState> {
  const row = await m.getRepository(MeetingCalendarEntity).findOneBy({ meetingId: meeting.id });
  if (!row) return { sent: false, sequence: 0, cancelled: false, changedSinceSent: false };
  return { sent: true, sequence: row.sequence, cancelled: row.cancelled, changedSinceSent: !row.cancelled && row.signature !== signatureOf(meeting) };
}
