import { MailRecipientEntity } from '../../db/entities/mail';
import type { ChannelParsed, MailFailure, OutboxMessage } from '../../preload/contract';
import { da } from '../../preload/texts/da';
import type { HandlerContext } from '../api/handlers';
import { said, ServiceError, type Said } from '../api/serviceError';
import { buildMime, fill, mailContent, requireOrganiser } from './compose';
import { readMailSettings, smtpPassword } from './mailSettings';
import { loadMessage } from './outbox';

async function transportFor(ctx: HandlerContext) {
  const s = await readMailSettings(ctx.db.ds.manager);
  if (!s.smtpHost) throw new ServiceError('VALIDATION', 'mail.noSmtp');
  const pass = smtpPassword(s.sealedPassword, ctx.secrets);
  // Loaded by the first send, not at process start (issue 17).
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: s.smtpHost,
    port: s.smtpPort,
    secure: s.smtpSecurity === 'tls',
    requireTLS: s.smtpSecurity === 'starttls',
    ignoreTLS: s.smtpSecurity === 'none',
    auth: s.smtpUser ? { user: s.smtpUser, pass: pass ?? '' } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return { transport, settings: s };
}

type SmtpError = Error & { code?: string; responseCode?: number; response?: string };

/**
 * Connection and login failures stop the run (nobody else would get through either); a refused recipient
 * does not. The failure is kept as a code with the server and its reply; `said` is the same for a refusal.
 */
function describe(err: SmtpError, host: string, port: number): { failure: MailFailure; said: Said; stop: boolean } {
  if (err.code === 'EAUTH') {
    return { failure: { code: 'auth', server: host, detail: (err.response ?? err.message ?? '').slice(0, 1000) || null }, said: said('mail.auth', { host }), stop: true };
  }
  if (err.code === 'EENVELOPE' || (err.responseCode && err.responseCode >= 500 && err.code !== 'ECONNECTION')) {
    const reason = (err.response ?? err.message).slice(0, 300);
    return { failure: { code: 'rejected', server: `${host}:${port}`, detail: reason }, said: said('mail.rejected', { reason }), stop: false };
  }
  const reason = (err.message || err.code || '').slice(0, 200);
  return { failure: { code: 'connect', server: `${host}:${port}`, detail: reason }, said: said('mail.connect', { host, port: String(port), reason }), stop: true };
}

/** Messages being sent right now: a second click while the first run is busy must not send twice. */
const busy = new Set<number>();

/**
 * Sends the message to every recipient not yet reached (or to the given ones among them), one SMTP
 * envelope each so every recipient gets its own result. The state is saved per recipient as it goes,
 * so a retry after a failure sends only to those still missing.
 */
export async function sendMail(ctx: HandlerContext, input: ChannelParsed<'mail.send'>): Promise<OutboxMessage> {
  const m = ctx.db.ds.manager;
  const message = await loadMessage(m, input.messageId);
  if (message.mode !== 'smtp') throw new ServiceError('CONFLICT', 'mailSend.draftMode');
  if (busy.has(message.id)) throw new ServiceError('CONFLICT', 'mailSend.busy');
  busy.add(message.id);
  try {
    const { transport, settings } = await transportFor(ctx);
    const due = message.recipients.filter((r) => r.status !== 'sent' && (!input.recipientIds || input.recipientIds.includes(r.id)));
    let error: MailFailure | null = null;
    if (due.length > 0) {
      const content = await mailContent(ctx.db, message.kind, message.kind === 'memo' ? message.memoId! : message.meetingId!, message.language, true);
      const from = requireOrganiser(content);
      const raw = await buildMime(content, { to: message.recipients.map((r) => ({ name: r.name, email: r.email, personId: null })), draft: false, messageId: `<samspil-mail-${message.id}@${from.email.split('@')[1] ?? 'samspil'}>` });
      for (const r of due) {
        try {
          await transport.sendMail({ envelope: { from: from.email, to: [r.email] }, raw });
          await ctx.db.tx((tx) => tx.getRepository(MailRecipientEntity).update({ id: r.id }, { status: 'sent', errorCode: null, errorServer: null, errorDetail: null, sentAt: ctx.clock.now().toISOString() }));
        } catch (err) {
          const { failure, stop } = describe(err as SmtpError, settings.smtpHost!, settings.smtpPort);
          await ctx.db.tx((tx) =>
            tx.getRepository(MailRecipientEntity).update({ id: r.id }, { status: 'failed', errorCode: failure.code, errorServer: failure.server, errorDetail: failure.detail }),
          );
          if (stop) {
            error = failure;
            break;
          }
        }
      }
    }
    transport.close();
    return { ...(await loadMessage(m, message.id)), error };
  } finally {
    busy.delete(message.id);
  }
}

/** "Send testmail": one short message to the organiser (or the given address) through the saved server. */
export async function sendTestMail(ctx: HandlerContext, input: ChannelParsed<'mail.test'>): Promise<{ sentTo: string }> {
  const { transport, settings } = await transportFor(ctx);
  const to = input.to ?? settings.organiserEmail;
  if (!settings.organiserEmail || !to) throw new ServiceError('VALIDATION', 'mail.noOrganiser');
  try {
    await transport.sendMail({
      from: { name: settings.organiserName ?? '', address: settings.organiserEmail },
      to,
      subject: da.mail.doc.testSubject,
      text: fill(da.mail.doc.testBody, { host: settings.smtpHost! }),
    });
  } catch (err) {
    throw new ServiceError('CONFLICT', describe(err as SmtpError, settings.smtpHost!, settings.smtpPort).said);
  } finally {
    transport.close();
  }
  return { sentTo: to };
}
