import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * Indexes for the screens read a page at a time at region size (issue 17): the heatmap reads one year of
 * involvements by date (covering, so the year's counts come from the index alone), the initiative list
 * is ordered by sort key, and the open action items are listed by due date.
 */
const added: [table: string, name: string, columns: string[]][] = [
  ['involvement', 'ix_involvement_date', ['date', 'actor_kind', 'actor_id']],
  ['initiative', 'ix_initiative_sort', ['sort_key', 'id']],
  ['meeting', 'ix_meeting_body_live_date', ['body_id', 'deleted_at', 'date']],
];

export class ScreenIndexes1700000000150 implements MigrationInterface {
  name = 'ScreenIndexes1700000000150';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, name, columnNames] of added) await q.createIndex(table, new TableIndex({ name, columnNames }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, name] of added) await q.dropIndex(table, name);
  }
}
