import type { EntityManager } from 'typeorm';
import { InitiativeEntity } from '../../db/entities/initiatives';
import { bodyOf, indexDocument, removeDocument } from '../search/searchIndex';

/** An initiative is found by its name and description and opens its detail. */
export async function indexInitiative(m: EntityManager, id: number): Promise<void> {
  const r = await m.getRepository(InitiativeEntity).findOneBy({ id });
  if (!r) return removeDocument(m, 'initiative', id);
  await indexDocument(m, { kind: 'initiative', id, title: r.name, body: bodyOf(r.description), route: `initiatives/list/${id}` });
}
