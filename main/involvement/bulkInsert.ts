import type { EntityManager } from 'typeorm';
import { InvolvementEntity } from '../../db/entities/involvement';
import type { ChannelParsed } from '../../preload/contract';
import { actorRefs } from '../actors/lookup';
import { indexNewDocuments } from '../search/searchIndex';
import { involvementDocument } from './searchDoc';

const CHUNK = 500;

/**
 * Many manual involvement records at once inside the caller's transaction (data generator). Rows are what
 * `createInvolvement` writes, with the same search documents (new ids: one insert per chunk, nothing to replace).
 */
export async function insertInvolvements(m: EntityManager, rows: ChannelParsed<'involvement.create'>[], stamp: string): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const values = chunk.map((r) => ({ ...r, sourceKind: null, sourceId: null, auto: false, createdAt: stamp, updatedAt: stamp }));
    const chunkIds = (await m.getRepository(InvolvementEntity).insert(values)).identifiers.map((r) => Number(r.id));
    const names = new Map<string, string>();
    for (const kind of ['person', 'organisation'] as const) {
      const refs = await actorRefs(m, kind, chunk.filter((r) => r.actorKind === kind).map((r) => r.actorId));
      for (const [id, ref] of refs) names.set(`${kind}:${id}`, ref.name);
    }
    await indexNewDocuments(m, chunk.map((r, k) => involvementDocument({ ...r, id: chunkIds[k]! }, names.get(`${r.actorKind}:${r.actorId}`))));
    ids.push(...chunkIds);
  }
  return ids;
}
