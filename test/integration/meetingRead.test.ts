import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { fixedClock } from '../../main/app/clock';
import { call, ctxOf, memoryDb } from '../helpers/db';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = { ...ctxOf(db), clock: fixedClock('2026-05-20T10:00:00+02:00') };
});
afterEach(() => db.close());

const meeting = (bodyId: number, title: string, date: string) => ({ title, type: 'theme_meeting' as const, bodyId, date, startTime: '13:00', endTime: '15:00', place: 'Hvidovre Rådhus' });

/**
 * Issue 17: the meeting screen is read in a few plain statements (SQLite's prepared statements, the
 * server's own connection inside a command). Everything the screen and its documents show must still
 * be there: names through joins, numbers, follow-up and where it comes from and goes to.
 */
describe('issue 17: the meeting screen in a few plain statements', () => {
  it('shows agenda, invitees, decisions, action items and follow-up with every name and number the screen uses', async () => {
    const body = await call(ctx, 'bodies.create', { name: 'Styregruppen for Ungepartnerskabet', kind: 'steering_group' });
    const uu = await call(ctx, 'organisations.create', { name: 'UU Center-Syd', kind: 'municipal_department' });
    const gym = await call(ctx, 'organisations.create', { name: 'Hvidovre Gymnasium', kind: 'upper_secondary_school' });
    const jorgen = await call(ctx, 'people.create', { name: 'Jørgen Lærkesen', organisationId: gym.id, email: 'rektor@hvidovre-gym.dk' });
    const aase = await call(ctx, 'people.create', { name: 'Åse Kjærgaard', email: 'aase@hvidovre.dk' });
    const bo = await call(ctx, 'people.create', { name: 'Bo Ærø', email: 'bo@example.dk' });

    const earlier = await call(ctx, 'meetings.create', { data: meeting(body.id, 'Opstartsmøde', '2026-02-10'), standardItems: false });
    await call(ctx, 'agenda.add', { meetingId: earlier.id, data: { title: 'Pause', durationMinutes: 15, isBreak: true } });
    const e1 = (await call(ctx, 'agenda.add', { meetingId: earlier.id, data: { title: 'Frafald', durationMinutes: 30 } })).items.at(-1)!;
    await call(ctx, 'actionItems.add', { meetingId: earlier.id, itemId: e1.id, what: 'Desk-research', ownerOrganisationId: uu.id, dueDate: '2026-05-01' });
    await call(ctx, 'actionItems.add', { meetingId: earlier.id, what: 'Udateret opgave', ownerPersonId: aase.id });
    const closed = (await call(ctx, 'actionItems.add', { meetingId: earlier.id, what: 'Lukkes på mødet', ownerPersonId: jorgen.id, dueDate: '2026-03-01' })).actionItems.at(-1)!;
    const done = (await call(ctx, 'actionItems.add', { meetingId: earlier.id, what: 'Allerede gjort', dueDate: '2026-03-01' })).actionItems.at(-1)!;
    await call(ctx, 'actionItems.setStatus', { id: done.id, status: 'done' });

    const m = await call(ctx, 'meetings.create', { data: meeting(body.id, 'Temamøde om frafald', '2026-04-14'), standardItems: false });
    await call(ctx, 'actionItems.setStatus', { id: closed.id, status: 'done', atMeetingId: m.id });
    await call(ctx, 'agenda.add', { meetingId: m.id, data: { title: 'Velkomst', durationMinutes: 10, presenterId: aase.id } });
    await call(ctx, 'agenda.add', { meetingId: m.id, data: { title: 'Kaffe', durationMinutes: 15, isBreak: true } });
    let r = await call(ctx, 'agenda.add', { meetingId: m.id, data: { title: 'Mentorordning', kind: 'decision', durationMinutes: 120, presenterId: jorgen.id } });
    const mentor = r.items.find((i) => i.title === 'Mentorordning')!;
    await call(ctx, 'agenda.attach', { itemId: mentor.id, fileName: 'Notat om mentorer.pdf', base64: Buffer.from('%PDF-1.4 notat').toString('base64') });
    await call(ctx, 'invitees.add', { meetingId: m.id, personIds: [jorgen.id, aase.id, bo.id] });
    await call(ctx, 'invitees.add', { meetingId: m.id, organisationIds: [uu.id] });
    await call(ctx, 'decisions.add', { meetingId: m.id, itemId: mentor.id, text: 'Der nedsættes en arbejdsgruppe.' });
    await call(ctx, 'actionItems.add', { meetingId: m.id, itemId: mentor.id, what: 'Indkalde arbejdsgruppen', ownerPersonId: jorgen.id, dueDate: '2026-06-15' });
    // The answer of a command (inside its transaction) already shows its own write.
    r = await call(ctx, 'actionItems.add', { meetingId: m.id, what: 'Overskredet', ownerOrganisationId: uu.id, dueDate: '2026-05-01' });
    expect(r.actionItems.map((a) => a.what)).toEqual(['Indkalde arbejdsgruppen', 'Overskredet']);
    const later = await call(ctx, 'meetings.create', { data: meeting(body.id, 'Opfølgningsmøde', '2026-05-19'), standardItems: false });
    await call(ctx, 'people.delete', { id: bo.id });

    const got = await call(ctx, 'meetings.get', { id: m.id });
    expect(got).toMatchObject({ title: 'Temamøde om frafald', bodyId: body.id, bodyName: 'Styregruppen for Ungepartnerskabet', place: 'Hvidovre Rådhus', minutesApprovedAt: null, seriesRule: null });
    expect(got.items.map((i) => [i.title, i.number, i.presenterName, i.startTime, i.endTime])).toEqual([
      ['Velkomst', '1', 'Åse Kjærgaard', '13:00', '13:10'],
      ['Kaffe', null, null, '13:10', '13:25'],
      ['Mentorordning', '2', 'Jørgen Lærkesen', '13:25', '15:25'],
    ]);
    expect(got.overrunMinutes).toBe(25);
    expect(got.items[2]!.attachments).toMatchObject([{ fileName: 'Notat om mentorer.pdf', size: 14 }]);
    // Danish order (Å last); a trashed person keeps the name; a person's organisation is their own.
    expect(got.invitees.map((i) => [i.name, i.organisationName, i.email])).toEqual([
      ['Bo Ærø', null, 'bo@example.dk'],
      ['Jørgen Lærkesen', 'Hvidovre Gymnasium', 'rektor@hvidovre-gym.dk'],
      ['UU Center-Syd', null, null],
      ['Åse Kjærgaard', null, 'aase@hvidovre.dk'],
    ]);
    expect(got.decisions.map((d) => [d.text, d.itemNumber, d.meetingId])).toEqual([['Der nedsættes en arbejdsgruppe.', '2', m.id]]);
    expect(got.actionItems.map((a) => [a.what, a.ownerName, a.itemNumber, a.meetingTitle, a.bodyName, a.overdue])).toEqual([
      ['Indkalde arbejdsgruppen', 'Jørgen Lærkesen', '2', 'Temamøde om frafald', 'Styregruppen for Ungepartnerskabet', false],
      ['Overskredet', 'UU Center-Syd', null, 'Temamøde om frafald', 'Styregruppen for Ungepartnerskabet', true],
    ]);
    expect([got.itemCount, got.inviteeCount, got.openActionCount]).toEqual([3, 4, 2]);
    // Follow-up: open items of the earlier meeting (undated first, then by due date) and the one ticked off here; not the one done before.
    expect(got.followUp.map((a) => [a.what, a.ownerName, a.itemNumber, a.meetingTitle, a.status])).toEqual([
      ['Udateret opgave', 'Åse Kjærgaard', null, 'Opstartsmøde', 'open'],
      ['Lukkes på mødet', 'Jørgen Lærkesen', null, 'Opstartsmøde', 'done'],
      ['Desk-research', 'UU Center-Syd', '1', 'Opstartsmøde', 'open'],
    ]);
    expect(got.followUpFrom).toEqual({ kind: 'body', meetingId: earlier.id, title: 'Opstartsmøde', date: '2026-02-10' });
    expect(got.followedUpAt).toEqual({ kind: 'body', meetingId: later.id, title: 'Opfølgningsmøde', date: '2026-05-19' });

    // Approved at the later meeting: the screen names it; a trashed approving meeting is not named.
    const approved = await call(ctx, 'minutes.approve', { id: m.id, approvedAtMeetingId: later.id });
    expect(approved.minutesApprovedAt).toEqual({ meetingId: later.id, title: 'Opfølgningsmøde', date: '2026-05-19' });
    await call(ctx, 'meetings.delete', { id: later.id });
    const after = await call(ctx, 'meetings.get', { id: m.id });
    expect(after.minutesApprovedAt).toEqual({ meetingId: null, title: null, date: null });
    expect(after.followedUpAt).toMatchObject({ kind: 'none' });
    await expect(call(ctx, 'meetings.get', { id: later.id })).rejects.toThrow(/NOT_FOUND|findes ikke/);
  });

  it('a series names its rule, follows up its own earlier meeting and is followed up by the next', async () => {
    const series = await call(ctx, 'meetings.createSeries', { title: 'Netværksmøde', type: 'network_meeting', fromDate: '2026-01-01', everyMonths: 2, weekday: 1, ordinal: 1, count: 3, startTime: '09:00', durationMinutes: 120 });
    const [first, second, third] = series;
    await call(ctx, 'actionItems.add', { meetingId: first!.id, what: 'Oversigt over tiltag' });
    const got = await call(ctx, 'meetings.get', { id: second!.id });
    expect(got.seriesRule).toMatchObject({ codes: { everyMonths: 2, weekday: 1, ordinal: 1, startTime: '09:00', durationMinutes: 120 } });
    expect(got.followUpFrom).toMatchObject({ kind: 'series', meetingId: first!.id });
    expect(got.followedUpAt).toMatchObject({ kind: 'series', meetingId: third!.id });
    expect(got.followUp.map((a) => [a.what, a.bodyName, a.itemNumber])).toEqual([['Oversigt over tiltag', null, null]]);
  });
});
