import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { plusDays, todayIso } from '../../main/involvement/dates';
import { syncAutoInvolvements } from '../../main/involvement/involvementService';
import { call, ctxOf, memoryDb } from '../helpers/db';

let db: Database;
let ctx: ReturnType<typeof ctxOf>;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});

const org = (name: string, relation: 'core' | 'adhoc' | null = 'adhoc') =>
  call(ctx, 'organisations.create', { name, kind: 'labour_market_org', relation, relationReason: null, address: null, website: null, notes: null });

describe('involvement log', () => {
  it('logs by hand, shows the timeline newest first with the organisation’s people, and refuses unknown actors', async () => {
    const lbr = await org('Det lokale beskæftigelsesråd');
    const jens = await call(ctx, 'people.create', { name: 'Jens Øbro', title: 'Formand', organisationId: lbr.id, email: null, phone: null, notes: null, relation: 'adhoc', relationReason: null });
    await call(ctx, 'involvement.create', { actorKind: 'organisation', actorId: lbr.id, date: '2026-03-02', form: 'consulted', topic: 'Høring om praktikpladser', outcome: 'Positiv', followUpDate: '2026-04-01' });
    await call(ctx, 'involvement.create', { actorKind: 'person', actorId: jens.id, date: '2026-05-10', form: 'presented', topic: 'Oplæg på temamødet' });
    const timeline = await call(ctx, 'involvement.forActor', { actorKind: 'organisation', actorId: lbr.id });
    expect(timeline.items.map((i) => [i.date, i.actorName, i.form])).toEqual([
      ['2026-05-10', 'Jens Øbro', 'presented'],
      ['2026-03-02', 'Det lokale beskæftigelsesråd', 'consulted'],
    ]);
    expect(timeline.lastDate).toBe('2026-05-10');
    await expect(call(ctx, 'involvement.create', { actorKind: 'person', actorId: 999, date: '2026-05-10', form: 'other', topic: 'x' })).rejects.toThrow(/Aktøren findes ikke/);
    await expect(call(ctx, 'involvement.create', { actorKind: 'person', actorId: jens.id, date: '2026-13-10', form: 'other', topic: ' ' })).rejects.toThrow(/VALIDATION/);
  });

  it('a rule makes an actor overdue since last involvement + interval; a new involvement clears it', async () => {
    const today = todayIso();
    const lbr = await org('LBR');
    const never = await org('Produktionsskolen');
    await call(ctx, 'involvement.setRule', { actorKind: 'organisation', actorId: lbr.id, intervalDays: 90 });
    await call(ctx, 'involvement.create', { actorKind: 'organisation', actorId: lbr.id, date: plusDays(today, -120), form: 'invited', topic: 'Temamøde' });
    let status = await call(ctx, 'involvement.status', {});
    expect(status.overdue).toHaveLength(1);
    expect(status.overdue[0]).toMatchObject({ name: 'LBR', dueSince: plusDays(today, -30), daysOverdue: 30, intervalDays: 90 });
    expect(status.never.map((n) => n.actorId)).toEqual([never.id]);
    const sections = await call(ctx, 'overview.sections', {});
    expect(sections.find((s) => s.key === 'involvementOverdue')?.items.map((i) => i.route)).toEqual([`actors/organisations/${lbr.id}`]);
    expect(sections.find((s) => s.key === 'upcomingMeetings')).toMatchObject({ available: true, items: [] });

    await call(ctx, 'involvement.create', { actorKind: 'organisation', actorId: lbr.id, date: today, form: 'consulted', topic: 'Telefonsamtale' });
    status = await call(ctx, 'involvement.status', {});
    expect(status.overdue).toEqual([]);
    const after = await call(ctx, 'involvement.forActor', { actorKind: 'organisation', actorId: lbr.id });
    expect(after.dueDate).toBe(plusDays(today, 90));
    await call(ctx, 'involvement.setRule', { actorKind: 'organisation', actorId: lbr.id, intervalDays: null });
    expect((await call(ctx, 'involvement.forActor', { actorKind: 'organisation', actorId: lbr.id })).intervalDays).toBeNull();
  });

  it('automatic records follow their source: replaced on sync, removed when cancelled, not editable by hand', async () => {
    const a = await org('UU Center-Syd');
    const b = await org('TEC');
    // A fake meeting (source 'meeting_invitation' 7) inviting both, as the meetings feature will do.
    await db.tx((m) =>
      syncAutoInvolvements(m, 'meeting_invitation', 7, [
        { actorKind: 'organisation', actorId: a.id, date: '2026-04-15', form: 'invited', topic: 'Temamøde om praktik' },
        { actorKind: 'organisation', actorId: b.id, date: '2026-04-15', form: 'invited', topic: 'Temamøde om praktik' },
      ]),
    );
    const manual = await call(ctx, 'involvement.create', { actorKind: 'organisation', actorId: a.id, date: '2026-04-01', form: 'data_request', topic: 'Tal for frafald' });
    let items = (await call(ctx, 'involvement.forActor', { actorKind: 'organisation', actorId: a.id })).items;
    expect(items.map((i) => [i.topic, i.auto, i.sourceKind])).toEqual([
      ['Temamøde om praktik', true, 'meeting_invitation'],
      ['Tal for frafald', false, null],
    ]);
    await expect(call(ctx, 'involvement.delete', { id: items[0]!.id })).rejects.toThrow(/CONFLICT/);

    // B's invitation is cancelled: only A remains; then the meeting is cancelled altogether.
    await db.tx((m) => syncAutoInvolvements(m, 'meeting_invitation', 7, [{ actorKind: 'organisation', actorId: a.id, date: '2026-04-15', form: 'invited', topic: 'Temamøde om praktik' }]));
    expect((await call(ctx, 'involvement.forActor', { actorKind: 'organisation', actorId: b.id })).items).toEqual([]);
    await db.tx((m) => syncAutoInvolvements(m, 'meeting_invitation', 7, []));
    items = (await call(ctx, 'involvement.forActor', { actorKind: 'organisation', actorId: a.id })).items;
    expect(items.map((i) => i.id)).toEqual([manual.id]);
  });

  it('an automatic invitation clears an overdue rule, and cancelling it brings the overdue back', async () => {
    const today = todayIso();
    const lbr = await org('LBR');
    await call(ctx, 'involvement.setRule', { actorKind: 'organisation', actorId: lbr.id, intervalDays: 90 });
    await call(ctx, 'involvement.create', { actorKind: 'organisation', actorId: lbr.id, date: plusDays(today, -120), form: 'consulted', topic: 'Første møde' });
    expect((await call(ctx, 'involvement.status', {})).overdue.map((o) => o.actorId)).toEqual([lbr.id]);
    await db.tx((m) => syncAutoInvolvements(m, 'meeting_invitation', 3, [{ actorKind: 'organisation', actorId: lbr.id, date: today, form: 'invited', topic: 'Temamøde' }]));
    expect((await call(ctx, 'involvement.status', {})).overdue).toEqual([]);
    await db.tx((m) => syncAutoInvolvements(m, 'meeting_invitation', 3, []));
    expect((await call(ctx, 'involvement.status', {})).overdue.map((o) => o.actorId)).toEqual([lbr.id]);
  });

  it('the matrix counts per month and quarter and filters by relation and body', async () => {
    const core = await org('Gymnasiet', 'core');
    const adhoc = await org('3F', 'adhoc');
    const board = await call(ctx, 'bodies.create', { name: 'Advisory Board', kind: 'advisory_board', description: null });
    await call(ctx, 'memberships.add', { bodyId: board.id, organisationId: adhoc.id, personId: null, role: 'member', fromDate: null, toDate: null });
    for (const date of ['2026-01-05', '2026-01-20', '2026-05-01']) await call(ctx, 'involvement.create', { actorKind: 'organisation', actorId: adhoc.id, date, form: 'consulted', topic: 'x' });
    await call(ctx, 'involvement.create', { actorKind: 'organisation', actorId: core.id, date: '2025-12-31', form: 'consulted', topic: 'sidste år' });
    const months = await call(ctx, 'involvement.matrix', { year: 2026 });
    expect(months.columns).toHaveLength(12);
    expect(months.rows.map((r) => [r.name, r.counts[0], r.counts[4], r.total])).toEqual([
      ['3F', 2, 1, 3],
      ['Gymnasiet', 0, 0, 0],
    ]);
    expect(months.max).toBe(2);
    const q = await call(ctx, 'involvement.matrix', { year: 2026, granularity: 'quarter', relation: 'adhoc' });
    expect(q.rows.map((r) => [r.name, r.counts])).toEqual([['3F', [2, 1, 0, 0]]]);
    expect((await call(ctx, 'involvement.matrix', { year: 2026, bodyId: board.id })).rows.map((r) => r.name)).toEqual(['3F']);
  });
});
