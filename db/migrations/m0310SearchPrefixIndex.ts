import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '../engine';

/**
 * Issue 17: the full-text index with prefix indexes (1–6 characters), so a search for a common word
 * prefix ("unge", 104,000 documents at L) reads its newest matches without merging every doclist.
 * A large index is not copied here: the background rebuild (search index version 3) fills the new
 * table while the app is in use (see createPrefixedSearchIndex). PostgreSQL: nothing to change.
 */
export class SearchPrefixIndex1700000000310 implements MigrationInterface {
  name = 'SearchPrefixIndex1700000000310';

  async up(q: QueryRunner): Promise<void> {
    await schemaOf(q).prefixSearchIndex();
  }

  async down(q: QueryRunner): Promise<void> {
    await schemaOf(q).unprefixSearchIndex();
  }
}
