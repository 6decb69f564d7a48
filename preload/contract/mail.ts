import { z } from 'zod';
import { id, optionalText, plainString, text, upload } from './common';

/** What a mail carries: the invitation (agenda PDF + meeting request), the agenda, the minutes, a memo, or a cancellation. */
export const mailKinds = ['invitation', 'agenda', 'minutes', 'memo', 'cancellation'] as const;
export type MailKind = (typeof mailKinds)[number];

export const smtpSecurities = ['starttls', 'tls', 'none'] as const;
export type SmtpSecurity = (typeof smtpSecurities)[number];

const email = plainString().trim().max(254).pipe(z.email({ message: 'Ugyldig e-mailadresse' }));
const optionalEmail = z
  .union([z.literal(''), z.null(), email])
  .optional()
  .transform((v) => (v ? v : null));

export const mailSettingsInput = z.strictObject({
  organiserName: optionalText(200),
  organiserEmail: optionalEmail,
  signature: optionalText(2000),
  smtpHost: optionalText(253),
  smtpPort: z.number({ message: 'Skal være et portnummer' }).int().min(1).max(65535).default(587),
  smtpSecurity: z.enum(smtpSecurities).default('starttls'),
  smtpUser: optionalText(254),
  /** Left out: keep the stored password. Empty: forget it. Never stored in plain text. */
  smtpPassword: plainString().max(500).optional(),
});
export type MailSettingsInput = z.input<typeof mailSettingsInput>;

export interface MailSettings {
  organiserName: string | null;
  organiserEmail: string | null;
  signature: string | null;
  smtpHost: string | null;
  smtpPort: number;
  smtpSecurity: SmtpSecurity;
  smtpUser: string | null;
  /** Where the SMTP password comes from: the OS secret store (desktop), the environment (browser mode) or nowhere. */
  passwordSource: 'secretStore' | 'environment' | 'none';
  /** Whether this runtime can keep a password (Electron's safeStorage); browser mode reads SAMSPIL_SMTP_PASSWORD. */
  canStorePassword: boolean;
}

export const mailRecipient = z.strictObject({ name: text(200), email });
export type MailRecipient = z.output<typeof mailRecipient>;

export const mailTarget = z.strictObject({
  kind: z.enum(mailKinds),
  /** The meeting, or the memo for kind "memo". */
  id,
  language: z.enum(['da', 'en']).default('da'),
  /** Meetings: only these invitees (default: every invitee with an e-mail). */
  inviteeIds: z.array(id).max(500).optional(),
  /** Chosen recipients besides (or, for a memo, instead of) the invitees. */
  recipients: z.array(mailRecipient).max(500).default([]),
});
export type MailTarget = z.input<typeof mailTarget>;

export interface MailPreview {
  subject: string;
  body: string;
  from: string | null;
  /** inviteeId: the invitee behind the address (null for a chosen recipient). */
  recipients: { name: string; email: string; inviteeId: number | null }[];
  /** Invitees who cannot be reached by mail (no e-mail address). */
  withoutEmail: string[];
  attachments: string[];
}

export const recipientStatuses = ['pending', 'sent', 'failed', 'draft'] as const;
export type RecipientStatus = (typeof recipientStatuses)[number];

export const mailFailureCodes = ['auth', 'rejected', 'connect', 'unknown'] as const;
export type MailFailureCode = (typeof mailFailureCodes)[number];

/**
 * Why sending to a recipient failed, as a code and values (never prose): `server` is 'host' or
 * 'host:port', `detail` the server's reply or the connection error as it came (for 'unknown', text an
 * earlier version stored). Said in the reader's language by `mailFailureText` (preload/texts/mailFailure.ts).
 */
export interface MailFailure {
  code: MailFailureCode;
  server: string | null;
  detail: string | null;
}

export interface OutboxRecipient {
  id: number;
  name: string;
  email: string;
  status: RecipientStatus;
  error: MailFailure | null;
  sentAt: string | null;
}

/** One message: a draft saved as .eml or a mail sent over SMTP, with a result per recipient. */
export interface OutboxMessage {
  id: number;
  kind: MailKind;
  mode: 'draft' | 'smtp';
  meetingId: number | null;
  memoId: number | null;
  subject: string;
  language: 'da' | 'en';
  createdAt: string;
  recipients: OutboxRecipient[];
  /** After mail.send: why sending stopped (connection, login), if it did. */
  error?: MailFailure | null;
}

export const sendInput = z.strictObject({
  messageId: id,
  /** Only these recipients (for progress one at a time); those already sent are never sent again. */
  recipientIds: z.array(id).max(500).optional(),
});

export const mailLogQuery = z.strictObject({ meetingId: id.optional(), memoId: id.optional() });

export const testMailInput = z.strictObject({ to: optionalEmail });

export const replyUpload = upload.extend({ meetingId: id.optional() });
export interface ReplyResult {
  meetingId: number;
  inviteeId: number;
  name: string;
  reply: 'accepted' | 'declined' | 'no_reply';
}

export const addressesQuery = z.strictObject({
  meetingId: id.optional(),
  bodyId: id.optional(),
  inviteeIds: z.array(id).max(500).optional(),
});
export interface AddressList {
  /** "Navn <adresse>; …" as Outlook's To field accepts it. */
  text: string;
  count: number;
  withoutEmail: string[];
}

/** Whether the meeting's request went out, and whether time or place changed since (an update is due). */
export interface CalendarState {
  sent: boolean;
  sequence: number;
  cancelled: boolean;
  changedSinceSent: boolean;
}
