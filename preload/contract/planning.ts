import { z } from 'zod';
import { id, isoDate, optionalText, requiredText, baseVersion, type VersionInfo } from './common';

export const milestoneKinds = ['political_deadline', 'council_meeting', 'report_due', 'budget', 'other'] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

export const milestoneInput = z.strictObject({
  title: requiredText(200),
  date: isoDate,
  kind: z.enum(milestoneKinds),
  bodyId: id.nullable().optional().transform((v) => v ?? null),
  note: optionalText(5000),
  recurring: z.boolean().default(false),
});
export type MilestoneInput = z.input<typeof milestoneInput>;
export const updateMilestone = z.strictObject({ id, version: baseVersion, data: milestoneInput });
export const yearQuery = z.strictObject({ year: z.number().int().min(2000).max(2100) });

export interface Milestone extends VersionInfo {
  id: number;
  title: string;
  date: string;
  kind: MilestoneKind;
  bodyId: number | null;
  bodyName: string | null;
  note: string | null;
  recurring: boolean;
  /** The date it falls on in the year asked for (a recurring milestone moves along). */
  occursOn: string;
}

/**
 * Rings of the annual wheel, inside out. Features register a source for their ring in
 * main/planning/wheelSources.ts; a ring without a source yet stays empty.
 */
export const wheelRings = ['milestones', 'meetings', 'memos', 'initiatives'] as const;
export type WheelRing = (typeof wheelRings)[number];

export interface WheelEntry {
  ring: WheelRing;
  /** Colour group inside the ring, e.g. the milestone kind. */
  category: string;
  key: string;
  title: string;
  date: string;
  /** For periods (initiatives); null for single days. */
  endDate: string | null;
  detail: string | null;
  /** Hash route that opens the object, without '#/'. */
  route: string;
}

/** The screen's wheel shows at most this many entries per ring and month; the A3 PDF has them all. */
export const WHEEL_CAP_PER_MONTH = 12;

export interface Wheel {
  year: number;
  entries: WheelEntry[];
  /** The screen's wheel: how many entries each ring has in the year (it shows at most a dozen per ring and month). */
  totals?: Partial<Record<WheelRing, number>>;
}
