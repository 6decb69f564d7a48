import { type MigrationInterface, type QueryRunner, Table, type TableColumnOptions, type TableForeignKeyOptions } from 'typeorm';
import { col } from './columns';

const num = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'double precision', isNullable: nullable });
const fk = (column: string, table: string, onDelete: 'CASCADE' | 'SET NULL' | 'RESTRICT'): TableForeignKeyOptions => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete,
});
const pkInt = (name: string): TableColumnOptions => ({ ...col.int(name), isPrimary: true });

/** Tracks, target groups, initiatives with status history and budget, goals with measurements, key figures. */
export class Initiatives1700000000020 implements MigrationInterface {
  name = 'Initiatives1700000000020';

  async up(q: QueryRunner): Promise<void> {
    const stamps = [col.stamp('created_at'), col.stamp('updated_at')];
    await q.createTable(
      new Table({ name: 'track', columns: [col.id(), col.str('name', 120), col.text('description'), col.int('sort_order'), col.str('sort_key', 200), ...stamps] }),
    );
    await q.createTable(
      new Table({ name: 'target_group', columns: [col.id(), col.str('name', 120), col.int('age_from', true), col.int('age_to', true), col.str('sort_key', 200)] }),
    );
    await q.createTable(
      new Table({
        name: 'initiative',
        columns: [
          col.id(),
          col.str('name', 200),
          col.text('description'),
          col.int('track_id'),
          col.int('owner_organisation_id', true),
          col.int('contact_person_id', true),
          col.str('status', 20),
          col.date('status_date', false),
          col.date('start_date'),
          col.date('end_date'),
          col.str('sort_key', 200),
          col.text('search_text', false),
          ...stamps,
        ],
        foreignKeys: [fk('track_id', 'track', 'RESTRICT'), fk('owner_organisation_id', 'organisation', 'SET NULL'), fk('contact_person_id', 'person', 'SET NULL')],
        indices: [
          { name: 'ix_initiative_track', columnNames: ['track_id'] },
          { name: 'ix_initiative_status', columnNames: ['status'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'initiative_target_group',
        columns: [pkInt('initiative_id'), pkInt('target_group_id')],
        foreignKeys: [fk('initiative_id', 'initiative', 'CASCADE'), fk('target_group_id', 'target_group', 'CASCADE')],
        indices: [{ name: 'ix_itg_target_group', columnNames: ['target_group_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'initiative_partner',
        columns: [pkInt('initiative_id'), pkInt('organisation_id')],
        foreignKeys: [fk('initiative_id', 'initiative', 'CASCADE'), fk('organisation_id', 'organisation', 'CASCADE')],
        indices: [{ name: 'ix_initiative_partner_org', columnNames: ['organisation_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'initiative_status',
        columns: [col.id(), col.int('initiative_id'), col.str('status', 20), col.date('date', false), col.str('note', 1000, true), col.stamp('created_at')],
        foreignKeys: [fk('initiative_id', 'initiative', 'CASCADE')],
        indices: [{ name: 'ix_initiative_status_initiative', columnNames: ['initiative_id', 'date'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'budget_line',
        columns: [col.id(), col.int('initiative_id'), col.int('year'), col.int('amount'), col.str('funding_source', 200, true), col.str('note', 500, true)],
        foreignKeys: [fk('initiative_id', 'initiative', 'CASCADE')],
        indices: [{ name: 'ix_budget_line_initiative', columnNames: ['initiative_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'goal',
        columns: [
          col.id(),
          col.str('name', 300),
          col.text('description'),
          col.str('kind', 20),
          col.str('unit', 20),
          col.str('direction', 10),
          num('baseline_value'),
          col.date('baseline_date', false),
          num('target_value'),
          num('target_max', true),
          col.date('target_date', false),
          col.int('initiative_id', true),
          col.str('sort_key', 200),
          ...stamps,
        ],
        foreignKeys: [fk('initiative_id', 'initiative', 'CASCADE')],
        indices: [{ name: 'ix_goal_initiative', columnNames: ['initiative_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'measurement',
        columns: [col.id(), col.int('goal_id'), col.date('date', false), num('value'), col.str('source', 300, true), col.str('note', 1000, true)],
        foreignKeys: [fk('goal_id', 'goal', 'CASCADE')],
        indices: [{ name: 'ix_measurement_goal', columnNames: ['goal_id', 'date'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'key_figure',
        columns: [col.id(), col.int('track_id'), col.str('name', 200), col.int('sort_order')],
        foreignKeys: [fk('track_id', 'track', 'CASCADE')],
        indices: [{ name: 'ix_key_figure_track', columnNames: ['track_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'key_figure_value',
        columns: [col.id(), col.int('key_figure_id'), col.int('year'), num('value'), col.str('note', 500, true)],
        foreignKeys: [fk('key_figure_id', 'key_figure', 'CASCADE')],
        uniques: [{ name: 'uq_key_figure_year', columnNames: ['key_figure_id', 'year'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['key_figure_value', 'key_figure', 'measurement', 'goal', 'budget_line', 'initiative_status', 'initiative_partner', 'initiative_target_group', 'initiative', 'target_group', 'track']) {
      await q.dropTable(t);
    }
  }
}
