import { NO_FUNDING } from './noFunding';
import { inTurn } from '../../db/inTurn';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { initiativeStatuses, type Goal, type GoalStatus, type InitiativeStatus, type KeyFigureRow, type Track } from '../../preload/contract';
import { keyFigureTableIn, listGoalsIn } from '../goals/lookup';
import { todayIso as today } from '../app/days';
import { listTargetGroupsIn, listTracksIn, reportInitiativeRows, type ReportInitiativeRow } from '../initiatives/lookup';
import { openActionRows } from '../meetings/lookup';
import { readSettings } from '../settings/lookup';
import type { ActionItemRow } from './actionItems';

export { NO_FUNDING };

export type ReportInitiative = ReportInitiativeRow;

export interface TrackSummary {
  track: Track | null;
  byStatus: Record<InitiativeStatus, number>;
  initiatives: number;
  budget: number;
  goals: Record<GoalStatus, number>;
}

export interface AgeBandRow {
  targetGroup: string;
  initiatives: number;
  running: number;
  budget: number;
}

export interface FundingRow {
  year: number;
  fundingSource: string;
  initiatives: number;
  amount: number;
}

export interface StatusReportData {
  partnership: string;
  municipality: string;
  fromDate: string;
  toDate: string;
  /** Status and progress are judged on this date: the period's end, or today while the period runs. */
  asOf: string;
  years: number[];
  tracks: Track[];
  initiatives: ReportInitiative[];
  goals: Goal[];
  keyFigures: KeyFigureRow[];
  keyFigureYears: number[];
  summaries: TrackSummary[];
  funding: FundingRow[];
  /** Initiatives by target group (the UU-Vestegnen minutes ask for overviews by age band). */
  ageBands: AgeBandRow[];
  actionItems: ActionItemRow[] | null;
}


/** A turn for the event loop, then `f`: the report's reads are several, each well under 100 ms. */
const turn = async <T>(f: () => Promise<T>): Promise<T> => {
  await new Promise<void>((resolve) => setImmediate(resolve));
  return f();
};
const yearOf = (iso: string) => Number(iso.slice(0, 4));
const zeroStatuses = () => Object.fromEntries(initiativeStatuses.map((s) => [s, 0])) as Record<InitiativeStatus, number>;
const zeroGoals = (): Record<GoalStatus, number> => ({ on_track: 0, at_risk: 0, off_track: 0, no_data: 0 });

/** Everything the status report shows, computed once from the same services the screens use. */
export async function statusReportData(db: Database, fromDate: string, toDate: string): Promise<StatusReportData> {
  const m: EntityManager = db.ds.manager;
  const asOf = toDate < today() ? toDate : today() < fromDate ? fromDate : today();
  const years: number[] = [];
  for (let y = yearOf(fromDate); y <= yearOf(toDate); y++) years.push(y);
  // Each step its own statements with a turn for the event loop between them (issue 17: no block > 100 ms).
  const [settings, tracks, targetGroups, initiatives, goals, keyFigures, actionItems] = await inTurn(
    () => readSettings(m),
    () => listTracksIn(m),
    () => listTargetGroupsIn(m),
    () => turn(() => reportInitiativeRows(db, fromDate, toDate, asOf, years)),
    () => turn(() => listGoalsIn(m, asOf, true)),
    () => turn(() => keyFigureTableIn(m, years[0]! - 1, years[years.length - 1]!)),
    () => turn(() => openActionRows(db, asOf)));
  const summaries: TrackSummary[] = [...tracks, null].map((track) => {
    const inTrack = initiatives.filter((i) => (track ? i.track.id === track.id : false));
    const byStatus = zeroStatuses();
    for (const i of inTrack) byStatus[i.statusAtEnd]++;
    const g = zeroGoals();
    for (const goal of goals.filter((x) => (track ? x.initiative?.trackId === track.id : !x.initiative))) g[goal.progress.status]++;
    return { track, byStatus, initiatives: inTrack.length, budget: inTrack.reduce((s, i) => s + i.budgetInPeriod, 0), goals: g };
  });
  const fundingMap = new Map<string, FundingRow & { ids: Set<number> }>();
  for (const i of initiatives) {
    for (const b of i.budgetLines) {
      const source = b.fundingSource ?? NO_FUNDING;
      const key = `${b.year}\u0000${source}`;
      const row = fundingMap.get(key) ?? { year: b.year, fundingSource: source, initiatives: 0, amount: 0, ids: new Set<number>() };
      row.amount += b.amount;
      row.ids.add(i.id);
      row.initiatives = row.ids.size;
      fundingMap.set(key, row);
    }
  }
  const funding = [...fundingMap.values()]
    .map(({ ids: _ids, ...r }) => r)
    .sort((a, b) => a.year - b.year || a.fundingSource.localeCompare(b.fundingSource, 'da'));
  const ageBands = targetGroups
    .map((g) => {
      const inGroup = initiatives.filter((i) => i.targetGroups.some((x) => x.id === g.id));
      return { targetGroup: g.name, initiatives: inGroup.length, running: inGroup.filter((i) => i.statusAtEnd === 'running').length, budget: inGroup.reduce((s, i) => s + i.budgetInPeriod, 0) };
    })
    .filter((r) => r.initiatives > 0);
  return {
    partnership: settings.partnershipName,
    municipality: settings.municipality,
    fromDate,
    toDate,
    asOf,
    years,
    tracks,
    initiatives,
    goals,
    keyFigures,
    keyFigureYears: [years[0]! - 1, ...years],
    summaries: summaries.filter((s) => s.track || s.goals.on_track + s.goals.at_risk + s.goals.off_track + s.goals.no_data > 0),
    funding,
    ageBands,
    actionItems,
  };
}
