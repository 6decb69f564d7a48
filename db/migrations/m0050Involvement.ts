import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './columns';

/** Involvement log and rules, milestones for the annual wheel. */
export class Involvement1700000000050 implements MigrationInterface {
  name = 'Involvement1700000000050';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'involvement',
        columns: [
          col.id(),
          col.str('actor_kind', 20),
          col.int('actor_id'),
          col.date('date', false),
          col.str('form', 30),
          col.str('topic', 300),
          col.text('outcome'),
          col.date('follow_up_date'),
          col.str('source_kind', 40, true),
          col.int('source_id', true),
          col.bool('auto'),
          col.stamp('created_at'),
          col.stamp('updated_at'),
        ],
      }),
    );
    await q.createIndex('involvement', new TableIndex({ name: 'ix_involvement_actor', columnNames: ['actor_kind', 'actor_id', 'date'] }));
    await q.createIndex('involvement', new TableIndex({ name: 'ix_involvement_source', columnNames: ['source_kind', 'source_id'] }));
    await q.createTable(
      new Table({
        name: 'involvement_rule',
        columns: [col.id(), col.str('actor_kind', 20), col.int('actor_id'), col.int('interval_days'), col.stamp('created_at')],
        uniques: [{ name: 'uq_involvement_rule_actor', columnNames: ['actor_kind', 'actor_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'milestone',
        columns: [
          col.id(),
          col.str('title', 200),
          col.date('date', false),
          col.str('kind', 30),
          col.int('body_id', true),
          col.text('note'),
          col.bool('recurring'),
          col.stamp('created_at'),
          col.stamp('updated_at'),
        ],
        foreignKeys: [{ columnNames: ['body_id'], referencedTableName: 'body', referencedColumnNames: ['id'], onDelete: 'SET NULL' }],
      }),
    );
    await q.createIndex('milestone', new TableIndex({ name: 'ix_milestone_date', columnNames: ['date'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('milestone');
    await q.dropTable('involvement_rule');
    await q.dropTable('involvement');
  }
}
