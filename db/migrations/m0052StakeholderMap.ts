import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './columns';

/** Where each actor sits on the influence × interest stakeholder map. */
export class StakeholderMap1700000000052 implements MigrationInterface {
  name = 'StakeholderMap1700000000052';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'stakeholder_position',
        columns: [col.id(), col.str('actor_kind', 20), col.int('actor_id'), col.int('influence'), col.int('interest'), col.stamp('updated_at')],
        uniques: [{ name: 'uq_stakeholder_position_actor', columnNames: ['actor_kind', 'actor_id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('stakeholder_position');
  }
}
