import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { migrations } from '../../db/migrations';
import type { HandlerContext } from '../../main/api/handlers';
import { call, ctxOf, memoryDb } from '../helpers/db';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(() => db.close());

const org = (name: string, relation: 'core' | 'adhoc' | null = 'adhoc') =>
  call(ctx, 'organisations.create', { name, kind: 'labour_market_org', relation, relationReason: null, address: null, website: null, notes: null });
const person = (name: string, organisationId: number | null, relation: 'core' | 'adhoc' | null = 'adhoc') =>
  call(ctx, 'people.create', { name, title: null, organisationId, email: null, phone: null, notes: null, relation, relationReason: null });

describe('heatmap: one page of actors at a time', () => {
  it('orders organisations with their people below them, pages through them, and counts only the page', async () => {
    const b = await org('Beskæftigelsesrådet');
    const a = await org('Handelsskolen');
    const ole = await person('Ole Ærø', a.id);
    const bo = await person('Bo Andersen', a.id, 'core');
    const free = await person('Åse Fri', null);
    const kim = await person('Kim Berg', b.id);
    for (const date of ['2026-01-05', '2026-01-20', '2026-02-01']) await call(ctx, 'involvement.create', { actorKind: 'person', actorId: kim.id, date, form: 'consulted', topic: 'x' });
    await call(ctx, 'involvement.create', { actorKind: 'person', actorId: ole.id, date: '2026-07-01', form: 'consulted', topic: 'y' });

    const first = await call(ctx, 'involvement.matrix', { year: 2026, limit: 4 });
    expect(first.total).toBe(6);
    expect(first.offset).toBe(0);
    expect(first.rows.map((r) => r.name)).toEqual(['Beskæftigelsesrådet', 'Kim Berg', 'Handelsskolen', 'Bo Andersen']);
    expect(first.rows[1]!.counts.slice(0, 3)).toEqual([2, 1, 0]);
    const second = await call(ctx, 'involvement.matrix', { year: 2026, limit: 4, offset: 4 });
    expect(second.rows.map((r) => [r.name, r.total])).toEqual([['Ole Ærø', 1], ['Åse Fri', 0]]);
    expect(second.rows.map((r) => r.actorId)).toEqual([ole.id, free.id]);
    // The scale is the year's, not the page's: Kim's two in January are on the first page.
    expect(second.max).toBe(2);

    // A person whose organisation is filtered out moves to the end, after the organisations shown.
    const core = await call(ctx, 'involvement.matrix', { year: 2026, relation: 'core' });
    expect(core.rows.map((r) => r.actorId)).toEqual([bo.id]);
    const quarters = await call(ctx, 'involvement.matrix', { year: 2026, granularity: 'quarter', limit: 2 });
    expect(quarters.rows[1]!.counts).toEqual([3, 0, 0, 0]);
    expect(quarters.max).toBe(3);
  });

  it('reads any page by walking the organisations in order: pages put together give the whole list, people under their organisation', async () => {
    const orgs = [];
    for (let i = 0; i < 70; i++) orgs.push(await org(`Forening ${['Å', 'B', 'Æ', 'a', 'Ø'][i % 5]}${String(70 - i).padStart(2, '0')}`, i % 4 === 0 ? 'core' : 'adhoc'));
    const people = [];
    for (let i = 0; i < 90; i++) people.push(await person(`Person ${i}`, i % 9 === 0 ? null : orgs[(i * 7) % 70]!.id, i % 3 === 0 ? 'core' : 'adhoc'));
    await call(ctx, 'organisations.delete', { id: orgs[7]!.id });
    for (const relation of [null, 'core'] as const) {
      const all = await call(ctx, 'involvement.matrix', { year: 2026, relation, limit: 500 });
      expect(all.rows).toHaveLength(all.total);
      const paged = [];
      for (let offset = 0; offset < all.total; offset += 3) paged.push(...(await call(ctx, 'involvement.matrix', { year: 2026, relation, limit: 3, offset })).rows);
      expect(paged.map((r) => `${r.actorKind}:${r.actorId}`)).toEqual(all.rows.map((r) => `${r.actorKind}:${r.actorId}`));
      const orgOf = new Map(people.map((p) => [p.id, p.organisationId]));
      const shown = new Set(all.rows.filter((r) => r.actorKind === 'organisation').map((r) => r.actorId));
      let current: number | null = null;
      let orphans = false;
      for (const r of all.rows) {
        if (r.actorKind === 'organisation') {
          expect(orphans).toBe(false);
          current = r.actorId;
        } else if (shown.has(orgOf.get(r.actorId) ?? -1)) {
          expect(orgOf.get(r.actorId)).toBe(current);
        } else {
          orphans = true;
        }
      }
    }
  });

  it('migration ScreenIndexes1700000000150 gives the heatmap its year index', async () => {
    expect(migrations.map((m) => new m().name)).toContain('ScreenIndexes1700000000150');
    if (db.engine !== 'sqlite') {
      // PostgreSQL: the index is there (its planner's choice depends on table statistics, not asserted).
      expect(await db.ds.query(`SELECT indexname FROM pg_indexes WHERE indexname = 'ix_involvement_date'`)).toEqual([{ indexname: 'ix_involvement_date' }]);
      return;
    }
    const plan: { detail: string }[] = await db.ds.query(
      "EXPLAIN QUERY PLAN SELECT actor_kind, actor_id FROM involvement WHERE date >= '2026-01-01' AND date <= '2026-12-31'",
    );
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/COVERING INDEX ix_involvement_date/);
  });
});
