import { EntitySchema } from 'typeorm';
import { laterUpdatedAt, versionColumns, type Versioned, type VersionedLater } from './versionColumns';
import type { ActionStatus, Attendance, ItemKind, MeetingStatus, MeetingType, Reply, StandardItem } from '../../preload/contract';

const stamps = {
  createdAt: { name: 'created_at', type: 'varchar', length: 30 },
  updatedAt: { name: 'updated_at', type: 'varchar', length: 30 },
} as const;

export interface MeetingSeriesRow {
  id: number;
  title: string;
  /** Free text from before the rule was stored as codes (issue 13); '' when the codes say it. */
  rule: string;
  everyMonths: number | null;
  weekday: number | null;
  ordinal: number | null;
  startTime: string | null;
  durationMinutes: number | null;
  createdAt: string;
}

export const MeetingSeriesEntity = new EntitySchema<MeetingSeriesRow>({
  name: 'MeetingSeries',
  tableName: 'meeting_series',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    title: { type: 'varchar', length: 200 },
    rule: { type: 'varchar', length: 500 },
    everyMonths: { name: 'every_months', type: 'integer', nullable: true },
    weekday: { type: 'integer', nullable: true },
    ordinal: { type: 'integer', nullable: true },
    startTime: { name: 'start_time', type: 'varchar', length: 5, nullable: true },
    durationMinutes: { name: 'duration_minutes', type: 'integer', nullable: true },
    createdAt: stamps.createdAt,
  },
});

export interface MeetingRow extends Versioned {
  id: number;
  title: string;
  type: MeetingType;
  bodyId: number | null;
  seriesId: number | null;
  date: string;
  startTime: string;
  endTime: string;
  place: string | null;
  onlineLink: string | null;
  status: MeetingStatus;
  purpose: string | null;
  notes: string | null;
  minutesStatus: 'draft' | 'approved';
  minutesApprovedAtMeetingId: number | null;
  /** The meeting whose open action items this one follows up, when the user picked one. */
  followsUpMeetingId: number | null;
  sortKey: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export const MeetingEntity = new EntitySchema<MeetingRow>({
  name: 'Meeting',
  tableName: 'meeting',
  columns: {
    ...versionColumns,
    id: { type: 'integer', primary: true, generated: 'increment' },
    title: { type: 'varchar', length: 200 },
    type: { type: 'varchar', length: 40 },
    bodyId: { name: 'body_id', type: 'integer', nullable: true },
    seriesId: { name: 'series_id', type: 'integer', nullable: true },
    date: { type: 'varchar', length: 10 },
    startTime: { name: 'start_time', type: 'varchar', length: 5 },
    endTime: { name: 'end_time', type: 'varchar', length: 5 },
    place: { type: 'varchar', length: 300, nullable: true },
    onlineLink: { name: 'online_link', type: 'varchar', length: 1000, nullable: true },
    status: { type: 'varchar', length: 20 },
    purpose: { type: 'text', nullable: true },
    notes: { type: 'text', nullable: true },
    minutesStatus: { name: 'minutes_status', type: 'varchar', length: 10 },
    minutesApprovedAtMeetingId: { name: 'minutes_approved_at_meeting_id', type: 'integer', nullable: true },
    followsUpMeetingId: { name: 'follows_up_meeting_id', type: 'integer', nullable: true },
    sortKey: { name: 'sort_key', type: 'varchar', length: 200 },
    ...stamps,
    deletedAt: { name: 'deleted_at', type: 'varchar', length: 30, nullable: true },
  },
});

export interface AgendaItemRow extends VersionedLater {
  id: number;
  meetingId: number;
  position: number;
  isBreak: boolean;
  standard: StandardItem | null;
  title: string;
  kind: ItemKind;
  presenterId: number | null;
  durationMinutes: number;
  description: string | null;
  minutes: string | null;
}

export const AgendaItemEntity = new EntitySchema<AgendaItemRow>({
  name: 'AgendaItem',
  tableName: 'agenda_item',
  columns: {
    ...versionColumns,
    ...laterUpdatedAt,
    id: { type: 'integer', primary: true, generated: 'increment' },
    meetingId: { name: 'meeting_id', type: 'integer' },
    position: { type: 'integer' },
    isBreak: { name: 'is_break', type: 'boolean' },
    standard: { type: 'varchar', length: 20, nullable: true },
    title: { type: 'varchar', length: 300 },
    kind: { type: 'varchar', length: 20 },
    presenterId: { name: 'presenter_id', type: 'integer', nullable: true },
    durationMinutes: { name: 'duration_minutes', type: 'integer' },
    description: { type: 'text', nullable: true },
    minutes: { type: 'text', nullable: true },
  },
});

export interface AttachmentRow {
  id: number;
  itemId: number;
  fileName: string;
  storedName: string;
  size: number;
  createdAt: string;
}

export const AttachmentEntity = new EntitySchema<AttachmentRow>({
  name: 'AgendaAttachment',
  tableName: 'agenda_attachment',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    itemId: { name: 'item_id', type: 'integer' },
    fileName: { name: 'file_name', type: 'varchar', length: 255 },
    storedName: { name: 'stored_name', type: 'varchar', length: 100 },
    size: { type: 'integer' },
    createdAt: stamps.createdAt,
  },
});

