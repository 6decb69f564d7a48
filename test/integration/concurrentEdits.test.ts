import { describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import type { Meeting } from '../../preload/contract';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { testEngine } from '../helpers/pgTestDb';

const CLIENTS = Number(process.env.SAMSPIL_TEST_CLIENTS ?? 20);
const EDITS = Number(process.env.SAMSPIL_TEST_EDITS ?? 50);
const ITEMS = 6;
const ACTIONS = 4;

type Accepted =
  | { kind: 'title'; id: number; version: number; value: string }
  | { kind: 'what'; id: number; version: number; value: string }
  | { kind: 'order'; versions: Map<number, number>; order: number[] };

const apiError = (err: unknown) => (err as { apiError?: { code: string; message: string } }).apiError;

/**
 * Issue 16, several users at once: 20 clients (each its own Database: connection pool and transaction
 * queue) × 50 edits of the same agenda (item titles, reorders) and the same action items, each edit
 * read-modify-write on the version it read. Every save is either accepted (a new version) or refused
 * as CONFLICT; no accepted edit is lost: each object's final version counts its accepted edits, its
 * text is the last accepted one, the order is the last accepted reorder, positions 0..n-1.
 */
describe.skipIf(testEngine !== 'postgres')('concurrent edits of one agenda and its action items on PostgreSQL', () => {
  it(`${CLIENTS} clients × ${EDITS} edits: 0 lost updates, every refusal a CONFLICT, order intact`, async () => {
    const first = await memoryDb();
    const url = (first.ds.options as { url: string }).url;
    const clients: Database[] = [];
    const started = Date.now();
    try {
      const ctx0 = { ...ctxOf(first), user: 'Sekretariatet' };
      let meeting = await call(ctx0, 'meetings.create', {
        data: { title: 'Styregruppemøde', type: 'steering_group', bodyId: null, date: '2026-05-12', startTime: '09:00', endTime: '12:00', place: 'Rådhuset' },
        standardItems: false,
      });
      for (let i = 0; i < ITEMS; i++) meeting = await call(ctx0, 'agenda.add', { meetingId: meeting.id, data: { title: `Punkt ${i + 1}`, durationMinutes: 10 } });
      for (let i = 0; i < ACTIONS; i++) {
        meeting = await call(ctx0, 'actionItems.add', { meetingId: meeting.id, itemId: null, what: `Aftale ${i + 1}`, ownerPersonId: null, ownerOrganisationId: null, dueDate: null });
      }
      const initialOrder = meeting.items.map((i) => i.id);
      clients.push(...(await Promise.all(Array.from({ length: CLIENTS }, () => openDatabase({ file: url })))));
      const opened = Date.now();

      const accepted: Accepted[] = [];
      const refused: string[] = [];
      const unexpected: string[] = [];
      await Promise.all(
        clients.map(async (db, c) => {
          const ctx = { ...ctxOf(db), user: `Klient ${c + 1}` };
          for (let e = 0; e < EDITS; e++) {
            const seen: Meeting = await call(ctx, 'meetings.get', { id: meeting.id });
            const pick = (c * 7 + e * 3) % 10;
            try {
              if (pick < 4) {
                const item = seen.items[(c + e) % ITEMS]!;
                const value = `Punkt ${c}-${e}`;
                const after = await call(ctx, 'agenda.update', { id: item.id, version: item.version, data: { title: value, durationMinutes: 10 } });
                accepted.push({ kind: 'title', id: item.id, version: after.items.find((i) => i.id === item.id)!.version, value });
              } else if (pick < 6) {
                // Move one item to the top: a reorder saves the whole agenda on the versions it read.
                const ids = seen.items.map((i) => i.id);
                const moved = ids.splice((c + e) % ITEMS, 1);
                const order = [...moved, ...ids];
                const versions = order.map((id) => seen.items.find((i) => i.id === id)!.version);
                const after = await call(ctx, 'agenda.reorder', { meetingId: meeting.id, itemIds: order, versions });
                accepted.push({ kind: 'order', order, versions: new Map(after.items.map((i) => [i.id, i.version])) });
              } else {
                const action = seen.actionItems[(c + e) % ACTIONS]!;
                const value = `Aftale ${c}-${e}`;
                const after = await call(ctx, 'actionItems.update', {
                  id: action.id,
                  version: action.version,
                  data: { meetingId: meeting.id, itemId: null, what: value, ownerPersonId: null, ownerOrganisationId: null, dueDate: null },
                });
                accepted.push({ kind: 'what', id: action.id, version: after.actionItems.find((a) => a.id === action.id)!.version, value });
              }
            } catch (err) {
              const apiErr = apiError(err);
              if (apiErr?.code === 'CONFLICT') refused.push(apiErr.message);
              else unexpected.push(String(apiErr?.code ?? err));
            }
          }
        }),
      );

      // Every save answered: accepted, or refused as CONFLICT (never INTERNAL).
      expect(unexpected).toEqual([]);
      expect(accepted.length + refused.length).toBe(CLIENTS * EDITS);
      // A stale save names who and when; one that still collided after the retries says so.
      const named = refused.filter((m) => /^(Klient \d+|Sekretariatet) ændrede (dagsordenspunktet|aftalen|dagsordenen) kl\. \d\d\.\d\d — genindlæs/.test(m));
      const collided = refused.filter((m) => m.startsWith('En anden bruger gemte samtidig'));
      expect(named.length + collided.length).toBe(refused.length);

      const final = await call(ctx0, 'meetings.get', { id: meeting.id });
      const lost: string[] = [];
      // Agenda items: every accepted title edit and reorder made one new version of the item.
      for (const item of final.items) {
        const versions = [
          ...accepted.filter((a) => a.kind === 'title' && a.id === item.id).map((a) => (a as { version: number }).version),
          ...accepted.flatMap((a) => (a.kind === 'order' ? [a.versions.get(item.id)!] : [])),
        ].sort((x, y) => x - y);
        if (item.version !== 1 + versions.length || versions.some((v, i) => v !== i + 2)) lost.push(`item ${item.id}: version ${item.version}, accepted ${versions.join(',')}`);
        const titles = accepted.filter((a): a is Extract<Accepted, { kind: 'title' }> => a.kind === 'title' && a.id === item.id).sort((x, y) => y.version - x.version);
        const expectedTitle = titles[0]?.value ?? `Punkt ${initialOrder.indexOf(item.id) + 1}`;
        if (item.title !== expectedTitle) lost.push(`item ${item.id}: "${item.title}", last accepted "${expectedTitle}"`);
      }
      for (const action of final.actionItems) {
        const edits = accepted.filter((a): a is Extract<Accepted, { kind: 'what' }> => a.kind === 'what' && a.id === action.id).sort((x, y) => x.version - y.version);
        if (action.version !== 1 + edits.length || edits.some((a, i) => a.version !== i + 2)) lost.push(`action ${action.id}: version ${action.version}, ${edits.length} accepted`);
        if (action.what !== (edits.at(-1)?.value ?? action.what)) lost.push(`action ${action.id}: "${action.what}", last accepted "${edits.at(-1)?.value}"`);
      }
      // The order is the last accepted reorder's (reorders bump every item, so the highest version is the last).
      const reorders = accepted.filter((a): a is Extract<Accepted, { kind: 'order' }> => a.kind === 'order');
      const lastReorder = reorders.sort((x, y) => y.versions.get(initialOrder[0]!)! - x.versions.get(initialOrder[0]!)!)[0];
      expect(final.items.map((i) => i.id)).toEqual(lastReorder?.order ?? initialOrder);
      expect(lost).toEqual([]);
      expect(final.items.map((i) => i.position)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(final.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6']);
      // One change-log row per accepted save, with its client's user.
      const logged: { n: number }[] = await first.ds.query(
        "SELECT COUNT(*) AS n FROM audit_log WHERE channel IN ('agenda.update', 'agenda.reorder', 'actionItems.update') AND os_user LIKE 'Klient %'",
      );
      expect(Number(logged[0]!.n)).toBe(accepted.length);
      expect(reorders.length).toBeGreaterThan(0);
      expect(accepted.filter((a) => a.kind === 'title').length).toBeGreaterThan(0);
      expect(accepted.filter((a) => a.kind === 'what').length).toBeGreaterThan(0);
      console.log(
        `concurrent edits: ${accepted.length} accepted (${reorders.length} reorders), ${refused.length} refused as CONFLICT (${named.length} naming who and when, ${collided.length} after retries), 0 lost; ${Date.now() - opened} ms for the edits, ${opened - started} ms to set up`,
      );
    } finally {
      for (const db of clients) await db.close();
      await first.close();
    }
  }, 400_000);
});
