import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { appendOnlyTriggers } from '../sqlite';
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
    // The append-only guard is SQLite-specific; other databases would use grants instead.
    if (q.connection.options.type === 'better-sqlite3') for (const sql of appendOnlyTriggers('audit_log')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('audit_log');
  }
}
