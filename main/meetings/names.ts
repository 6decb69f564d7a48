import { inTurn } from '../../db/inTurn';
import type { EntityManager } from 'typeorm';
import { bodyRefs, organisationRefs, personRefs } from '../actors/lookup';

export interface PersonName {
  name: string;
  email: string | null;
  organisationId: number | null;
  deleted: boolean;
}

/** Names of people, organisations and bodies by id, from the actors' lookup. Trashed actors keep their name. */
export async function namesFor(m: EntityManager, ids: { people?: (number | null)[]; orgs?: (number | null)[]; bodies?: (number | null)[] }) {
  const people = await personRefs(m, ids.people ?? []);
  const [orgs, bodies] = await inTurn(
    () => organisationRefs(m, [...(ids.orgs ?? []), ...[...people.values()].map((p) => p.organisationId)]),
    () => bodyRefs(m, ids.bodies ?? []));
  return {
    person: new Map<number, PersonName>([...people.values()].map((p) => [p.id, { name: p.name, email: p.email, organisationId: p.organisationId, deleted: !p.live }])),
    org: new Map([...orgs.values()].map((o) => [o.id, o.name])),
    body: new Map([...bodies.values()].map((b) => [b.id, b.name])),
  };
}
