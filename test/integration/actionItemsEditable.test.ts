import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/app/clock';
import { call, ctxOf, memoryDb } from '../helpers/db';

describe('issue 12 point 6: action items are editable after they are made', () => {
  it('text, owner and due date change; "Droppet" is set with a reason; after approval only owner, due date and status; every change in the change log', async () => {
    const db = await memoryDb();
    const ctx = { ...ctxOf(db), clock: fixedClock('2013-06-01T10:00:00+02:00') };
    const uu = await call(ctx, 'organisations.create', { name: 'UU Vestegnen', kind: 'municipal_department' });
    const aase = await call(ctx, 'people.create', { name: 'Åse Kjærgaard' });
    const m = await call(ctx, 'meetings.create', { data: { title: 'Netværksmøde april', type: 'network_meeting', date: '2013-04-09', startTime: '09:00', endTime: '11:00' } });
    const next = await call(ctx, 'meetings.create', { data: { title: 'Netværksmøde maj', type: 'network_meeting', date: '2013-05-14', startTime: '09:00', endTime: '11:00', followsUpMeetingId: m.id } });
    const made = await call(ctx, 'actionItems.add', { meetingId: m.id, what: 'Oversigt over tiltag', ownerPersonId: aase.id, dueDate: '2013-05-01' });
    const a = made.actionItems[0]!;
    const base = { meetingId: m.id, itemId: null, what: a.what, ownerPersonId: aase.id, ownerOrganisationId: null, dueDate: a.dueDate };
    const edited = await call(ctx, 'actionItems.update', { id: a.id, data: { ...base, what: 'Oversigt over tiltag 0–12, 12–18 og 18–25 år', ownerPersonId: null, ownerOrganisationId: uu.id, dueDate: '2013-05-10' } });
    expect(edited.actionItems[0]).toMatchObject({ what: 'Oversigt over tiltag 0–12, 12–18 og 18–25 år', ownerName: 'UU Vestegnen', dueDate: '2013-05-10' });

    await call(ctx, 'minutes.approve', { id: m.id, approvedAtMeetingId: next.id });
    const locked = { ...base, what: 'Oversigt over tiltag 0–12, 12–18 og 18–25 år', ownerPersonId: null, ownerOrganisationId: uu.id };
    await expect(call(ctx, 'actionItems.update', { id: a.id, data: { ...locked, what: 'Ny tekst' } })).rejects.toThrow(/tekst og punkt kan ikke ændres/);
    const postponed = await call(ctx, 'actionItems.update', { id: a.id, data: { ...locked, dueDate: '2013-06-15', ownerOrganisationId: null, ownerPersonId: aase.id } });
    expect(postponed.actionItems[0]).toMatchObject({ ownerName: 'Åse Kjærgaard', dueDate: '2013-06-15' });

    // Dropped at the follow-up of the next meeting, with a reason.
    const dropped = await call(ctx, 'actionItems.setStatus', { id: a.id, status: 'dropped', atMeetingId: next.id, reason: 'Løses i arbejdsgruppen' });
    expect(dropped).toMatchObject({ status: 'dropped', dropReason: 'Løses i arbejdsgruppen', doneDate: '2013-06-01' });
    expect((await call(ctx, 'actionItems.list', { status: 'dropped' })).items.map((x) => x.dropReason)).toEqual(['Løses i arbejdsgruppen']);
    expect((await call(ctx, 'meetings.get', { id: next.id })).followUp.map((x) => x.status)).toEqual(['dropped']);

    const log = await call(ctx, 'audit.list', { offset: 0, limit: 100 });
    const changes = log.items.filter((e) => (e.channel === 'actionItems.update' || e.channel === 'actionItems.setStatus') && e.subject?.endsWith(`:${a.id}`)).map((e) => e.channel);
    expect(changes.sort()).toEqual(['actionItems.setStatus', 'actionItems.update', 'actionItems.update']);
  });
});
