import { describe, expect, it } from 'vitest';
import { call, ctxOf, memoryDb } from '../helpers/db';

const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('involvement rules and coming meetings', () => {
  it('an overdue actor invited to a coming meeting is no longer listed as overdue; removing the invitation lists it again', async () => {
    const ctx = ctxOf(await memoryDb());
    const lbr = await call(ctx, 'organisations.create', { name: 'Det lokale beskæftigelsesråd', kind: 'labour_market_org', relation: 'adhoc' });
    await call(ctx, 'involvement.setRule', { actorKind: 'organisation', actorId: lbr.id, intervalDays: 90 });
    await call(ctx, 'involvement.create', { actorKind: 'organisation', actorId: lbr.id, date: iso(-120), form: 'consulted', topic: 'Høring om praktikpladser' });
    const overdueNames = async () => (await call(ctx, 'involvement.status', {})).overdue.map((o) => o.name);
    expect(await overdueNames()).toEqual(['Det lokale beskæftigelsesråd']);

    const meeting = await call(ctx, 'meetings.create', { data: { title: 'Temamøde om ledighed', type: 'theme_meeting', bodyId: null, date: iso(21), startTime: '13:00', endTime: '16:00' }, standardItems: false });
    const invited = await call(ctx, 'invitees.add', { meetingId: meeting.id, organisationIds: [lbr.id] });
    expect(await overdueNames()).toEqual([]);

    await call(ctx, 'invitees.remove', { id: invited.invitees[0]!.id });
    expect(await overdueNames()).toEqual(['Det lokale beskæftigelsesråd']);
  });
});
