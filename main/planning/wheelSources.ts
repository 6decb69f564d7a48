import { mapInTurn } from '../../db/inTurn';
import type { Database } from '../../db/database';
import { WHEEL_CAP_PER_MONTH, type MilestoneKind, type Wheel, type WheelEntry, type WheelRing } from '../../preload/contract';
import { initiativeWheelEntries } from '../initiatives/lookup';
import { meetingWheelEntries } from '../meetings/lookup';
import { memoWheelEntries } from '../memos/lookup';
import type { DocLanguage } from '../documents/format';
import { textsFor } from '../documents/texts';
import { occurrence } from './milestoneService';

/** Everything that puts entries on the annual wheel for a year. */
export type WheelSource = (db: Database, year: number, lang?: DocLanguage) => Promise<WheelEntry[]>;

type MilestoneRow = { id: number; title: string; date: string; kind: MilestoneKind; note: string | null; recurring: boolean | number; body: string | null };

/** Milestones falling in the year (a recurring one every year from its first), with their live body's name, in one statement. */
async function milestoneEntries(db: Database, year: number, lang: DocLanguage = 'da'): Promise<WheelEntry[]> {
  const milestoneKindLabel = textsFor(lang).documents.milestoneKind;
  const rows = await db.storage.all<MilestoneRow>(
    db.ds,
    `SELECT ms.id, ms.title, ms.date, ms.kind, ms.note, ms.recurring, b.name AS body FROM milestone ms
     LEFT JOIN body b ON b.id = ms.body_id AND b.deleted_at IS NULL WHERE ms.date <= ?`,
    [`${year}-12-31`],
  );
  const out: WheelEntry[] = [];
  for (const r of rows) {
    const on = occurrence({ date: r.date, recurring: !!r.recurring }, year);
    if (!on) continue;
    out.push({
      ring: 'milestones',
      category: r.kind,
      key: `milestone-${Number(r.id)}`,
      title: r.title,
      date: on,
      endDate: null,
      detail: [milestoneKindLabel[r.kind], r.body, r.note].filter(Boolean).join(' · ') || null,
      route: `planning/milestones/${Number(r.id)}`,
    });
  }
  return out;
}

/**
 * A feature adds its source with one line: meetings (ring 'meetings'), decision memos with their
 * recipient meeting dates ('memos'), initiative periods ('initiatives', with endDate).
 */
export const wheelSources: WheelSource[] = [milestoneEntries, meetingWheelEntries, memoWheelEntries, initiativeWheelEntries];

/** An entry belongs to `year` when it (or its period) touches the year. */
export async function wheelOfYear(db: Database, year: number, lang: DocLanguage = 'da'): Promise<Wheel> {
  const lists = await mapInTurn(wheelSources, (s) => s(db, year, lang));
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  // One collator for the sort: localeCompare with a locale builds one per call (~1,000 entries at L).
  const collator = new Intl.Collator(lang);
  const entries = lists
    .flat()
    .filter((e) => e.date <= to && (e.endDate ?? e.date) >= from)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : collator.compare(a.title, b.title)));
  return { year, entries };
}

/**
 * The screen's wheel: each ring keeps its first entries of every month (in the wheel's order), so a
 * region's thousand initiatives do not bury the milestones; `totals` counts every ring's entries.
 */
export async function getWheel(db: Database, year: number): Promise<Wheel> {
  const { entries } = await wheelOfYear(db, year);
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
