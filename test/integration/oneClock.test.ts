import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/app/clock';
import { call, ctxOf, memoryDb } from '../helpers/db';

const machineTz = process.env.TZ;
beforeEach(() => {
  // The build machine runs in UTC; the secretariat's day is Copenhagen's.
  process.env.TZ = 'UTC';
});
afterEach(() => {
  process.env.TZ = machineTz;
});

describe('issue 12 point 8: one clock (Europe/Copenhagen) for every "today" in main', () => {
  it('at 00.30 in Copenhagen (22.30 UTC the day before) the meeting, the action list and the overview agree on what is overdue', async () => {
    const db = await memoryDb();
    const ctx = { ...ctxOf(db), clock: fixedClock('2013-05-01T22:30:00Z') };
    const m = await call(ctx, 'meetings.create', { data: { title: 'Temamøde', type: 'theme_meeting', date: '2013-04-16', startTime: '13:00', endTime: '16:00' } });
    await call(ctx, 'actionItems.add', { meetingId: m.id, what: 'Kortlægge praktikpladser', dueDate: '2013-05-01' });

    const inMeeting = (await call(ctx, 'meetings.get', { id: m.id })).actionItems[0]!;
    expect(inMeeting.overdue).toBe(true);
    expect((await call(ctx, 'actionItems.list', { overdueOnly: true })).items.map((a) => a.what)).toEqual(['Kortlægge praktikpladser']);
    const overview = await call(ctx, 'overview.sections', {});
    const items = overview.flatMap((s) => s.items).filter((i) => i.key.startsWith('action-'));
    expect(items.map((i) => [i.title, i.tone])).toEqual([['Kortlægge praktikpladser', 'danger']]);
    // Ticked off without a date: done "today", which is already 2 May in Copenhagen.
    expect(await call(ctx, 'actionItems.setStatus', { id: inMeeting.id, status: 'done' })).toMatchObject({ doneDate: '2013-05-02' });
    // Upcoming meetings start from Copenhagen's today as well.
    await call(ctx, 'meetings.create', { data: { title: 'I går (UTC: i dag)', type: 'theme_meeting', date: '2013-05-01', startTime: '09:00', endTime: '10:00' } });
    expect((await call(ctx, 'meetings.list', { when: 'upcoming' })).items.map((x) => x.title)).toEqual([]);
  });

  it("the involvement status counts from the command's clock, not the machine's date", async () => {
    const db = await memoryDb();
    const at = (iso: string) => ({ ...ctxOf(db), clock: fixedClock(iso) });
    const lbr = await call(at('2013-03-01T10:00:00Z'), 'organisations.create', { name: 'Det lokale beskæftigelsesråd', kind: 'labour_market_org', relation: 'adhoc' });
    await call(at('2013-03-01T10:00:00Z'), 'involvement.setRule', { actorKind: 'organisation', actorId: lbr.id, intervalDays: 30 });
    await call(at('2013-03-01T10:00:00Z'), 'involvement.create', { actorKind: 'organisation', actorId: lbr.id, date: '2013-03-01', form: 'consulted', topic: 'Høring' });
    const overdueOn = async (iso: string) => (await call(at(iso), 'involvement.status', {})).overdue.map((o) => `${o.name} ${o.dueSince}`);

    // Due 31 March; on 30 March nothing is overdue, on 1 April (Copenhagen, 22.30 UTC the day before) it is.
    expect(await overdueOn('2013-03-30T10:00:00Z')).toEqual([]);
    expect(await overdueOn('2013-03-31T22:30:00Z')).toEqual(['Det lokale beskæftigelsesråd 2013-03-31']);
    // A meeting planned for 20 April takes it off the list while it is ahead; once that day has passed it is the latest.
    await call(at('2013-04-01T10:00:00Z'), 'involvement.create', { actorKind: 'organisation', actorId: lbr.id, date: '2013-04-20', form: 'invited', topic: 'Temamøde' });
    expect(await overdueOn('2013-04-01T10:00:00Z')).toEqual([]);
    expect(await overdueOn('2013-05-21T10:00:00Z')).toEqual(['Det lokale beskæftigelsesråd 2013-05-20']);
    const log = await call(at('2013-03-30T10:00:00Z'), 'involvement.forActor', { actorKind: 'organisation', actorId: lbr.id });
    expect(log.total).toBe(2);
  });
});
