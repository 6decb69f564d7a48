import type { Database } from '../../db/database';
import { MeetingEntity, MeetingSeriesEntity } from '../../db/entities/meetings';
import { da } from '../../preload/texts/da';
import { isCalendarDate, isClockTime, type FileResult, type Meeting } from '../../preload/contract';
import { notFound } from '../api/serviceError';
import { clock } from '../documents/format';
import { readSettings } from '../settings/settingsService';
import { meetingDetail } from './detail';
import { safeFileName } from './fileNames';

export const ICS_MIME = 'text/calendar';
const TZ = 'Europe/Copenhagen';

/** The EU rules (last Sunday of March and October) that Copenhagen has followed since 1996. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZ}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export const escapeText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const quoteParam = (s: string) => `"${s.replace(/["\r\n]/g, '')}"`;

/** RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF + space, never splitting a UTF-8 character. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const localStamp = (date: string, time: string) => {
  // A date an older version stored (2013-04-31) must not become a calendar entry; dispatch names the meeting.
  if (!isCalendarDate(date) || !isClockTime(time)) throw new RangeError(`Impossible date ${date} ${time}`);
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
};
const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

const PARTSTAT = { invited: 'NEEDS-ACTION', no_reply: 'NEEDS-ACTION', accepted: 'ACCEPTED', declined: 'DECLINED' } as const;

export function agendaText(meeting: Meeting): string {
  const lines = meeting.purpose ? [meeting.purpose, ''] : [];
  lines.push('Dagsorden:');
  for (const it of meeting.items) {
    const time = `${clock(it.startTime)}–${clock(it.endTime)}`;
    if (it.isBreak) lines.push(`${time} ${it.title}`);
    else lines.push(`${it.number}. ${it.title} (${time}, ${da.itemKind[it.kind].toLowerCase()}${it.presenterName ? `, v. ${it.presenterName}` : ''})`);
  }
  if (meeting.onlineLink) lines.push('', `Online: ${meeting.onlineLink}`);
  return lines.join('\n');
}

function vevent(meeting: Meeting, partnership: string, stamp: Date): string[] {
  const summary = meeting.bodyName && !meeting.title.includes(meeting.bodyName) ? `${meeting.title} – ${meeting.bodyName}` : meeting.title;
  const lines = [
    'BEGIN:VEVENT',
    `UID:samspil-meeting-${meeting.id}@${partnership.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'samspil'}.samspil`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `DTSTART;TZID=${TZ}:${localStamp(meeting.date, meeting.startTime)}`,
    `DTEND;TZID=${TZ}:${localStamp(meeting.date, meeting.endTime)}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(agendaText(meeting))}`,
  ];
  if (meeting.place || meeting.onlineLink) lines.push(`LOCATION:${escapeText(meeting.place ?? meeting.onlineLink ?? '')}`);
  if (meeting.onlineLink) lines.push(`URL:${meeting.onlineLink}`);
  lines.push('STATUS:CONFIRMED', 'TRANSP:OPAQUE');
  for (const inv of meeting.invitees) {
    if (!inv.email) continue;
    lines.push(`ATTENDEE;CN=${quoteParam(inv.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=${PARTSTAT[inv.reply]};RSVP=FALSE:mailto:${inv.email}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

export function calendar(meetings: Meeting[], partnership: string, stamp = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Samspil//Møder//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(partnership)}`,
    ...VTIMEZONE,
    ...meetings.flatMap((mt) => vevent(mt, partnership, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

const icsFile = (text: string, fileName: string): FileResult => ({ fileName, mimeType: ICS_MIME, base64: Buffer.from(text, 'utf8').toString('base64') });

export async function meetingIcs(db: Database, id: number): Promise<FileResult> {
  const m = db.ds.manager;
  const meeting = await meetingDetail(m, id);
  const { partnershipName } = await readSettings(m);
  return icsFile(calendar([meeting], partnershipName), safeFileName(`${meeting.title} ${meeting.date}.ics`));
}

export async function seriesIcs(db: Database, meetingId: number): Promise<FileResult> {
  const m = db.ds.manager;
  const first = await meetingDetail(m, meetingId);
  if (first.seriesId === null) return meetingIcs(db, meetingId);
  const series = await m.getRepository(MeetingSeriesEntity).findOneBy({ id: first.seriesId });
  if (!series) throw notFound('Mødeserien');
  const rows = await m.getRepository(MeetingEntity).find({ where: { seriesId: series.id }, order: { date: 'ASC', id: 'ASC' } });
  const meetings = await Promise.all(rows.filter((r) => !r.deletedAt).map((r) => meetingDetail(m, r.id)));
  const { partnershipName } = await readSettings(m);
  return icsFile(calendar(meetings, partnershipName), safeFileName(`${series.title} (serie).ics`));
}
