import { z } from 'zod';
import { id, isoDate, optionalText, paging, requiredText, type Page, baseVersion, type VersionInfo } from './common';
import type { InitiativeStatus, Ref } from './initiatives';

export const goalKinds = ['result', 'effort'] as const;
export type GoalKind = (typeof goalKinds)[number];
export const goalUnits = ['percent', 'count', 'dkk'] as const;
export type GoalUnit = (typeof goalUnits)[number];
export const goalDirections = ['higher', 'lower'] as const;
export type GoalDirection = (typeof goalDirections)[number];
export const goalStatuses = ['on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

const value = z.number({ message: 'Angiv et tal' }).finite().min(-1e12).max(1e12);

export const goalInput = z
  .strictObject({
    name: requiredText(300),
    description: optionalText(5000),
    kind: z.enum(goalKinds),
    unit: z.enum(goalUnits),
    direction: z.enum(goalDirections),
    baselineValue: value,
    baselineDate: isoDate,
    targetValue: value,
    /** Upper end of a target range ("80–100 unge"); null for a single target. */
    targetMax: value.nullable().optional().transform((v) => v ?? null),
    targetDate: isoDate,
    initiativeId: id.nullable().optional().transform((v) => v ?? null),
  })
  .refine((g) => g.baselineDate < g.targetDate, { message: 'Måldatoen skal ligge efter baselinedatoen', path: ['targetDate'] })
  .refine((g) => g.targetMax === null || g.targetMax > g.targetValue, { message: 'Intervallets øvre grænse skal være større end den nedre', path: ['targetMax'] })
  .refine((g) => g.targetValue !== g.baselineValue || g.targetMax !== null, { message: 'Målet skal være forskelligt fra baseline', path: ['targetValue'] })
  .refine(
    (g) => (g.direction === 'higher' ? g.targetValue > g.baselineValue : (g.targetMax ?? g.targetValue) < g.baselineValue),
    { message: 'Målet peger den modsatte vej af retningen', path: ['direction'] },
  );
export type GoalInput = z.input<typeof goalInput>;
export const updateGoal = z.strictObject({ id, version: baseVersion, data: goalInput });

export const measurementInput = z.strictObject({
  goalId: id,
  date: isoDate,
  value,
  source: optionalText(300),
  note: optionalText(1000),
});
export type MeasurementInput = z.input<typeof measurementInput>;

/** One page of goals, partnership level first; each with its latest measurement (the series comes from goals.get). */
export const goalListQuery = z.strictObject({
  asOf: isoDate.optional(),
  /** Only the goals of this initiative. */
  initiativeId: id.nullable().optional().transform((v) => v ?? null),
  offset: paging.offset,
  limit: z.number().int().min(1).max(200).default(50),
});

export const keyFigureInput = z.strictObject({ trackId: id, name: requiredText(200), sortOrder: z.number().int().min(0).max(1000).default(0) });
export type KeyFigureInput = z.input<typeof keyFigureInput>;
export const updateKeyFigure = z.strictObject({ id, version: baseVersion, data: keyFigureInput });

const year = z.number().int().min(1990, { message: 'Ugyldigt år' }).max(2100, { message: 'Ugyldigt år' });
export const keyFigureValueInput = z.strictObject({
  keyFigureId: id,
  /** The key figure's version as the user saw it: a year's value is part of the key figure. */
  version: baseVersion,
  year,
  /** null removes the year's value */
  value: value.nullable(),
  note: optionalText(500),
});
export type KeyFigureValueInput = z.input<typeof keyFigureValueInput>;
export const keyFigureTableQuery = z
  .strictObject({ fromYear: year, toYear: year })
  .refine((q) => q.fromYear <= q.toYear && q.toYear - q.fromYear <= 30, { message: 'Ugyldigt tidsrum', path: ['toYear'] });

export const reportPeriod = z
  .strictObject({ fromDate: isoDate, toDate: isoDate })
  .refine((p) => p.fromDate <= p.toDate, { message: 'Slutdato ligger før startdato', path: ['toDate'] });
export type ReportPeriod = z.input<typeof reportPeriod>;
export const reportExport = z
  .strictObject({ fromDate: isoDate, toDate: isoDate, language: z.enum(['da', 'en']).optional() })
  .refine((p) => p.fromDate <= p.toDate, { message: 'Slutdato ligger før startdato', path: ['toDate'] });

// ---- Results ----
export interface Measurement {
  id: number;
  date: string;
  value: number;
  source: string | null;
  note: string | null;
}

export interface GoalProgress {
  /** The latest measurement on or before asOf. */
  latest: Measurement | null;
  /** Share of the way from baseline to target, 0–1 (not clamped: >1 beyond target, <0 the wrong way). */
  progress: number | null;
  /** Share of the way a straight line from baseline to target has reached at asOf, 0–1. */
  expected: number;
  status: GoalStatus;
  reached: boolean;
  asOf: string;
}

export interface Goal extends VersionInfo {
  id: number;
  name: string;
  description: string | null;
  kind: GoalKind;
  unit: GoalUnit;
  direction: GoalDirection;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetMax: number | null;
  targetDate: string;
  initiative: (Ref & { trackId: number; trackName: string; status: InitiativeStatus }) | null;
  measurements: Measurement[];
  progress: GoalProgress;
}

/** A goal as the dashboard lists it: its latest measurement is in `progress.latest`. */
export type GoalSummary = Omit<Goal, 'measurements'> & { measurementCount: number };

export interface GoalPage extends Page<GoalSummary> {
  /** Goals per status over every goal the query matches, not just this page. */
  statusCounts: Record<GoalStatus, number>;
}

export interface KeyFigureYear {
  year: number;
  value: number | null;
  note: string | null;
  /** Change from the year before, when both years have a value. */
  change: number | null;
  changePercent: number | null;
}

export interface KeyFigureRow extends VersionInfo {
  id: number;
  trackId: number;
  trackName: string;
  name: string;
  sortOrder: number;
  years: KeyFigureYear[];
}
