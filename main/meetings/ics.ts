import { mapInTurn } from '../../db/inTurn';
import { activeClock } from '../app/clock';
import type { Database } from '../../db/database';
import { MeetingEntity, MeetingSeriesEntity } from '../../db/entities/meetings';
import { da } from '../../preload/texts/da';
import { en } from '../../preload/texts/en';
import { isCalendarDate, isClockTime, type FileResult, type Meeting } from '../../preload/contract';
import { notFound } from '../api/serviceError';
import { clock, type DocLanguage } from '../documents/format';
import { fill } from '../documents/texts';
import { readSettings } from '../settings/lookup';
import { readMailSettings } from '../mail/lookup';
import { defaultUid, peekIdentities, type CalendarIdentity } from './calendarIdentity';
import { meetingDetail } from './detail';
import { safeFileName } from './fileNames';
import { standardTitle } from './standardItems';

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

/** RFC 5545 §3.3.11: backslash, semicolon and comma escaped, line breaks as \\n, other control characters dropped. */
export const escapeText = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
/** RFC 5545 §3.2: a quoted parameter value cannot hold DQUOTE or control characters. */
// eslint-disable-next-line no-control-regex
const quoteParam = (s: string) => `"${s.replace(/["\u0000-\u001f\u007f]/g, '')}"`;

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
const TEXTS = { da, en } as const;

export type IcsMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

export interface Organiser {
  name: string | null;
  email: string;
}

export interface IcsOptions {
  /** PUBLISH: a calendar entry. REQUEST/CANCEL (RFC 5546): a meeting request or its cancellation; both need an organiser. */
  method: IcsMethod;
  organiser: Organiser | null;
  /** UID and SEQUENCE per meeting id; a meeting without one gets the default UID and SEQUENCE 0. */
  identities: Map<number, CalendarIdentity>;
  language: DocLanguage;
  stamp: Date;
}

export function agendaText(meeting: Meeting, lang: DocLanguage = 'da'): string {
  const t = TEXTS[lang];
  const lines = meeting.purpose ? [meeting.purpose, ''] : [];
  lines.push(t.mail.doc.agendaHeading);
  for (const it of meeting.items) {
    const time = `${clock(it.startTime, lang)}–${clock(it.endTime, lang)}`;
    if (it.isBreak) lines.push(`${time} ${it.title}`);
    else lines.push(`${it.number}. ${standardTitle(it, lang)} (${time}, ${t.itemKind[it.kind].toLowerCase()}${it.presenterName ? `, ${t.mail.doc.presenter} ${it.presenterName}` : ''})`);
  }
  if (meeting.onlineLink) lines.push('', `${t.mail.doc.online}: ${meeting.onlineLink}`);
  return lines.join('\n');
}

const mailto = (email: string) => `mailto:${email}`;

