import { activeClock } from '../app/clock';
import type { Database } from '../../db/database';
import type { MailKind, Meeting } from '../../preload/contract';
import { da } from '../../preload/texts/da';
import { en } from '../../preload/texts/en';
import { ServiceError } from '../api/serviceError';
import { clock, longDate, type DocLanguage } from '../documents/format';
import { memoDetail, memoPdf } from '../memos/lookup';
import { agendaPdf, calendar, meetingDetail, minutesPdf, peekIdentities, type CalendarIdentity, type IcsMethod, type Organiser } from '../meetings/lookup';
import { issueIdentity } from '../meetings/seams';
import { readSettings } from '../settings/lookup';
import { readMailSettings } from './mailSettings';

const TEXTS = { da, en } as const;

export interface Addressee {
  name: string;
  email: string;
  personId: number | null;
  inviteeId?: number | null;
}

export interface MailContent {
  subject: string;
  body: string;
  organiser: Organiser | null;
  attachments: { filename: string; content: Buffer; contentType: string }[];
  ical: { method: IcsMethod; content: string; filename: string } | null;
}

/** {{name}} placeholders, as in the renderer's i18next texts. */
export const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

const methodOf = (kind: MailKind): 'REQUEST' | 'CANCEL' | null => (kind === 'invitation' || kind === 'agenda' ? 'REQUEST' : kind === 'cancellation' ? 'CANCEL' : null);

/** Invitees with an e-mail become recipients; the others are named so the user can reach them another way. */
export function meetingRecipients(meeting: Meeting, inviteeIds?: number[]): { recipients: Addressee[]; withoutEmail: string[] } {
  const chosen = inviteeIds ? meeting.invitees.filter((i) => inviteeIds.includes(i.id)) : meeting.invitees;
  return {
    recipients: chosen.filter((i) => i.email).map((i) => ({ name: i.name, email: i.email!, personId: i.personId, inviteeId: i.id })),
    withoutEmail: chosen.filter((i) => !i.email).map((i) => i.name),
  };
}

export function uniqueByEmail(list: Addressee[]): Addressee[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = a.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const pdf = (f: { fileName: string; base64?: string }) => ({ filename: f.fileName, content: Buffer.from(f.base64 ?? '', 'base64'), contentType: 'application/pdf' });

/**
 * Subject, body and attachments of one message in the document language. With `record` the meeting
 * request's UID and SEQUENCE are fixed (the message leaves Samspil); without, they are only looked at.
 */
export async function mailContent(db: Database, kind: MailKind, id: number, lang: DocLanguage, record: boolean): Promise<MailContent> {
  const m = db.ds.manager;
  const t = TEXTS[lang].mail.doc;
  const settings = await readMailSettings(m);
  const { partnershipName } = await readSettings(m);
  const organiser = settings.organiserEmail ? { name: settings.organiserName, email: settings.organiserEmail } : null;
  const closing = `${t.regards}\n${settings.signature ?? settings.organiserName ?? partnershipName}`;
  const compose = (key: keyof typeof t.body, values: Record<string, string>) => `${t.greeting}\n\n${fill(t.body[key], values)}\n\n${closing}`;

  if (kind === 'memo') {
    const memo = await memoDetail(m, id);
    const values = { title: memo.title };
    return { subject: fill(t.subject.memo, values), body: compose('memo', values), organiser, attachments: [pdf(await memoPdf(db, { id, language: lang }))], ical: null };
  }

  const meeting = await meetingDetail(m, id);
  const method = methodOf(kind);
  let identity: CalendarIdentity | null = null;
  if (method && organiser) {
    identity = record
      ? await db.tx((tx) => issueIdentity(tx, meeting, method, partnershipName, activeClock().now().toISOString()))
      : (await peekIdentities(m, [meeting], partnershipName)).get(meeting.id)!;
  }
  const update = kind === 'invitation' && identity !== null && identity.sequence > 0;
  const key = update ? 'update' : kind;
  const date = longDate(meeting.date, lang);
  const values = {
    title: meeting.title,
    date,
    when: fill(t.when, { date, start: clock(meeting.startTime, lang), end: clock(meeting.endTime, lang) }),
    place: meeting.place ? fill(t.place, { place: meeting.place }) : '',
  };
  const attachments = [];
  if (kind === 'invitation' || kind === 'agenda') attachments.push(pdf(await agendaPdf(db, id, lang)));
  if (kind === 'minutes') attachments.push(pdf(await minutesPdf(db, id, lang)));
  let ical: MailContent['ical'] = null;
  if (method) {
    // Without an organiser a meeting request is not valid (RFC 5546 §3.2.2); a draft then carries a plain calendar entry.
    const icsMethod: IcsMethod = organiser ? method : 'PUBLISH';
    if (organiser || method === 'REQUEST') {
      const identities = new Map(identity ? [[meeting.id, identity]] : []);
      const content = calendar([meeting], partnershipName, activeClock().now(), { method: icsMethod, organiser, identities, language: lang });
      ical = { method: icsMethod, content, filename: kind === 'cancellation' ? 'cancel.ics' : 'invite.ics' };
    }
  }
  return { subject: fill(t.subject[key], values), body: compose(key, values), organiser, attachments, ical };
}

export { markInvited } from '../meetings/seams';

export interface BuildOptions {
  to: Addressee[];
  draft: boolean;
  messageId?: string;
}

/**
 * One MIME message built by nodemailer's MailComposer: text body, PDF, and the calendar part (iMIP, RFC 6047).
 * nodemailer is loaded by the first message, not at process start (issue 17).
 */
export async function buildMime(content: MailContent, o: BuildOptions): Promise<Buffer> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  const composer = new MailComposer({
    from: content.organiser ? { name: content.organiser.name ?? '', address: content.organiser.email } : undefined,
    to: o.to.map((a) => ({ name: a.name, address: a.email })),
    subject: content.subject,
    text: content.body,
    attachments: content.attachments,
    icalEvent: content.ical ? { method: content.ical.method, content: content.ical.content, filename: content.ical.filename } : undefined,
    headers: o.draft ? { 'X-Unsent': '1' } : {},
    messageId: o.messageId,
    date: activeClock().now(),
  });
  return composer.compile().build();
}

export function requireOrganiser(content: MailContent): Organiser {
  if (!content.organiser) throw new ServiceError('VALIDATION', 'mail.noOrganiser');
  return content.organiser;
}
