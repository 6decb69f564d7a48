import { type EntityManager, In } from 'typeorm';
import { MembershipEntity, OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import type { ChannelParsed } from '../../preload/contract';
import { ServiceError } from '../api/serviceError';
import { now, organisationKeys, personKeys } from './keys';
import { indexOrganisation, indexPerson } from './searchDocs';

/**
 * Many actors at once, inside the caller's transaction (import, data generator). Rows get the same
 * sort and search keys as single creates, computed by the same functions.
 */
const CHUNK = 500;

type OrgInput = ChannelParsed<'organisations.create'>;
type PersonInput = ChannelParsed<'people.create'>;
type MembershipInput = ChannelParsed<'memberships.add'>;

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<number[]>): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) ids.push(...(await insert(rows.slice(i, i + CHUNK))));
  return ids;
}

const audit = (stamp: string) => ({ createdAt: stamp, updatedAt: stamp, deletedAt: null });
const idsOf = (res: { identifiers: Record<string, unknown>[] }) => res.identifiers.map((r) => Number(r.id));

export async function insertOrganisations(m: EntityManager, rows: OrgInput[], stamp = now()): Promise<number[]> {
  const repo = m.getRepository(OrganisationEntity);
  return inChunks(rows, async (chunk) => indexed(m, indexOrganisation, idsOf(await repo.insert(chunk.map((o) => ({ ...o, ...organisationKeys(o), ...audit(stamp) }))))));
}

/** Bulk rows are searchable like single creates: the same index documents, in the same transaction. */
async function indexed(m: EntityManager, index: (m: EntityManager, id: number) => Promise<void>, ids: number[]): Promise<number[]> {
  for (const id of ids) await index(m, id);
  return ids;
}

export async function insertPeople(m: EntityManager, rows: PersonInput[], stamp = now()): Promise<number[]> {
  const repo = m.getRepository(PersonEntity);
  return inChunks(rows, async (chunk) => {
    const orgIds = [...new Set(chunk.map((p) => p.organisationId).filter((v): v is number => v !== null))];
    const orgs = orgIds.length ? await m.getRepository(OrganisationEntity).find({ where: { id: In(orgIds) }, select: { id: true, name: true, deletedAt: true } }) : [];
    const orgName = new Map(orgs.filter((o) => !o.deletedAt).map((o) => [o.id, o.name]));
    const values = chunk.map((p) => {
      const name = p.organisationId === null ? null : orgName.get(p.organisationId);
      if (name === undefined) throw new ServiceError('VALIDATION', 'Organisationen findes ikke.', { organisationId: ['Organisationen findes ikke'] });
      return { ...p, ...personKeys(p, name), ...audit(stamp) };
    });
    return indexed(m, indexPerson, idsOf(await repo.insert(values)));
  });
}

export async function insertMemberships(m: EntityManager, rows: MembershipInput[]): Promise<number[]> {
  const repo = m.getRepository(MembershipEntity);
  return inChunks(rows, async (chunk) => idsOf(await repo.insert(chunk.map((r) => ({ ...r })))));
}
