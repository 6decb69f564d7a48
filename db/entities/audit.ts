import { EntitySchema } from 'typeorm';

export interface AuditRow {
  id: number;
  at: string;
  osUser: string;
  action: string;
  channel: string;
  subject: string | null;
  /** The legal ground of an erasure ('art17_request', 'retention_expired', 'other'); null otherwise. */
  reason: string | null;
}

/** Append-only log of changes and exports (who, when, what); see db/sqlite.ts for the guard triggers. */
export const AuditEntity = new EntitySchema<AuditRow>({
  name: 'AuditLog',
  tableName: 'audit_log',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    at: { type: 'varchar', length: 30 },
    osUser: { name: 'os_user', type: 'varchar', length: 100 },
    action: { type: 'varchar', length: 20 },
    channel: { type: 'varchar', length: 80 },
    subject: { type: 'varchar', length: 100, nullable: true },
    reason: { type: 'varchar', length: 40, nullable: true },
  },
});
