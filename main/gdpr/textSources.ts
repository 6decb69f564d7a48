import type { EntityManager, EntitySchema } from 'typeorm';
import { BodyEntity, OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import { BudgetLineEntity, GoalEntity, InitiativeEntity, InitiativeStatusEntity, KeyFigureValueEntity, MeasurementEntity, TrackEntity } from '../../db/entities/initiatives';
import { InvolvementEntity } from '../../db/entities/involvement';
import { ActionItemEntity, AgendaItemEntity, AttachmentEntity, DecisionEntity, MeetingEntity, MeetingSeriesEntity } from '../../db/entities/meetings';
import { MemoEntity, MemoLinkEntity, MemoVersionEntity } from '../../db/entities/memos';
import { MilestoneEntity } from '../../db/entities/planning';
import { MailMessageEntity, MailRecipientEntity, MeetingCalendarEntity } from '../../db/entities/mail';

/** Which search document a changed row belongs to, so the index can be rewritten. */
export type Owner = { kind: 'meeting' | 'memo' | 'involvement' | 'initiative' | 'goal' | 'milestone' | 'organisation' | 'person'; id: number } | null;

type Row = Record<string, unknown> & { id: number };

export interface TextSource {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entity: EntitySchema<any>;
  columns: string[];
  /** The search document this row is part of (null: not indexed). */
  owner: (row: Row) => Owner;
  /** Whether the row is part of a document that must be kept as it was issued. */
  kept: (row: Row, k: KeptLookup) => Promise<boolean>;
}

export interface KeptLookup {
  meetingApproved(id: number): Promise<boolean>;
  memoIssued(id: number): Promise<boolean>;
}

const num = (v: unknown) => Number(v);
const never = async () => false;
const byMeeting = async (r: Row, k: KeptLookup) => k.meetingApproved(num(r.meetingId));

/**
 * Every stored free text in which a person's name, e-mail or phone can appear. A new feature with
 * free text adds its columns here (the erasure reliability test fails on a forgotten one).
 */
export function textSources(m: EntityManager): TextSource[] {
  const meetingOfItem = async (itemId: number) => (await m.getRepository(AgendaItemEntity).findOneBy({ id: itemId }))?.meetingId ?? 0;
  return [
    { entity: MeetingSeriesEntity, columns: ['title'], owner: () => null, kept: never },
    { entity: MeetingEntity, columns: ['title', 'place', 'purpose', 'notes', 'sortKey'], owner: (r) => ({ kind: 'meeting', id: r.id }), kept: (r, k) => k.meetingApproved(r.id) },
    { entity: AgendaItemEntity, columns: ['title', 'description', 'minutes'], owner: (r) => ({ kind: 'meeting', id: num(r.meetingId) }), kept: byMeeting },
    {
      entity: AttachmentEntity,
      columns: ['fileName'],
      owner: () => null,
      kept: async (r, k) => k.meetingApproved(await meetingOfItem(num(r.itemId))),
    },
    { entity: DecisionEntity, columns: ['text'], owner: (r) => ({ kind: 'meeting', id: num(r.meetingId) }), kept: byMeeting },
    { entity: ActionItemEntity, columns: ['what', 'dropReason'], owner: (r) => ({ kind: 'meeting', id: num(r.meetingId) }), kept: byMeeting },
    {
      entity: MemoEntity,
      columns: ['title', 'recipientName', 'author', 'body', 'decisionBody', 'decisionText', 'decisionEffects', 'sortKey', 'searchText'],
      owner: (r) => ({ kind: 'memo', id: r.id }),
      kept: (r, k) => k.memoIssued(r.id),
    },
    { entity: MemoVersionEntity, columns: ['snapshot'], owner: () => null, kept: async () => true },
    { entity: MemoLinkEntity, columns: ['label'], owner: (r) => ({ kind: 'memo', id: num(r.memoId) }), kept: (r, k) => k.memoIssued(num(r.memoId)) },
    { entity: InvolvementEntity, columns: ['topic', 'outcome'], owner: (r) => ({ kind: 'involvement', id: r.id }), kept: never },
    { entity: InitiativeEntity, columns: ['name', 'description', 'sortKey', 'searchText'], owner: (r) => ({ kind: 'initiative', id: r.id }), kept: never },
    { entity: InitiativeStatusEntity, columns: ['note'], owner: () => null, kept: never },
    { entity: BudgetLineEntity, columns: ['fundingSource', 'note'], owner: () => null, kept: never },
    { entity: TrackEntity, columns: ['description'], owner: () => null, kept: never },
    { entity: GoalEntity, columns: ['name', 'description', 'sortKey'], owner: (r) => ({ kind: 'goal', id: r.id }), kept: never },
    { entity: MeasurementEntity, columns: ['source', 'note'], owner: () => null, kept: never },
    { entity: KeyFigureValueEntity, columns: ['note'], owner: () => null, kept: never },
    { entity: MilestoneEntity, columns: ['title', 'note'], owner: (r) => ({ kind: 'milestone', id: r.id }), kept: never },
    { entity: OrganisationEntity, columns: ['address', 'notes', 'relationReason', 'searchText'], owner: (r) => ({ kind: 'organisation', id: r.id }), kept: never },
    { entity: PersonEntity, columns: ['title', 'notes', 'relationReason', 'searchText'], owner: (r) => ({ kind: 'person', id: r.id }), kept: never },
    { entity: BodyEntity, columns: ['description'], owner: () => null, kept: never },
    // The sent log (issue 14): whom a mail went to, its subject, the place a meeting request carried.
    { entity: MailRecipientEntity, columns: ['name', 'email', 'errorDetail'], owner: () => null, kept: never },
    { entity: MailMessageEntity, columns: ['subject'], owner: () => null, kept: never },
    { entity: MeetingCalendarEntity, columns: ['signature'], owner: () => null, kept: never },
  ];
}
