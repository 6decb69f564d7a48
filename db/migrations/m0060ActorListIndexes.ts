import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * Indexes for the actor lists at the size of a region (issue 8). Each filter gets an index that starts
 * with its equality columns and ends in the sort key, so a page is read in order without sorting and its
 * count comes from the index alone. The per-organisation index also answers "people of an organisation"
 * and the people counts, which otherwise scanned every live person.
 */
const added: [table: string, name: string, columns: string[]][] = [
  ['organisation', 'ix_organisation_kind_live_sort', ['kind', 'deleted_at', 'sort_key']],
  ['organisation', 'ix_organisation_relation_live_sort', ['relation', 'deleted_at', 'sort_key']],
  ['person', 'ix_person_organisation_live_sort', ['organisation_id', 'deleted_at', 'sort_key']],
  ['person', 'ix_person_relation_live_sort', ['relation', 'deleted_at', 'sort_key']],
];
/** Replaced by the wider indexes above, which start with the same column. */
const replaced: [table: string, name: string, columns: string[]][] = [
  ['organisation', 'ix_organisation_kind', ['kind']],
  ['person', 'ix_person_organisation', ['organisation_id']],
];

export class ActorListIndexes1700000000060 implements MigrationInterface {
  name = 'ActorListIndexes1700000000060';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, name, columnNames] of added) await q.createIndex(table, new TableIndex({ name, columnNames }));
    for (const [table, name] of replaced) await q.dropIndex(table, name);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, name, columnNames] of replaced) await q.createIndex(table, new TableIndex({ name, columnNames }));
    for (const [table, name] of added) await q.dropIndex(table, name);
  }
}
