import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { GoalEntity, MeasurementEntity, type GoalRow } from '../../db/entities/initiatives';
import { initiativeRefs, trackRefs } from '../initiatives/lookup';
import { sortKey } from '../../db/textKeys';
import type { ChannelParsed, Goal, Measurement } from '../../preload/contract';
import { notFound, ServiceError } from '../api/serviceError';
import { nowIso as now, todayIso as today } from '../app/days';
import { goalProgress } from './progress';
import { latestMeasurementIds } from './goalList';
import { claimVersion, versionOf } from '../versions/versions';
import { indexGoal } from './searchDoc';

type GoalData = ChannelParsed<'goals.create'>;

/**
 * Every measurement of the goals (the dashboard draws and lists them), read as plain rows: at 100,000
 * measurements, hydrating entities was most of the list's time.
 */
async function allMeasurements(m: EntityManager, ids: number[]): Promise<(Measurement & { goalId: number })[]> {
  if (ids.length === 0) return [];
  return m.getRepository(MeasurementEntity).createQueryBuilder('x')
    .select(['x.id AS id', 'x.goal_id AS "goalId"', 'x.date AS date', 'x.value AS value', 'x.source AS source', 'x.note AS note'])
    .where('x.goal_id IN (:...ids)', { ids })
    .orderBy('x.goal_id', 'ASC').addOrderBy('x.date', 'ASC').addOrderBy('x.id', 'ASC')
    .getRawMany();
}

/** Only each goal's latest measurement on or before `asOf`: all that progress needs (overview, status report). */
async function latestMeasurements(m: EntityManager, ids: number[], asOf: string): Promise<(Measurement & { goalId: number })[]> {
  if (ids.length === 0) return [];
  return m.createQueryBuilder().from('goal', 'g')
    .innerJoin(latestMeasurementIds, 'lm', 'lm.goal_id = g.id', { asOf })
    .innerJoin('measurement', 'x', 'x.id = lm.mid')
    .select(['x.id AS id', 'x.goal_id AS "goalId"', 'x.date AS date', 'x.value AS value', 'x.source AS source', 'x.note AS note'])
    .where('g.id IN (:...ids)', { ids })
    .getRawMany();
}

async function views(m: EntityManager, rows: GoalRow[], asOf: string, latestOnly = false): Promise<Goal[]> {
  const ids = rows.map((r) => r.id);
  const ms = latestOnly ? await latestMeasurements(m, ids, asOf) : await allMeasurements(m, ids);
  const byGoal = new Map<number, Measurement[]>();
  for (const x of ms) {
    const list = byGoal.get(x.goalId) ?? [];
    if (list.length === 0) byGoal.set(x.goalId, list);
    list.push({ id: x.id, date: x.date, value: x.value, source: x.source, note: x.note });
  }
  const iniIds = [...new Set(rows.map((r) => r.initiativeId).filter((x): x is number => x !== null))];
  const inis = await initiativeRefs(m, iniIds);
  const tracks = new Map([...(await trackRefs(m, [...new Set([...inis.values()].map((i) => i.trackId))])).values()].map((t) => [t.id, t.name]));
  return rows.map((r) => {
    const measurements = byGoal.get(r.id) ?? [];
    const ini = r.initiativeId === null ? undefined : inis.get(r.initiativeId);
    return {
      id: r.id,
      name: r.name,
      description: r.description,
      kind: r.kind,
      unit: r.unit,
      direction: r.direction,
      baselineValue: r.baselineValue,
      baselineDate: r.baselineDate,
      targetValue: r.targetValue,
      targetMax: r.targetMax,
      targetDate: r.targetDate,
      initiative: ini ? { id: ini.id, name: ini.name, trackId: ini.trackId, trackName: tracks.get(ini.trackId) ?? '', status: ini.status } : null,
      measurements,
      progress: goalProgress(r, measurements, asOf),
      ...versionOf(r),
    };
  });
}

/**
 * Partnership-level goals first, then by name. With `latestOnly` each goal carries just its latest
 * measurement up to `asOf` (progress is the same; for the overview and the status report).
 */
export async function listGoalsIn(m: EntityManager, asOf: string = today(), latestOnly = false): Promise<Goal[]> {
  const rows = await m.getRepository(GoalEntity).find({ order: { sortKey: 'ASC', id: 'ASC' } });
  const list = await views(m, rows, asOf, latestOnly);
  return [...list.filter((g) => !g.initiative), ...list.filter((g) => g.initiative)];
}


async function goalIn(m: EntityManager, id: number): Promise<Goal> {
  const row = await m.getRepository(GoalEntity).findOneBy({ id });
  if (!row) throw notFound('goal');
  return (await views(m, [row], today()))[0]!;
}

export const getGoal = (db: Database, id: number) => goalIn(db.ds.manager, id);

async function checkInitiative(m: EntityManager, d: GoalData) {
  if (d.initiativeId && !(await initiativeRefs(m, [d.initiativeId])).get(d.initiativeId)?.live) {
    throw new ServiceError('VALIDATION', 'missing.initiative', { initiativeId: 'field.initiative' });
  }
}

export async function createGoal(db: Database, d: GoalData): Promise<Goal> {
  return db.tx(async (m) => {
    await checkInitiative(m, d);
    const stamp = now();
    const saved = await m.getRepository(GoalEntity).save({ ...d, sortKey: sortKey(d.name), createdAt: stamp, updatedAt: stamp });
    await indexGoal(m, saved.id);
    return goalIn(m, saved.id);
  });
}

export async function updateGoal(db: Database, id: number, d: GoalData, version?: number): Promise<Goal> {
  return db.tx(async (m) => {
    await goalIn(m, id);
    await claimVersion(m, 'goal', id, version);
    await checkInitiative(m, d);
    await m.getRepository(GoalEntity).update({ id }, { ...d, sortKey: sortKey(d.name), updatedAt: now() });
    await indexGoal(m, id);
    return goalIn(m, id);
  });
}

export async function deleteGoal(db: Database, id: number, version?: number): Promise<{ deleted: true }> {
  return db.tx(async (m) => {
    await goalIn(m, id);
    await claimVersion(m, 'goal', id, version);
    await m.getRepository(GoalEntity).delete({ id });
    await indexGoal(m, id);
    return { deleted: true };
  });
}

export async function addMeasurement(db: Database, input: ChannelParsed<'measurements.add'>): Promise<Goal> {
  return db.tx(async (m) => {
    const { goalId, ...rest } = input;
    await goalIn(m, goalId);
    await m.getRepository(MeasurementEntity).insert({ goalId, ...rest });
    return goalIn(m, goalId);
  });
}

export async function deleteMeasurement(db: Database, id: number): Promise<Goal> {
  return db.tx(async (m) => {
    const row = await m.getRepository(MeasurementEntity).findOneBy({ id });
    if (!row) throw notFound('measurement');
    await m.getRepository(MeasurementEntity).delete({ id });
    return goalIn(m, row.goalId);
  });
}
