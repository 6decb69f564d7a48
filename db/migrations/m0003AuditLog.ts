import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { schemaOf } from '../engine';
import { col } from './columns';

export class AuditLog1700000000003 implements MigrationInterface {
  name = 'AuditLog1700000000003';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [col.id(), col.stamp('at'), col.str('os_user', 100), col.str('action', 20), col.str('channel', 80), col.str('subject', 100, true)],
        indices: [{ name: 'ix_audit_log_subject', columnNames: ['subject'] }],
      }),
    );
    // Enforced by the engine itself (triggers on both), besides the app never writing UPDATE or DELETE there.
    await schemaOf(q).appendOnly('audit_log');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('audit_log');
  }
}
