import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rekeySearchRows } from '../sqliteSearch';

/** Search documents get rowids derived from (kind, ref_id), so replacing one is a lookup, not a scan (issue 8). */
export class SearchRowIds1700000000071 implements MigrationInterface {
  name = 'SearchRowIds1700000000071';

  async up(q: QueryRunner): Promise<void> {
    await rekeySearchRows(q);
  }

  async down(): Promise<void> {
    // The derived rowids are valid rowids for the earlier code too.
  }
}
