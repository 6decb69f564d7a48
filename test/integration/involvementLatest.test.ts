import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { plusDays, todayIso } from '../../main/involvement/dates';
import { call, ctxOf, memoryDb } from '../helpers/db';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(() => db.close());

const today = todayIso();
const day = (n: number) => plusDays(today, n);
const meeting = (date: string) => ({ title: 'Temamøde om frafald', type: 'theme_meeting' as const, bodyId: null, date, startTime: '13:00', endTime: '16:00', place: 'Rådhuset' });

async function status() {
  const s = await call(ctx, 'involvement.status', {});
  return {
    overdue: s.overdue.map((o) => `${o.name} ${o.lastDate ?? '–'} ${o.dueSince}`),
    never: s.never.map((o) => o.name),
  };
}

describe('latest involvement per actor, read from the rules (status screen and overview)', () => {
  it('follows every write path: create, update, delete, meeting invitations, trash and restore, erasure', async () => {
    const lbr = await call(ctx, 'organisations.create', { name: 'Det lokale beskæftigelsesråd', kind: 'labour_market_org', relation: 'adhoc' });
    const jens = await call(ctx, 'people.create', { name: 'Jens Øbro', organisationId: lbr.id, email: 'jens@lbr.dk' });
    const aase = await call(ctx, 'people.create', { name: 'Åse Kjærgaard', email: 'aase@hvidovre.dk' });
    await call(ctx, 'involvement.setRule', { actorKind: 'organisation', actorId: lbr.id, intervalDays: 30 });
    await call(ctx, 'involvement.setRule', { actorKind: 'person', actorId: aase.id, intervalDays: 60 });
    // Rules set today: nobody is overdue yet, both never involved (with a rule, so listed).
    expect(await status()).toEqual({ overdue: [], never: ['Det lokale beskæftigelsesråd', 'Åse Kjærgaard'] });

    const own = await call(ctx, 'involvement.create', { actorKind: 'organisation', actorId: lbr.id, date: day(-40), form: 'consulted', topic: 'Høring' });
    expect(await status()).toEqual({ overdue: [`Det lokale beskæftigelsesråd ${day(-40)} ${day(-10)}`], never: ['Åse Kjærgaard'] });

    // A person of the organisation counts for it; a later date moves the due date.
    const viaJens = await call(ctx, 'involvement.create', { actorKind: 'person', actorId: jens.id, date: day(-35), form: 'presented', topic: 'Oplæg' });
    expect((await status()).overdue).toEqual([`Det lokale beskæftigelsesråd ${day(-35)} ${day(-5)}`]);
    const moved = await call(ctx, 'involvement.update', { id: viaJens.id, version: viaJens.version, data: { actorKind: 'person', actorId: jens.id, date: day(-3), form: 'presented', topic: 'Oplæg' } });
    expect((await status()).overdue).toEqual([]);
    await call(ctx, 'involvement.delete', { id: moved.id, version: moved.version });
    expect((await status()).overdue).toEqual([`Det lokale beskæftigelsesråd ${day(-40)} ${day(-10)}`]);

    // The person in the trash no longer counts for the organisation; restored, it does again.
    const back = await call(ctx, 'involvement.create', { actorKind: 'person', actorId: jens.id, date: day(-1), form: 'consulted', topic: 'Telefon' });
    expect((await status()).overdue).toEqual([]);
    const trashed = await call(ctx, 'people.delete', { id: jens.id });
    expect((await status()).overdue).toEqual([`Det lokale beskæftigelsesråd ${day(-40)} ${day(-10)}`]);
    await call(ctx, 'trash.restore', { kind: 'person', id: trashed.id });
    expect((await status()).overdue).toEqual([]);

    // A meeting invitation in the future plans the involvement (not overdue), one in the past is the latest.
    await call(ctx, 'involvement.delete', { id: back.id, version: back.version });
    const coming = await call(ctx, 'meetings.create', { data: meeting(day(5)) });
    const invited = await call(ctx, 'invitees.add', { meetingId: coming.id, personIds: [aase.id], organisationIds: [lbr.id] });
    expect(await status()).toEqual({ overdue: [], never: ['Åse Kjærgaard'] });
    await call(ctx, 'invitees.remove', { id: invited.invitees.find((i) => i.organisationId === lbr.id)!.id });
    expect((await status()).overdue).toEqual([`Det lokale beskæftigelsesråd ${day(-40)} ${day(-10)}`]);
    const held = await call(ctx, 'meetings.create', { data: meeting(day(-2)) });
    await call(ctx, 'invitees.add', { meetingId: held.id, personIds: [aase.id, jens.id] });
    expect(await status()).toEqual({ overdue: [], never: [] });

    // Erasing the person deletes their records: the organisation falls back to its own.
    await call(ctx, 'people.erase', { id: jens.id, reason: 'art17_request' });
    expect((await status()).overdue).toEqual([`Det lokale beskæftigelsesråd ${day(-40)} ${day(-10)}`]);
    await call(ctx, 'involvement.delete', { id: own.id, version: own.version });
    expect((await status()).never).toEqual(['Det lokale beskæftigelsesråd']);
  });

  it('lists ad hoc organisations never involved, neither they nor their live people; future records do not count', async () => {
    const a = await call(ctx, 'organisations.create', { name: 'Produktionsskolen', kind: 'vocational_college', relation: 'adhoc' });
    const b = await call(ctx, 'organisations.create', { name: 'TEC', kind: 'vocational_college', relation: 'adhoc' });
    await call(ctx, 'organisations.create', { name: 'UU Center-Syd', kind: 'municipal_department', relation: 'core' });
    const lise = await call(ctx, 'people.create', { name: 'Lise Brønnum', organisationId: b.id });
    expect((await status()).never).toEqual(['Produktionsskolen', 'TEC']);
    await call(ctx, 'involvement.create', { actorKind: 'organisation', actorId: a.id, date: day(10), form: 'invited', topic: 'Kommer' });
    await call(ctx, 'involvement.create', { actorKind: 'person', actorId: lise.id, date: day(-10), form: 'consulted', topic: 'Møde' });
    expect((await status()).never).toEqual(['Produktionsskolen']);
    await call(ctx, 'people.delete', { id: lise.id });
    expect((await status()).never).toEqual(['Produktionsskolen', 'TEC']);
  });
});

