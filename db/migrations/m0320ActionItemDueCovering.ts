import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * The open action items by due date with their meeting, from the index alone (issue 17): the start screen
 * counts every open item due within 14 days of a live meeting (2,331 at region scale), and with the
 * meeting id in the index that count reads no action item rows (2,039 → 373 pages from disk at L).
 * Replaces ix_action_item_status_due, whose every use this index serves.
 */
export class ActionItemDueCovering1700000000320 implements MigrationInterface {
  name = 'ActionItemDueCovering1700000000320';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('action_item', new TableIndex({ name: 'ix_action_item_status_due_meeting', columnNames: ['status', 'due_date', 'meeting_id'] }));
    await q.dropIndex('action_item', 'ix_action_item_status_due');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createIndex('action_item', new TableIndex({ name: 'ix_action_item_status_due', columnNames: ['status', 'due_date'] }));
    await q.dropIndex('action_item', 'ix_action_item_status_due_meeting');
  }
}
