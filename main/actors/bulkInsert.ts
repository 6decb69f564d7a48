import { type EntityManager, In } from 'typeorm';
import { MembershipEntity, OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import type { ChannelParsed } from '../../preload/contract';
import { ServiceError } from '../api/serviceError';
import { now, organisationKeys, personKeys } from './keys';
import { indexDocument, type SearchDocument } from '../search/searchIndex';
import { organisationDocument, personDocument } from './searchDocs';

/**
 * Many actors at once, inside the caller's transaction (import, data generator). Rows get the same
 * sort and search keys and search documents as single creates, computed by the same functions. `tick`
 * (a createYielder) lets a long import give the event loop a turn between chunks.
 */
const CHUNK = 250;

type OrgInput = ChannelParsed<'organisations.create'>;
type PersonInput = ChannelParsed<'people.create'>;
type MembershipInput = ChannelParsed<'memberships.add'>;
type Tick = () => Promise<void>;

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<number[]>, tick?: Tick): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    ids.push(...(await insert(rows.slice(i, i + CHUNK))));
    await tick?.();
  }
  return ids;
}

const audit = (stamp: string) => ({ createdAt: stamp, updatedAt: stamp, deletedAt: null });
const idsOf = (res: { identifiers: Record<string, unknown>[] }) => res.identifiers.map((r) => Number(r.id));

/** Bulk rows are searchable like single creates: the same documents, in the same transaction. */
async function indexAll(m: EntityManager, docs: SearchDocument[]): Promise<void> {
  for (const doc of docs) await indexDocument(m, doc);
}

export async function insertOrganisations(m: EntityManager, rows: OrgInput[], stamp = now(), tick?: Tick): Promise<number[]> {
  const repo = m.getRepository(OrganisationEntity);
  return inChunks(rows, async (chunk) => {
    const ids = idsOf(await repo.insert(chunk.map((o) => ({ ...o, ...organisationKeys(o), ...audit(stamp) }))));
    await indexAll(m, chunk.map((o, i) => organisationDocument({ ...o, id: ids[i]! })));
    return ids;
  }, tick);
}

export async function insertPeople(m: EntityManager, rows: PersonInput[], stamp = now(), tick?: Tick): Promise<number[]> {
  const repo = m.getRepository(PersonEntity);
  return inChunks(rows, async (chunk) => {
    const orgIds = [...new Set(chunk.map((p) => p.organisationId).filter((v): v is number => v !== null))];
    const orgs = orgIds.length ? await m.getRepository(OrganisationEntity).find({ where: { id: In(orgIds) }, select: { id: true, name: true, deletedAt: true } }) : [];
    const orgName = new Map(orgs.filter((o) => !o.deletedAt).map((o) => [o.id, o.name]));
    const named = chunk.map((p) => {
      const name = p.organisationId === null ? null : orgName.get(p.organisationId);
      if (name === undefined) throw new ServiceError('VALIDATION', 'Organisationen findes ikke.', { organisationId: ['Organisationen findes ikke'] });
      return { p, name };
    });
    const ids = idsOf(await repo.insert(named.map(({ p, name }) => ({ ...p, ...personKeys(p, name), ...audit(stamp) }))));
    await indexAll(m, named.map(({ p, name }, i) => personDocument({ ...p, id: ids[i]! }, name)));
    return ids;
  }, tick);
}

export async function insertMemberships(m: EntityManager, rows: MembershipInput[]): Promise<number[]> {
  const repo = m.getRepository(MembershipEntity);
  return inChunks(rows, async (chunk) => idsOf(await repo.insert(chunk.map((r) => ({ ...r })))));
}
