import { inTurn } from '../../db/inTurn';
import { type EntityManager, IsNull } from 'typeorm';
import type { Database } from '../../db/database';
import { OrganisationEntity, PersonEntity, type PersonRow } from '../../db/entities/actors';
import type { ChannelParsed, Page, Person, PersonSummary, TrashItem } from '../../preload/contract';
import { notFound, ServiceError } from '../api/serviceError';
import { now, personKeys } from './keys';
import { personPage } from './listData';
import { bodyNamesFor, membershipViews } from './memberships';
import { claimVersion } from '../versions/versions';
import { indexPerson } from './searchDocs';

type PersonInput = ChannelParsed<'people.create'>;

async function toSummaries(m: EntityManager, rows: PersonRow[]): Promise<PersonSummary[]> {
  const orgIds = [...new Set(rows.map((r) => r.organisationId).filter((v): v is number => v !== null))];
  const orgs = orgIds.length
    ? await m.getRepository(OrganisationEntity).createQueryBuilder('o').select(['o.id', 'o.name']).where('o.id IN (:...orgIds)', { orgIds }).getMany()
    : [];
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const bodies = await bodyNamesFor(m, 'person', rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    title: r.title,
    organisationId: r.organisationId,
    organisationName: r.organisationId === null ? null : (orgName.get(r.organisationId) ?? null),
    email: r.email,
    phone: r.phone,
    relation: r.relation,
    relationReason: r.relationReason,
    bodies: bodies.get(r.id) ?? [],
  }));
}

/** A page of the list; see listData.ts for why it bypasses the entity layer. */
export async function listPeople(db: Database, q: ChannelParsed<'people.list'>): Promise<Page<PersonSummary>> {
  return personPage(db, q);
}

export async function listPeopleOf(m: EntityManager, organisationId: number): Promise<PersonSummary[]> {
  const rows = await m.getRepository(PersonEntity).find({
    where: { organisationId, deletedAt: IsNull() },
    order: { sortKey: 'ASC' },
  });
  return toSummaries(m, rows);
}

async function loadPerson(m: EntityManager, id: number): Promise<PersonRow> {
  const row = await m.getRepository(PersonEntity).findOneBy({ id });
  if (!row || row.deletedAt) throw notFound('person');
  return row;
}

export async function personDetail(m: EntityManager, id: number): Promise<Person> {
  const row = await loadPerson(m, id);
  const [[sum], memberships] = await inTurn(() => toSummaries(m, [row]), () => membershipViews(m, 'person', [id]));
  return { ...sum!, notes: row.notes, createdAt: row.createdAt, updatedAt: row.updatedAt, version: Number(row.version), updatedBy: row.updatedBy, memberships };
}

export const getPerson = (db: Database, id: number) => personDetail(db.ds.manager, id);

async function fields(m: EntityManager, input: PersonInput) {
  let orgName: string | null = null;
  if (input.organisationId !== null) {
    const org = await m.getRepository(OrganisationEntity).findOneBy({ id: input.organisationId });
    if (!org || org.deletedAt) {
      throw new ServiceError('VALIDATION', 'missing.organisation', { organisationId: 'field.organisation' });
    }
    orgName = org.name;
  }
  return { ...input, ...personKeys(input, orgName) };
}

/** People are found by their organisation's name too, so a renamed organisation refreshes them. */
export async function refreshPeopleKeys(m: EntityManager, organisationId: number, orgName: string): Promise<void> {
  const repo = m.getRepository(PersonEntity);
  for (const p of await repo.find({ where: { organisationId } })) {
    await repo.update({ id: p.id }, personKeys(p, orgName));
    await indexPerson(m, p.id);
  }
}

export async function createPerson(db: Database, input: PersonInput): Promise<Person> {
  return db.tx(async (m) => {
    const stamp = now();
    const saved = await m.getRepository(PersonEntity).save({ ...(await fields(m, input)), createdAt: stamp, updatedAt: stamp, deletedAt: null });
    await indexPerson(m, saved.id);
    return personDetail(m, saved.id);
  });
}

export async function updatePerson(db: Database, id: number, input: PersonInput, version?: number): Promise<Person> {
  return db.tx(async (m) => {
    await loadPerson(m, id);
    await claimVersion(m, 'person', id, version);
    await m.getRepository(PersonEntity).update({ id }, { ...(await fields(m, input)), updatedAt: now() });
    await indexPerson(m, id);
    return personDetail(m, id);
  });
}

export async function deletePerson(db: Database, id: number, version?: number): Promise<TrashItem> {
  return db.tx(async (m) => {
    const row = await loadPerson(m, id);
    await claimVersion(m, 'person', id, version);
    const deletedAt = now();
    await m.getRepository(PersonEntity).update({ id }, { deletedAt });
    await indexPerson(m, id);
    return { kind: 'person', id, name: row.name, deletedAt };
  });
}
