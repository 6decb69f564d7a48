import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { call, ctxOf, tempFile } from '../helpers/db';
import { insertOrganisation, insertPerson } from '../helpers/seedSql';

describe('actor trigram migration (ActorTrigrams1700000000070)', () => {
  it('adds the trigram indexes, fills them from existing rows and keeps those rows unchanged', async () => {
    const file = tempFile();
    const index = migrations.findIndex((m) => new m().name === 'ActorTrigrams1700000000070');
    expect(index).toBeGreaterThan(0);
    const before = await openDatabase({ file, migrateTo: index });
    const orgId = await insertOrganisation(before, 'Hvidovre Gymnasium', 'upper_secondary_school');
    await insertPerson(before, 'Jens Kjærgaard', 'jens@hvidovre.dk');
    await before.ds.query(`UPDATE person SET search_text = 'jens kjaergaard | jens@hvidovre.dk' WHERE id = 1`);
    const rowsBefore = await before.ds.query('SELECT * FROM person ORDER BY id');
    const sqlite = before.engine === 'sqlite';
    // SQLite: FTS5 trigram tables; PostgreSQL: pg_trgm GIN indexes on the tables themselves.
    const trigramIndexes = async (db: typeof before) =>
      sqlite
        ? (await Promise.all(['organisation_trigram', 'person_trigram'].map(async (t) => ((await db.ds.createQueryRunner().hasTable(t)) ? t : null)))).filter(Boolean)
        : ((await db.ds.query(`SELECT indexname FROM pg_indexes WHERE indexname LIKE '%search_trgm' ORDER BY indexname`)) as { indexname: string }[]).map((r) => r.indexname);
    expect(await trigramIndexes(before)).toEqual([]);
    await before.close();

    const after = await openDatabase({ file });
    expect(await trigramIndexes(after)).toEqual(sqlite ? ['organisation_trigram', 'person_trigram'] : ['ix_organisation_search_trgm', 'ix_person_search_trgm']);
    // Later migrations may add columns (version, updated_by); every column the row had keeps its value.
    expect(await after.ds.query('SELECT * FROM person ORDER BY id')).toMatchObject(rowsBefore);
    if (sqlite) {
      // Filled from the rows that were there: the index answers a substring lookup on its own.
      expect(await after.ds.query(`SELECT rowid AS id FROM person_trigram WHERE search_text LIKE '%kjaer%'`)).toEqual([{ id: 1 }]);
      expect(await after.ds.query(`SELECT rowid AS id FROM organisation_trigram WHERE search_text LIKE '%gymnas%'`)).toEqual([{ id: orgId }]);
    }
    const ctx = ctxOf(after);
    expect((await call(ctx, 'people.list', { search: 'kjærg' })).items.map((p) => p.name)).toEqual(['Jens Kjærgaard']);
    expect((await call(ctx, 'organisations.list', { search: 'vidov gymn' })).items.map((o) => o.name)).toEqual(['Hvidovre Gymnasium']);
    await after.close();
  });
});
