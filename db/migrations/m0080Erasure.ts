import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { schemaOf } from '../engine';
import { col } from './columns';

/**
 * Erasure and retention: the legal reason on audit rows and "keep until" holds on retention proposals.
 */
export class Erasure1700000000080 implements MigrationInterface {
  name = 'Erasure1700000000080';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('audit_log', new TableColumn(col.str('reason', 40, true)));
    if (q.connection.options.type === 'better-sqlite3') {
      // SQLite adds the column by rebuilding the table, which drops its triggers: put the append-only guard back.
      for (const op of ['update', 'delete']) await q.query(`DROP TRIGGER IF EXISTS audit_log_no_${op}`);
      await schemaOf(q).appendOnly('audit_log');
    }
    await q.createTable(
      new Table({
        name: 'retention_hold',
        columns: [col.id(), col.int('person_id'), col.date('keep_until', false), col.stamp('created_at')],
        uniques: [{ name: 'uq_retention_hold_person', columnNames: ['person_id'] }],
        foreignKeys: [{ columnNames: ['person_id'], referencedTableName: 'person', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('retention_hold');
  }
}
