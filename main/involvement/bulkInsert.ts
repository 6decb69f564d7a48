import type { EntityManager } from 'typeorm';
import { InvolvementEntity } from '../../db/entities/involvement';
import type { ChannelParsed } from '../../preload/contract';
import { indexInvolvement } from './searchDoc';

const CHUNK = 500;

/**
 * Many manual involvement records at once inside the caller's transaction (data generator). Rows are what
 * `createInvolvement` writes, and each is indexed for search by the same function.
 */
export async function insertInvolvements(m: EntityManager, rows: ChannelParsed<'involvement.create'>[], stamp: string): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map((r) => ({ ...r, sourceKind: null, sourceId: null, auto: false, createdAt: stamp, updatedAt: stamp }));
    ids.push(...(await m.getRepository(InvolvementEntity).insert(values)).identifiers.map((r) => Number(r.id)));
  }
  for (const id of ids) await indexInvolvement(m, id);
  return ids;
}
