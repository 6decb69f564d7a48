import { type EntityManager, LessThanOrEqual } from 'typeorm';
import type { Database } from '../../db/database';
import { bodyRefs, isLive, liveBodies } from '../actors/lookup';
import { MilestoneEntity, type MilestoneRow } from '../../db/entities/planning';
import type { ChannelParsed, Milestone } from '../../preload/contract';
import { notFound, ServiceError } from '../api/serviceError';
import { bodyOf, indexDocument, removeDocument } from '../search/searchIndex';
import { milestoneKindLabel } from './labels';
import { claimVersion, versionOf } from '../versions/versions';
import { activeClock } from '../app/clock';

type Input = ChannelParsed<'milestones.create'>;
const now = () => activeClock().now().toISOString();

/** The date a milestone falls on in `year`, or null; 29 February becomes 28 February in other years. */
export function occurrence(row: Pick<MilestoneRow, 'date' | 'recurring'>, year: number): string | null {
  const start = Number(row.date.slice(0, 4));
  if (start === year) return row.date;
  if (!row.recurring || year < start) return null;
  const md = row.date.slice(5) === '02-29' && !isLeap(year) ? '02-28' : row.date.slice(5);
  return `${year}-${md}`;
}
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

async function bodyNames(m: EntityManager): Promise<Map<number, string>> {
  return new Map((await liveBodies(m)).map((b) => [b.id, b.name]));
}

function view(r: MilestoneRow, bodies: Map<number, string>, occursOn: string): Milestone {
  return {
    id: r.id, title: r.title, date: r.date, kind: r.kind, bodyId: r.bodyId, bodyName: r.bodyId === null ? null : (bodies.get(r.bodyId) ?? null),
    note: r.note, recurring: !!r.recurring, occursOn,
    ...versionOf(r),
  };
}

/** Milestones that fall in `year`, by date. */
export async function milestonesOfYear(m: EntityManager, year: number): Promise<Milestone[]> {
  const rows = await m.getRepository(MilestoneEntity).find({ where: { date: LessThanOrEqual(`${year}-12-31`) } });
  const bodies = await bodyNames(m);
  const out: Milestone[] = [];
  for (const r of rows) {
    const on = occurrence(r, year);
    if (on) out.push(view(r, bodies, on));
  }
  return out.sort((a, b) => a.occursOn.localeCompare(b.occursOn) || a.title.localeCompare(b.title, 'da'));
}

export const listMilestones = (db: Database, year: number) => milestonesOfYear(db.ds.manager, year);

async function load(m: EntityManager, id: number): Promise<MilestoneRow> {
  const row = await m.getRepository(MilestoneEntity).findOneBy({ id });
  if (!row) throw notFound('milestone');
  return row;
}

async function detail(m: EntityManager, id: number): Promise<Milestone> {
  const row = await load(m, id);
  return view(row, await bodyNames(m), row.date);
}

export const getMilestone = (db: Database, id: number) => detail(db.ds.manager, id);

async function assertBody(m: EntityManager, bodyId: number | null) {
  if (bodyId === null) return;
  if (!(await isLive(m, 'body', bodyId))) throw new ServiceError('VALIDATION', 'missing.body', { bodyId: 'field.body' });
}

export async function indexMilestone(m: EntityManager, id: number) {
  const r = await m.getRepository(MilestoneEntity).findOneBy({ id });
  if (!r) return removeDocument(m, 'milestone', id);
  const body = r.bodyId === null ? null : (await bodyRefs(m, [r.bodyId])).get(r.bodyId);
  await indexDocument(m, { kind: 'milestone', id, title: r.title, body: bodyOf(milestoneKindLabel[r.kind], body?.name, r.note), route: `planning/milestones/${id}` });
}

export async function createMilestone(db: Database, input: Input): Promise<Milestone> {
  return db.tx(async (m) => {
    await assertBody(m, input.bodyId);
    const stamp = now();
    const saved = await m.getRepository(MilestoneEntity).save({ ...input, createdAt: stamp, updatedAt: stamp });
    await indexMilestone(m, saved.id);
    return detail(m, saved.id);
  });
}

export async function updateMilestone(db: Database, id: number, input: Input, version?: number): Promise<Milestone> {
  return db.tx(async (m) => {
    await load(m, id);
    await claimVersion(m, 'milestone', id, version);
    await assertBody(m, input.bodyId);
    await m.getRepository(MilestoneEntity).update({ id }, { ...input, updatedAt: now() });
    await indexMilestone(m, id);
    return detail(m, id);
  });
}

export async function deleteMilestone(db: Database, id: number, version?: number): Promise<Milestone> {
  return db.tx(async (m) => {
    const before = await detail(m, id);
    await claimVersion(m, 'milestone', id, version);
    await m.getRepository(MilestoneEntity).delete({ id });
    await indexMilestone(m, id);
    return before;
  });
}
