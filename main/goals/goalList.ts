import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { readerOf } from '../../db/managerReads';
import { goalStatuses, type ChannelParsed, type GoalDirection, type GoalProgress, type GoalKind, type GoalPage, type GoalStatus, type GoalSummary, type GoalUnit, type InitiativeStatus } from '../../preload/contract';
import { todayIso as today } from '../app/days';
import { versionOf } from '../versions/versions';
import { goalProgress } from './progress';

interface SummaryRow {
  id: number; name: string; description: string | null; kind: GoalKind; unit: GoalUnit; direction: GoalDirection;
  baselineValue: number; baselineDate: string; targetValue: number; targetMax: number | null; targetDate: string;
  iniId: number | null; iniName: string | null; iniStatus: InitiativeStatus | null; trackId: number | null; trackName: string | null;
  mId: number | null; mDate: string | null; mValue: number | null; mSource: string | null; mNote: string | null;
  version: number; updatedBy: string | null; updatedAt: string | null;
}

/**
 * Each goal's latest measurement id on or before :asOf, as a derived table: joined by its id, both
 * engines then read one measurement per goal by its key (a join condition holding the subquery itself
 * made PostgreSQL hash every measurement).
 */
export const latestMeasurementIds =
  '(SELECT g2.id AS goal_id, (SELECT y.id FROM measurement y WHERE y.goal_id = g2.id AND y.date <= :asOf ORDER BY y.date DESC, y.id DESC LIMIT 1) AS mid FROM goal g2)';

const orNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * Every goal the query matches with its latest measurement on or before `asOf` and its initiative and
 * track names, in one query (partnership level first, then by name). A region has hundreds of goals and
 * a hundred thousand measurements: only one measurement per goal is read, through ix_measurement_goal.
 */
export async function goalSummariesIn(m: EntityManager, asOf: string, initiativeId: number | null = null): Promise<Omit<GoalSummary, 'measurementCount'>[]> {
  // Plain SQL on the storage's fast path: at 500 goals the query builder's raw rows cost as much as the query.
  const rows = await readerOf(m)<SummaryRow>(
    `SELECT g.id AS id, g.name AS name, g.description AS description, g.kind AS kind, g.unit AS unit, g.direction AS direction,
       g.baseline_value AS "baselineValue", g.baseline_date AS "baselineDate", g.target_value AS "targetValue", g.target_max AS "targetMax", g.target_date AS "targetDate",
       i.id AS "iniId", i.name AS "iniName", i.status AS "iniStatus", t.id AS "trackId", t.name AS "trackName",
       g.version AS version, g.updated_by AS "updatedBy", g.updated_at AS "updatedAt",
       x.id AS "mId", x.date AS "mDate", x.value AS "mValue", x.source AS "mSource", x.note AS "mNote"
     FROM goal g LEFT JOIN initiative i ON i.id = g.initiative_id LEFT JOIN track t ON t.id = i.track_id
       LEFT JOIN ${latestMeasurementIds.replace(':asOf', '?')} lm ON lm.goal_id = g.id LEFT JOIN measurement x ON x.id = lm.mid
     ${initiativeId !== null ? 'WHERE g.initiative_id = ?' : ''}
     ORDER BY CASE WHEN g.initiative_id IS NULL THEN 0 ELSE 1 END, g.sort_key, g.id`,
    initiativeId !== null ? [asOf, initiativeId] : [asOf],
  );
  return rows.map((r) => {
    const line = {
      direction: r.direction, baselineValue: Number(r.baselineValue), baselineDate: r.baselineDate,
      targetValue: Number(r.targetValue), targetMax: orNull(r.targetMax), targetDate: r.targetDate,
    };
    const latest = r.mId === null ? [] : [{ id: Number(r.mId), date: r.mDate!, value: Number(r.mValue), source: r.mSource, note: r.mNote }];
    return {
      id: Number(r.id), name: r.name, description: r.description, kind: r.kind, unit: r.unit, ...line,
      initiative: r.iniId === null ? null : { id: Number(r.iniId), name: r.iniName ?? '', trackId: Number(r.trackId), trackName: r.trackName ?? '', status: r.iniStatus! },
      progress: goalProgress(line, latest, asOf),
      ...versionOf(r),
    };
  });
}

/** A goal as a short list of goals off track shows it: its name, target date and progress. */
export interface GoalStatusLine {
  id: number;
  name: string;
  targetDate: string;
  progress: GoalProgress;
}

/**
 * Every goal's progress on `asOf` by the one rule, in the goals' order, reading only what the rule needs:
 * the start screen's goals off track (a region's 500 goals with all their columns cost three times as much).
 */
export async function goalStatusesIn(m: EntityManager, asOf: string): Promise<GoalStatusLine[]> {
  const rows = await readerOf(m)<Pick<SummaryRow, 'id' | 'name' | 'direction' | 'baselineValue' | 'baselineDate' | 'targetValue' | 'targetMax' | 'targetDate' | 'mId' | 'mDate' | 'mValue'>>(
    `SELECT g.id AS id, g.name AS name, g.direction AS direction, g.baseline_value AS "baselineValue", g.baseline_date AS "baselineDate",
       g.target_value AS "targetValue", g.target_max AS "targetMax", g.target_date AS "targetDate", x.id AS "mId", x.date AS "mDate", x.value AS "mValue"
     FROM goal g LEFT JOIN ${latestMeasurementIds.replace(':asOf', '?')} lm ON lm.goal_id = g.id LEFT JOIN measurement x ON x.id = lm.mid
     ORDER BY CASE WHEN g.initiative_id IS NULL THEN 0 ELSE 1 END, g.sort_key, g.id`,
    [asOf],
  );
  return rows.map((r) => {
    const line = {
      direction: r.direction, baselineValue: Number(r.baselineValue), baselineDate: r.baselineDate,
      targetValue: Number(r.targetValue), targetMax: orNull(r.targetMax), targetDate: r.targetDate,
    };
    const latest = r.mId === null ? [] : [{ id: Number(r.mId), date: r.mDate!, value: Number(r.mValue), source: null, note: null }];
    return { id: Number(r.id), name: r.name, targetDate: r.targetDate, progress: goalProgress(line, latest, asOf) };
  });
}

async function measurementCounts(m: EntityManager, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await readerOf(m)<{ goalId: number; n: number | string }>(
    `SELECT x.goal_id AS "goalId", COUNT(*) AS n FROM measurement x WHERE x.goal_id IN (${ids.map(() => '?').join(', ')}) GROUP BY x.goal_id`,
    ids,
  );
  return new Map(rows.map((r) => [Number(r.goalId), Number(r.n)]));
}

/** The dashboard's page: the goals of one page, and how many goals there are in each status. */
export async function listGoalPage(db: Database, q: ChannelParsed<'goals.list'>): Promise<GoalPage> {
  const m = db.ds.manager;
  const all = await goalSummariesIn(m, q.asOf ?? today(), q.initiativeId);
  const statusCounts = Object.fromEntries(goalStatuses.map((s) => [s, 0])) as Record<GoalStatus, number>;
  for (const g of all) statusCounts[g.progress.status]++;
  const page = all.slice(q.offset, q.offset + q.limit);
  const counts = await measurementCounts(m, page.map((g) => g.id));
  return { items: page.map((g) => ({ ...g, measurementCount: counts.get(g.id) ?? 0 })), total: all.length, offset: q.offset, statusCounts };
}
