import { type EntityManager, In } from 'typeorm';
import { InitiativeEntity } from '../../db/entities/initiatives';

/** What other features may ask about initiatives: does it exist and its name (deleting one removes it). */
export interface InitiativeRef {
  id: number;
  name: string;
  live: boolean;
}

export async function initiativeRefs(m: EntityManager, ids: number[]): Promise<Map<number, InitiativeRef>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await m.getRepository(InitiativeEntity).find({ where: { id: In(unique) }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, live: true }]));
}
