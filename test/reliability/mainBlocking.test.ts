import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { openDatabase, type Database } from '../../db/database';
import { SettingEntity } from '../../db/entities/settings';
import { removeSeal } from '../../db/seal';
import type { HandlerContext } from '../../main/api/handlers';
import { ensureDailyBackup } from '../../main/backup/backupService';
import { ensureSearchIndex } from '../../main/search/reindex';
import { call, ctxOf, memoryDb, tempFile } from '../helpers/db';
import { longestBlock } from '../helpers/blocking';
import { generate } from '../perf/gen/generate';
import { recordFigure } from './figures';

/**
 * Issue 7: long work never holds the main process for more than 100 ms at a time. A medium data
 * file: half of size M from the perf generator (1,000 organisations, 2,500 people, their memberships
 * and search documents) plus 30,000 change-log rows. Each operation runs through dispatch where it
 * has a channel; the start-up steps are called as startServices calls them.
 */
const SCALE = 0.05;
const AUDIT_ROWS = 30_000;
const LIMIT_MS = 100;

let file: string;
let db: Database;
let ctx: HandlerContext;

describe('main process blocking', () => {
  beforeAll(async () => {
    file = tempFile();
    db = await openDatabase({ file });
    ctx = ctxOf(db);
    await generate(db, SCALE);
    const insert = db.raw().prepare("INSERT INTO audit_log (at, os_user, action, channel, subject) VALUES (?, 'sekretariat', 'update', 'people.update', ?)");
    db.raw().transaction(() => {
      for (let i = 0; i < AUDIT_ROWS; i++) insert.run(new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), `people:${1 + (i % 50)}`);
    })();
    // The generator leaves hundreds of MB of garbage; collect it now, or the first measured operation
    // carries a full collection the app itself would never have.
    v8.setFlagsFromString('--expose-gc');
    (vm.runInNewContext('gc') as () => void)();
  }, 300_000);

  afterAll(async () => {
    await db?.close();
  });

  it('backups, restore, opening the file, the search rebuild, the overview, the Art. 15 export and the change log give the event loop a turn at least every 100 ms', async () => {
    const results: { op: string; maxBlockMs: number }[] = [];
    const measure = async (op: string, work: () => Promise<unknown>) => {
      const { maxBlockMs } = await longestBlock(work);
      results.push({ op, maxBlockMs });
    };
    await measure('backups.create', () => call(ctx, 'backups.create', {}));
    await measure('daily backup at start', () => ensureDailyBackup(db, new Date(Date.now() + 2 * 86_400_000)));
    const [newest] = await call(ctx, 'backups.list', {});
    await measure('backups.restore', () => call(ctx, 'backups.restore', { fileName: newest!.fileName }));
    await db.close();
    // A cleanly closed file with a recent check opens without the full check; measure the full one.
    removeSeal(file);
    await measure('open (integrity check, full read)', async () => {
      db = await openDatabase({ file });
      ctx = ctxOf(db);
    });
    await db.tx((m) => m.getRepository(SettingEntity).delete({ key: 'search.indexVersion' }));
    await measure('search index rebuild', () => ensureSearchIndex(db));
    await measure('search.query', () => call(ctx, 'search.query', { q: 'skole', limit: 20 }));
    await measure('audit.list (last page)', () => call(ctx, 'audit.list', { offset: AUDIT_ROWS - 50, limit: 50 }));
    await measure('people.exportData (Art. 15)', () => call(ctx, 'people.exportData', { id: 1 }));
    await measure('overview.sections', () => call(ctx, 'overview.sections', {}));

    const failed = results.filter((r) => r.maxBlockMs > LIMIT_MS);
    recordFigure(
      'Main process never blocked > 100 ms: backups, search, exports',
      results.length,
      failed.length,
      results.map((r) => `${r.op} ${r.maxBlockMs} ms`).join(', '),
    );
    expect(failed).toEqual([]);
    // The rebuild really ran (and left a working index), so its figure is not that of a no-op.
    expect((await call(ctx, 'search.query', { q: 'skole', limit: 5 })).hits.length).toBeGreaterThan(0);
  }, 300_000);
});

describe('a transaction that waits', () => {
  it('is never joined by another command: that one queues, sees only committed rows and keeps its write when the first rolls back', async () => {
    const mem = await memoryDb();
    try {
      const names = (m: EntityManager) => m.query('SELECT name FROM body ORDER BY name').then((r: { name: string }[]) => r.map((x) => x.name));
      let release!: () => void;
      const waiting = new Promise<void>((r) => (release = r));
      const first = mem.tx(async (m) => {
        await m.query("INSERT INTO body (name, kind, description, sort_key, created_at, updated_at) VALUES ('Uafsluttet', 'working_group', '', 'uafsluttet', '2026', '2026')");
        await waiting; // a turn of the event loop (I/O, a timer) inside the transaction
        throw new Error('rolled back');
      });
      const seenBySecond: string[][] = [];
      const second = mem.tx(async (m) => {
        seenBySecond.push(await names(m));
        await m.query("INSERT INTO body (name, kind, description, sort_key, created_at, updated_at) VALUES ('Bekræftet', 'working_group', '', 'bekraeftet', '2026', '2026')");
      });
      await new Promise((r) => setTimeout(r, 20));
      expect(seenBySecond).toEqual([]); // still queued while the first is open
      release();
      await expect(first).rejects.toThrow('rolled back');
      await second;
      expect(seenBySecond).toEqual([[]]);
      expect(await names(mem.ds.manager)).toEqual(['Bekræftet']);
      // Nested db.tx in the same call chain still runs at once (as a savepoint), not deadlocked.
      await mem.tx(async () => mem.tx(async (m) => m.query('SELECT 1')));
    } finally {
      await mem.close();
    }
  });
});
