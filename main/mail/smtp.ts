import nodemailer from 'nodemailer';
import { MailRecipientEntity } from '../../db/entities/mail';
import type { ChannelParsed, OutboxMessage } from '../../preload/contract';
import { da } from '../../preload/texts/da';
import type { HandlerContext } from '../api/handlers';
import { ServiceError } from '../api/serviceError';
import { buildMime, fill, mailContent, requireOrganiser } from './compose';
import { readMailSettings, smtpPassword } from './mailSettings';
import { loadMessage } from './outbox';

const e = da.mail.errors;

async function transportFor(ctx: HandlerContext) {
  const s = await readMailSettings(ctx.db.ds.manager);
  if (!s.smtpHost) throw new ServiceError('VALIDATION', e.noSmtp);
  const pass = smtpPassword(s.sealedPassword, ctx.secrets);
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

/** Connection and login failures stop the run (nobody else would get through either); a refused recipient does not. */
function describe(err: SmtpError, host: string, port: number): { message: string; stop: boolean } {
  if (err.code === 'EAUTH') return { message: fill(e.auth, { host }), stop: true };
  if (err.code === 'EENVELOPE' || (err.responseCode && err.responseCode >= 500 && err.code !== 'ECONNECTION')) {
    return { message: fill(e.rejected, { reason: (err.response ?? err.message).slice(0, 300) }), stop: false };
  }
  return { message: fill(e.connect, { host, port: String(port), reason: (err.message || err.code || '').slice(0, 200) }), stop: true };
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
  if (message.mode !== 'smtp') throw new ServiceError('CONFLICT', 'En kladde sendes fra dit mailprogram.');
  if (busy.has(message.id)) throw new ServiceError('CONFLICT', 'Mailen er ved at blive sendt.');
  busy.add(message.id);
  try {
    const { transport, settings } = await transportFor(ctx);
    const due = message.recipients.filter((r) => r.status !== 'sent' && (!input.recipientIds || input.recipientIds.includes(r.id)));
    let error: string | null = null;
    if (due.length > 0) {
      const content = await mailContent(ctx.db, message.kind, message.kind === 'memo' ? message.memoId! : message.meetingId!, message.language, true);
      const from = requireOrganiser(content);
      const raw = await buildMime(content, { to: message.recipients.map((r) => ({ name: r.name, email: r.email, personId: null })), draft: false, messageId: `<samspil-mail-${message.id}@${from.email.split('@')[1] ?? 'samspil'}>` });
      for (const r of due) {
        try {
          await transport.sendMail({ envelope: { from: from.email, to: [r.email] }, raw });
          await ctx.db.tx((tx) => tx.getRepository(MailRecipientEntity).update({ id: r.id }, { status: 'sent', error: null, sentAt: ctx.clock.now().toISOString() }));
        } catch (err) {
          const d = describe(err as SmtpError, settings.smtpHost!, settings.smtpPort);
          await ctx.db.tx((tx) => tx.getRepository(MailRecipientEntity).update({ id: r.id }, { status: 'failed', error: d.message.slice(0, 1000) }));
          if (d.stop) {
            error = d.message;
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
  if (!settings.organiserEmail || !to) throw new ServiceError('VALIDATION', e.noOrganiser);
  try {
    await transport.sendMail({
      from: { name: settings.organiserName ?? '', address: settings.organiserEmail },
      to,
      subject: da.mail.doc.testSubject,
      text: fill(da.mail.doc.testBody, { host: settings.smtpHost! }),
    });
  } catch (err) {
    throw new ServiceError('CONFLICT', describe(err as SmtpError, settings.smtpHost!, settings.smtpPort).message);
  } finally {
    transport.close();
  }
  return { sentTo: to };
}
