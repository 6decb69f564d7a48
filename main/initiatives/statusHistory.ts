import type { EntityManager } from 'typeorm';
import { InitiativeEntity, InitiativeStatusEntity } from '../../db/entities/initiatives';
import type { InitiativeStatus, StatusChange, StatusNoteKind } from '../../preload/contract';
import { notFound, ServiceError } from '../api/serviceError';
import { nowIso as now } from '../app/days';

/** Oldest first; changes on the same date keep the order they were recorded in. */
export async function historyOf(m: EntityManager, initiativeIds: number[]): Promise<Map<number, StatusChange[]>> {
  const out = new Map<number, StatusChange[]>();
  if (initiativeIds.length === 0) return out;
  const rows = await m
    .getRepository(InitiativeStatusEntity)
    .createQueryBuilder('s')
    .where('s.initiative_id IN (:...ids)', { ids: initiativeIds })
    .orderBy('s.date', 'ASC')
    .addOrderBy('s.id', 'ASC')
    .getMany();
  for (const r of rows) {
    const list = out.get(r.initiativeId) ?? [];
    list.push({ id: r.id, status: r.status, date: r.date, note: r.note, noteKind: r.noteKind ?? null });
    out.set(r.initiativeId, list);
  }
  return out;
}

/** The status an initiative had on a date: the last change on or before it (null if none yet). */
export function statusAt(history: StatusChange[], date: string): StatusChange | null {
  let found: StatusChange | null = null;
  for (const c of history) if (c.date <= date) found = c;
  return found;
}

/**
 * Records a status change with its date and brings the initiative's current status in line with its
 * history. Takes an EntityManager so another service (e.g. decision memos moving an initiative to
 * 'decided') can call it inside its own transaction.
 */
export async function setInitiativeStatus(m: EntityManager, id: number, status: InitiativeStatus, date: string, note: string | null, noteKind: StatusNoteKind | null = null): Promise<void> {
  const row = await m.getRepository(InitiativeEntity).findOneBy({ id });
  if (!row) throw notFound('initiative');
  await m.getRepository(InitiativeStatusEntity).save({ initiativeId: id, status, date, note, noteKind, createdAt: now() });
  const history = (await historyOf(m, [id])).get(id) ?? [];
  const current = history[history.length - 1]!;
  await m.getRepository(InitiativeEntity).update({ id }, { status: current.status, statusDate: current.date, updatedAt: now() });
}

/** The initiative a status change belongs to. */
export async function initiativeOfStatus(m: EntityManager, statusId: number): Promise<number> {
  const row = await m.getRepository(InitiativeStatusEntity).findOneBy({ id: statusId });
  if (!row) throw notFound('statusChange');
  return row.initiativeId;
}

/** Removes a mistaken status change and recomputes the current status; returns the initiative's id. */
export async function removeStatusChange(m: EntityManager, statusId: number): Promise<number> {
  const row = await m.getRepository(InitiativeStatusEntity).findOneBy({ id: statusId });
  if (!row) throw notFound('statusChange');
  if ((await m.getRepository(InitiativeStatusEntity).countBy({ initiativeId: row.initiativeId })) <= 1) {
    throw new ServiceError('CONFLICT', 'initiatives.lastStatus');
  }
  await m.getRepository(InitiativeStatusEntity).delete({ id: statusId });
  const history = (await historyOf(m, [row.initiativeId])).get(row.initiativeId)!;
  const current = history[history.length - 1]!;
  await m.getRepository(InitiativeEntity).update({ id: row.initiativeId }, { status: current.status, statusDate: current.date, updatedAt: now() });
  return row.initiativeId;
}
