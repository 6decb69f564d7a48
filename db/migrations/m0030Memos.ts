import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { col } from './columns';

export class Memos1700000000030 implements MigrationInterface {
  name = 'Memos1700000000030';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'memo',
        columns: [
          col.id(),
          col.str('title', 300),
          col.str('case_number', 60, true),
          col.str('recipient_kind', 30),
          col.str('recipient_name', 200, true),
          col.date('meeting_date'),
          col.str('author', 200, true),
          col.date('memo_date', false),
          col.str('status', 20),
          col.text('body', false),
          col.int('sent_version'),
          { name: 'has_unsent_changes', type: 'boolean', isNullable: false },
          col.date('decision_date'),
          col.str('decision_body', 200, true),
          col.str('decision_outcome', 30, true),
          col.text('decision_text'),
          col.text('decision_effects'),
          col.stamp('decision_recorded_at', true),
          col.str('sort_key', 200),
          col.text('search_text', false),
          col.stamp('created_at'),
          col.stamp('updated_at'),
        ],
        indices: [new TableIndex({ name: 'idx_memo_status', columnNames: ['status'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'memo_version',
        columns: [col.id(), col.int('memo_id'), col.int('number'), col.date('sent_on', false), col.text('snapshot', false), col.stamp('created_at')],
        indices: [new TableIndex({ name: 'uq_memo_version', columnNames: ['memo_id', 'number'], isUnique: true })],
        foreignKeys: [new TableForeignKey({ columnNames: ['memo_id'], referencedTableName: 'memo', referencedColumnNames: ['id'], onDelete: 'CASCADE' })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'memo_link',
        columns: [col.id(), col.int('memo_id'), col.str('target_kind', 20), col.int('target_id'), col.str('label', 300)],
        indices: [
          new TableIndex({ name: 'uq_memo_link', columnNames: ['memo_id', 'target_kind', 'target_id'], isUnique: true }),
          new TableIndex({ name: 'idx_memo_link_target', columnNames: ['target_kind', 'target_id'] }),
        ],
        foreignKeys: [new TableForeignKey({ columnNames: ['memo_id'], referencedTableName: 'memo', referencedColumnNames: ['id'], onDelete: 'CASCADE' })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('memo_link');
    await q.dropTable('memo_version');
    await q.dropTable('memo');
  }
}
