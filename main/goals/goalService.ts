import { In, type EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { GoalEntity, InitiativeEntity, MeasurementEntity, TrackEntity, type GoalRow } from '../../db/entities/initiatives';
import { sortKey } from '../../db/textKeys';
import type { ChannelParsed, Goal, Measurement } from '../../preload/contract';
import { notFound, ServiceError } from '../api/serviceError';
import { now } from '../actors/keys';
import { today } from '../initiatives/initiativeService';
import { goalProgress } from './progress';
import { indexGoal } from './searchDoc';

type GoalData = ChannelParsed<'goals.create'>;

async function views(m: EntityManager, rows: GoalRow[], asOf: string): Promise<Goal[]> {
  const ids = rows.map((r) => r.id);
  const ms = ids.length ? await m.getRepository(MeasurementEntity).find({ where: { goalId: In(ids) }, order: { date: 'ASC', id: 'ASC' } }) : [];
  const iniIds = [...new Set(rows.map((r) => r.initiativeId).filter((x): x is number => x !== null))];
  const inis = iniIds.length ? await m.getRepository(InitiativeEntity).findBy({ id: In(iniIds) }) : [];
  const tracks = new Map((await m.getRepository(TrackEntity).find()).map((t) => [t.id, t.name]));
  return rows.map((r) => {
    const measurements: Measurement[] = ms.filter((x) => x.goalId === r.id).map((x) => ({ id: x.id, date: x.date, value: x.value, source: x.source, note: x.note }));
    const ini = inis.find((i) => i.id === r.initiativeId);
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
    };
  });
}

/** Partnership-level goals first, then by name. */
export async function listGoalsIn(m: EntityManager, asOf: string = today()): Promise<Goal[]> {
  const rows = await m.getRepository(GoalEntity).find({ order: { sortKey: 'ASC', id: 'ASC' } });
  const list = await views(m, rows, asOf);
  return [...list.filter((g) => !g.initiative), ...list.filter((g) => g.initiative)];
}

export const listGoals = (db: Database, asOf?: string) => listGoalsIn(db.ds.manager, asOf);

async function goalIn(m: EntityManager, id: number): Promise<Goal> {
  const row = await m.getRepository(GoalEntity).findOneBy({ id });
  if (!row) throw notFound('Målet');
  return (await views(m, [row], today()))[0]!;
}

export const getGoal = (db: Database, id: number) => goalIn(db.ds.manager, id);

async function checkInitiative(m: EntityManager, d: GoalData) {
  if (d.initiativeId && !(await m.getRepository(InitiativeEntity).findOneBy({ id: d.initiativeId }))) {
    throw new ServiceError('VALIDATION', 'Indsatsen findes ikke.', { initiativeId: ['Indsatsen findes ikke'] });
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

export async function updateGoal(db: Database, id: number, d: GoalData): Promise<Goal> {
  return db.tx(async (m) => {
    await goalIn(m, id);
    await checkInitiative(m, d);
    await m.getRepository(GoalEntity).update({ id }, { ...d, sortKey: sortKey(d.name), updatedAt: now() });
    await indexGoal(m, id);
    return goalIn(m, id);
  });
}

export async function deleteGoal(db: Database, id: number): Promise<{ deleted: true }> {
  return db.tx(async (m) => {
    await goalIn(m, id);
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
    if (!row) throw notFound('Målingen');
    await m.getRepository(MeasurementEntity).delete({ id });
    return goalIn(m, row.goalId);
  });
}
