import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { dispatch } from '../../main/api/dispatch';
import type { HandlerContext } from '../../main/api/handlers';
import { fixedClock } from '../../main/app/clock';
import { pdfText } from '../helpers/pdf';
import { call, ctxOf, memoryDb } from '../helpers/db';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  process.env.TZ = 'Europe/Copenhagen';
  db = await memoryDb();
  // The secretariat's "today": 1 June 2013 in Copenhagen.
  ctx = { ...ctxOf(db), clock: fixedClock('2013-06-01T10:00:00+02:00') };
});

async function refused(name: string, input: unknown) {
  const env = await dispatch(ctx, name, input, () => undefined);
  if (env.ok) throw new Error(`${name} was accepted`);
  return env.error;
}

const memo = { title: 'Erhvervsmentorkorps', caseNumber: '17.02.00-P20-3-13', recipientKind: 'finance_committee', memoDate: '2013-03-01' } as const;
const meeting = (title: string, date: string, bodyId: number | null = null) => ({ data: { title, type: 'theme_meeting' as const, bodyId, date, startTime: '13:00', endTime: '16:00' } });

describe('issue 12 point 2: state rules with a clear message', () => {
  it('a memo with unsent changes cannot be decided until the changes are sent', async () => {
    const { id } = await call(ctx, 'memos.create', memo);
    await call(ctx, 'memos.send', { id, sentOn: '2013-03-02' });
    await call(ctx, 'memos.update', { id, data: { ...memo, title: 'Erhvervsmentorkorps (rettet)' } });
    const e = await refused('memos.decide', { id, decision: { date: '2013-03-10', body: 'Økonomiudvalget', outcome: 'approved' } });
    expect(e).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/ændringer, der ikke er sendt.*version 2/) });
    expect((await call(ctx, 'memos.get', { id })).status).toBe('sent');
    await call(ctx, 'memos.send', { id, sentOn: '2013-03-05' });
    const decided = await call(ctx, 'memos.decide', { id, decision: { date: '2013-03-10', body: 'Økonomiudvalget', outcome: 'approved' } });
    expect(decided).toMatchObject({ status: 'decided', hasUnsentChanges: false });
  });

  it('links only to live initiatives, meetings and decisions; a target deleted later shows as deleted, also in the PDF', async () => {
    const { id } = await call(ctx, 'memos.create', memo);
    for (const targetKind of ['initiative', 'meeting', 'decision'] as const) {
      const e = await refused('memos.linkAdd', { memoId: id, targetKind, targetId: 999, label: 'Findes ikke' });
      expect(e).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/findes ikke eller er slettet/) });
    }
    expect((await call(ctx, 'memos.get', { id })).links).toEqual([]);
    const m = await call(ctx, 'meetings.create', meeting('Temamøde om praktik', '2013-04-16'));
    await call(ctx, 'memos.linkAdd', { memoId: id, targetKind: 'meeting', targetId: m.id, label: 'Temamøde om praktik' });
    await call(ctx, 'meetings.delete', { id: m.id });
    const after = await call(ctx, 'memos.get', { id });
    expect(after.links.map((l) => [l.label, l.deleted])).toEqual([['Temamøde om praktik', true]]);
    const text = pdfText(Buffer.from((await call(ctx, 'memos.pdf', { id })).base64!, 'base64')).replace(/\s+/g, ' ');
    expect(text).toContain('Temamøde om praktik (slettet)');
    const e = await refused('memos.linkAdd', { memoId: id, targetKind: 'meeting', targetId: m.id, label: 'Igen' });
    expect(e.code).toBe('VALIDATION');
  });

  it('minutes are approved only at a later meeting that has been held, and only once the meeting itself is held', async () => {
    const april = await call(ctx, 'meetings.create', meeting('Temamøde april', '2013-04-16'));
    const march = await call(ctx, 'meetings.create', meeting('Temamøde marts', '2013-03-12'));
    const may = await call(ctx, 'meetings.create', meeting('Temamøde maj', '2013-05-14'));
    const august = await call(ctx, 'meetings.create', meeting('Temamøde august', '2013-08-20'));
    const earlier = await refused('minutes.approve', { id: april.id, approvedAtMeetingId: march.id });
    expect(earlier).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/senere møde/), fieldErrors: { approvedAtMeetingId: ['Vælg et senere møde'] } });
    const notHeld = await refused('minutes.approve', { id: april.id, approvedAtMeetingId: august.id });
    expect(notHeld.message).toMatch(/holdes først 20\. august 2013/);
    const future = await refused('minutes.approve', { id: august.id, approvedAtMeetingId: null });
    expect(future).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/holdes først 20\. august 2013/) });
    expect((await call(ctx, 'meetings.get', { id: april.id })).minutesStatus).toBe('draft');
    const ok = await call(ctx, 'minutes.approve', { id: april.id, approvedAtMeetingId: may.id });
    expect(ok.minutesApprovedAt).toMatchObject({ meetingId: may.id, date: '2013-05-14' });
  });

  it('a done date lies on or after the day the item was agreed, and not in the future; dropping needs a reason', async () => {
    const m = await call(ctx, 'meetings.create', meeting('Temamøde april', '2013-04-16'));
    const withItem = await call(ctx, 'actionItems.add', { meetingId: m.id, what: 'Kortlægge praktikpladser', dueDate: '2013-05-01' });
    const item = withItem.actionItems[0]!;
    const before = await refused('actionItems.setStatus', { id: item.id, status: 'done', doneDate: '2012-01-01' });
    expect(before).toMatchObject({ code: 'VALIDATION', fieldErrors: { doneDate: ['Før aftalen blev indgået'] } });
    expect(before.message).toContain('16. april 2013');
    expect((await refused('actionItems.setStatus', { id: item.id, status: 'done', doneDate: '2013-07-01' })).message).toMatch(/fremtiden/);
    expect((await refused('actionItems.setStatus', { id: item.id, status: 'dropped' })).fieldErrors).toEqual({ reason: ['Skriv hvorfor aftalen droppes'] });
    const dueBefore = await refused('actionItems.add', { meetingId: m.id, what: 'For sent', dueDate: '2013-04-01' });
    expect(dueBefore.fieldErrors).toEqual({ dueDate: ['Før mødet'] });
    // Without a date, done means today by the secretariat's clock.
    expect(await call(ctx, 'actionItems.setStatus', { id: item.id, status: 'done' })).toMatchObject({ status: 'done', doneDate: '2013-06-01' });
  });

  it('a second memo with the same case number in the same year needs confirmation', async () => {
    await call(ctx, 'memos.create', memo);
    const e = await refused('memos.create', { ...memo, title: 'Et andet oplæg' });
    expect(e).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/17\.02\.00-P20-3-13 bruges allerede i 2013 af oplægget »Erhvervsmentorkorps«/) });
    expect((await call(ctx, 'memos.list', {})).total).toBe(1);
    const confirmed = await call(ctx, 'memos.create', { ...memo, title: 'Et andet oplæg', confirmDuplicateCaseNumber: true });
    // Confirmed once: later edits of that memo do not ask again; another year is another case.
    await call(ctx, 'memos.update', { id: confirmed.id, data: { ...memo, title: 'Et andet oplæg, rettet' } });
    await call(ctx, 'memos.create', { ...memo, memoDate: '2014-01-06' });
    expect((await call(ctx, 'memos.list', {})).total).toBe(3);
  });

  it('versions and the decision follow each other in time: no version sent before the one before it, no decision before sending or in the future', async () => {
    const { id } = await call(ctx, 'memos.create', memo);
    await call(ctx, 'memos.send', { id, sentOn: '2013-03-05' });
    await call(ctx, 'memos.update', { id, data: { ...memo, title: 'Erhvervsmentorkorps (rettet)' } });
    const early = await refused('memos.send', { id, sentOn: '2013-03-04' });
    expect(early).toMatchObject({ code: 'VALIDATION', message: 'Version 2 kan ikke være sendt før version 1 (5. marts 2013).', fieldErrors: { sentOn: ['Før den forrige version'] } });
    expect(await refused('memos.send', { id, sentOn: '2013-06-02' })).toMatchObject({ code: 'VALIDATION', fieldErrors: { sentOn: ['Datoen ligger i fremtiden'] } });
    expect((await call(ctx, 'memos.get', { id })).sentVersion).toBe(1);
    await call(ctx, 'memos.send', { id, sentOn: '2013-03-12' });

    const before = await refused('memos.decide', { id, decision: { date: '2013-03-10', body: 'Økonomiudvalget', outcome: 'approved' } });
    expect(before).toMatchObject({ code: 'VALIDATION', message: 'Beslutningen ligger før oplægget blev sendt (12. marts 2013).' });
    expect(await refused('memos.decide', { id, decision: { date: '2013-06-02', body: 'Økonomiudvalget', outcome: 'approved' } })).toMatchObject({ code: 'VALIDATION', message: 'Beslutningsdatoen ligger i fremtiden.' });
    expect((await call(ctx, 'memos.get', { id })).status).toBe('sent');
    expect(await call(ctx, 'memos.decide', { id, decision: { date: '2013-03-12', body: 'Økonomiudvalget', outcome: 'approved' } })).toMatchObject({ status: 'decided' });
  });

  it('an involvement is followed up on or after its own date', async () => {
    const org = await call(ctx, 'organisations.create', { name: 'UU Center-Syd', kind: 'municipal_department' });
    const input = { actorKind: 'organisation', actorId: org.id, date: '2013-04-10', form: 'consulted', topic: 'Høring om praktikpladser', followUpDate: '2013-04-01' } as const;
    const e = await refused('involvement.create', input);
    expect(e).toMatchObject({ code: 'VALIDATION', fieldErrors: { followUpDate: ['Opfølgningen ligger før datoen'] } });
    expect((await call(ctx, 'involvement.forActor', { actorKind: 'organisation', actorId: org.id })).items).toHaveLength(0);
    expect(await call(ctx, 'involvement.create', { ...input, followUpDate: '2013-04-10' })).toMatchObject({ followUpDate: '2013-04-10' });
  });
});
