import { inTurn } from '../../db/inTurn';
import { type EntityManager, In, IsNull } from 'typeorm';
import { BodyEntity, MembershipEntity, OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import type { ActorKind, OrganisationKind, Relation } from '../../preload/contract';
import { keysFor } from './keys';

/**
 * What other features may ask about actors (people, organisations, bodies): does it exist, is it live
 * (not in the trash), and its name. Every cross-feature check goes through here, not the entities.
 */
export interface PersonRef {
  id: number;
  name: string;
  live: boolean;
  email: string | null;
  organisationId: number | null;
  sortKey: string;
  relation: Relation | null;
}

export interface OrganisationRef {
  id: number;
  name: string;
  live: boolean;
  kind: OrganisationKind;
  sortKey: string;
  relation: Relation | null;
}

export interface BodyRef {
  id: number;
  name: string;
  live: boolean;
}

const clean = (ids: readonly (number | null | undefined)[]) => [...new Set(ids.filter((v): v is number => typeof v === 'number'))];

const personRef = (r: { id: number; name: string; deletedAt: string | null; email: string | null; organisationId: number | null; sortKey: string; relation: Relation | null }): PersonRef =>
  ({ id: r.id, name: r.name, live: !r.deletedAt, email: r.email, organisationId: r.organisationId, sortKey: r.sortKey, relation: r.relation });
const organisationRef = (r: { id: number; name: string; deletedAt: string | null; kind: OrganisationKind; sortKey: string; relation: Relation | null }): OrganisationRef =>
  ({ id: r.id, name: r.name, live: !r.deletedAt, kind: r.kind, sortKey: r.sortKey, relation: r.relation });

const personSelect = { id: true, name: true, email: true, organisationId: true, sortKey: true, relation: true, deletedAt: true } as const;
const organisationSelect = { id: true, name: true, kind: true, sortKey: true, relation: true, deletedAt: true } as const;

export async function personRefs(m: EntityManager, ids: readonly (number | null | undefined)[]): Promise<Map<number, PersonRef>> {
  const unique = clean(ids);
  if (!unique.length) return new Map();
  const rows = await m.getRepository(PersonEntity).find({ where: { id: In(unique) }, select: personSelect });
  return new Map(rows.map((r) => [r.id, personRef(r)]));
}

export async function organisationRefs(m: EntityManager, ids: readonly (number | null | undefined)[]): Promise<Map<number, OrganisationRef>> {
  const unique = clean(ids);
  if (!unique.length) return new Map();
  const rows = await m.getRepository(OrganisationEntity).find({ where: { id: In(unique) }, select: organisationSelect });
  return new Map(rows.map((r) => [r.id, organisationRef(r)]));
}

export async function bodyRefs(m: EntityManager, ids: readonly (number | null | undefined)[]): Promise<Map<number, BodyRef>> {
  const unique = clean(ids);
  if (!unique.length) return new Map();
  const rows = await m.getRepository(BodyEntity).find({ where: { id: In(unique) }, select: { id: true, name: true, deletedAt: true } });
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, live: !r.deletedAt }]));
}

/** An organisation or a person, by kind. */
export async function actorRefs(m: EntityManager, kind: ActorKind, ids: readonly (number | null | undefined)[]): Promise<Map<number, { id: number; name: string; live: boolean }>> {
  return kind === 'organisation' ? organisationRefs(m, ids) : personRefs(m, ids);
}

/** Ids among `ids` that are missing or in the trash. */
export function notLive(refs: Map<number, { live: boolean }>, ids: readonly (number | null | undefined)[]): number[] {
  return clean(ids).filter((id) => !refs.get(id)?.live);
}

export async function isLive(m: EntityManager, kind: ActorKind | 'body', id: number): Promise<boolean> {
  const refs = kind === 'body' ? await bodyRefs(m, [id]) : await actorRefs(m, kind, [id]);
  return refs.get(id)?.live ?? false;
}

/** Every live body. */
export async function liveBodies(m: EntityManager): Promise<BodyRef[]> {
  const rows = await m.getRepository(BodyEntity).find({ where: { deletedAt: IsNull() }, select: { id: true, name: true } });
  return rows.map((r) => ({ id: r.id, name: r.name, live: true }));
}

/** The live people of an organisation. */
export async function livePeopleOf(m: EntityManager, organisationId: number): Promise<PersonRef[]> {
  const rows = await m.getRepository(PersonEntity).find({ where: { organisationId, deletedAt: IsNull() }, select: personSelect });
  return rows.map(personRef);
}

/** The whole register (live and trashed) with every membership, for views that filter over all actors. */
export async function actorRegister(m: EntityManager): Promise<{ organisations: OrganisationRef[]; people: PersonRef[]; memberships: { bodyId: number; personId: number | null; organisationId: number | null }[] }> {
  const [orgs, people, memberships] = await inTurn(
    () => m.getRepository(OrganisationEntity).find({ select: organisationSelect }),
    () => m.getRepository(PersonEntity).find({ select: personSelect }),
    () => m.getRepository(MembershipEntity).find({ select: { id: true, bodyId: true, personId: true, organisationId: true } }));
  return { organisations: orgs.map(organisationRef), people: people.map(personRef), memberships };
}

/** Live ad hoc organisations, as a query others may narrow further (alias `o`, columns by their SQL names). */
export const liveAdhocOrganisationQuery = (m: EntityManager) =>
  m.getRepository(OrganisationEntity).createQueryBuilder('o').select(['o.id', 'o.name', 'o.relation']).where("o.deleted_at IS NULL AND o.relation = 'adhoc'");

/** How many organisations and people the register holds, trashed ones included. */
export async function actorCount(m: EntityManager): Promise<number> {
  const [orgs, people] = await inTurn(() => m.getRepository(OrganisationEntity).count(), () => m.getRepository(PersonEntity).count());
  return orgs + people;
}

/** A guest added from another feature (e.g. invited to a meeting) enters the register as an ad hoc person. */
export async function addAdhocPerson(m: EntityManager, g: { name: string; title: string | null; email: string | null; reason: string }, stamp: string): Promise<PersonRef> {
  const p = await m.getRepository(PersonEntity).save({
    name: g.name, title: g.title, organisationId: null, email: g.email, phone: null, notes: null, relation: 'adhoc', relationReason: g.reason,
    ...keysFor(g.name, g.title, g.email, g.reason), createdAt: stamp, updatedAt: stamp, deletedAt: null,
  });
  return personRef(p);
}

/** Memberships with names (who sits in which body), and a person in full (GDPR insight). */
export { membershipViews } from './memberships';
export { personDetail } from './personService';
