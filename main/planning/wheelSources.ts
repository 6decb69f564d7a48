import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { WHEEL_CAP_PER_MONTH, type Wheel, type WheelEntry, type WheelRing } from '../../preload/contract';
import { initiativeWheelEntries } from '../initiatives/lookup';
import { meetingWheelEntries } from '../meetings/lookup';
import { memoWheelEntries } from '../memos/lookup';
import type { DocLanguage } from '../documents/format';
import { textsFor } from '../documents/texts';
import { milestonesOfYear } from './milestoneService';

/** Everything that puts entries on the annual wheel for a year. */
export type WheelSource = (m: EntityManager, year: number, lang?: DocLanguage) => Promise<WheelEntry[]>;

async function milestoneEntries(m: EntityManager, year: number, lang: DocLanguage = 'da'): Promise<WheelEntry[]> {
  const milestoneKindLabel = textsFor(lang).documents.milestoneKind;
  return (await milestonesOfYear(m, year)).map((ms) => ({
    ring: 'milestones',
    category: ms.kind,
    key: `milestone-${ms.id}`,
    title: ms.title,
    date: ms.occursOn,
    endDate: null,
    detail: [milestoneKindLabel[ms.kind], ms.bodyName, ms.note].filter(Boolean).join(' · ') || null,
    route: `planning/milestones/${ms.id}`,
  }));
}

/**
 * A feature adds its source with one line: meetings (ring 'meetings'), decision memos with their
 * recipient meeting dates ('memos'), initiative periods ('initiatives', with endDate).
 */
export const wheelSources: WheelSource[] = [milestoneEntries, meetingWheelEntries, memoWheelEntries, initiativeWheelEntries];

/** An entry belongs to `year` when it (or its period) touches the year. */
export async function wheelOfYear(m: EntityManager, year: number, lang: DocLanguage = 'da'): Promise<Wheel> {
  const lists = await Promise.all(wheelSources.map((s) => s(m, year, lang)));
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const entries = lists
    .flat()
    .filter((e) => e.date <= to && (e.endDate ?? e.date) >= from)
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, lang));
  return { year, entries };
}

/**
 * The screen's wheel: each ring keeps its first entries of every month (in the wheel's order), so a
 * region's thousand initiatives do not bury the milestones; `totals` counts every ring's entries.
 */
export async function getWheel(db: Database, year: number): Promise<Wheel> {
  const { entries } = await wheelOfYear(db.ds.manager, year);
  const totals: Partial<Record<WheelRing, number>> = {};
  const shown = new Map<string, number>();
  const kept = entries.filter((e) => {
    totals[e.ring] = (totals[e.ring] ?? 0) + 1;
    const month = e.date < `${year}-01-01` ? 0 : Number(e.date.slice(5, 7));
    const key = `${e.ring}:${month}`;
    const n = shown.get(key) ?? 0;
    shown.set(key, n + 1);
    return n < WHEEL_CAP_PER_MONTH;
  });
  return { year, entries: kept, totals };
}
