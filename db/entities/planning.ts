import { EntitySchema } from 'typeorm';
import { versionColumns, type Versioned } from './versionColumns';
import type { MilestoneKind } from '../../preload/contract';

export interface MilestoneRow extends Versioned {
  id: number;
  title: string;
  date: string;
  kind: MilestoneKind;
  bodyId: number | null;
  note: string | null;
  recurring: boolean;
  createdAt: string;
  updatedAt: string;
}

export const MilestoneEntity = new EntitySchema<MilestoneRow>({
  name: 'Milestone',
  tableName: 'milestone',
  columns: {
    ...versionColumns,
    id: { type: 'integer', primary: true, generated: 'increment' },
    title: { type: 'varchar', length: 200 },
    date: { type: 'varchar', length: 10 },
    kind: { type: 'varchar', length: 30 },
    bodyId: { name: 'body_id', type: 'integer', nullable: true },
    note: { type: 'text', nullable: true },
    recurring: { type: 'boolean', default: false },
    createdAt: { name: 'created_at', type: 'varchar', length: 30 },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 30 },
  },
});
