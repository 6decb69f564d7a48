import { type MigrationInterface, type QueryRunner, Table, type TableForeignKeyOptions } from 'typeorm';
import { auditCols, col } from './columns';

const fk = (column: string, table: string, onDelete: 'CASCADE' | 'SET NULL'): TableForeignKeyOptions => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete,
});

export class Meetings1700000000010 implements MigrationInterface {
  name = 'Meetings1700000000010';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({ name: 'meeting_series', columns: [col.id(), col.str('title', 200), col.str('rule', 500), col.stamp('created_at')] }));
    await q.createTable(
      new Table({
        name: 'meeting',
        columns: [
          col.id(),
          col.str('title', 200),
          col.str('type', 40),
          col.int('body_id', true),
          col.int('series_id', true),
          col.date('date', false),
          col.str('start_time', 5),
          col.str('end_time', 5),
          col.str('place', 300, true),
          col.str('online_link', 1000, true),
          col.str('status', 20),
          col.text('purpose'),
          col.text('notes'),
          col.str('minutes_status', 10),
          col.int('minutes_approved_at_meeting_id', true),
          col.str('sort_key', 200),
          ...auditCols(),
        ],
        foreignKeys: [fk('body_id', 'body', 'SET NULL'), fk('series_id', 'meeting_series', 'SET NULL'), fk('minutes_approved_at_meeting_id', 'meeting', 'SET NULL')],
        indices: [
          { name: 'ix_meeting_live_date', columnNames: ['deleted_at', 'date'] },
          { name: 'ix_meeting_body', columnNames: ['body_id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'agenda_item',
        columns: [
          col.id(),
          col.int('meeting_id'),
          col.int('position'),
          { name: 'is_break', type: 'boolean', isNullable: false },
          col.str('standard', 20, true),
          col.str('title', 300),
          col.str('kind', 20),
          col.int('presenter_id', true),
          col.int('duration_minutes'),
          col.text('description'),
          col.text('minutes'),
        ],
        foreignKeys: [fk('meeting_id', 'meeting', 'CASCADE'), fk('presenter_id', 'person', 'SET NULL')],
        indices: [{ name: 'ix_agenda_item_meeting', columnNames: ['meeting_id', 'position'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'agenda_attachment',
        columns: [col.id(), col.int('item_id'), col.str('file_name', 255), col.str('stored_name', 100), col.int('size'), col.stamp('created_at')],
        foreignKeys: [fk('item_id', 'agenda_item', 'CASCADE')],
        indices: [{ name: 'ix_agenda_attachment_item', columnNames: ['item_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'meeting_invitee',
        columns: [col.id(), col.int('meeting_id'), col.int('person_id', true), col.int('organisation_id', true), col.str('reply', 20), col.str('attendance', 20, true), col.stamp('invited_at')],
        foreignKeys: [fk('meeting_id', 'meeting', 'CASCADE'), fk('person_id', 'person', 'CASCADE'), fk('organisation_id', 'organisation', 'CASCADE')],
        indices: [
          { name: 'ix_meeting_invitee_meeting', columnNames: ['meeting_id'] },
          { name: 'ix_meeting_invitee_person', columnNames: ['person_id'] },
          { name: 'ix_meeting_invitee_organisation', columnNames: ['organisation_id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'decision',
        columns: [col.id(), col.int('meeting_id'), col.int('item_id', true), col.text('text', false), col.stamp('created_at')],
        foreignKeys: [fk('meeting_id', 'meeting', 'CASCADE'), fk('item_id', 'agenda_item', 'SET NULL')],
        indices: [{ name: 'ix_decision_meeting', columnNames: ['meeting_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'action_item',
        columns: [
          col.id(),
          col.int('meeting_id'),
          col.int('item_id', true),
          col.str('what', 2000),
          col.int('owner_person_id', true),
          col.int('owner_organisation_id', true),
          col.date('due_date'),
          col.str('status', 10),
          col.date('done_date'),
          col.int('closed_at_meeting_id', true),
          ...auditCols().slice(0, 2),
        ],
        foreignKeys: [
          fk('meeting_id', 'meeting', 'CASCADE'),
          fk('item_id', 'agenda_item', 'SET NULL'),
          fk('owner_person_id', 'person', 'SET NULL'),
          fk('owner_organisation_id', 'organisation', 'SET NULL'),
          fk('closed_at_meeting_id', 'meeting', 'SET NULL'),
        ],
        indices: [
          { name: 'ix_action_item_meeting', columnNames: ['meeting_id'] },
          { name: 'ix_action_item_status_due', columnNames: ['status', 'due_date'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['action_item', 'decision', 'meeting_invitee', 'agenda_attachment', 'agenda_item', 'meeting', 'meeting_series']) await q.dropTable(t);
  }
}
