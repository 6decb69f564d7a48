import type { EntityManager } from 'typeorm';
import { OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import { InvolvementEntity } from '../../db/entities/involvement';
import { bodyOf, indexDocument, removeDocument } from '../search/searchIndex';

/** An involvement is found by its topic and outcome and opens its actor. */
export async function indexInvolvement(m: EntityManager, id: number): Promise<void> {
  const r = await m.getRepository(InvolvementEntity).findOneBy({ id });
  if (!r) return removeDocument(m, 'involvement', id);
  const actor = r.actorKind === 'organisation'
    ? await m.getRepository(OrganisationEntity).findOneBy({ id: r.actorId })
    : await m.getRepository(PersonEntity).findOneBy({ id: r.actorId });
  await indexDocument(m, {
    kind: 'involvement',
    id,
    title: r.topic,
    body: bodyOf(actor?.name, r.outcome),
    route: `actors/${r.actorKind === 'organisation' ? 'organisations' : 'people'}/${r.actorId}`,
  });
}
