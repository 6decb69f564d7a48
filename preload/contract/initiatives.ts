import { z } from 'zod';
import { id, isoDate, optionalDate, optionalText, paging, requiredText, text, baseVersion, type VersionInfo } from './common';

export const initiativeStatuses = ['idea', 'proposed', 'decided', 'running', 'completed', 'stopped'] as const;
export type InitiativeStatus = (typeof initiativeStatuses)[number];

const optionalId = id.nullable().optional().transform((v) => v ?? null);
const ids = z.array(id).max(200).default([]);

export const trackInput = z.strictObject({
  name: requiredText(120),
  description: optionalText(2000),
  sortOrder: z.number().int().min(0).max(1000).default(0),
});
export type TrackInput = z.input<typeof trackInput>;
export const updateTrack = z.strictObject({ id, version: baseVersion, data: trackInput });

const age = z.number().int().min(0).max(120).nullable().optional().transform((v) => v ?? null);
export const targetGroupInput = z
  .strictObject({ name: requiredText(120), ageFrom: age, ageTo: age })
  .refine((g) => g.ageFrom === null || g.ageTo === null || g.ageFrom <= g.ageTo, { message: 'Alder til ligger før alder fra', path: ['ageTo'] });
export type TargetGroupInput = z.input<typeof targetGroupInput>;
export const updateTargetGroup = z.strictObject({ id, version: baseVersion, data: targetGroupInput });

export const budgetLineInput = z.strictObject({
  year: z.number({ message: 'Angiv et år' }).int().min(1990, { message: 'Ugyldigt år' }).max(2100, { message: 'Ugyldigt år' }),
  amount: z.number({ message: 'Angiv et beløb' }).int({ message: 'Angiv hele kroner' }).min(-1_000_000_000).max(1_000_000_000),
  fundingSource: optionalText(200),
  note: optionalText(500),
});
export type BudgetLineInput = z.input<typeof budgetLineInput>;

export const initiativeInput = z
  .strictObject({
    name: requiredText(200),
    description: optionalText(10_000),
    trackId: id,
    targetGroupIds: ids,
    ownerOrganisationId: optionalId,
    partnerOrganisationIds: ids,
    contactPersonId: optionalId,
    startDate: optionalDate,
    endDate: optionalDate,
    budgetLines: z.array(budgetLineInput).max(100).default([]),
  })
  .refine((i) => !i.startDate || !i.endDate || i.startDate <= i.endDate, { message: 'Slutdato ligger før startdato', path: ['endDate'] });
export type InitiativeInput = z.input<typeof initiativeInput>;

export const createInitiative = z.strictObject({
  data: initiativeInput,
  status: z.enum(initiativeStatuses).default('idea'),
  statusDate: isoDate.optional(),
});
export const updateInitiative = z.strictObject({ id, version: baseVersion, data: initiativeInput });

/** `version`: the initiative's, as the user saw it (a status change is a change of the initiative). */
export const statusChangeInput = z.strictObject({
  id,
  version: baseVersion,
  status: z.enum(initiativeStatuses),
  date: isoDate,
  note: optionalText(1000),
});
export type StatusChangeInput = z.input<typeof statusChangeInput>;
/** `id` is the status change's; `version` the initiative's as the user saw it. */
export const removeStatusInput = z.strictObject({ id, version: baseVersion });

export const initiativeListQuery = z.strictObject({
  search: text(200).optional().default(''),
  trackId: optionalId,
  targetGroupId: optionalId,
  status: z.enum(initiativeStatuses).nullable().optional().default(null),
  /** The screen's grouping: the page is ordered by track (as sorted) or status (life order) first, so groups run across pages. */
  groupBy: z.enum(['track', 'status', 'targetGroup']).optional(),
  offset: paging.offset,
  limit: z.number().int().min(1).max(1000).default(100),
});
export type InitiativeListQuery = z.input<typeof initiativeListQuery>;

// ---- Results ----
export interface Track extends VersionInfo {
  id: number;
  name: string;
  description: string | null;
  sortOrder: number;
  initiativeCount: number;
}

export interface TargetGroup extends VersionInfo {
  id: number;
  name: string;
  ageFrom: number | null;
  ageTo: number | null;
  initiativeCount: number;
}

export interface Ref {
  id: number;
  name: string;
}

export interface BudgetLine {
  id: number;
  year: number;
  amount: number;
  fundingSource: string | null;
  note: string | null;
}

/** A status change a memo's decision made: the note holds the memo's title, the words come from the reader's language. */
export type StatusNoteKind = 'approved' | 'undone';

export interface StatusChange {
  id: number;
  status: InitiativeStatus;
  date: string;
  note: string | null;
  noteKind: StatusNoteKind | null;
}

export interface InitiativeSummary {
  id: number;
  name: string;
  track: Ref;
  targetGroups: Ref[];
  status: InitiativeStatus;
  statusDate: string;
  ownerOrganisation: Ref | null;
  startDate: string | null;
  endDate: string | null;
  budgetTotal: number;
}

export interface Initiative extends InitiativeSummary, VersionInfo {
  description: string | null;
  partnerOrganisations: Ref[];
  contactPerson: Ref | null;
  budgetLines: BudgetLine[];
  history: StatusChange[];
  createdAt: string;
  updatedAt: string;
}
