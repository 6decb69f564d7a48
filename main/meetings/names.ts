import { type EntityManager, In } from 'typeorm';
import { BodyEntity, OrganisationEntity, PersonEntity } from '../../db/entities/actors';

export interface PersonName {
  name: string;
  email: string | null;
  organisationId: number | null;
  deleted: boolean;
}

/** Names of people, organisations and bodies by id, in three queries. Trashed actors keep their name. */
export async function namesFor(m: EntityManager, ids: { people?: (number | null)[]; orgs?: (number | null)[]; bodies?: (number | null)[] }) {
  const clean = (l?: (number | null)[]) => [...new Set((l ?? []).filter((v): v is number => v !== null))];
  const personIds = clean(ids.people);
  const people = personIds.length
    ? await m.getRepository(PersonEntity).find({ where: { id: In(personIds) }, select: { id: true, name: true, email: true, organisationId: true, deletedAt: true } })
    : [];
  const orgIds = clean([...(ids.orgs ?? []), ...people.map((p) => p.organisationId)]);
  const bodyIds = clean(ids.bodies);
  const [orgs, bodies] = await Promise.all([
    orgIds.length ? m.getRepository(OrganisationEntity).find({ where: { id: In(orgIds) }, select: { id: true, name: true } }) : [],
    bodyIds.length ? m.getRepository(BodyEntity).find({ where: { id: In(bodyIds) }, select: { id: true, name: true } }) : [],
  ]);
  return {
    person: new Map<number, PersonName>(people.map((p) => [p.id, { name: p.name, email: p.email, organisationId: p.organisationId, deleted: !!p.deletedAt }])),
    org: new Map(orgs.map((o) => [o.id, o.name])),
    body: new Map(bodies.map((b) => [b.id, b.name])),
  };
}
