import { EntitySchema } from 'typeorm';
import { versionColumns, type Versioned } from './versionColumns';
import type { DecisionOutcome, MemoLinkKind, MemoStatus, RecipientKind } from '../../preload/contract';

export interface MemoRow extends Versioned {
  id: number;
  title: string;
  caseNumber: string | null;
  recipientKind: RecipientKind;
  recipientName: string | null;
  meetingDate: string | null;
  author: string | null;
  memoDate: string;
  status: MemoStatus;
  /** JSON of MemoContent minus the header fields (sections, options, economy, recommendations, attachments). */
  body: string;
  sentVersion: number;
  hasUnsentChanges: boolean;
  decisionDate: string | null;
  decisionBody: string | null;
  decisionOutcome: DecisionOutcome | null;
  decisionText: string | null;
  /** JSON of MemoDecisionEffect[]: what the decision changed elsewhere, so it can be undone. */
  decisionEffects: string | null;
  decisionRecordedAt: string | null;
  sortKey: string;
  searchText: string;
  createdAt: string;
  updatedAt: string;
}

export const MemoEntity = new EntitySchema<MemoRow>({
  name: 'Memo',
  tableName: 'memo',
  columns: {
    ...versionColumns,
    id: { type: 'integer', primary: true, generated: 'increment' },
    title: { type: 'varchar', length: 300 },
    caseNumber: { name: 'case_number', type: 'varchar', length: 60, nullable: true },
    recipientKind: { name: 'recipient_kind', type: 'varchar', length: 30 },
    recipientName: { name: 'recipient_name', type: 'varchar', length: 200, nullable: true },
    meetingDate: { name: 'meeting_date', type: 'varchar', length: 10, nullable: true },
    author: { type: 'varchar', length: 200, nullable: true },
    memoDate: { name: 'memo_date', type: 'varchar', length: 10 },
    status: { type: 'varchar', length: 20 },
    body: { type: 'text' },
    sentVersion: { name: 'sent_version', type: 'integer' },
    hasUnsentChanges: { name: 'has_unsent_changes', type: 'boolean' },
    decisionDate: { name: 'decision_date', type: 'varchar', length: 10, nullable: true },
    decisionBody: { name: 'decision_body', type: 'varchar', length: 200, nullable: true },
    decisionOutcome: { name: 'decision_outcome', type: 'varchar', length: 30, nullable: true },
    decisionText: { name: 'decision_text', type: 'text', nullable: true },
    decisionEffects: { name: 'decision_effects', type: 'text', nullable: true },
    decisionRecordedAt: { name: 'decision_recorded_at', type: 'varchar', length: 30, nullable: true },
    sortKey: { name: 'sort_key', type: 'varchar', length: 200 },
    searchText: { name: 'search_text', type: 'text' },
    createdAt: { name: 'created_at', type: 'varchar', length: 30 },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 30 },
  },
});

export interface MemoVersionRow {
  id: number;
  memoId: number;
  number: number;
  sentOn: string;
  /** JSON of { header, content } exactly as sent; never changed afterwards. */
  snapshot: string;
  createdAt: string;
}

export const MemoVersionEntity = new EntitySchema<MemoVersionRow>({
  name: 'MemoVersion',
  tableName: 'memo_version',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    memoId: { name: 'memo_id', type: 'integer' },
    number: { type: 'integer' },
    sentOn: { name: 'sent_on', type: 'varchar', length: 10 },
    snapshot: { type: 'text' },
    createdAt: { name: 'created_at', type: 'varchar', length: 30 },
  },
});

export interface MemoLinkRow {
  id: number;
  memoId: number;
  targetKind: MemoLinkKind;
  targetId: number;
  label: string;
}

/** Links to other features' objects by kind and id; no foreign key, so the features stay independent. */
export const MemoLinkEntity = new EntitySchema<MemoLinkRow>({
  name: 'MemoLink',
  tableName: 'memo_link',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    memoId: { name: 'memo_id', type: 'integer' },
    targetKind: { name: 'target_kind', type: 'varchar', length: 20 },
    targetId: { name: 'target_id', type: 'integer' },
    label: { type: 'varchar', length: 300 },
  },
});

export const memoEntities = [MemoEntity, MemoVersionEntity, MemoLinkEntity];
