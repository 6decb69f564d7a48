import type { EntityManager } from 'typeorm';
import { OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import type { TrashKind } from '../../preload/contract';
import { bodyOf, indexDocument, removeDocument } from '../search/searchIndex';

/** Keeps the search index in step with one organisation (removed while it is in the trash). */
export async function indexOrganisation(m: EntityManager, id: number): Promise<void> {
  const o = await m.getRepository(OrganisationEntity).findOneBy({ id });
  if (!o || o.deletedAt) return removeDocument(m, 'organisation', id);
  await indexDocument(m, {
    kind: 'organisation',
    id,
    title: o.name,
    body: bodyOf(o.relationReason, o.address, o.website, o.notes),
    route: `actors/organisations/${id}`,
  });
}

export async function indexPerson(m: EntityManager, id: number): Promise<void> {
  const p = await m.getRepository(PersonEntity).findOneBy({ id });
  if (!p || p.deletedAt) return removeDocument(m, 'person', id);
  const org = p.organisationId === null ? null : await m.getRepository(OrganisationEntity).findOneBy({ id: p.organisationId });
  await indexDocument(m, {
    kind: 'person',
    id,
    title: p.name,
    body: bodyOf(p.title, org?.name, p.email, p.phone, p.relationReason, p.notes),
    route: `actors/people/${id}`,
  });
}

export async function indexActor(m: EntityManager, kind: TrashKind, id: number): Promise<void> {
  if (kind === 'organisation') await indexOrganisation(m, id);
  if (kind === 'person') await indexPerson(m, id);
}
