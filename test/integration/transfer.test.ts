import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { copyAll, tableChecks, TargetNotEmptyError } from '../../db/transfer';
import { loadDemoData } from '../../main/demo/demoData';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { dropPgDatabase, freshPgDatabase, testEngine } from '../helpers/pgTestDb';

/**
 * The demo data moved from a file to the server and back (issue 16): every table has the same row count
 * and checksum on all three, the source is untouched, and a target with data is refused.
 */
describe.skipIf(testEngine !== 'postgres')('moving data between a file and a server', () => {
  it('the demo file moved to the server and back gives identical checksums for every table', async () => {
    const file = await openDatabase({ file: ':memory:' });
    await loadDemoData(file);
    const before = await tableChecks(file);
    const url = await freshPgDatabase(true);
    const server = await openDatabase({ file: url });
    const back = await openDatabase({ file: ':memory:' });
    try {
      const progress: string[] = [];
      const up = await copyAll(file, server, (p) => progress.push(`${p.done}/${p.of} ${p.table}`));
      expect(up.target).toEqual(up.source);
      expect(up.source).toEqual(before);
      expect(progress.length).toBe(before.length);
      const down = await copyAll(server, back);
      expect(down.target).toEqual(before);
      expect(before.filter((t) => t.rows > 0).length).toBeGreaterThan(20);
      // The copies work as data: the server finds what the file finds.
      const q = { q: 'praktik', limit: 20 };
      expect((await call(ctxOf(server), 'search.query', q)).hits.map((h) => h.title)).toHaveLength((await call(ctxOf(file), 'search.query', q)).hits.length);
      await expect(copyAll(file, server)).rejects.toBeInstanceOf(TargetNotEmptyError);
      expect(await tableChecks(file)).toEqual(before);
    } finally {
      await back.close();
      await server.close();
      await dropPgDatabase(url);
      await file.close();
    }
  });

  it('a new row on the server after a move gets an id above the copied ones', async () => {
    const file = await openDatabase({ file: ':memory:' });
    await call(ctxOf(file), 'organisations.create', { name: 'Hvidovre Gymnasium', kind: 'upper_secondary_school' });
    const server = await memoryDb();
    try {
      await copyAll(file, server);
      const next = await call(ctxOf(server), 'organisations.create', { name: 'Køge Tømrer ApS', kind: 'company' });
      expect(next.id).toBe(2);
    } finally {
      await server.close();
      await file.close();
    }
  });
});
