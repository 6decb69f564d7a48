import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { searchIndexStatus, searchIndexRebuilt, startSearchIndexRebuild } from '../../main/search/indexStatus';
import { searchIndexStale } from '../../main/search/reindex';
import { call, ctxOf, tempFile } from '../helpers/db';
import { testEngine } from '../helpers/pgTestDb';
import { insertOrganisation } from '../helpers/seedSql';

const before = migrations.findIndex((m) => new m().name === 'SearchPrefixIndex1700000000310');
const ftsSql = async (db: Awaited<ReturnType<typeof openDatabase>>) =>
  String((await db.ds.query("SELECT sql FROM sqlite_master WHERE name = 'search_fts'"))[0].sql);
const tables = async (db: Awaited<ReturnType<typeof openDatabase>>) =>
  ((await db.ds.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search_fts%' AND name NOT LIKE 'search_fts\\_%' ESCAPE '\\'")) as { name: string }[]).map((t) => t.name);

/** A file at the migration before 0310 with `n` organisations, each in the (old) index as the app wrote it. */
async function oldFile(n: number): Promise<string> {
  const file = tempFile();
  const db = await openDatabase({ file, migrateTo: before });
  expect(await ftsSql(db)).not.toContain('prefix');
  const ids: number[] = [];
  for (let i = 0; i < n; i++) ids.push(await insertOrganisation(db, i === 0 ? 'Ærøskøbing Ungeråd' : `Virksomhed ${i}`));
  await db.storage.search.insertMany(
    db.ds.manager,
    ids.map((id, i) => {
      const title = i === 0 ? 'Ærøskøbing Ungeråd' : `Virksomhed ${i}`;
      return { kind: 'organisation', refId: id, route: `actors/organisations/${id}`, title, body: '', titleKey: i === 0 ? 'aeroeskoebing ungeraad' : `virksomhed ${i}`, bodyKey: '' };
    }),
  );
  await db.close();
  return file;
}

// SQLite's FTS5 table only: on PostgreSQL the migration changes nothing (its GIN index serves prefixes).
describe.skipIf(testEngine === 'postgres')('search prefix index migration (SearchPrefixIndex1700000000310)', () => {
  it('a small index is copied into the prefixed table at once: search works before any rebuild', async () => {
    expect(before).toBeGreaterThan(0);
    const db = await openDatabase({ file: await oldFile(30) });
    expect(await ftsSql(db)).toContain("prefix = '1 2 3 4 5 6'");
    expect(await tables(db)).toEqual(['search_fts']);
    const ctx = ctxOf(db);
    for (const q of ['æ', 'ær', 'ærø', 'aeroeskoebing', 'u', 'ungeråd']) {
      expect((await call(ctx, 'search.query', { q })).hits.map((h) => h.title.map((p) => p.text).join('')), q).toEqual(['Ærøskøbing Ungeråd']);
    }
    expect((await call(ctx, 'search.query', { q: 'v', limit: 20 })).more).toBe(true);
    // Later writes replace the copied rows in place (search_ref still points at them).
    const org = (await call(ctx, 'search.query', { q: 'ærø' })).hits[0]!;
    await call(ctx, 'organisations.update', { id: org.id, data: { name: 'Marstal Ungeråd', kind: 'municipal_department' } });
    expect((await call(ctx, 'search.query', { q: 'ærø' })).hits).toEqual([]);
    expect((await call(ctx, 'search.query', { q: 'mars' })).hits.map((h) => h.id)).toEqual([org.id]);
    await db.close();
  });

  it('a large index is left to the background rebuild, which fills the prefixed table while the app is usable', async () => {
    const db = await openDatabase({ file: await oldFile(2100) });
    expect(await ftsSql(db)).toContain("prefix = '1 2 3 4 5 6'");
    expect(await tables(db)).toEqual(['search_fts']);
    expect(Number((await db.ds.query('SELECT COUNT(*) AS n FROM search_fts'))[0].n)).toBe(0);
    expect(await searchIndexStale(db)).toBe(true);
    expect(await startSearchIndexRebuild(db)).toBe(true);
    expect(searchIndexStatus(db).rebuilding).toBe(true);
    await searchIndexRebuilt(db);
    expect(await searchIndexStale(db)).toBe(false);
    const ctx = ctxOf(db);
    const res = await call(ctx, 'search.query', { q: 'ærø' });
    expect(res.hits.map((h) => h.title.map((p) => p.text).join(''))).toEqual(['Ærøskøbing Ungeråd']);
    expect(res.incomplete).toBe(false);
    expect(Number((await db.ds.query('SELECT COUNT(*) AS n FROM search_fts'))[0].n)).toBe(2100);
    expect(Number((await db.ds.query('SELECT COUNT(*) AS n FROM search_ref'))[0].n)).toBe(2100);
    await db.close();
  });

  it('down puts the unprefixed table back', async () => {
    const file = tempFile();
    const db = await openDatabase({ file });
    const runner = db.ds.createQueryRunner();
    await new migrations[before]!().down(runner);
    await runner.release();
    expect(await ftsSql(db)).not.toContain('prefix');
    await db.close();
  });
});
