import type { EntityManager } from 'typeorm';
import { actorRefs } from '../actors/lookup';
import { InvolvementEntity, type InvolvementRow } from '../../db/entities/involvement';
import { bodyOf, indexDocument, removeDocument, type SearchDocument } from '../search/searchIndex';

/** An involvement is found by its topic and outcome and opens its actor. */
export function involvementDocument(r: Pick<InvolvementRow, 'id' | 'actorKind' | 'actorId' | 'topic' | 'outcome'>, actorName: string | undefined): SearchDocument {
  return {
    kind: 'involvement',
    id: r.id,
    title: r.topic,
    body: bodyOf(actorName, r.outcome),
    route: `actors/${r.actorKind === 'organisation' ? 'organisations' : 'people'}/${r.actorId}`,
  };
}

export async function indexInvolvement(m: EntityManager, id: number): Promise<void> {
  const r = await m.getRepository(InvolvementEntity).findOneBy({ id });
  if (!r) return removeDocument(m, 'involvement', id);
  const actor = (await actorRefs(m, r.actorKind, [r.actorId])).get(r.actorId);
  await indexDocument(m, involvementDocument(r, actor?.name));
}