describe("an actor's involvement log, a page at a time", () => {
  it('pages the organisation’s log with its people newest first, with the total and the latest past date', async () => {
    const org = await call(ctx, 'organisations.create', { name: 'Ungdommens Uddannelsesvejledning', kind: 'municipal_department' });
    const p = await call(ctx, 'people.create', { name: 'Søren Ærø', organisationId: org.id });
    const gone = await call(ctx, 'people.create', { name: 'Gammel kontakt', organisationId: org.id });
    for (let k = 0; k < 30; k++) await call(ctx, 'involvement.create', { actorKind: 'organisation', actorId: org.id, date: day(-2 * k), form: 'consulted', topic: `Organisation ${k}` });
    for (let k = 0; k < 25; k++) await call(ctx, 'involvement.create', { actorKind: 'person', actorId: p.id, date: day(-2 * k - 1), form: 'presented', topic: `Person ${k}` });
    await call(ctx, 'involvement.create', { actorKind: 'person', actorId: p.id, date: day(20), form: 'invited', topic: 'Planlagt' });
    await call(ctx, 'involvement.create', { actorKind: 'person', actorId: gone.id, date: day(-500), form: 'other', topic: 'Skjult' });
    await call(ctx, 'people.delete', { id: gone.id });

    const first = await call(ctx, 'involvement.forActor', { actorKind: 'organisation', actorId: org.id, offset: 0, limit: 50 });
    const second = await call(ctx, 'involvement.forActor', { actorKind: 'organisation', actorId: org.id, offset: 50, limit: 50 });
    expect([first.total, first.offset, first.items.length, second.offset, second.items.length]).toEqual([56, 0, 50, 50, 6]);
    const all = [...first.items, ...second.items];
    expect(all[0]).toMatchObject({ topic: 'Planlagt', actorName: 'Søren Ærø', date: day(20) });
    expect(all.map((i) => i.date)).toEqual([...all.map((i) => i.date)].sort().reverse());
    expect(new Set(all.map((i) => i.id)).size).toBe(56);
    expect(all.some((i) => i.topic === 'Skjult')).toBe(false);
    expect(first.lastDate).toBe(today);

    // A person's own log; the default page is 50.
    const own = await call(ctx, 'involvement.forActor', { actorKind: 'person', actorId: p.id });
    expect([own.total, own.items.length, own.lastDate]).toEqual([26, 26, day(-1)]);
    await expect(call(ctx, 'involvement.forActor', { actorKind: 'person', actorId: p.id, limit: 0 })).rejects.toThrow(/VALIDATION/);
  });
});
