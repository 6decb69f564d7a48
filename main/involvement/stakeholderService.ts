import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { StakeholderPositionEntity } from '../../db/entities/involvement';
import type { ChannelParsed, StakeholderActor, StakeholderMap } from '../../preload/contract';
import { ServiceError } from '../api/serviceError';
import { actorDirectory, actorKey } from './actorDirectory';
import { activeClock } from '../app/clock';

export async function stakeholderMap(m: EntityManager): Promise<StakeholderMap> {
  const actors = await actorDirectory(m);
  const positions = new Map((await m.getRepository(StakeholderPositionEntity).find()).map((p) => [actorKey(p.actorKind, p.actorId), p]));
  const placed: StakeholderActor[] = [];
  const unplaced: StakeholderActor[] = [];
  const sorted = [...actors.entries()].sort(([, a], [, b]) => a.sortKey.localeCompare(b.sortKey));
  for (const [key, a] of sorted) {
    const p = positions.get(key);
    const item = { actorKind: a.kind, actorId: a.id, name: a.name, relation: a.relation, influence: p?.influence ?? null, interest: p?.interest ?? null };
    (p ? placed : unplaced).push(item);
  }
  return { placed, unplaced };
}

export const getStakeholderMap = (db: Database) => stakeholderMap(db.ds.manager);

export async function placeStakeholder(db: Database, input: ChannelParsed<'stakeholders.place'>): Promise<StakeholderMap> {
  return db.tx(async (m) => {
    if (!(await actorDirectory(m)).has(actorKey(input.actorKind, input.actorId))) {
      throw new ServiceError('VALIDATION', 'missing.actor', { actorId: 'field.actor' });
    }
    const repo = m.getRepository(StakeholderPositionEntity);
    const existing = await repo.findOneBy({ actorKind: input.actorKind, actorId: input.actorId });
    if (input.influence === null || input.interest === null) {
      if (existing) await repo.delete({ id: existing.id });
    } else {
      const values = { influence: input.influence, interest: input.interest, updatedAt: activeClock().now().toISOString() };
      if (existing) await repo.update({ id: existing.id }, values);
      else await repo.save({ actorKind: input.actorKind, actorId: input.actorId, ...values });
    }
    return stakeholderMap(m);
  });
}
