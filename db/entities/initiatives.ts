import { EntitySchema } from 'typeorm';
import { laterUpdatedAt, versionColumns, type Versioned, type VersionedLater } from './versionColumns';
import type { GoalDirection, GoalKind, GoalUnit, InitiativeStatus, StatusNoteKind } from '../../preload/contract';

const stamps = {
  createdAt: { name: 'created_at', type: 'varchar', length: 30 },
  updatedAt: { name: 'updated_at', type: 'varchar', length: 30 },
} as const;
const pk = { type: 'integer', primary: true, generated: 'increment' } as const;
const num = (name: string, nullable = false) => ({ name, type: 'double precision', nullable }) as const;

export interface TrackRow extends Versioned { id: number; name: string; description: string | null; sortOrder: number; sortKey: string; createdAt: string; updatedAt: string }
export const TrackEntity = new EntitySchema<TrackRow>({
  name: 'Track',
  tableName: 'track',
  columns: {
    ...versionColumns,
    id: pk,
    name: { type: 'varchar', length: 120 },
    description: { type: 'text', nullable: true },
    sortOrder: { name: 'sort_order', type: 'integer' },
    sortKey: { name: 'sort_key', type: 'varchar', length: 200 },
    ...stamps,
  },
});

export interface TargetGroupRow extends VersionedLater { id: number; name: string; ageFrom: number | null; ageTo: number | null; sortKey: string }
export const TargetGroupEntity = new EntitySchema<TargetGroupRow>({
  name: 'TargetGroup',
  tableName: 'target_group',
  columns: {
    ...versionColumns,
    ...laterUpdatedAt,
    id: pk,
    name: { type: 'varchar', length: 120 },
    ageFrom: { name: 'age_from', type: 'integer', nullable: true },
    ageTo: { name: 'age_to', type: 'integer', nullable: true },
    sortKey: { name: 'sort_key', type: 'varchar', length: 200 },
  },
});

export interface InitiativeRow extends Versioned {
  id: number;
  name: string;
  description: string | null;
  trackId: number;
  ownerOrganisationId: number | null;
  contactPersonId: number | null;
  status: InitiativeStatus;
  statusDate: string;
  startDate: string | null;
  endDate: string | null;
  sortKey: string;
  searchText: string;
  createdAt: string;
  updatedAt: string;
}
export const InitiativeEntity = new EntitySchema<InitiativeRow>({
  name: 'Initiative',
  tableName: 'initiative',
  columns: {
    ...versionColumns,
    id: pk,
    name: { type: 'varchar', length: 200 },
    description: { type: 'text', nullable: true },
    trackId: { name: 'track_id', type: 'integer' },
    ownerOrganisationId: { name: 'owner_organisation_id', type: 'integer', nullable: true },
    contactPersonId: { name: 'contact_person_id', type: 'integer', nullable: true },
    status: { type: 'varchar', length: 20 },
    statusDate: { name: 'status_date', type: 'varchar', length: 10 },
    startDate: { name: 'start_date', type: 'varchar', length: 10, nullable: true },
    endDate: { name: 'end_date', type: 'varchar', length: 10, nullable: true },
    sortKey: { name: 'sort_key', type: 'varchar', length: 200 },
    searchText: { name: 'search_text', type: 'text' },
    ...stamps,
  },
});

export interface InitiativeTargetGroupRow { initiativeId: number; targetGroupId: number }
export const InitiativeTargetGroupEntity = new EntitySchema<InitiativeTargetGroupRow>({
  name: 'InitiativeTargetGroup',
  tableName: 'initiative_target_group',
  columns: {
    initiativeId: { name: 'initiative_id', type: 'integer', primary: true },
    targetGroupId: { name: 'target_group_id', type: 'integer', primary: true },
  },
});

export interface InitiativePartnerRow { initiativeId: number; organisationId: number }
export const InitiativePartnerEntity = new EntitySchema<InitiativePartnerRow>({
  name: 'InitiativePartner',
  tableName: 'initiative_partner',
  columns: {
    initiativeId: { name: 'initiative_id', type: 'integer', primary: true },
    organisationId: { name: 'organisation_id', type: 'integer', primary: true },
  },
});

