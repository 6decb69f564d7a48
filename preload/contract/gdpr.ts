import { z } from 'zod';
import { id } from './common';
import type { Relation } from './actors';

/** What an erased person's name, e-mail and phone become in documents that are kept. */
export const ERASED_PERSON = '[slettet person]';

/** The legal ground recorded (without the person's name) when a person is erased. */
export const erasureReasons = ['art17_request', 'retention_expired', 'other'] as const;
export type ErasureReason = (typeof erasureReasons)[number];

export const erasePersonInput = z.strictObject({ id, reason: z.enum(erasureReasons) });

/** What erasing one person does, counted before and returned after (the confirmation dialog shows it). */
export interface ErasurePlan {
  personId: number;
  /** Involvement records on the person (manual and automatic): deleted. */
  involvements: number;
  /** Body memberships: deleted. */
  memberships: number;
  /** Invitations to meetings whose minutes are not approved: deleted. */
  invitations: number;
  /** Agenda presenter, action item owner and initiative contact: the link is cleared. */
  links: number;
  /** Stakeholder map placements, involvement rules and retention holds: deleted. */
  other: number;
  /** Approved minutes, sent/decided memos and their versions: the name, e-mail and phone become the placeholder. */
  keptDocumentReferences: number;
  /** Free texts elsewhere (drafts, notes on other actors …) that mention the person: the placeholder too. */
  otherTextReferences: number;
}

export const exportPersonInput = z.strictObject({ id, format: z.enum(['json', 'xlsx']).default('json') });

export const retentionIdsInput = z.strictObject({ ids: z.array(id).min(1).max(1000) });

export interface RetentionProposal {
  personId: number;
  name: string;
  organisationName: string | null;
  relation: Relation | null;
  /** Latest involvement, meeting invitation or creation date (YYYY-MM-DD). */
  lastActivity: string;
}

export interface RetentionProposals {
  months: number;
  /** Activity on or before this date counts as expired. */
  cutoff: string;
  items: RetentionProposal[];
}