export interface InviteeRow extends VersionedLater {
  id: number;
  meetingId: number;
  personId: number | null;
  organisationId: number | null;
  reply: Reply;
  attendance: Attendance | null;
  invitedAt: string;
}

export const InviteeEntity = new EntitySchema<InviteeRow>({
  name: 'MeetingInvitee',
  tableName: 'meeting_invitee',
  columns: {
    ...versionColumns,
    ...laterUpdatedAt,
    id: { type: 'integer', primary: true, generated: 'increment' },
    meetingId: { name: 'meeting_id', type: 'integer' },
    personId: { name: 'person_id', type: 'integer', nullable: true },
    organisationId: { name: 'organisation_id', type: 'integer', nullable: true },
    reply: { type: 'varchar', length: 20 },
    attendance: { type: 'varchar', length: 20, nullable: true },
    invitedAt: { name: 'invited_at', type: 'varchar', length: 30 },
  },
});

export interface DecisionRow extends VersionedLater {
  id: number;
  meetingId: number;
  itemId: number | null;
  text: string;
  createdAt: string;
}

export const DecisionEntity = new EntitySchema<DecisionRow>({
  name: 'Decision',
  tableName: 'decision',
  columns: {
    ...versionColumns,
    ...laterUpdatedAt,
    id: { type: 'integer', primary: true, generated: 'increment' },
    meetingId: { name: 'meeting_id', type: 'integer' },
    itemId: { name: 'item_id', type: 'integer', nullable: true },
    text: { type: 'text' },
    createdAt: stamps.createdAt,
  },
});

export interface ActionItemRow extends Versioned {
  id: number;
  meetingId: number;
  itemId: number | null;
  what: string;
  ownerPersonId: number | null;
  ownerOrganisationId: number | null;
  dueDate: string | null;
  status: ActionStatus;
  doneDate: string | null;
  closedAtMeetingId: number | null;
  dropReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export const ActionItemEntity = new EntitySchema<ActionItemRow>({
  name: 'ActionItem',
  tableName: 'action_item',
  columns: {
    ...versionColumns,
    id: { type: 'integer', primary: true, generated: 'increment' },
    meetingId: { name: 'meeting_id', type: 'integer' },
    itemId: { name: 'item_id', type: 'integer', nullable: true },
    what: { type: 'varchar', length: 2000 },
    ownerPersonId: { name: 'owner_person_id', type: 'integer', nullable: true },
    ownerOrganisationId: { name: 'owner_organisation_id', type: 'integer', nullable: true },
    dueDate: { name: 'due_date', type: 'varchar', length: 10, nullable: true },
    status: { type: 'varchar', length: 10 },
    doneDate: { name: 'done_date', type: 'varchar', length: 10, nullable: true },
    closedAtMeetingId: { name: 'closed_at_meeting_id', type: 'integer', nullable: true },
    dropReason: { name: 'drop_reason', type: 'varchar', length: 500, nullable: true },
    ...stamps,
  },
});

export const meetingEntities = [MeetingSeriesEntity, MeetingEntity, AgendaItemEntity, AttachmentEntity, InviteeEntity, DecisionEntity, ActionItemEntity];
