import type { EntityManager } from 'typeorm';
import { GoalEntity } from '../../db/entities/initiatives';
import { bodyOf, indexDocument, removeDocument } from '../search/searchIndex';

/** A goal is found by its name and description and opens the goals dashboard scrolled to it. */
export async function indexGoal(m: EntityManager, id: number): Promise<void> {
  const r = await m.getRepository(GoalEntity).findOneBy({ id });
  if (!r) return removeDocument(m, 'goal', id);
  await indexDocument(m, { kind: 'goal', id, title: r.name, body: bodyOf(r.description), route: `goals/dashboard/${id}` });
}
