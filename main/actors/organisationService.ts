import { inTurn } from '../../db/inTurn';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { OrganisationEntity, type OrganisationRow } from '../../db/entities/actors';
import type {
  ChannelParsed,
  Organisation,
  OrganisationSummary,
  Page,
  TrashItem,
} from '../../preload/contract';
import { notFound } from '../api/serviceError';
import { now, organisationKeys } from './keys';
import { organisationPage } from './listData';
import { membershipViews } from './memberships';
import { listPeopleOf, refreshPeopleKeys } from './personService';
import { claimVersion } from '../versions/versions';
import { indexOrganisation } from './searchDocs';

type OrgInput = ChannelParsed<'organisations.create'>;

function summary(row: OrganisationRow, peopleCount: number, bodies: string[]): OrganisationSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    relation: row.relation,
    relationReason: row.relationReason,
    peopleCount,
    bodies,
  };
}

/** A page of the list; see listData.ts for why it bypasses the entity layer. */
export async function listOrganisations(db: Database, q: ChannelParsed<'organisations.list'>): Promise<Page<OrganisationSummary>> {
  return organisationPage(db, q);
}

export async function loadOrganisation(m: EntityManager, id: number, includeDeleted = false): Promise<OrganisationRow> {
  const row = await m.getRepository(OrganisationEntity).findOneBy({ id });
  if (!row || (!includeDeleted && row.deletedAt)) throw notFound('organisation');
  return row;
}

export async function organisationDetail(m: EntityManager, id: number): Promise<Organisation> {
  const row = await loadOrganisation(m, id);
  const [people, memberships] = await inTurn(() => listPeopleOf(m, id), () => membershipViews(m, 'organisation', [id]));
  const bodies = [...new Set(memberships.map((v) => v.bodyName))].sort((a, b) => a.localeCompare(b, 'da'));
  return {
    ...summary(row, people.length, bodies),
    address: row.address,
    website: row.website,
    notes: row.notes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: Number(row.version),
    updatedBy: row.updatedBy,
    people,
    memberships,
  };
}

export const getOrganisation = (db: Database, id: number) => organisationDetail(db.ds.manager, id);

function fields(input: OrgInput) {
  return { ...input, ...organisationKeys(input) };
}

export async function createOrganisation(db: Database, input: OrgInput): Promise<Organisation> {
  return db.tx(async (m) => {
    const stamp = now();
    const saved = await m.getRepository(OrganisationEntity).save({ ...fields(input), createdAt: stamp, updatedAt: stamp, deletedAt: null });
    await indexOrganisation(m, saved.id);
    return organisationDetail(m, saved.id);
  });
}

export async function updateOrganisation(db: Database, id: number, input: OrgInput, version?: number): Promise<Organisation> {
  return db.tx(async (m) => {
    const before = await loadOrganisation(m, id);
    await claimVersion(m, 'organisation', id, version);
    await m.getRepository(OrganisationEntity).update({ id }, { ...fields(input), updatedAt: now() });
    if (before.name !== input.name) await refreshPeopleKeys(m, id, input.name);
    await indexOrganisation(m, id);
    return organisationDetail(m, id);
  });
}

/** Moves the organisation to the trash; its people stay and keep the link, so restore brings it all back. */
export async function deleteOrganisation(db: Database, id: number, version?: number): Promise<TrashItem> {
  return db.tx(async (m) => {
    const row = await loadOrganisation(m, id);
    await claimVersion(m, 'organisation', id, version);
    const deletedAt = now();
    await m.getRepository(OrganisationEntity).update({ id }, { deletedAt });
    await indexOrganisation(m, id);
    return { kind: 'organisation', id, name: row.name, deletedAt };
  });
}
