import { EntitySchema } from 'typeorm';
import type { MailFailureCode, MailKind, RecipientStatus } from '../../preload/contract';

/** A meeting's identity in calendars: the UID it was first sent with, its SEQUENCE and what the last request said. */
export interface MeetingCalendarRow {
  meetingId: number;
  uid: string;
  sequence: number;
  /** Date, times and place of the last request sent; a change raises SEQUENCE. */
  signature: string;
  cancelled: boolean;
  updatedAt: string;
}

export const MeetingCalendarEntity = new EntitySchema<MeetingCalendarRow>({
  name: 'MeetingCalendar',
  tableName: 'meeting_calendar',
  columns: {
    meetingId: { name: 'meeting_id', type: 'integer', primary: true },
    uid: { type: 'varchar', length: 300 },
    sequence: { type: 'integer' },
    signature: { type: 'varchar', length: 1500 },
    cancelled: { type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 30 },
  },
});

export interface MailMessageRow {
  id: number;
  kind: MailKind;
  mode: 'draft' | 'smtp';
  meetingId: number | null;
  memoId: number | null;
  subject: string;
  language: 'da' | 'en';
  createdAt: string;
}

export const MailMessageEntity = new EntitySchema<MailMessageRow>({
  name: 'MailMessage',
  tableName: 'mail_message',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    kind: { type: 'varchar', length: 20 },
    mode: { type: 'varchar', length: 10 },
    meetingId: { name: 'meeting_id', type: 'integer', nullable: true },
    memoId: { name: 'memo_id', type: 'integer', nullable: true },
    subject: { type: 'varchar', length: 500 },
    language: { type: 'varchar', length: 2 },
    createdAt: { name: 'created_at', type: 'varchar', length: 30 },
  },
});

export interface MailRecipientRow {
  id: number;
  messageId: number;
  personId: number | null;
  name: string;
  email: string;
  status: RecipientStatus;
  /** Why sending failed, as a code (migration 0260); the server and its own reply as values. */
  errorCode: MailFailureCode | null;
  errorServer: string | null;
  errorDetail: string | null;
  sentAt: string | null;
}

export const MailRecipientEntity = new EntitySchema<MailRecipientRow>({
  name: 'MailRecipient',
  tableName: 'mail_recipient',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    messageId: { name: 'message_id', type: 'integer' },
    personId: { name: 'person_id', type: 'integer', nullable: true },
    name: { type: 'varchar', length: 200 },
    email: { type: 'varchar', length: 254 },
    status: { type: 'varchar', length: 10 },
    errorCode: { name: 'error_code', type: 'varchar', length: 20, nullable: true },
    errorServer: { name: 'error_server', type: 'varchar', length: 300, nullable: true },
    errorDetail: { name: 'error_detail', type: 'varchar', length: 1000, nullable: true },
    sentAt: { name: 'sent_at', type: 'varchar', length: 30, nullable: true },
  },
});

export const mailEntities = [MeetingCalendarEntity, MailMessageEntity, MailRecipientEntity];
