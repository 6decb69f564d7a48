import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './columns';

/** The house style's logo, kept in the data file (issue 18). Address, contact lines and colour live in app_setting. */
export class LetterheadLogo1700000000160 implements MigrationInterface {
  name = 'LetterheadLogo1700000000160';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'letterhead_logo',
        columns: [
          { ...col.int('id'), isPrimary: true },
          col.str('file_name', 255),
          col.str('mime_type', 40),
          col.text('data', false),
          col.text('png', false),
          col.int('width'),
          col.int('height'),
          col.int('bytes'),
          col.stamp('updated_at'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('letterhead_logo');
  }
}
