import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from './columns';

/**
 * Issue 12: an action item dropped with a reason, and the meeting a meeting follows up when the user
 * picks one ("Følger op på") instead of the previous meeting of its series or body.
 */
export class FollowUpAndDropReason1700000000100 implements MigrationInterface {
  name = 'FollowUpAndDropReason1700000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('action_item', new TableColumn(col.str('drop_reason', 500, true)));
    await q.addColumn('meeting', new TableColumn(col.int('follows_up_meeting_id', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('meeting', 'follows_up_meeting_id');
    await q.dropColumn('action_item', 'drop_reason');
  }
}
