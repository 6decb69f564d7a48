import { z } from 'zod';
import { baseVersion, id, isoDate, optionalDate, optionalText, paging, plainString, requiredText, text, type VersionInfo } from './common';
import { relations, type Relation } from './actors';

export const actorKinds = ['organisation', 'person'] as const;
export type ActorKind = (typeof actorKinds)[number];

export const involvementForms = ['invited', 'attended', 'presented', 'consulted', 'data_request', 'hearing', 'joined_initiative', 'other'] as const;
export type InvolvementForm = (typeof involvementForms)[number];

/** Features that record involvements automatically, and the hash route (plus '/<id>') that opens the source object. */
export const involvementSourceRoutes = { meeting: 'meetings/list', initiative: 'initiatives/list' } as const;
export type InvolvementSourceKind = keyof typeof involvementSourceRoutes;

export const actorRef = z.strictObject({ actorKind: z.enum(actorKinds), actorId: id });
/** A body's involvement: what its members (and the people of member organisations) were involved in, newest first. */
export const bodyInvolvementQuery = z.strictObject({ bodyId: id, offset: paging.offset, limit: z.number().int().min(1).max(200).default(50) });
export type ActorRef = z.input<typeof actorRef>;
/** One page of an actor's involvement log (an organisation's with its people's), newest first. */
export const actorInvolvementQuery = actorRef.extend({ offset: paging.offset, limit: z.number().int().min(1).max(200).default(50) });

export const involvementInput = z.strictObject({
  actorKind: z.enum(actorKinds),
  actorId: id,
  date: isoDate,
  form: z.enum(involvementForms),
  topic: requiredText(300),
  outcome: optionalText(5000),
  followUpDate: optionalDate,
}).refine((i) => !i.followUpDate || i.followUpDate >= i.date, { message: 'Opfølgningen ligger før datoen', path: ['followUpDate'] });
export type InvolvementInput = z.input<typeof involvementInput>;
export const updateInvolvement = z.strictObject({ id, version: baseVersion, data: involvementInput });

/** Longest sensible rule: once every three years. */
export const involvementRuleInput = actorRef.extend({ intervalDays: z.number().int().min(1).max(1095).nullable() });

export const involvementMatrixQuery = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  granularity: z.enum(['month', 'quarter']).default('month'),
  relation: z.enum(relations).nullable().optional().transform((v) => v ?? null),
  organisationKind: plainString().max(40).nullable().optional().transform((v) => v ?? null),
  bodyId: id.nullable().optional().transform((v) => v ?? null),
  offset: paging.offset,
  limit: z.number().int().min(1).max(500).default(100),
});
export type InvolvementMatrixQuery = z.input<typeof involvementMatrixQuery>;

export interface Involvement extends VersionInfo {
  id: number;
  actorKind: ActorKind;
  actorId: number;
  actorName: string;
  date: string;
  form: InvolvementForm;
  topic: string;
  outcome: string | null;
  followUpDate: string | null;
  sourceKind: string | null;
  sourceId: number | null;
  /** Created by another feature (an invitation, a partnership); edited there, not here. */
  auto: boolean;
}

export interface ActorInvolvement {
  /** One page of the log, newest first, from `offset`; `total` counts the whole log. */
  items: Involvement[];
  total: number;
  offset: number;
  intervalDays: number | null;
  /** Latest involvement, counting the organisation's people for an organisation. */
  lastDate: string | null;
  /** When the next involvement is due under the rule; null without a rule. */
  dueDate: string | null;
}

export interface InvolvementStatusEntry {
  actorKind: ActorKind;
  actorId: number;
  name: string;
  relation: Relation | null;
  intervalDays: number | null;
  lastDate: string | null;
  /** Overdue since this date (last involvement + interval, or when the rule was set). */
  dueSince: string | null;
  daysOverdue: number | null;
}

/** Entries per list of the involvement status (the overview shows 50 of each); the totals say how many there are. */
export const INVOLVEMENT_STATUS_CAP = 50;
export const involvementStatusQuery = z.strictObject({ limit: z.number().int().min(1).max(1000).default(INVOLVEMENT_STATUS_CAP) }).optional().default({ limit: INVOLVEMENT_STATUS_CAP });

export interface InvolvementStatus {
  /** The first `limit` actors overdue by their rule, longest overdue first. */
  overdue: InvolvementStatusEntry[];
  overdueTotal: number;
  /**
   * The first `limit` actors never involved: those with a rule first, then ad hoc organisations (neither
   * they nor their people involved), each group in Danish order.
   */
  never: InvolvementStatusEntry[];
  /**
   * How many were never involved; null when there are more than the page: the ad hoc organisations are
   * not counted past it (10,967 at region scale, each checked with its people), the screen says "more than".
   */
  neverTotal: number | null;
}

export interface InvolvementMatrix {
  columns: string[];
  /** One page of actors, from `offset`. */
  rows: { actorKind: ActorKind; actorId: number; name: string; relation: Relation | null; counts: number[]; total: number }[];
  /** Actors matching the filters, over all pages. */
  total: number;
  offset: number;
  /** The most involvements of one actor in one cell this year (over every actor, so colours compare across pages). */
  max: number;
}

const score = z.number().int().min(0).max(100);
/** Place an actor on the stakeholder map, or take it off with nulls. */
export const stakeholderPlacement = actorRef.extend({ influence: score.nullable(), interest: score.nullable() });
export type StakeholderPlacement = z.input<typeof stakeholderPlacement>;

export interface StakeholderActor {
  actorKind: ActorKind;
  actorId: number;
  name: string;
  relation: Relation | null;
  /** 0–100, null when not placed yet. */
  influence: number | null;
  interest: number | null;
}

/** The map: every placed actor (in Danish order of name); the others are found with `stakeholders.candidates`. */
export interface StakeholderMap {
  placed: StakeholderActor[];
  /** Live actors not on the map yet. */
  unplacedTotal: number;
}

/** The picker of actors to place: the first `limit` not on the map, in Danish order, matching the typed words. */
export const stakeholderCandidateQuery = z.strictObject({ search: text(200).optional().default(''), limit: z.number().int().min(1).max(100).default(30) });

export interface StakeholderCandidates {
  actors: StakeholderActor[];
  total: number;
}
