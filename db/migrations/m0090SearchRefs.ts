import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { schemaOf } from '../engine';
import { col } from './columns';

/**
 * A plain, indexed table beside the full-text index (issue 8): a search document's kind and id, and
 * its route, point to its FTS rowid. Replacing or removing a document no longer scans the whole index.
 */
export class SearchRefs1700000000090 implements MigrationInterface {
  name = 'SearchRefs1700000000090';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'search_ref',
        columns: [col.id(), col.str('kind', 40), col.int('ref_id'), col.str('route', 300)],
        indices: [
          { name: 'ux_search_ref_kind_ref', columnNames: ['kind', 'ref_id'], isUnique: true },
          { name: 'ix_search_ref_route_kind', columnNames: ['route', 'kind'] },
        ],
      }),
    );
    await schemaOf(q).fillSearchRefs();
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('search_ref');
  }
}
