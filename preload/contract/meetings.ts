import type { SeriesCodes } from '../texts/seriesRule';
import { z } from 'zod';
import { baseVersion, clockTime, id, isoDate, optionalDate, optionalText, paging, plainString, requiredText, text, upload, type VersionInfo } from './common';

export const meetingTypes = ['kickoff_workshop', 'theme_meeting', 'steering_group', 'partnership_meeting', 'advisory_board', 'network_meeting', 'study_visit', 'other'] as const;
export type MeetingType = (typeof meetingTypes)[number];

export const meetingStatuses = ['planned', 'invited', 'held', 'minutes_approved'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const itemKinds = ['orientation', 'discussion', 'decision'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** Standard items a new agenda offers; "followup" lists the open action items of the same body. */
export const standardItems = ['approval', 'followup', 'aob'] as const;
export type StandardItem = (typeof standardItems)[number];

export const replies = ['invited', 'accepted', 'declined', 'no_reply'] as const;
export type Reply = (typeof replies)[number];

export const attendances = ['present', 'absent', 'regrets'] as const;
export type Attendance = (typeof attendances)[number];

export const actionStatuses = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** Minutes allotted per meeting type unless the user changes it (kick-off workshop: half a day). */
export const DEFAULT_TYPE_MINUTES: Record<MeetingType, number> = {
  kickoff_workshop: 240,
  theme_meeting: 180,
  steering_group: 120,
  partnership_meeting: 120,
  advisory_board: 120,
  network_meeting: 120,
  study_visit: 240,
  other: 60,
};

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export { clockTime };
const nullableId = id.nullable().optional().transform((v) => v ?? null);

const onlineLink = z
  .union([z.literal(''), z.null(), plainString().trim().max(1000).pipe(z.url({ protocol: /^https?$/, message: 'Ugyldigt link (skal starte med https://)' }))])
  .optional()
  .transform((v) => (v ? v : null));

export const minutesOfDay = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export const meetingInput = z
  .strictObject({
    title: requiredText(200),
    type: z.enum(meetingTypes),
    bodyId: nullableId,
    date: isoDate,
    startTime: clockTime,
    endTime: clockTime,
    place: optionalText(300),
    onlineLink,
    purpose: optionalText(5000),
    notes: optionalText(10_000),
    /** "Følger op på": the meeting whose open action items this one takes up; null = its series, else its body. */
    followsUpMeetingId: nullableId,
  })
  .refine((m) => minutesOfDay(m.endTime) > minutesOfDay(m.startTime), { message: 'Sluttid skal ligge efter starttid', path: ['endTime'] });
export type MeetingInput = z.input<typeof meetingInput>;

export const createMeeting = z.strictObject({
  data: meetingInput,
  /** Add approval of the agenda, follow-up on the last minutes and any other business. */
  standardItems: z.boolean().default(true),
  /** Copy the agenda structure (items, kinds, durations, presenters) of this meeting. */
  copyFromId: nullableId,
});
export const updateMeeting = z.strictObject({ id, version: baseVersion, data: meetingInput });
export const meetingStatusInput = z.strictObject({ id, version: baseVersion, status: z.enum(meetingStatuses) });

export const meetingListQuery = z.strictObject({
  bodyId: nullableId,
  when: z.enum(['all', 'upcoming', 'past']).default('all'),
  search: text(200).optional().default(''),
  /** Only meetings on or after this date. */
  fromDate: optionalDate,
  /** Latest date first whatever `when` is (a body's page lists its meetings so). */
  newestFirst: z.boolean().default(false),
  offset: paging.offset,
  limit: z.number().int().min(1).max(1000).default(100),
});

export const seriesInput = z
  .strictObject({
    title: requiredText(200),
    type: z.enum(meetingTypes),
    bodyId: nullableId,
    /** First meeting on or after this date. */
    fromDate: isoDate,
    everyMonths: z.number().int().min(1).max(12),
    /** 0 = Monday … 6 = Sunday. */
    weekday: z.number().int().min(0).max(6),
    /** 1–4 = first–fourth, 5 = last of the month. */
    ordinal: z.number().int().min(1).max(5),
    count: z.number().int().min(1).max(24),
    startTime: clockTime,
    durationMinutes: z.number().int().min(15).max(12 * 60),
    place: optionalText(300),
    standardItems: z.boolean().default(true),
  });
export type SeriesInput = z.input<typeof seriesInput>;

export const typeDefaultsInput = z.strictObject(
  Object.fromEntries(meetingTypes.map((t) => [t, z.number().int().min(15).max(12 * 60)])) as Record<MeetingType, z.ZodNumber>,
);

export const agendaItemInput = z.strictObject({
  isBreak: z.boolean().default(false),
  title: requiredText(300),
  kind: z.enum(itemKinds).default('orientation'),
  presenterId: nullableId,
  durationMinutes: z.number().int().min(0).max(12 * 60),
  description: optionalText(10_000),
});
export type AgendaItemInput = z.input<typeof agendaItemInput>;
export const addAgendaItem = z.strictObject({ meetingId: id, data: agendaItemInput });
export const updateAgendaItem = z.strictObject({ id, version: baseVersion, data: agendaItemInput });
/** `versions`: each item's version as the user saw it, in the order of itemIds (a reorder saves every item). */
export const reorderAgenda = z.strictObject({ meetingId: id, itemIds: z.array(id).min(1).max(200), versions: z.array(z.number().int().min(1)).max(200).optional() });
export const attachmentUpload = upload.extend({ itemId: id });

export const inviteInput = z
  .strictObject({
    meetingId: id,
    personIds: z.array(id).max(500).default([]),
    organisationIds: z.array(id).max(500).default([]),
    /** Invites every current member (people and organisations) of the body. */
    bodyId: nullableId,
  })
  .refine((v) => v.personIds.length + v.organisationIds.length > 0 || v.bodyId !== null, { message: 'Vælg mindst én at invitere', path: ['personIds'] });
export const guestInput = z.strictObject({
  meetingId: id,
  name: requiredText(200),
  email: z
    .union([z.literal(''), z.null(), plainString().trim().max(254).pipe(z.email({ message: 'Ugyldig e-mailadresse' }))])
    .optional()
    .transform((v) => (v ? v : null)),
  title: optionalText(200),
});
export const inviteeUpdate = z.strictObject({
  id,
  version: baseVersion,
  reply: z.enum(replies),
  attendance: z.enum(attendances).nullable().optional().transform((v) => v ?? null),
});

export const itemMinutesInput = z.strictObject({ itemId: id, version: baseVersion, minutes: optionalText(50_000) });
export const meetingDecisionInput = z.strictObject({ meetingId: id, itemId: nullableId, text: requiredText(5000) });
export const updateDecision = z.strictObject({ id, version: baseVersion, itemId: nullableId, text: requiredText(5000) });

export const actionItemInput = z
  .strictObject({
    meetingId: id,
    itemId: nullableId,
    what: requiredText(2000),
    ownerPersonId: nullableId,
    ownerOrganisationId: nullableId,
    dueDate: optionalDate,
  })
  .refine((a) => a.ownerPersonId === null || a.ownerOrganisationId === null, { message: 'Vælg enten en person eller en organisation', path: ['ownerPersonId'] });
export type ActionItemInput = z.input<typeof actionItemInput>;
export const updateActionItem = z.strictObject({ id, version: baseVersion, data: actionItemInput });
export const actionStatusInput = z
  .strictObject({
    id,
    version: baseVersion,
    status: z.enum(actionStatuses),
    doneDate: optionalDate,
    /** The meeting whose follow-up item the status was set on. */
    atMeetingId: nullableId,
    /** Why an item was dropped; required for "dropped". */
    reason: optionalText(500),
  })
  .refine((s) => s.status !== 'dropped' || s.reason !== null, { message: 'Skriv hvorfor aftalen droppes', path: ['reason'] });
export const actionListQuery = z.strictObject({
  bodyId: nullableId,
  ownerPersonId: nullableId,
  ownerOrganisationId: nullableId,
  status: z.enum([...actionStatuses, 'all']).default('open'),
  overdueOnly: z.boolean().default(false),
  /** "Today" for the overdue filter; the caller's date (tests pin it). */
  today: optionalDate,
  offset: paging.offset,
  limit: z.number().int().min(1).max(1000).default(100),
});
export const approveMinutesInput = z.strictObject({ id, version: baseVersion, approvedAtMeetingId: nullableId });

// ---- Results ----
export interface MeetingSummary {
  id: number;
  title: string;
  type: MeetingType;
  bodyId: number | null;
  bodyName: string | null;
  date: string;
  startTime: string;
  endTime: string;
  place: string | null;
  status: MeetingStatus;
  seriesId: number | null;
  itemCount: number;
  inviteeCount: number;
  openActionCount: number;
}

export interface Attachment {
  id: number;
  fileName: string;
  size: number;
}

export interface AgendaItem extends VersionInfo {
  id: number;
  position: number;
  /** "1", "2", … ; null for breaks. */
  number: string | null;
  isBreak: boolean;
  standard: StandardItem | null;
  title: string;
  kind: ItemKind;
  presenterId: number | null;
  presenterName: string | null;
  durationMinutes: number;
  startTime: string;
  endTime: string;
  description: string | null;
  minutes: string | null;
  attachments: Attachment[];
}

export interface Invitee extends VersionInfo {
  id: number;
  personId: number | null;
  organisationId: number | null;
  name: string;
  organisationName: string | null;
  email: string | null;
  reply: Reply;
  attendance: Attendance | null;
}

export interface Decision extends VersionInfo {
  id: number;
  meetingId: number;
  itemId: number | null;
  itemNumber: string | null;
  text: string;
}

export interface ActionItem extends VersionInfo {
  id: number;
  meetingId: number;
  meetingTitle: string;
  meetingDate: string;
  bodyId: number | null;
  bodyName: string | null;
  itemId: number | null;
  itemNumber: string | null;
  what: string;
  ownerPersonId: number | null;
  ownerOrganisationId: number | null;
  ownerName: string | null;
  dueDate: string | null;
  status: ActionStatus;
  doneDate: string | null;
  /** Why it was dropped (status "dropped"). */
  dropReason: string | null;
  overdue: boolean;
}

/** Where a meeting's follow-up comes from: a picked meeting, its series, its body, or nowhere. */
export interface FollowUpSource {
  kind: 'picked' | 'series' | 'body' | 'none';
  meetingId: number | null;
  title: string | null;
  date: string | null;
}

export interface Meeting extends MeetingSummary, VersionInfo {
  /** The series' rule: codes said in the reader's language, or older free text kept as it was; null outside a series. */
  seriesRule: { codes: SeriesCodes | null; text: string } | null;
  followsUpMeetingId: number | null;
  /** Whose open action items this meeting follows up (the nearest earlier one named). */
  followUpFrom: FollowUpSource;
  /** The later meeting where this meeting's open action items will appear; null: none yet. */
  followedUpAt: FollowUpSource;
  onlineLink: string | null;
  purpose: string | null;
  notes: string | null;
  minutesStatus: 'draft' | 'approved';
  minutesApprovedAt: { meetingId: number | null; title: string | null; date: string | null } | null;
  /** Sum of the items' minutes beyond the meeting's length (0 when they fit). */
  overrunMinutes: number;
  items: AgendaItem[];
  invitees: Invitee[];
  decisions: Decision[];
  actionItems: ActionItem[];
  /** Open action items from earlier meetings of the same body, plus those closed at this meeting. */
  followUp: ActionItem[];
}

export type TypeDefaults = Record<MeetingType, number>;
