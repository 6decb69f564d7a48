import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { actorSortIdIndexes } from '../../db/migrations/m0291ActorSortIds';
import { call, ctxOf, tempFile } from '../helpers/db';

const N = migrations.findIndex((m) => new m().name === 'ActorSortIds1700000000291');

async function indexColumns(db: Awaited<ReturnType<typeof openDatabase>>, table: string): Promise<Map<string, string[]>> {
  const q = db.ds.createQueryRunner();
  try {
    const t = await q.getTable(table);
    return new Map((t?.indices ?? []).map((i) => [i.name!, i.columnNames]));
  } finally {
    await q.release();
  }
}

describe('migration 0291 (actor list indexes end in id)', () => {
  it('widens the list indexes by id on both engines, keeps every actor, and pages in (sort key, id) order', async () => {
    expect(N).toBeGreaterThan(0);
    const file = tempFile();
    const before = await openDatabase({ file, migrateTo: N });
    const stamp = '2026-03-02T09:00:00.000Z';
    // Same name, same sort key: only the id tells them apart.
    for (let i = 0; i < 5; i++) {
      await before.ds.query(
        "INSERT INTO organisation (name, kind, notes, relation, sort_key, search_text, created_at, updated_at) VALUES ('Ærø Ungdomsskole', 'school', '', 'core', 'aero ungdomsskole', 'aero ungdomsskole', ?, ?)",
        [stamp, stamp],
      );
    }
    await before.close();

    const after = await openDatabase({ file });
    expect(await after.schemaVersion()).toBe(migrations.length);
    for (const table of ['organisation', 'person']) {
      const found = await indexColumns(after, table);
      for (const ix of actorSortIdIndexes.filter((x) => x.table === table)) {
        // TypeORM reads PostgreSQL's index columns in table order, not index order.
        expect([...(found.get(ix.name) ?? [])].sort()).toEqual([...ix.columns].sort());
        expect(found.has(ix.name.replace(/_id$/, ''))).toBe(false);
      }
    }
    const page = await call(ctxOf(after), 'organisations.list', { search: '', kind: null, relation: null, bodyId: null, offset: 1, limit: 3 });
    expect(page.total).toBe(5);
    expect(page.items.map((o) => o.id)).toEqual([2, 3, 4]);
    await after.close();
  });
});
