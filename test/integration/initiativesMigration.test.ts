import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { tempFile } from '../helpers/db';

describe('migration Initiatives1700000000020', () => {
  it('adds the initiative, goal and key-figure tables and keeps earlier rows', async () => {
    const file = tempFile();
    const index = migrations.findIndex((m) => new m().name === 'Initiatives1700000000020');
    expect(index).toBeGreaterThan(0);
    const before = await openDatabase({ file, migrateTo: index });
    await before.ds.query(
      "INSERT INTO organisation (name, kind, sort_key, search_text, created_at, updated_at) VALUES ('Jobcenter Hjørring', 'municipal_department', 'jobcenter hjørring', 'jobcenter hjoerring', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
    );
    await before.ds.query("INSERT INTO app_setting (key, value) VALUES ('partnershipName', 'Ungegarantien')");
    const hadTrack = await before.ds.createQueryRunner().hasTable('track');
    await before.close();
    expect(hadTrack).toBe(false);

    const after = await openDatabase({ file });
    const runner = after.ds.createQueryRunner();
    for (const t of ['track', 'target_group', 'initiative', 'initiative_target_group', 'initiative_partner', 'initiative_status', 'budget_line', 'goal', 'measurement', 'key_figure', 'key_figure_value']) {
      expect(await runner.hasTable(t), t).toBe(true);
    }
    await runner.release();
    expect(await after.ds.query('SELECT name FROM organisation')).toEqual([{ name: 'Jobcenter Hjørring' }]);
    expect(await after.ds.query("SELECT value FROM app_setting WHERE key = 'partnershipName'")).toEqual([{ value: 'Ungegarantien' }]);
    // Decimal values survive (85,5 %), and the key figure per year is unique.
    await after.ds.query("INSERT INTO track (name, sort_order, sort_key, created_at, updated_at) VALUES ('Grundskolesporet', 0, 'grundskolesporet', 'x', 'x')");
    await after.ds.query("INSERT INTO key_figure (track_id, name, sort_order) VALUES (1, 'Praktikker', 0)");
    await after.ds.query('INSERT INTO key_figure_value (key_figure_id, year, value) VALUES (1, 2020, 85.5)');
    expect(await after.ds.query('SELECT value FROM key_figure_value')).toEqual([{ value: 85.5 }]);
    await expect(after.ds.query('INSERT INTO key_figure_value (key_figure_id, year, value) VALUES (1, 2020, 1)')).rejects.toThrow();
    await after.close();
  });
});
