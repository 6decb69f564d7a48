import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * The actor lists are ordered by (sort_key, id). On SQLite every index ends in the rowid (the id), so
 * the list indexes already give that order; a PostgreSQL index does not, and a page would sort all live
 * rows of its filter. The same indexes with `id` last give a page in index order on both engines.
 */
const widened: [table: string, old: string, columns: string[]][] = [
  ['organisation', 'ix_organisation_live_sort', ['deleted_at', 'sort_key']],
  ['organisation', 'ix_organisation_kind_live_sort', ['kind', 'deleted_at', 'sort_key']],
  ['organisation', 'ix_organisation_relation_live_sort', ['relation', 'deleted_at', 'sort_key']],
  ['person', 'ix_person_live_sort', ['deleted_at', 'sort_key']],
  ['person', 'ix_person_organisation_live_sort', ['organisation_id', 'deleted_at', 'sort_key']],
  ['person', 'ix_person_relation_live_sort', ['relation', 'deleted_at', 'sort_key']],
];

export const actorSortIdIndexes = widened.map(([table, old, columns]) => ({ table, name: `${old}_id`, columns: [...columns, 'id'] }));

export class ActorSortIds1700000000291 implements MigrationInterface {
  name = 'ActorSortIds1700000000291';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, old, columns] of widened) {
      await q.createIndex(table, new TableIndex({ name: `${old}_id`, columnNames: [...columns, 'id'] }));
      await q.dropIndex(table, old);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, old, columns] of widened) {
      await q.createIndex(table, new TableIndex({ name: old, columnNames: columns }));
      await q.dropIndex(table, `${old}_id`);
    }
  }
}
