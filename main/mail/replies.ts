import type { ChannelParsed, Reply, ReplyResult } from '../../preload/contract';
import type { HandlerContext } from '../api/handlers';
import { said, ServiceError } from '../api/serviceError';
import { meetingDetail, meetingIdForUid } from '../meetings/lookup';
import { updateInvitee } from '../meetings/seams';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** RFC 5545 §3.1: unfold, then split each content line into name, parameters (quotes respected) and value. */
export function contentLines(text: string): Property[] {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  const out: Property[] = [];
  for (const line of unfolded.split(/\r?\n/)) {
    if (!line.trim()) continue;
    let i = 0;
    let quoted = false;
    const parts: string[] = [];
    let current = '';
    for (; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === '"') quoted = !quoted;
      if (!quoted && (ch === ';' || ch === ':')) {
        parts.push(current);
        current = '';
        if (ch === ':') break;
        continue;
      }
      current += ch;
    }
    const [name = '', ...params] = parts;
    out.push({
      name: name.toUpperCase(),
      params: Object.fromEntries(params.map((p) => {
        const eq = p.indexOf('=');
        return [p.slice(0, eq).toUpperCase(), p.slice(eq + 1).replace(/^"|"$/g, '')];
      })),
      value: line.slice(i + 1),
    });
  }
  return out;
}

/** The calendar text in an .ics, or in an .eml that carries one (as the text/calendar part or an attachment). */
async function calendarText(bytes: Buffer): Promise<string> {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (/^\s*BEGIN:VCALENDAR/i.test(text)) return text;
  // mailparser is loaded by the first .eml, not at process start (issue 17).
  const { simpleParser } = await import('mailparser');
  const mail = await simpleParser(bytes).catch(() => null);
  const part = mail?.attachments.find((a) => /^(text\/calendar|application\/ics)/i.test(a.contentType) || /\.ics$/i.test(a.filename ?? ''));
  if (part) return part.content.toString('utf8');
  throw new ServiceError('VALIDATION', 'mail.badFile');
}

const REPLIES: Record<string, Reply> = { ACCEPTED: 'accepted', DECLINED: 'declined' };

/** A METHOD:REPLY (RFC 5546 §3.2.3) from an invitee: their PARTSTAT becomes their reply on the meeting. */
export async function importReply(ctx: HandlerContext, input: ChannelParsed<'mail.importReply'>): Promise<ReplyResult> {
  const props = contentLines(await calendarText(Buffer.from(input.base64, 'base64')));
  const method = props.find((p) => p.name === 'METHOD')?.value.trim().toUpperCase();
  if (method !== 'REPLY') throw new ServiceError('VALIDATION', 'mail.notReply');
  const uid = props.find((p) => p.name === 'UID')?.value.trim() ?? '';
  const meetingId = await meetingIdForUid(ctx.db.ds.manager, uid);
  if (meetingId === null) throw new ServiceError('VALIDATION', 'mail.unknownMeeting');
  const meeting = await meetingDetail(ctx.db.ds.manager, meetingId).catch(() => {
    throw new ServiceError('VALIDATION', 'mail.unknownMeeting');
  });
  if (input.meetingId && input.meetingId !== meetingId) throw new ServiceError('VALIDATION', said('mail.otherMeeting', { title: meeting.title }));
  const attendee = props.find((p) => p.name === 'ATTENDEE');
  const email = (attendee?.value ?? '').replace(/^mailto:/i, '').trim().toLowerCase();
  const invitee = meeting.invitees.find((i) => i.email?.toLowerCase() === email);
  if (!attendee || !invitee) throw new ServiceError('VALIDATION', said('mail.unknownAttendee', { email: email || '?' }));
  const partstat = (attendee.params.PARTSTAT ?? '').toUpperCase();
  if (partstat === 'TENTATIVE') throw new ServiceError('VALIDATION', 'mail.tentative');
  const reply = REPLIES[partstat] ?? 'no_reply';
  await updateInvitee(ctx.db, { id: invitee.id, reply, attendance: invitee.attendance });
  return { meetingId, inviteeId: invitee.id, name: invitee.name, reply: reply as ReplyResult['reply'] };
}