export interface InitiativeStatusRow { id: number; initiativeId: number; status: InitiativeStatus; date: string; note: string | null; noteKind: StatusNoteKind | null; createdAt: string }
export const InitiativeStatusEntity = new EntitySchema<InitiativeStatusRow>({
  name: 'InitiativeStatus',
  tableName: 'initiative_status',
  columns: {
    id: pk,
    initiativeId: { name: 'initiative_id', type: 'integer' },
    status: { type: 'varchar', length: 20 },
    date: { type: 'varchar', length: 10 },
    note: { type: 'varchar', length: 1000, nullable: true },
    noteKind: { name: 'note_kind', type: 'varchar', length: 20, nullable: true },
    createdAt: { name: 'created_at', type: 'varchar', length: 30 },
  },
});

export interface BudgetLineRow { id: number; initiativeId: number; year: number; amount: number; fundingSource: string | null; note: string | null }
export const BudgetLineEntity = new EntitySchema<BudgetLineRow>({
  name: 'BudgetLine',
  tableName: 'budget_line',
  columns: {
    id: pk,
    initiativeId: { name: 'initiative_id', type: 'integer' },
    year: { type: 'integer' },
    amount: { type: 'integer' },
    fundingSource: { name: 'funding_source', type: 'varchar', length: 200, nullable: true },
    note: { type: 'varchar', length: 500, nullable: true },
  },
});

export interface GoalRow extends Versioned {
  id: number;
  name: string;
  description: string | null;
  kind: GoalKind;
  unit: GoalUnit;
  direction: GoalDirection;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetMax: number | null;
  targetDate: string;
  initiativeId: number | null;
  sortKey: string;
  createdAt: string;
  updatedAt: string;
}
export const GoalEntity = new EntitySchema<GoalRow>({
  name: 'Goal',
  tableName: 'goal',
  columns: {
    ...versionColumns,
    id: pk,
    name: { type: 'varchar', length: 300 },
    description: { type: 'text', nullable: true },
    kind: { type: 'varchar', length: 20 },
    unit: { type: 'varchar', length: 20 },
    direction: { type: 'varchar', length: 10 },
    baselineValue: num('baseline_value'),
    baselineDate: { name: 'baseline_date', type: 'varchar', length: 10 },
    targetValue: num('target_value'),
    targetMax: num('target_max', true),
    targetDate: { name: 'target_date', type: 'varchar', length: 10 },
    initiativeId: { name: 'initiative_id', type: 'integer', nullable: true },
    sortKey: { name: 'sort_key', type: 'varchar', length: 200 },
    ...stamps,
  },
});

export interface MeasurementRow { id: number; goalId: number; date: string; value: number; source: string | null; note: string | null }
export const MeasurementEntity = new EntitySchema<MeasurementRow>({
  name: 'Measurement',
  tableName: 'measurement',
  columns: {
    id: pk,
    goalId: { name: 'goal_id', type: 'integer' },
    date: { type: 'varchar', length: 10 },
    value: num('value'),
    source: { type: 'varchar', length: 300, nullable: true },
    note: { type: 'varchar', length: 1000, nullable: true },
  },
});

export interface KeyFigureRowDb extends VersionedLater { id: number; trackId: number; name: string; sortOrder: number }
export const KeyFigureEntity = new EntitySchema<KeyFigureRowDb>({
  name: 'KeyFigure',
  tableName: 'key_figure',
  columns: {
    ...versionColumns,
    ...laterUpdatedAt,
    id: pk,
    trackId: { name: 'track_id', type: 'integer' },
    name: { type: 'varchar', length: 200 },
    sortOrder: { name: 'sort_order', type: 'integer' },
  },
});

export interface KeyFigureValueRow { id: number; keyFigureId: number; year: number; value: number; note: string | null }
export const KeyFigureValueEntity = new EntitySchema<KeyFigureValueRow>({
  name: 'KeyFigureValue',
  tableName: 'key_figure_value',
  columns: {
    id: pk,
    keyFigureId: { name: 'key_figure_id', type: 'integer' },
    year: { type: 'integer' },
    value: num('value'),
    note: { type: 'varchar', length: 500, nullable: true },
  },
});

export const initiativeEntities = [
  TrackEntity,
  TargetGroupEntity,
  InitiativeEntity,
  InitiativeTargetGroupEntity,
  InitiativePartnerEntity,
  InitiativeStatusEntity,
  BudgetLineEntity,
  GoalEntity,
  MeasurementEntity,
  KeyFigureEntity,
  KeyFigureValueEntity,
];
