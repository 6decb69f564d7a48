import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { call, ctxOf, tempFile } from '../helpers/db';
import { testEngine } from '../helpers/pgTestDb';

// SQLite's planner statistics; a PostgreSQL server gathers its own (autovacuum's ANALYZE).
describe.skipIf(testEngine === 'postgres')('planner statistics (PRAGMA optimize)', () => {
  it('are gathered after a large change, at close and at open, so sqlite_stat1 describes the indexes', async () => {
    const file = tempFile();
    const db = await openDatabase({ file });
    const ctx = ctxOf(db);
    for (let i = 0; i < 30; i++) {
      await call(ctx, 'organisations.create', { name: `Skole ${i}`, kind: 'labour_market_org', relation: null, relationReason: null, address: null, website: null, notes: null });
    }
    await db.optimize();
    const stats: { tbl: string; idx: string | null }[] = await db.ds.query('SELECT tbl, idx FROM sqlite_stat1');
    expect(stats.some((s) => s.tbl === 'organisation' && s.idx !== null)).toBe(true);
    await db.close();

    const again = await openDatabase({ file });
    const rows: { n: number }[] = await again.ds.query("SELECT COUNT(*) AS n FROM sqlite_stat1 WHERE tbl = 'organisation'");
    expect(rows[0]!.n).toBeGreaterThan(0);
    await again.close();
  });
});
