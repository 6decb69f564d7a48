import type { EntityManager } from 'typeorm';
import { actorRefs } from '../actors/lookup';
import { InvolvementEntity } from '../../db/entities/involvement';
import { bodyOf, indexDocument, removeDocument } from '../search/searchIndex';

/** An involvement is found by its topic and outcome and opens its actor. */
export async function indexInvolvement(m: EntityManager, id: number): Promise<void> {
  const r = await m.getRepository(InvolvementEntity).findOneBy({ id });
  if (!r) return removeDocument(m, 'involvement', id);
  const actor = (await actorRefs(m, r.actorKind, [r.actorId])).get(r.actorId);
  await indexDocument(m, {
    kind: 'involvement',
    id,
    title: r.topic,
    body: bodyOf(actor?.name, r.outcome),
    route: `actors/${r.actorKind === 'organisation' ? 'organisations' : 'people'}/${r.actorId}`,
  });
}
