import { describe, expect, it } from 'vitest';
import { NewerDatabaseError, openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { tempFile } from '../helpers/db';

async function tables(file: string, migrateTo?: number) {
  const db = await openDatabase({ file, migrateTo });
  const runner = db.ds.createQueryRunner();
  const names = (await runner.getTables())
    .map((t) => t.name.replace(/^public\./, ''))
    .filter((n) => n !== 'schema_migrations' && !n.startsWith('sqlite_') && !n.includes('.'))
    .sort();
  await runner.release();
  await db.close();
  return names;
}

describe('migrations', () => {
  it('0001 creates the actor register', async () => {
    expect(await tables(tempFile(), 1)).toEqual(['body', 'membership', 'organisation', 'person']);
  });

  it('0002 adds settings and keeps the actors written under 0001', async () => {
    const file = tempFile();
    const v1 = await openDatabase({ file, migrateTo: 1 });
    await v1.ds.query(
      `INSERT INTO organisation (name, kind, sort_key, search_text, created_at, updated_at) VALUES ('Hvidovre Gymnasium', 'upper_secondary_school', 'hvidovre gymnasium', 'hvidovre gymnasium', '2026-01-01', '2026-01-01')`,
    );
    expect(await v1.schemaVersion()).toBe(1);
    await v1.close();
    const v2 = await openDatabase({ file, migrateTo: 2 });
    expect(await v2.schemaVersion()).toBe(2);
    expect(await v2.ds.query('SELECT name FROM organisation')).toEqual([{ name: 'Hvidovre Gymnasium' }]);
    expect(await v2.ds.query('SELECT COUNT(*) AS n FROM app_setting')).toEqual([{ n: 0 }]);
    await v2.close();
  });

  it('0060 adds the actor list indexes and keeps earlier rows', async () => {
    const file = tempFile();
    const v2 = await openDatabase({ file, migrateTo: 2 });
    await v2.ds.query(
      `INSERT INTO organisation (name, kind, sort_key, search_text, created_at, updated_at) VALUES ('Køge Gymnasium', 'upper_secondary_school', 'køge gymnasium', 'koege gymnasium', '2026-01-01', '2026-01-01')`,
    );
    await v2.ds.query(`INSERT INTO person (name, organisation_id, sort_key, search_text, created_at, updated_at) VALUES ('Åse Møller', 1, 'åse', 'aase moeller', '2026-01-01', '2026-01-01')`);
    await v2.close();
    // Up to 0060 itself: 0291 widens these indexes by id.
    const v3 = await openDatabase({ file, migrateTo: migrations.findIndex((m) => new m().name === 'ActorListIndexes1700000000060') + 1 });
    const runner = v3.ds.createQueryRunner();
    const indexes = async (table: string) => (await runner.getTable(table))!.indices.map((i) => i.name!).filter((n) => !n.endsWith('_trgm')).sort();
    expect(await indexes('organisation')).toEqual(['ix_organisation_kind_live_sort', 'ix_organisation_live_sort', 'ix_organisation_relation_live_sort']);
    expect(await indexes('person')).toEqual(['ix_person_live_sort', 'ix_person_organisation_live_sort', 'ix_person_relation_live_sort']);
    expect(await v3.ds.query('SELECT o.name AS org, p.name AS person FROM person p JOIN organisation o ON o.id = p.organisation_id')).toEqual([
      { org: 'Køge Gymnasium', person: 'Åse Møller' },
    ]);
    await runner.release();
    await v3.close();
  });

  it('runs every migration once, in order, and reopening changes nothing', async () => {
    const file = tempFile();
    const db = await openDatabase({ file });
    expect(await db.schemaVersion()).toBe(migrations.length);
    await db.close();
    const again = await openDatabase({ file });
    expect(await again.schemaVersion()).toBe(migrations.length);
    await again.close();
  });

  it('refuses a data file from a newer Samspil', async () => {
    const file = tempFile();
    const db = await openDatabase({ file });
    await db.ds.query(`INSERT INTO schema_migrations (timestamp, name) VALUES (1800000000000, 'Future1800000000000')`);
    await db.close();
    await expect(openDatabase({ file })).rejects.toBeInstanceOf(NewerDatabaseError);
  });
});
