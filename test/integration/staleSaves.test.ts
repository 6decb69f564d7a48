import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { fixedClock } from '../../main/app/clock';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { testEngine } from '../helpers/pgTestDb';

/**
 * Issue 16: every editable object has a version; a save based on an older one is refused with a
 * CONFLICT that names who changed it and when, and nothing is written. Two clients of one database,
 * each with its own user; runs on SQLite and (SAMSPIL_TEST_DB=postgres) on PostgreSQL.
 */
let db: Database;
let mette: HandlerContext;
let anders: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  mette = { ...ctxOf(db), user: 'Mette Frølund', clock: fixedClock('2026-05-12T10:42:00+02:00') };
  anders = { ...ctxOf(db), user: 'Anders Holm', clock: fixedClock('2026-05-12T10:44:00+02:00') };
});
afterEach(() => db.close());

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    return (err as { apiError?: { code: string; message: string } }).apiError;
  }
  throw new Error('the stale save was accepted');
};

async function meetingWithItems() {
  const body = await call(mette, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
  const meeting = await call(mette, 'meetings.create', {
    data: { title: 'Styregruppemøde', type: 'steering_group', bodyId: body.id, date: '2026-05-11', startTime: '09:00', endTime: '11:00', place: 'Rådhuset' },
  });
  await call(mette, 'actionItems.add', { meetingId: meeting.id, itemId: null, what: 'Kortlægge praktikpladser', ownerPersonId: null, ownerOrganisationId: null, dueDate: null });
  return call(mette, 'decisions.add', { meetingId: meeting.id, itemId: null, text: 'Mentorkorpset videreføres' });
}

const data = (title: string) => ({ title, type: 'steering_group' as const, bodyId: null, date: '2026-05-11', startTime: '09:00', endTime: '11:00', place: 'Rådhuset' });

describe(`stale saves are refused with who and when (${testEngine})`, () => {
  it('a meeting: version 1 on create, +1 per save, the stale form refused with the colleague and the time', async () => {
    const created = await meetingWithItems();
    expect(created).toMatchObject({ version: 1, updatedBy: 'Mette Frølund' });
    // Both opened version 1. Anders saves first.
    const saved = await call(anders, 'meetings.update', { id: created.id, version: 1, data: data('Styregruppemøde – budget') });
    expect(saved).toMatchObject({ version: 2, updatedBy: 'Anders Holm', updatedAt: '2026-05-12T08:44:00.000Z', title: 'Styregruppemøde – budget' });
    const stale = await refusal(call(mette, 'meetings.update', { id: created.id, version: 1, data: data('Styregruppemøde – mentorer') }));
    expect(stale).toEqual({
      code: 'CONFLICT',
      message: 'Anders Holm ændrede mødet kl. 10.44 — genindlæs for at se ændringen. Intet er gemt.',
      stale: { by: 'Anders Holm', at: '2026-05-12T08:44:00.000Z', version: 2 },
    });
    const after = await call(mette, 'meetings.get', { id: created.id });
    expect(after).toMatchObject({ version: 2, title: 'Styregruppemøde – budget', updatedBy: 'Anders Holm' });
    // Reloaded: her save on version 2 goes through.
    expect(await call(mette, 'meetings.update', { id: created.id, version: 2, data: data('Styregruppemøde – mentorer') })).toMatchObject({ version: 3, updatedBy: 'Mette Frølund' });
    // Status and delete check the same version.
    expect(await refusal(call(anders, 'meetings.setStatus', { id: created.id, version: 2, status: 'held' }))).toMatchObject({ code: 'CONFLICT' });
    expect(await refusal(call(anders, 'meetings.delete', { id: created.id, version: 2 }))).toMatchObject({ code: 'CONFLICT' });
    expect((await call(anders, 'meetings.list', {})).items.map((m) => m.id)).toContain(created.id);
  });

  it('the message in English when the app is in English, with the date when it was another day', async () => {
    const created = await meetingWithItems();
    await call(anders, 'meetings.update', { id: created.id, version: 1, data: data('Budget') });
    await call(mette, 'settings.setLanguage', { language: 'en' });
    expect((await refusal(call(mette, 'meetings.update', { id: created.id, version: 1, data: data('Mentorer') })))?.message).toBe(
      'Anders Holm changed the meeting at 10:44 — reload to see the change. Nothing was saved.',
    );
    await call(mette, 'settings.setLanguage', { language: 'da' });
    const nextDay = { ...mette, clock: fixedClock('2026-05-13T08:00:00+02:00') };
    expect((await refusal(call(nextDay, 'meetings.update', { id: created.id, version: 1, data: data('Mentorer') })))?.message).toBe(
      'Anders Holm ændrede mødet den 12. maj 2026 kl. 10.44 — genindlæs for at se ændringen. Intet er gemt.',
    );
  });

  it('agenda items, minutes, decisions, action items and invitees each check their own version', async () => {
    const meeting = await meetingWithItems();
    const item = meeting.items[0]!;
    const action = meeting.actionItems[0]!;
    const decision = meeting.decisions[0]!;
    expect([item.version, action.version, decision.version]).toEqual([1, 1, 1]);
    expect(item.updatedBy).toBe('Mette Frølund');

    const edited = await call(anders, 'agenda.update', { id: item.id, version: 1, data: { title: 'Godkendelse af dagsorden og referat', durationMinutes: 5 } });
    expect(edited.items[0]).toMatchObject({ version: 2, updatedBy: 'Anders Holm', title: 'Godkendelse af dagsorden og referat' });
    expect((await refusal(call(mette, 'agenda.update', { id: item.id, version: 1, data: { title: 'Godkendelse', durationMinutes: 5 } })))?.message).toBe(
      'Anders Holm ændrede dagsordenspunktet kl. 10.44 — genindlæs for at se ændringen. Intet er gemt.',
    );
    expect(await refusal(call(mette, 'minutes.setItem', { itemId: item.id, version: 1, minutes: 'Godkendt' }))).toMatchObject({ code: 'CONFLICT' });
    expect((await call(mette, 'minutes.setItem', { itemId: item.id, version: 2, minutes: 'Godkendt' })).items[0]).toMatchObject({ version: 3, minutes: 'Godkendt' });

    const owner = { meetingId: meeting.id, itemId: null, ownerPersonId: null, ownerOrganisationId: null, dueDate: null };
    expect((await call(anders, 'actionItems.update', { id: action.id, version: 1, data: { ...owner, what: 'Kortlægge praktikpladser i Hvidovre' } })).actionItems[0]).toMatchObject({ version: 2 });
    expect((await refusal(call(mette, 'actionItems.update', { id: action.id, version: 1, data: { ...owner, what: 'Kortlægge' } })))?.message).toBe(
      'Anders Holm ændrede aftalen kl. 10.44 — genindlæs for at se ændringen. Intet er gemt.',
    );
    expect(await refusal(call(mette, 'actionItems.setStatus', { id: action.id, version: 1, status: 'done', atMeetingId: null }))).toMatchObject({ code: 'CONFLICT' });
    expect(await refusal(call(mette, 'actionItems.remove', { id: action.id, version: 1 }))).toMatchObject({ code: 'CONFLICT' });
    expect(await call(mette, 'actionItems.setStatus', { id: action.id, version: 2, status: 'done', doneDate: '2026-05-12', atMeetingId: null })).toMatchObject({ version: 3, status: 'done' });

    await call(anders, 'decisions.update', { id: decision.id, version: 1, itemId: null, text: 'Mentorkorpset videreføres i 2027' });
    expect(await refusal(call(mette, 'decisions.remove', { id: decision.id, version: 1 }))).toMatchObject({ code: 'CONFLICT' });
    const kept = await call(mette, 'meetings.get', { id: meeting.id });
    expect(kept.decisions.map((d) => [d.text, d.version])).toEqual([['Mentorkorpset videreføres i 2027', 2]]);
    expect(kept.actionItems.map((a) => [a.what, a.status])).toEqual([['Kortlægge praktikpladser i Hvidovre', 'done']]);
    expect((await call(mette, 'decisions.remove', { id: decision.id, version: 2 })).decisions).toEqual([]);
  });

  it('a reorder on a stale agenda is refused: an item saved since, or an item added since', async () => {
    let meeting = await meetingWithItems();
    while (meeting.items.length < 3) meeting = await call(mette, 'agenda.add', { meetingId: meeting.id, data: { title: `Punkt ${meeting.items.length + 1}`, durationMinutes: 10 } });
    for (const item of meeting.items.slice(3)) meeting = await call(mette, 'agenda.remove', { id: item.id });
    const [a, b, c] = meeting.items;
    const ids = [a!.id, b!.id, c!.id];
    const seen = [a!.version, b!.version, c!.version];
    const moved = await call(anders, 'agenda.reorder', { meetingId: meeting.id, itemIds: [b!.id, a!.id, c!.id], versions: [seen[1]!, seen[0]!, seen[2]!] });
    expect(moved.items.map((i) => [i.id, i.position, i.version])).toEqual([[b!.id, 0, seen[1]! + 1], [a!.id, 1, seen[0]! + 1], [c!.id, 2, seen[2]! + 1]]);
    expect((await refusal(call(mette, 'agenda.reorder', { meetingId: meeting.id, itemIds: [c!.id, a!.id, b!.id], versions: [seen[2]!, seen[0]!, seen[1]!] })))?.message).toBe(
      'Anders Holm ændrede dagsordenspunktet kl. 10.44 — genindlæs for at se ændringen. Intet er gemt.',
    );
    await call(anders, 'agenda.add', { meetingId: meeting.id, data: { title: 'Budget 2027', durationMinutes: 20 } });
    expect((await refusal(call(mette, 'agenda.reorder', { meetingId: meeting.id, itemIds: ids, versions: moved.items.map((i) => i.version) })))?.message).toBe(
      'Anders Holm ændrede dagsordenen kl. 10.44 — genindlæs for at se ændringen. Intet er gemt.',
    );
    expect((await call(mette, 'meetings.get', { id: meeting.id })).items.map((i) => i.position)).toEqual([0, 1, 2, 3]);
  });

  it('without a version (scripts, older callers) the save goes ahead and still counts', async () => {
    const meeting = await meetingWithItems();
    expect(await call(anders, 'meetings.update', { id: meeting.id, data: data('Uden version') })).toMatchObject({ version: 2, updatedBy: 'Anders Holm' });
  });

  it('the change log records the user of each client', async () => {
    const meeting = await meetingWithItems();
    await call(anders, 'meetings.update', { id: meeting.id, version: 1, data: data('Budget') });
    const log = await call(mette, 'audit.list', {});
    const users = new Set(log.items.map((e) => e.osUser));
    expect(users).toEqual(new Set(['Mette Frølund', 'Anders Holm']));
    expect(log.items.find((e) => e.channel === 'meetings.update')?.osUser).toBe('Anders Holm');
  });
});
