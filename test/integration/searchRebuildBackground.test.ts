import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { SettingEntity } from '../../db/entities/settings';
import { startServices } from '../../main/app/startup';
import { searchIndexRebuilt } from '../../main/search/indexStatus';
import { rebuildSearchIndex, SEARCH_INDEX_VERSION, searchIndexStale } from '../../main/search/reindex';
import type { SearchIndexStatus } from '../../preload/contract';
import { generate } from '../perf/gen/generate';
import { call, tempFile } from '../helpers/db';

/** A file whose index is an older version (as after an update that indexes more): the app must rebuild it. */
async function fileWithOldIndex(): Promise<string> {
  const file = tempFile();
  const db = await openDatabase({ file });
  await generate(db, 0.004);
  await db.tx((m) => m.getRepository(SettingEntity).save({ key: 'search.indexVersion', value: String(SEARCH_INDEX_VERSION - 1) }));
  await db.close();
  return file;
}

describe('a search index behind this version is rebuilt in the background', () => {
  it('the app starts before it is done, stays usable, reports progress, and search says its hits may be incomplete until then', async () => {
    const file = await fileWithOldIndex();
    const t0 = performance.now();
    const ctx = await startServices({ dbFile: file, demo: false }, 'http');
    const startMs = performance.now() - t0;
    const progress: SearchIndexStatus[] = [];
    ctx.events!.subscribe((e) => {
      if (e.name === 'search.progress') progress.push(e.payload);
    });
    try {
      // The rebuild's next transaction waits behind this one, so "during" cannot end early on a fast machine.
      let release = () => undefined as void;
      const held = ctx.db.tx(() => new Promise<void>((r) => (release = r)));
      const at = await call(ctx, 'search.status', {});
      expect(at.rebuilding).toBe(true);
      expect(at.of).toBeGreaterThan(500);
      // Usable meanwhile: screens answer, and search says what it is.
      expect((await call(ctx, 'overview.sections', {})).length).toBeGreaterThan(0);
      const during = await call(ctx, 'search.query', { q: 'referat' });
      expect(during.incomplete).toBe(true);
      release();
      await held;
      const made = await call(ctx, 'organisations.create', { name: 'Skovlyskolen Ærøskøbing', kind: 'primary_school' });

      await searchIndexRebuilt(ctx.db);
      const done = await call(ctx, 'search.status', {});
      expect(done).toEqual({ rebuilding: false, done: 0, of: 0 });
      // Progress climbed to the whole and ended with a "done" event.
      const climbing = progress.filter((p) => p.rebuilding);
      expect(climbing.length).toBeGreaterThan(1);
      for (let i = 1; i < climbing.length; i++) expect(climbing[i]!.done).toBeGreaterThanOrEqual(climbing[i - 1]!.done);
      expect(climbing.at(-1)!.done).toBeGreaterThan(climbing.at(-1)!.of * 0.5);
      expect(progress.at(-1)!.rebuilding).toBe(false);

      // Complete now: the object written during the rebuild and the generated ones are found.
      const after = await call(ctx, 'search.query', { q: 'skovlyskolen ærøskøbing' });
      expect(after.incomplete).toBe(false);
      expect(after.hits.map((h) => `${h.kind}:${h.id}`)).toContain(`organisation:${made.id}`);
      expect((await call(ctx, 'search.query', { q: 'referat' })).hits.length).toBeGreaterThan(0);
      // The table the rebuild filled has its prefix indexes ("skovly" is a prefix) and deletes that leave no trace.
      expect((await call(ctx, 'search.query', { q: 'skovly' })).hits.map((h) => `${h.kind}:${h.id}`)).toContain(`organisation:${made.id}`);
      if (ctx.db.storage.kind === 'sqlite') {
        expect(await ctx.db.ds.query(`SELECT v FROM search_fts_config WHERE k = 'secure-delete'`)).toEqual([{ v: 1 }]);
        expect(await ctx.db.ds.query(`SELECT name FROM sqlite_master WHERE name LIKE 'search_fts_old%'`)).toEqual([]);
      }
      const version = await ctx.db.ds.manager.getRepository(SettingEntity).findOneBy({ key: 'search.indexVersion' });
      expect(Number(version?.value)).toBe(SEARCH_INDEX_VERSION);
      console.log(`start ${Math.round(startMs)} ms with ${at.of} objects to index`);
    } finally {
      await ctx.db.close();
    }
    // The next start has nothing to rebuild.
    const again = await startServices({ dbFile: file, demo: false }, 'http');
    expect((await call(again, 'search.status', {})).rebuilding).toBe(false);
    await again.db.close();
  }, 120_000);

  it('a rebuild cut short (the app closing) stores no version, so the next start runs it again', async () => {
    const file = await fileWithOldIndex();
    const db = await openDatabase({ file });
    let steps = 0;
    expect(await rebuildSearchIndex(db, { durable: true, stopped: () => ++steps > 5 })).toBe(false);
    expect(await searchIndexStale(db)).toBe(true);
    await db.close();
    const again = await startServices({ dbFile: file, demo: false }, 'http');
    expect((await call(again, 'search.status', {})).rebuilding).toBe(true);
    await searchIndexRebuilt(again.db);
    expect(await searchIndexStale(again.db)).toBe(false);
    expect((await call(again, 'search.query', { q: 'referat' })).hits.length).toBeGreaterThan(0);
    await again.db.close();
  }, 120_000);
});
