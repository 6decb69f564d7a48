import { EntitySchema } from 'typeorm';
import { versionColumns, type Versioned } from './versionColumns';
import type { ActorKind, InvolvementForm } from '../../preload/contract';

export interface InvolvementRow extends Versioned {
  id: number;
  actorKind: ActorKind;
  actorId: number;
  date: string;
  form: InvolvementForm;
  topic: string;
  outcome: string | null;
  followUpDate: string | null;
  /** Where an automatic record comes from ('meeting_invitation', 'initiative_partner', …); no FK on purpose. */
  sourceKind: string | null;
  sourceId: number | null;
  auto: boolean;
  createdAt: string;
  updatedAt: string;
}

export const InvolvementEntity = new EntitySchema<InvolvementRow>({
  name: 'Involvement',
  tableName: 'involvement',
  columns: {
    ...versionColumns,
    id: { type: 'integer', primary: true, generated: 'increment' },
    actorKind: { name: 'actor_kind', type: 'varchar', length: 20 },
    actorId: { name: 'actor_id', type: 'integer' },
    date: { type: 'varchar', length: 10 },
    form: { type: 'varchar', length: 30 },
    topic: { type: 'varchar', length: 300 },
    outcome: { type: 'text', nullable: true },
    followUpDate: { name: 'follow_up_date', type: 'varchar', length: 10, nullable: true },
    sourceKind: { name: 'source_kind', type: 'varchar', length: 40, nullable: true },
    sourceId: { name: 'source_id', type: 'integer', nullable: true },
    auto: { type: 'boolean', default: false },
    createdAt: { name: 'created_at', type: 'varchar', length: 30 },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 30 },
  },
});

export interface InvolvementRuleRow {
  id: number;
  actorKind: ActorKind;
  actorId: number;
  intervalDays: number;
  createdAt: string;
}

export const InvolvementRuleEntity = new EntitySchema<InvolvementRuleRow>({
  name: 'InvolvementRule',
  tableName: 'involvement_rule',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    actorKind: { name: 'actor_kind', type: 'varchar', length: 20 },
    actorId: { name: 'actor_id', type: 'integer' },
    intervalDays: { name: 'interval_days', type: 'integer' },
    createdAt: { name: 'created_at', type: 'varchar', length: 30 },
  },
});

export interface StakeholderPositionRow {
  id: number;
  actorKind: ActorKind;
  actorId: number;
  /** 0–100 */
  influence: number;
  /** 0–100 */
  interest: number;
  updatedAt: string;
}

export const StakeholderPositionEntity = new EntitySchema<StakeholderPositionRow>({
  name: 'StakeholderPosition',
  tableName: 'stakeholder_position',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    actorKind: { name: 'actor_kind', type: 'varchar', length: 20 },
    actorId: { name: 'actor_id', type: 'integer' },
    influence: { type: 'integer' },
    interest: { type: 'integer' },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 30 },
  },
});

export const involvementEntities = [InvolvementEntity, InvolvementRuleEntity, StakeholderPositionEntity];
