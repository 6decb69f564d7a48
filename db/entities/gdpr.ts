import { EntitySchema } from 'typeorm';

export interface RetentionHoldRow {
  id: number;
  personId: number;
  /** The retention proposal for this person stays hidden until this date (YYYY-MM-DD). */
  keepUntil: string;
  createdAt: string;
}

export const RetentionHoldEntity = new EntitySchema<RetentionHoldRow>({
  name: 'RetentionHold',
  tableName: 'retention_hold',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    personId: { name: 'person_id', type: 'integer' },
    keepUntil: { name: 'keep_until', type: 'varchar', length: 10 },
    createdAt: { name: 'created_at', type: 'varchar', length: 30 },
  },
});
