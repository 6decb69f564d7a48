import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './columns';

/**
 * Mail (issue 14): a meeting's calendar identity (UID, SEQUENCE), and every message drafted or sent
 * with one row per recipient, so a retry sends only to those not yet reached.
 */
export class Mail1700000000120 implements MigrationInterface {
  name = 'Mail1700000000120';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'meeting_calendar',
        columns: [
          { name: 'meeting_id', type: 'integer', isPrimary: true },
          col.str('uid', 300),
          col.int('sequence'),
          col.str('signature', 1500),
          col.bool('cancelled'),
          col.stamp('updated_at'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'mail_message',
        columns: [
          col.id(),
          col.str('kind', 20),
          col.str('mode', 10),
          col.int('meeting_id', true),
          col.int('memo_id', true),
          col.str('subject', 500),
          col.str('language', 2),
          col.stamp('created_at'),
        ],
        indices: [
          { name: 'ix_mail_message_meeting', columnNames: ['meeting_id'] },
          { name: 'ix_mail_message_memo', columnNames: ['memo_id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'mail_recipient',
        columns: [
          col.id(),
          col.int('message_id'),
          col.int('person_id', true),
          col.str('name', 200),
          col.str('email', 254),
          col.str('status', 10),
          col.str('error', 1000, true),
          col.stamp('sent_at', true),
        ],
        indices: [
          { name: 'ix_mail_recipient_message', columnNames: ['message_id'] },
          { name: 'ix_mail_recipient_person', columnNames: ['person_id'] },
        ],
        foreignKeys: [{ columnNames: ['message_id'], referencedTableName: 'mail_message', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('mail_recipient');
    await q.dropTable('mail_message');
    await q.dropTable('meeting_calendar');
  }
}
