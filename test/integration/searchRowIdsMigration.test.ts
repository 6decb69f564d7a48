import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { searchRowId } from '../../db/sqliteSearch';
import { call, ctxOf, tempFile } from '../helpers/db';
import { insertOrganisation } from '../helpers/seedSql';

describe('search row ids migration (SearchRowIds1700000000071)', () => {
  it('gives existing search documents rowids from (kind, ref_id), keeps them and earlier rows, and replaces by rowid after', async () => {
    const file = tempFile();
    const index = migrations.findIndex((m) => new m().name === 'SearchRowIds1700000000071');
    expect(index).toBeGreaterThan(0);
    const before = await openDatabase({ file, migrateTo: index });
    const orgId = await insertOrganisation(before, 'Hvidovre Gymnasium', 'upper_secondary_school');
    // As code before 0071 wrote them: arbitrary rowids.
    await before.ds.query(
      `INSERT INTO search_fts (rowid, kind, ref_id, route, title, body, title_key, body_key) VALUES (7, 'organisation', ?, 'actors/organisations/1', 'Hvidovre Gymnasium', '', 'hvidovre gymnasium', '')`,
      [orgId],
    );
    await before.ds.query(`INSERT INTO search_fts (rowid, kind, ref_id, route, title, body, title_key, body_key) VALUES (8, 'memo', 3, 'memos/detail/3', 'Oplæg', 'tekst', 'oplaeg', 'tekst')`);
    await before.close();

    const after = await openDatabase({ file });
    expect(await after.ds.query('SELECT rowid AS rowid, kind, ref_id, title FROM search_fts ORDER BY kind')).toEqual([
      { rowid: searchRowId('memo', 3), kind: 'memo', ref_id: 3, title: 'Oplæg' },
      { rowid: searchRowId('organisation', orgId), kind: 'organisation', ref_id: orgId, title: 'Hvidovre Gymnasium' },
    ]);
    expect((await call(ctxOf(after), 'organisations.get', { id: orgId })).name).toBe('Hvidovre Gymnasium');
    await call(ctxOf(after), 'organisations.update', { id: orgId, data: { name: 'Avedøre Gymnasium', kind: 'upper_secondary_school' } });
    expect(await after.ds.query(`SELECT title FROM search_fts WHERE kind = 'organisation'`)).toEqual([{ title: 'Avedøre Gymnasium' }]);
    await after.close();
  });
});
