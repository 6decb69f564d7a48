import type { EntityManager } from 'typeorm';
import { OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import type { TrashKind } from '../../preload/contract';
import { bodyOf, indexDocument, removeDocument, type SearchDocument } from '../search/searchIndex';

type Text = string | null;

/** The search document of an organisation (also built straight from rows in hand by bulk inserts). */
export const organisationDocument = (o: { id: number; name: string; relationReason: Text; address: Text; website: Text; notes: Text }): SearchDocument => ({
  kind: 'organisation',
  id: o.id,
  title: o.name,
  body: bodyOf(o.relationReason, o.address, o.website, o.notes),
  route: `actors/organisations/${o.id}`,
});

export const personDocument = (p: { id: number; name: string; title: Text; email: Text; phone: Text; relationReason: Text; notes: Text }, orgName: Text | undefined): SearchDocument => ({
  kind: 'person',
  id: p.id,
  title: p.name,
  body: bodyOf(p.title, orgName, p.email, p.phone, p.relationReason, p.notes),
  route: `actors/people/${p.id}`,
});

/** Keeps the search index in step with one organisation (removed while it is in the trash). */
export async function indexOrganisation(m: EntityManager, id: number): Promise<void> {
  const o = await m.getRepository(OrganisationEntity).findOneBy({ id });
  if (!o || o.deletedAt) return removeDocument(m, 'organisation', id);
  await indexDocument(m, organisationDocument(o));
}

export async function indexPerson(m: EntityManager, id: number): Promise<void> {
  const p = await m.getRepository(PersonEntity).findOneBy({ id });
  if (!p || p.deletedAt) return removeDocument(m, 'person', id);
  const org = p.organisationId === null ? null : await m.getRepository(OrganisationEntity).findOneBy({ id: p.organisationId });
  await indexDocument(m, personDocument(p, org?.name));
}

export async function indexActor(m: EntityManager, kind: TrashKind, id: number): Promise<void> {
  if (kind === 'organisation') await indexOrganisation(m, id);
  if (kind === 'person') await indexPerson(m, id);
}
