import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { auditCols, col } from './columns';

export class Actors1700000000001 implements MigrationInterface {
  name = 'Actors1700000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'organisation',
        columns: [
          col.id(),
          col.str('name', 200),
          col.str('kind', 40),
          col.str('address', 500, true),
          col.str('website', 500, true),
          col.text('notes'),
          col.str('relation', 10, true),
          col.str('relation_reason', 1000, true),
          col.str('sort_key', 200),
          col.text('search_text', false),
          ...auditCols(),
        ],
        indices: [
          { name: 'ix_organisation_live_sort', columnNames: ['deleted_at', 'sort_key'] },
          { name: 'ix_organisation_kind', columnNames: ['kind'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'person',
        columns: [
          col.id(),
          col.str('name', 200),
          col.str('title', 200, true),
          col.int('organisation_id', true),
          col.str('email', 254, true),
          col.str('phone', 30, true),
          col.text('notes'),
          col.str('relation', 10, true),
          col.str('relation_reason', 1000, true),
          col.str('sort_key', 200),
          col.text('search_text', false),
          ...auditCols(),
        ],
        foreignKeys: [
          { columnNames: ['organisation_id'], referencedTableName: 'organisation', referencedColumnNames: ['id'], onDelete: 'SET NULL' },
        ],
        indices: [
          { name: 'ix_person_live_sort', columnNames: ['deleted_at', 'sort_key'] },
          { name: 'ix_person_organisation', columnNames: ['organisation_id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'body',
        columns: [col.id(), col.str('name', 200), col.str('kind', 40), col.text('description'), col.str('sort_key', 200), ...auditCols()],
      }),
    );
    await q.createTable(
      new Table({
        name: 'membership',
        columns: [
          col.id(),
          col.int('body_id'),
          col.int('person_id', true),
          col.int('organisation_id', true),
          col.str('role', 20),
          col.date('from_date'),
          col.date('to_date'),
        ],
        foreignKeys: [
          { columnNames: ['body_id'], referencedTableName: 'body', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['person_id'], referencedTableName: 'person', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['organisation_id'], referencedTableName: 'organisation', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [
          { name: 'ix_membership_body', columnNames: ['body_id'] },
          { name: 'ix_membership_person', columnNames: ['person_id'] },
          { name: 'ix_membership_organisation', columnNames: ['organisation_id'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['membership', 'body', 'person', 'organisation']) await q.dropTable(t);
  }
}
