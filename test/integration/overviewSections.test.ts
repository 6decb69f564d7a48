import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { plusDays, todayIso } from '../../main/involvement/dates';
import { OVERVIEW_CAP, type OverviewItem } from '../../preload/contract';
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

async function section(key: string): Promise<OverviewItem[]> {
  const s = (await call(ctx, 'overview.sections', {})).find((x) => x.key === key)!;
  expect(s.available).toBe(true);
  return s.items;
}
const meeting = (title: string, date: string) => ({ data: { title, type: 'steering_group' as const, bodyId: null, date, startTime: '09:00', endTime: '11:00' }, standardItems: true });

describe('overview sections for meetings, action items, memos and goals', () => {
  it('sends at most OVERVIEW_CAP items per section with the whole count', async () => {
    for (let i = 0; i < OVERVIEW_CAP + 5; i++) await call(ctx, 'meetings.create', meeting(`Møde ${i}`, day(1 + (i % 20))));
    const s = (await call(ctx, 'overview.sections', {})).find((x) => x.key === 'upcomingMeetings')!;
    expect(s.items).toHaveLength(OVERVIEW_CAP);
    expect(s.total).toBe(OVERVIEW_CAP + 5);
    expect(s.items[0]!.date).toBe(day(1));
  });

  it('upcoming meetings in the next 30 days, with what they still lack; each opens its meeting', async () => {
    const bare = await call(ctx, 'meetings.create', meeting('Styregruppemøde', day(3)));
    // A break is not an item of its own: the meeting still lacks its agenda.
    await call(ctx, 'agenda.add', { meetingId: bare.id, data: { title: 'Pause', durationMinutes: 15, isBreak: true } });
    const ready = await call(ctx, 'meetings.create', meeting('Temamøde', day(20)));
    await call(ctx, 'agenda.add', { meetingId: ready.id, data: { title: 'Praktikpladser', kind: 'discussion', durationMinutes: 30 } });
    await call(ctx, 'meetings.setStatus', { id: ready.id, status: 'invited' });
    const noAgenda = await call(ctx, 'meetings.create', meeting('Netværksmøde', day(30)));
    await call(ctx, 'meetings.setStatus', { id: noAgenda.id, status: 'invited' });
    await call(ctx, 'meetings.create', meeting('For sent', day(31)));
    await call(ctx, 'meetings.create', meeting('Holdt', day(-1)));
    const deleted = await call(ctx, 'meetings.create', meeting('Aflyst', day(5)));
    await call(ctx, 'meetings.delete', { id: deleted.id });

    const items = await section('upcomingMeetings');
    expect(items.map((i) => [i.title, i.date, i.detailKey, i.route, i.tone])).toEqual([
      ['Styregruppemøde', day(3), 'overviewSections.detail.meetingNoAgendaNotInvited', `meetings/list/${bare.id}`, 'warning'],
      ['Temamøde', day(20), 'overviewSections.detail.meetingReady', `meetings/list/${ready.id}`, 'info'],
      ['Netværksmøde', day(30), 'overviewSections.detail.meetingNoAgenda', `meetings/list/${noAgenda.id}`, 'warning'],
    ]);
    expect(items[0]!.detail).toBe('kl. 09.00 · mangler dagsordenspunkter og invitationer');
  });

  it('open action items overdue or due within 14 days, overdue first; done ones and later ones are left out', async () => {
    const mt = await call(ctx, 'meetings.create', meeting('Styregruppemøde', day(-20)));
    const uu = await call(ctx, 'organisations.create', { name: 'UU Center-Syd', kind: 'municipal_department' });
    const add = (what: string, dueDate: string | null) => call(ctx, 'actionItems.add', { meetingId: mt.id, what, ownerOrganisationId: uu.id, dueDate });
    await add('Send desk-research ud', day(-5));
    await add('Book lokale', day(14));
    await add('Senere opgave', day(15));
    await add('Uden frist', null);
    const done = await add('Allerede gjort', day(-2));
    await call(ctx, 'actionItems.setStatus', { id: done.actionItems.find((a) => a.what === 'Allerede gjort')!.id, status: 'done', doneDate: today });

    const items = await section('actionItems');
    expect(items.map((i) => [i.title, i.date, i.tone, i.route])).toEqual([
      ['Send desk-research ud', day(-5), 'danger', `meetings/list/${mt.id}`],
      ['Book lokale', day(14), 'warning', `meetings/list/${mt.id}`],
    ]);
    expect(items[0]!.detailValues).toEqual({ owner: 'UU Center-Syd', meeting: 'Styregruppemøde' });
  });

  it('sent memos awaiting a decision, flagged when the recipient’s meeting has passed; drafts and decided ones are left out', async () => {
    const memo = (title: string, meetingDate: string | null) =>
      call(ctx, 'memos.create', { title, recipientKind: 'finance_committee', recipientName: null, meetingDate, memoDate: day(-30) });
    const late = await memo('Erhvervsmentorkorps', day(-2));
    const waiting = await memo('Vejledningscafé', day(9));
    const decided = await memo('Fraværsteam', day(-10));
    await memo('Kladde', day(5));
    for (const m of [late, waiting, decided]) await call(ctx, 'memos.send', { id: m.id, sentOn: day(-20) });
    await call(ctx, 'memos.decide', { id: decided.id, decision: { date: day(-10), body: 'Økonomiudvalget', outcome: 'approved', text: 'Godkendt.' } });

    const items = await section('memosAwaitingDecision');
    expect(items.map((i) => [i.title, i.date, i.tone, i.detailKey, i.route])).toEqual([
      ['Erhvervsmentorkorps', day(-2), 'danger', 'overviewSections.detail.memoMeetingPassed', `memos/edit/${late.id}`],
      ['Vejledningscafé', day(9), 'info', 'overviewSections.detail.memoAwaiting', `memos/edit/${waiting.id}`],
    ]);
    expect(items[0]!.detail).toBe('Til Økonomiudvalget · mødet er holdt – registrér beslutningen');
    // The kind of recipient travels as its code; the screen says it in the reader's language.
    expect(items[0]!.detailValues).toEqual({ recipientKind: 'finance_committee' });
  });

  it('goals off track or at risk by the progress rule, off track first; goals on track or without data are left out', async () => {
    const goal = (name: string) =>
      call(ctx, 'goals.create', { name, kind: 'result', unit: 'percent', direction: 'higher', baselineValue: 80, baselineDate: day(-100), targetValue: 90, targetDate: day(100) });
    // Half-way in time: expected 50 % of the way.
    const off = await goal('Gennemførelse af ungdomsuddannelse');
    const risk = await goal('Unge i job eller uddannelse');
    const onTrack = await goal('Praktikpladser');
    await goal('Uden målinger');
    await call(ctx, 'measurements.add', { goalId: off.id, date: day(-1), value: 81 });
    await call(ctx, 'measurements.add', { goalId: risk.id, date: day(-1), value: 84 });
    await call(ctx, 'measurements.add', { goalId: onTrack.id, date: day(-1), value: 86 });

    const items = await section('goalsOffTrack');
    expect(items.map((i) => [i.title, i.tone, i.detailKey, i.route])).toEqual([
      ['Gennemførelse af ungdomsuddannelse', 'danger', 'overviewSections.detail.goalOffTrack', `goals/dashboard/${off.id}`],
      ['Unge i job eller uddannelse', 'warning', 'overviewSections.detail.goalAtRisk', `goals/dashboard/${risk.id}`],
    ]);
    expect(items[0]!.detailValues).toEqual({ progress: 10, expected: 50 });
  });
});
