import { type EntityManager, In } from 'typeorm';
import { MembershipEntity, OrganisationEntity } from '../../db/entities/actors';
import { storageOf } from '../../db/engine';
import type { ChannelParsed } from '../../preload/contract';
import { ServiceError } from '../api/serviceError';
import { now, organisationKeys, personKeys } from './keys';
import { indexNewDocuments } from '../search/searchIndex';
import { organisationDocument, personDocument } from './searchDocs';

/**
 * Many actors at once, inside the caller's transaction (import, data generator). Rows get the same
 * sort and search keys and search documents as single creates, computed by the same functions (the
 * documents in one insert per chunk: new ids have none to replace). `tick`
 * (a createYielder) lets a long import give the event loop a turn between chunks.
 */
const CHUNK = 25;

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

const idsOf = (res: { identifiers: Record<string, unknown>[] }) => res.identifiers.map((r) => Number(r.id));

const ORG_INSERT = `INSERT INTO organisation (name, kind, address, website, notes, relation, relation_reason, sort_key, search_text, created_at, updated_at, deleted_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`;
const PERSON_INSERT = `INSERT INTO person (name, title, organisation_id, email, phone, notes, relation, relation_reason, sort_key, search_text, created_at, updated_at, deleted_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`;

/** Rows go in on the storage's fastest path (one prepared statement on SQLite): TypeORM's insert cost ~1 ms a row. */
const insertRow = (m: EntityManager, sql: string, values: unknown[]) => storageOf(m.connection).insertId(m, sql, values);

export async function insertOrganisations(m: EntityManager, rows: OrgInput[], stamp = now(), tick?: Tick): Promise<number[]> {
  return inChunks(rows, async (chunk) => {
    const ids: number[] = [];
    for (const o of chunk) {
      const k = organisationKeys(o);
      ids.push(await insertRow(m, ORG_INSERT, [o.name, o.kind, o.address, o.website, o.notes, o.relation, o.relationReason, k.sortKey, k.searchText, stamp, stamp]));
    }
    await indexNewDocuments(m, chunk.map((o, i) => organisationDocument({ ...o, id: ids[i]! })));
    return ids;
  }, tick);
}

export async function insertPeople(m: EntityManager, rows: PersonInput[], stamp = now(), tick?: Tick): Promise<number[]> {
  return inChunks(rows, async (chunk) => {
    const orgIds = [...new Set(chunk.map((p) => p.organisationId).filter((v): v is number => v !== null))];
    const orgs = orgIds.length ? await m.getRepository(OrganisationEntity).find({ where: { id: In(orgIds) }, select: { id: true, name: true, deletedAt: true } }) : [];
    const orgName = new Map(orgs.filter((o) => !o.deletedAt).map((o) => [o.id, o.name]));
    const named = chunk.map((p) => {
      const name = p.organisationId === null ? null : orgName.get(p.organisationId);
      if (name === undefined) throw new ServiceError('VALIDATION', 'missing.organisation', { organisationId: 'field.organisation' });
      return { p, name };
    });
    const ids: number[] = [];
    for (const { p, name } of named) {
      const k = personKeys(p, name);
      ids.push(await insertRow(m, PERSON_INSERT, [p.name, p.title, p.organisationId, p.email, p.phone, p.notes, p.relation, p.relationReason, k.sortKey, k.searchText, stamp, stamp]));
    }
    await indexNewDocuments(m, named.map(({ p, name }, i) => personDocument({ ...p, id: ids[i]! }, name)));
    return ids;
  }, tick);
}

export async function insertMemberships(m: EntityManager, rows: MembershipInput[]): Promise<number[]> {
  const repo = m.getRepository(MembershipEntity);
  return inChunks(rows, async (chunk) => idsOf(await repo.insert(chunk.map((r) => ({ ...r })))));
}
