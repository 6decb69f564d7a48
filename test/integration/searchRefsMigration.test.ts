import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { call, ctxOf, tempFile } from '../helpers/db';
import { insertOrganisation } from '../helpers/seedSql';

describe('search refs migration (SearchRefs1700000000090)', () => {
  it('adds search_ref, fills it from the rows already indexed, and later writes replace them in place', async () => {
    const file = tempFile();
    const index = migrations.findIndex((m) => new m().name === 'SearchRefs1700000000090');
    expect(index).toBeGreaterThan(0);
    const before = await openDatabase({ file, migrateTo: index });
    const id = await insertOrganisation(before, 'Ærøskøbing Jobcenter');
    await before.ds.query(
      "INSERT INTO search_fts (kind, ref_id, route, title, body, title_key, body_key) VALUES ('organisation', ?, ?, 'Ærøskøbing Jobcenter', '', 'aeroeskoebing jobcenter', '')",
      [id, `actors/organisations/${id}`],
    );
    expect(await before.ds.createQueryRunner().hasTable('search_ref')).toBe(false);
    await before.close();

    const after = await openDatabase({ file });
    const refs = await after.ds.query('SELECT kind, ref_id, route FROM search_ref');
    expect(refs).toEqual([{ kind: 'organisation', ref_id: id, route: `actors/organisations/${id}` }]);
    expect(await call(ctxOf(after), 'organisations.get', { id })).toMatchObject({ name: 'Ærøskøbing Jobcenter' });
    await call(ctxOf(after), 'organisations.update', { id, data: { name: 'Ærø Jobcenter', kind: 'municipal_department' } });
    const rows = await after.ds.query("SELECT title FROM search_fts WHERE kind = 'organisation'");
    expect(rows).toEqual([{ title: 'Ærø Jobcenter' }]);
    expect((await call(ctxOf(after), 'search.query', { q: 'ærø' })).hits).toHaveLength(1);
    await after.close();
  });
});
