import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './columns';

export class Settings1700000000002 implements MigrationInterface {
  name = 'Settings1700000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({ name: 'app_setting', columns: [{ ...col.str('key', 100), isPrimary: true }, col.text('value', false)] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('app_setting');
  }
}