function vevent(meeting: Meeting, partnership: string, o: IcsOptions): string[] {
  const summary = meeting.bodyName && !meeting.title.includes(meeting.bodyName) ? `${meeting.title} – ${meeting.bodyName}` : meeting.title;
  const identity = o.identities.get(meeting.id) ?? { uid: defaultUid(meeting.id, partnership), sequence: 0 };
  const scheduling = o.method !== 'PUBLISH';
  const lines = [
    'BEGIN:VEVENT',
    `UID:${identity.uid}`,
    `SEQUENCE:${identity.sequence}`,
    `DTSTAMP:${utcStamp(o.stamp)}`,
    `DTSTART;TZID=${TZ}:${localStamp(meeting.date, meeting.startTime)}`,
    `DTEND;TZID=${TZ}:${localStamp(meeting.date, meeting.endTime)}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(agendaText(meeting, o.language))}`,
  ];
  if (meeting.place || meeting.onlineLink) lines.push(`LOCATION:${escapeText(meeting.place ?? meeting.onlineLink ?? '')}`);
  if (meeting.onlineLink) lines.push(`URL:${meeting.onlineLink}`);
  lines.push(o.method === 'CANCEL' ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED', 'TRANSP:OPAQUE');
  if (scheduling && o.organiser) {
    const cn = o.organiser.name ? `;CN=${quoteParam(o.organiser.name)}` : '';
    lines.push(`ORGANIZER${cn}:${mailto(o.organiser.email)}`);
  }
  for (const inv of meeting.invitees) {
    if (!inv.email) continue;
    // A request asks everyone again (RFC 5546 §2.1.4: a changed time resets the replies); a published entry shows what is known.
    const partstat = scheduling ? 'NEEDS-ACTION' : PARTSTAT[inv.reply];
    lines.push(`ATTENDEE;CN=${quoteParam(inv.name)};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${partstat};RSVP=${o.method === 'REQUEST' ? 'TRUE' : 'FALSE'}:${mailto(inv.email)}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

export function calendar(meetings: Meeting[], partnership: string, stamp = activeClock().now(), opts: Partial<IcsOptions> = {}): string {
  const o: IcsOptions = { method: 'PUBLISH', organiser: null, identities: new Map(), language: 'da', ...opts, stamp };
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Samspil//Møder//${o.language.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${o.method}`,
    `X-WR-CALNAME:${escapeText(partnership)}`,
    ...VTIMEZONE,
    ...meetings.flatMap((mt) => vevent(mt, partnership, o)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

const icsFile = (text: string, fileName: string): FileResult => ({ fileName, mimeType: ICS_MIME, base64: Buffer.from(text, 'utf8').toString('base64') });

/** A download is a meeting request once an organiser is set (Indstillinger → Mail), else a plain calendar entry. */
async function downloadOptions(db: Database, meetings: Meeting[], language: DocLanguage): Promise<Partial<IcsOptions>> {
  const m = db.ds.manager;
  const mail = await readMailSettings(m);
  const organiser = mail.organiserEmail ? { name: mail.organiserName, email: mail.organiserEmail } : null;
  const { partnershipName } = await readSettings(m);
  // RFC 5546 §3.2.2: a request names at least one attendee; with nobody to ask it stays a calendar entry.
  const anyone = meetings.some((mt) => mt.invitees.some((i) => i.email));
  return { method: organiser && anyone ? 'REQUEST' : 'PUBLISH', organiser, identities: await peekIdentities(m, meetings, partnershipName), language };
}

/** A calendar entry (or request) for one meeting; its description (the agenda) in `lang`. */
export async function meetingIcs(db: Database, id: number, lang: DocLanguage = 'da'): Promise<FileResult> {
  const m = db.ds.manager;
  const meeting = await meetingDetail(m, id);
  const { partnershipName } = await readSettings(m);
  return icsFile(calendar([meeting], partnershipName, activeClock().now(), await downloadOptions(db, [meeting], lang)), safeFileName(`${meeting.title} ${meeting.date}.ics`));
}

export async function seriesIcs(db: Database, meetingId: number, lang: DocLanguage = 'da'): Promise<FileResult> {
  const m = db.ds.manager;
  const first = await meetingDetail(m, meetingId);
  if (first.seriesId === null) return meetingIcs(db, meetingId, lang);
  const series = await m.getRepository(MeetingSeriesEntity).findOneBy({ id: first.seriesId });
  if (!series) throw notFound('series');
  const rows = await m.getRepository(MeetingEntity).find({ where: { seriesId: series.id }, order: { date: 'ASC', id: 'ASC' } });
  const meetings = await mapInTurn(rows.filter((r) => !r.deletedAt), (r) => meetingDetail(m, r.id));
  const { partnershipName } = await readSettings(m);
  // One UID per meeting, the same as each meeting's own request, so a moved meeting updates the right entry.
  return icsFile(calendar(meetings, partnershipName, activeClock().now(), await downloadOptions(db, meetings, lang)), safeFileName(fill(TEXTS[lang].documents.meeting.seriesFileName, { title: series.title })));
}
