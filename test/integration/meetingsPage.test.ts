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

const meeting = (title: string, date: string, place: string | null = null) =>
  call(ctx, 'meetings.create', { data: { title, type: 'theme_meeting', bodyId: null, date, startTime: '13:00', endTime: '15:00', place }, standardItems: true });

describe('meeting list and action items, a page at a time', () => {
  it('pages meetings with their counts, searches before paging and filters from a date', async () => {
    const made = [];
    for (let i = 1; i <= 7; i++) made.push(await meeting(`Møde ${i}`, `2026-0${i}-10`, i === 6 ? 'Ærøskøbing Rådhus' : null));
    await call(ctx, 'actionItems.add', { meetingId: made[1]!.id, what: 'Skriv referat', dueDate: '2026-03-01' });

    const first = await call(ctx, 'meetings.list', { limit: 3 });
    expect(first.total).toBe(7);
    expect(first.items.map((m) => m.title)).toEqual(['Møde 1', 'Møde 2', 'Møde 3']);
    // No body and nothing picked to follow up: approval and AOB, no follow-up item.
    expect(first.items[1]).toMatchObject({ itemCount: 2, inviteeCount: 0, openActionCount: 1, bodyName: null, date: '2026-02-10', startTime: '13:00' });
    const last = await call(ctx, 'meetings.list', { limit: 3, offset: 6 });
    expect(last.items.map((m) => m.title)).toEqual(['Møde 7']);

    const search = await call(ctx, 'meetings.list', { search: 'aeroeskoebing', limit: 1 });
    expect([search.total, search.items.map((m) => m.title)]).toEqual([1, ['Møde 6']]);
    const searchAll = await call(ctx, 'meetings.list', { search: 'møde', limit: 2, offset: 2 });
    expect([searchAll.total, searchAll.items.map((m) => m.title)]).toEqual([7, ['Møde 3', 'Møde 4']]);

    const later = await call(ctx, 'meetings.list', { fromDate: '2026-05-10' });
    expect(later.items.map((m) => m.title)).toEqual(['Møde 5', 'Møde 6', 'Møde 7']);
  });

  it('orders action items by due date (undated last) in SQL and pages them', async () => {
    const mt = await meeting('Styregruppemøde', '2026-01-10');
    for (const [what, dueDate] of [['C', null], ['A', '2026-02-01'], ['B', '2026-03-01'], ['D', '2026-01-15']] as const) {
      await call(ctx, 'actionItems.add', { meetingId: mt.id, what, dueDate });
    }
    const page = await call(ctx, 'actionItems.list', { limit: 2, today: '2026-02-15' });
    expect(page.total).toBe(4);
    expect(page.items.map((a) => [a.what, a.overdue, a.meetingTitle])).toEqual([['D', true, 'Styregruppemøde'], ['A', true, 'Styregruppemøde']]);
    expect((await call(ctx, 'actionItems.list', { limit: 2, offset: 2 })).items.map((a) => a.what)).toEqual(['B', 'C']);
  });
});
