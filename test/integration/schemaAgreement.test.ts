import { describe, expect, it } from 'vitest';
import { memoryDb } from '../helpers/db';
import { testEngine } from '../helpers/pgTestDb';

/** One name per kind of column, whatever the engine calls it. */
function family(type: string): string {
  const t = type.toLowerCase();
  if (/char|text|clob/.test(t)) return 'text';
  if (/^int|integer|serial|bigint/.test(t)) return 'integer';
  if (/bool/.test(t)) return 'boolean';
  if (/real|double|float|numeric|decimal/.test(t)) return 'number';
  return t;
}

/**
 * Entities and migrations describe the same schema: every entity's table exists with every column,
 * of the same kind and nullability. Runs on the engine of the run (SQLite, or PostgreSQL with
 * SAMSPIL_TEST_DB=postgres), so both engines are checked in CI.
 */
describe(`entities and migrations agree (${testEngine})`, () => {
  it('every entity column exists in the migrated schema with the same kind and nullability', async () => {
    const db = await memoryDb();
    const runner = db.ds.createQueryRunner();
    try {
      const tables = new Map((await runner.getTables(db.ds.entityMetadatas.map((m) => m.tableName))).map((t) => [t.name.replace(/^public\./, ''), t]));
      const problems: string[] = [];
      let checked = 0;
      for (const meta of db.ds.entityMetadatas) {
        const table = tables.get(meta.tableName);
        if (!table) {
          problems.push(`${meta.tableName}: no table`);
          continue;
        }
        for (const c of meta.columns) {
          checked++;
          const actual = table.columns.find((x) => x.name === c.databaseName);
          if (!actual) problems.push(`${meta.tableName}.${c.databaseName}: no column`);
          else {
            const want = family(db.ds.driver.normalizeType(c));
            if (family(actual.type) !== want) problems.push(`${meta.tableName}.${c.databaseName}: ${actual.type}, entity ${want}`);
            if (actual.isNullable !== c.isNullable && !c.isPrimary) problems.push(`${meta.tableName}.${c.databaseName}: nullable ${actual.isNullable}, entity ${c.isNullable}`);
          }
        }
      }
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(100);
    } finally {
      await runner.release();
      await db.close();
    }
  });
});
