import { type EntityManager, In } from 'typeorm';
import { BudgetLineEntity, InitiativeEntity, TrackEntity, type BudgetLineRow } from '../../db/entities/initiatives';
import type { InitiativeStatus } from '../../preload/contract';

/** What other features may ask about initiatives: does it exist and its name (deleting one removes it). */
export interface InitiativeRef {
  id: number;
  name: string;
  live: boolean;
  status: InitiativeStatus;
  trackId: number;
}

export async function initiativeRefs(m: EntityManager, ids: readonly number[]): Promise<Map<number, InitiativeRef>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await m.getRepository(InitiativeEntity).find({ where: { id: In(unique) }, select: { id: true, name: true, status: true, trackId: true } });
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, live: true, status: r.status, trackId: r.trackId }]));
}

export interface TrackRef {
  id: number;
  name: string;
  live: boolean;
}

/** Tracks by id; without ids, every track. */
export async function trackRefs(m: EntityManager, ids?: readonly number[]): Promise<Map<number, TrackRef>> {
  if (ids && !ids.length) return new Map();
  const rows = await m.getRepository(TrackEntity).find({ ...(ids ? { where: { id: In([...new Set(ids)]) } } : {}), select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, live: true }]));
}

export type BudgetLine = Pick<BudgetLineRow, 'id' | 'initiativeId' | 'year' | 'amount' | 'fundingSource'>;

/** The budget lines of the initiatives given, by year. */
export async function budgetLinesOf(m: EntityManager, initiativeIds: readonly number[]): Promise<BudgetLine[]> {
  if (!initiativeIds.length) return [];
  return m.getRepository(BudgetLineEntity).find({ where: { initiativeId: In([...initiativeIds]) }, order: { year: 'ASC', id: 'ASC' }, select: { id: true, initiativeId: true, year: true, amount: true, fundingSource: true } });
}

// Initiatives as the status report and the annual wheel read them.
export { allInitiativesIn } from './initiativeService';
export { statusAt } from './statusHistory';
export { listTargetGroupsIn, listTracksIn } from './trackService';
export { initiativeWheelEntries } from './wheel';
export { reportInitiativeRows, type ReportInitiativeRow } from './reportRows';
