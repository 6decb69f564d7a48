import { In, type EntityManager } from 'typeorm';
import { MailMessageEntity, MailRecipientEntity, type MailMessageRow } from '../../db/entities/mail';
import type { ChannelParsed, FileResult, MailPreview, OutboxMessage } from '../../preload/contract';
import type { HandlerContext } from '../api/handlers';
import { notFound, ServiceError } from '../api/serviceError';
import { meetingDetail, safeFileName } from '../meetings/lookup';
import { memoDetail } from '../memos/lookup';
import { buildMime, mailContent, markInvited, meetingRecipients, uniqueByEmail, type Addressee } from './compose';

type Target = ChannelParsed<'mail.preview'>;

async function addressees(ctx: HandlerContext, target: Target): Promise<{ to: Addressee[]; withoutEmail: string[] }> {
  const chosen = target.recipients.map((r) => ({ name: r.name || r.email, email: r.email, personId: null }));
  if (target.kind === 'memo') {
    await memoDetail(ctx.db.ds.manager, target.id);
    return { to: uniqueByEmail(chosen), withoutEmail: [] };
  }
  const meeting = await meetingDetail(ctx.db.ds.manager, target.id);
  const { recipients, withoutEmail } = meetingRecipients(meeting, target.inviteeIds);
  return { to: uniqueByEmail([...recipients, ...chosen]), withoutEmail };
}

/** What would go out: subject, body, recipients, those without an e-mail, attachments. Records nothing. */
export async function previewMail(ctx: HandlerContext, target: Target): Promise<MailPreview> {
  const { to, withoutEmail } = await addressees(ctx, target);
  const content = await mailContent(ctx.db, target.kind, target.id, target.language, false);
  return {
    subject: content.subject,
    body: content.body,
    from: content.organiser ? content.organiser.email : null,
    recipients: to.map(({ name, email, inviteeId }) => ({ name, email, inviteeId: inviteeId ?? null })),
    withoutEmail,
    attachments: [...content.attachments.map((a) => a.filename), ...(content.ical ? [content.ical.filename] : [])],
  };
}

async function record(m: EntityManager, target: Target, mode: 'draft' | 'smtp', subject: string, to: Addressee[], at: string): Promise<number> {
  const saved = await m.getRepository(MailMessageEntity).save({
    kind: target.kind, mode, meetingId: target.kind === 'memo' ? null : target.id, memoId: target.kind === 'memo' ? target.id : null, subject: subject.slice(0, 500), language: target.language, createdAt: at,
  });
  for (const a of to) {
    await m.getRepository(MailRecipientEntity).save({ messageId: saved.id, personId: a.personId, name: a.name.slice(0, 200), email: a.email, status: mode === 'draft' ? 'draft' : 'pending', errorCode: null, errorServer: null, errorDetail: null, sentAt: null });
  }
  if (target.kind === 'invitation') await markInvited(m, target.id);
  return saved.id;
}

export async function loadMessages(m: EntityManager, rows: MailMessageRow[]): Promise<OutboxMessage[]> {
  if (rows.length === 0) return [];
  const recipients = await m.getRepository(MailRecipientEntity).find({ where: { messageId: In(rows.map((r) => r.id)) }, order: { id: 'ASC' } });
  return rows.map((r) => ({
    ...r,
    recipients: recipients
      .filter((x) => x.messageId === r.id)
      .map(({ id, name, email, status, errorCode, errorServer, errorDetail, sentAt }) => ({
        id, name, email, status, error: errorCode ? { code: errorCode, server: errorServer, detail: errorDetail } : null, sentAt,
      })),
  }));
}

export async function loadMessage(m: EntityManager, id: number): Promise<OutboxMessage> {
  const row = await m.getRepository(MailMessageEntity).findOneBy({ id });
  if (!row) throw notFound('mail');
  return (await loadMessages(m, [row]))[0]!;
}

/** A draft .eml (X-Unsent: 1) that Outlook and Thunderbird open ready to send; needs no server settings. */
export async function draftMail(ctx: HandlerContext, target: Target): Promise<FileResult> {
  const { to } = await addressees(ctx, target);
  const content = await mailContent(ctx.db, target.kind, target.id, target.language, true);
  const raw = await buildMime(content, { to, draft: true });
  await ctx.db.tx((m) => record(m, target, 'draft', content.subject, to, ctx.clock.now().toISOString()));
  return { fileName: safeFileName(`${content.subject}.eml`), mimeType: 'message/rfc822', base64: raw.toString('base64') };
}

/** Records a message to be sent over SMTP, one row per recipient (pending); mail.send then delivers it. */
export async function prepareMail(ctx: HandlerContext, target: Target): Promise<OutboxMessage> {
  const { to } = await addressees(ctx, target);
  if (to.length === 0) throw new ServiceError('VALIDATION', target.kind === 'memo' ? 'mail.memoHasNoMeeting' : 'mail.noRecipients');
  const content = await mailContent(ctx.db, target.kind, target.id, target.language, true);
  if (!content.organiser) throw new ServiceError('VALIDATION', 'mail.noOrganiser');
  return ctx.db.tx(async (m) => loadMessage(m, await record(m, target, 'smtp', content.subject, to, ctx.clock.now().toISOString())));
}

export async function mailLog(ctx: HandlerContext, q: ChannelParsed<'mail.log'>): Promise<OutboxMessage[]> {
  const m = ctx.db.ds.manager;
  if (!q.meetingId && !q.memoId) return [];
  const rows = await m.getRepository(MailMessageEntity).find({ where: q.meetingId ? { meetingId: q.meetingId } : { memoId: q.memoId }, order: { id: 'DESC' } });
  return loadMessages(m, rows);
}
