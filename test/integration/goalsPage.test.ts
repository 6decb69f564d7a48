import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { call, ctxOf, memoryDb } from '../helpers/db';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(() => db.close());

const goal = (name: string, initiativeId: number | null = null) =>
  call(ctx, 'goals.create', { name, kind: 'result', unit: 'count', direction: 'higher', baselineValue: 0, baselineDate: '2020-01-01', targetValue: 100, targetDate: '2030-01-01', initiativeId });

describe('goals dashboard: one page with the latest measurement, the series on demand', () => {
  it('pages partnership goals first, counts every status, carries only the latest measurement on or before asOf', async () => {
    const track = await call(ctx, 'tracks.create', { name: 'Grundskolesporet', sortOrder: 1 });
    const ini = await call(ctx, 'initiatives.create', { data: { name: 'Mentorer', trackId: track.id } });
    const own = [];
    for (let i = 0; i < 5; i++) own.push(await goal(`Mål ${String.fromCharCode(65 + i)}`));
    const ofIni = await goal('Ældste mål', ini.id);
    // 30 % of the way after half the time: off track; 55 %: on track; none: no data.
    for (const [d, v] of [['2024-01-01', 10], ['2025-01-01', 30], ['2026-01-01', 90]] as const) await call(ctx, 'measurements.add', { goalId: own[0]!.id, date: d, value: v });
    await call(ctx, 'measurements.add', { goalId: ofIni.id, date: '2025-01-01', value: 55 });

    const first = await call(ctx, 'goals.list', { asOf: '2025-01-01', limit: 2 });
    expect(first.total).toBe(6);
    expect(first.items.map((g) => g.name)).toEqual(['Mål A', 'Mål B']);
    expect(first.items[0]).toMatchObject({ measurementCount: 3, progress: { status: 'off_track', latest: { date: '2025-01-01', value: 30 } } });
    expect(first.items[0]).not.toHaveProperty('measurements');
    expect(first.statusCounts).toEqual({ on_track: 1, at_risk: 0, off_track: 1, no_data: 4 });

    const last = await call(ctx, 'goals.list', { asOf: '2025-01-01', offset: 4, limit: 2 });
    expect(last.items.map((g) => [g.name, g.initiative?.name ?? null, g.initiative?.trackName ?? null])).toEqual([['Mål E', null, null], ['Ældste mål', 'Mentorer', 'Grundskolesporet']]);

    const mine = await call(ctx, 'goals.list', { initiativeId: ini.id });
    expect(mine.items.map((g) => g.id)).toEqual([ofIni.id]);
    expect(mine.total).toBe(1);

    const series = await call(ctx, 'goals.get', { id: own[0]!.id });
    expect(series.measurements.map((x) => x.value)).toEqual([10, 30, 90]);
  });

  it('refuses a page larger than 200', async () => {
    await expect(call(ctx, 'goals.list', { limit: 201 })).rejects.toMatchObject({ apiError: { code: 'VALIDATION' } });
  });
});
