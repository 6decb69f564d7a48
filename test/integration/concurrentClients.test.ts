import { describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { testEngine } from '../helpers/pgTestDb';

const CLIENTS = 20;
const EDITS = 2;

/**
 * Several users on one server (issue 16): 20 clients, each its own connection pool and transaction
 * queue, add agenda items and action items to the same meeting at once. Every acknowledged edit is
 * there, positions stay 0..n-1 without gaps or duplicates, and every refused edit was reported.
 * A local SQLite file has one user by design, so this runs in the PostgreSQL pass.
 */
describe.skipIf(testEngine !== 'postgres')('concurrent clients on one PostgreSQL database', () => {
  it(`${CLIENTS} clients × ${EDITS} agenda items and ${EDITS} action items: nothing lost, order intact`, async () => {
    const first = await memoryDb();
    const url = (first.ds.options as { url: string }).url;
    const clients: Database[] = [];
    try {
      const ctx0 = ctxOf(first);
      const body = await call(ctx0, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
      const meeting = await call(ctx0, 'meetings.create', {
        data: { title: 'Styregruppemøde', type: 'steering_group' as const, bodyId: body.id, date: '2026-05-12', startTime: '09:00', endTime: '11:00', place: 'Rådhuset' },
        standardItems: false,
      });
      for (let i = 0; i < CLIENTS; i++) clients.push(await openDatabase({ file: url }));
      const acked: string[] = [];
      const refused: string[] = [];
      await Promise.all(
        clients.map(async (db, c) => {
          const ctx = ctxOf(db);
          for (let e = 0; e < EDITS; e++) {
            for (const [what, run] of [
              [`punkt ${c}-${e}`, () => call(ctx, 'agenda.add', { meetingId: meeting.id, data: { title: `punkt ${c}-${e}`, durationMinutes: 5 } })],
              [`opgave ${c}-${e}`, () => call(ctx, 'actionItems.add', { meetingId: meeting.id, itemId: null, what: `opgave ${c}-${e}`, ownerPersonId: null, ownerOrganisationId: null, dueDate: null })],
            ] as const) {
              try {
                await run();
                acked.push(what);
              } catch (err) {
                expect((err as { apiError?: { code: string } }).apiError?.code).toBe('CONFLICT');
                refused.push(what);
              }
            }
          }
        }),
      );
      expect(acked.length + refused.length).toBe(CLIENTS * EDITS * 2);
      const after = await call(ctx0, 'meetings.get', { id: meeting.id });
      const titles = new Set(after.items.map((i) => i.title));
      const whats = new Set(after.actionItems.map((a) => a.what));
      const lost = acked.filter((w) => !titles.has(w) && !whats.has(w));
      expect(lost).toEqual([]);
      expect(after.items.map((i) => i.position)).toEqual(after.items.map((_, i) => i));
      expect(after.items.length).toBe(acked.filter((w) => w.startsWith('punkt')).length);
      expect(after.actionItems.length).toBe(acked.filter((w) => w.startsWith('opgave')).length);
      console.log(`concurrent clients: ${acked.length} acknowledged, ${refused.length} refused and reported, ${lost.length} lost`);
    } finally {
      for (const db of clients) await db.close();
      await first.close();
    }
  }, 300_000);
});
