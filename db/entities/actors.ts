import { EntitySchema } from 'typeorm';
import { versionColumns, type Versioned } from './versionColumns';
import type { BodyKind, MembershipRole, OrganisationKind, Relation } from '../../preload/contract';

const auditColumns = {
  createdAt: { name: 'created_at', type: 'varchar', length: 30 },
  updatedAt: { name: 'updated_at', type: 'varchar', length: 30 },
  deletedAt: { name: 'deleted_at', type: 'varchar', length: 30, nullable: true },
} as const;

const keyColumns = {
  sortKey: { name: 'sort_key', type: 'varchar', length: 200 },
  searchText: { name: 'search_text', type: 'text' },
} as const;

export interface OrganisationRow extends Versioned {
  id: number;
  name: string;
  kind: OrganisationKind;
  address: string | null;
  website: string | null;
  notes: string | null;
  relation: Relation | null;
  relationReason: string | null;
  sortKey: string;
  searchText: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export const OrganisationEntity = new EntitySchema<OrganisationRow>({
  name: 'Organisation',
  tableName: 'organisation',
  columns: {
    ...versionColumns,
    id: { type: 'integer', primary: true, generated: 'increment' },
    name: { type: 'varchar', length: 200 },
    kind: { type: 'varchar', length: 40 },
    address: { type: 'varchar', length: 500, nullable: true },
    website: { type: 'varchar', length: 500, nullable: true },
    notes: { type: 'text', nullable: true },
    relation: { type: 'varchar', length: 10, nullable: true },
    relationReason: { name: 'relation_reason', type: 'varchar', length: 1000, nullable: true },
    ...keyColumns,
    ...auditColumns,
  },
});

export interface PersonRow extends Versioned {
  id: number;
  name: string;
  title: string | null;
  organisationId: number | null;
  email: string | null;
  phone: string | null;
  notes: string | null;
  relation: Relation | null;
  relationReason: string | null;
  sortKey: string;
  searchText: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export const PersonEntity = new EntitySchema<PersonRow>({
  name: 'Person',
  tableName: 'person',
  columns: {
    ...versionColumns,
    id: { type: 'integer', primary: true, generated: 'increment' },
    name: { type: 'varchar', length: 200 },
    title: { type: 'varchar', length: 200, nullable: true },
    organisationId: { name: 'organisation_id', type: 'integer', nullable: true },
    email: { type: 'varchar', length: 254, nullable: true },
    phone: { type: 'varchar', length: 30, nullable: true },
    notes: { type: 'text', nullable: true },
    relation: { type: 'varchar', length: 10, nullable: true },
    relationReason: { name: 'relation_reason', type: 'varchar', length: 1000, nullable: true },
    ...keyColumns,
    ...auditColumns,
  },
});

export interface BodyRow extends Versioned {
  id: number;
  name: string;
  kind: BodyKind;
  description: string | null;
  sortKey: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export const BodyEntity = new EntitySchema<BodyRow>({
  name: 'Body',
  tableName: 'body',
  columns: {
    ...versionColumns,
    id: { type: 'integer', primary: true, generated: 'increment' },
    name: { type: 'varchar', length: 200 },
    kind: { type: 'varchar', length: 40 },
    description: { type: 'text', nullable: true },
    sortKey: keyColumns.sortKey,
    ...auditColumns,
  },
});

export interface MembershipRow {
  id: number;
  bodyId: number;
  personId: number | null;
  organisationId: number | null;
  role: MembershipRole;
  fromDate: string | null;
  toDate: string | null;
}

export const MembershipEntity = new EntitySchema<MembershipRow>({
  name: 'Membership',
  tableName: 'membership',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    bodyId: { name: 'body_id', type: 'integer' },
    personId: { name: 'person_id', type: 'integer', nullable: true },
    organisationId: { name: 'organisation_id', type: 'integer', nullable: true },
    role: { type: 'varchar', length: 20 },
    fromDate: { name: 'from_date', type: 'varchar', length: 10, nullable: true },
    toDate: { name: 'to_date', type: 'varchar', length: 10, nullable: true },
  },
});

export const actorEntities = [OrganisationEntity, PersonEntity, BodyEntity, MembershipEntity];
