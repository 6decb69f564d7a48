import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { plusDays, todayIso } from '../../main/involvement/dates';
import { INVOLVEMENT_STATUS_CAP, OVERVIEW_CAP } from '../../preload/contract';
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
const involve = (actorKind: 'organisation' | 'person', actorId: number, date: string) => call(ctx, 'involvement.create', { actorKind, actorId, date, form: 'consulted', topic: 'Høring om praktikpladser' });
const org = (name: string, relation: 'adhoc' | 'core' = 'adhoc') => call(ctx, 'organisations.create', { name, kind: 'company', relation });

/**
 * Issue 17: the status reads the first page of each list and counts the rest (at region scale thousands
 * of ad hoc organisations were never involved). The lists are the same as the whole lists' beginnings.
 */
describe('involvement status: the first of each list and totals', () => {
  it('gives the same entries as the whole list, in the same order, with totals; the overview shows them', async () => {
    // More ad hoc organisations never involved than fit on a page, named so that Danish order matters.
    const prefixes = ['Aabenraa', 'Ærø', 'Øster', 'Ålborg', 'Bøgh', 'Zealand', 'Ebeltoft'];
    for (let i = 0; i < INVOLVEMENT_STATUS_CAP + 8; i++) await org(`${prefixes[i % prefixes.length]} Værksted ${String(i).padStart(2, '0')}`);
    const ownPast = await org('Askov Efterskole');
    await involve('organisation', ownPast.id, day(-3));
    const viaPerson = await org('Brøndby Erhvervsråd');
    const bo = await call(ctx, 'people.create', { name: 'Bo Ærenlund', organisationId: viaPerson.id });
    await involve('person', bo.id, day(-400));
    const viaTrashed = await org('Comwell Kolding');
    const gone = await call(ctx, 'people.create', { name: 'Gunnar Østergaard', organisationId: viaTrashed.id });
    await involve('person', gone.id, day(-10));
    await call(ctx, 'people.delete', { id: gone.id });
    const onlyPlanned = await org('Dansk Byggeri');
    await involve('organisation', onlyPlanned.id, day(20));
    const trashed = await org('Esbjerg Havn');
    await call(ctx, 'organisations.delete', { id: trashed.id });
    await org('Fjordkraft', 'core');
    // With a rule: listed first when never involved, once; overdue by how long.
    const ruled = await org('Grenaa Gymnasium');
    await call(ctx, 'involvement.setRule', { actorKind: 'organisation', actorId: ruled.id, intervalDays: 30 });
    const aase = await call(ctx, 'people.create', { name: 'Åse Kjærgaard' });
    await call(ctx, 'involvement.setRule', { actorKind: 'person', actorId: aase.id, intervalDays: 60 });
    const late: number[] = [];
    for (const [name, last] of [['Hvidovre Kommune', -100], ['Ishøj Ungdomsskole', -300], ['Jobcenter Køge', -50]] as const) {
      const o = await org(name, 'core');
      await involve('organisation', o.id, day(last));
      await call(ctx, 'involvement.setRule', { actorKind: 'organisation', actorId: o.id, intervalDays: 30 });
      late.push(o.id);
    }

    const whole = await call(ctx, 'involvement.status', { limit: 1000 });
    // The whole never list by the public API: ad hoc organisations without a rule whose log (with their live people) has no past date.
    const adhoc = (await call(ctx, 'organisations.list', { relation: 'adhoc', limit: 1000 })).items.filter((o) => o.id !== ruled.id);
    const neverByLog: string[] = [];
    for (const o of adhoc) if ((await call(ctx, 'involvement.forActor', { actorKind: 'organisation', actorId: o.id, limit: 1 })).lastDate === null) neverByLog.push(o.name);
    expect(whole.never.map((n) => n.name)).toEqual(['Åse Kjærgaard', 'Grenaa Gymnasium'].sort((a, b) => a.localeCompare(b, 'da')).concat(neverByLog.sort((a, b) => a.localeCompare(b, 'da'))));
    expect(neverByLog).toHaveLength(INVOLVEMENT_STATUS_CAP + 8 + 2);
    expect(neverByLog).toEqual(expect.arrayContaining(['Comwell Kolding', 'Dansk Byggeri']));
    expect(whole.neverTotal).toBe(whole.never.length);
    expect(whole.never.slice(0, 2).map((n) => n.intervalDays)).toEqual([30, 60]);
    expect(whole.overdue.map((o) => [o.actorId, o.daysOverdue])).toEqual([[late[1], 270], [late[0], 70], [late[2], 20]]);
    expect(whole.overdueTotal).toBe(3);

    // A page: the whole list's beginning; more than the page, so not counted past it.
    const first = await call(ctx, 'involvement.status', {});
    expect(first.never).toEqual(whole.never.slice(0, INVOLVEMENT_STATUS_CAP));
    expect(first.neverTotal).toBeNull();
    expect(first.overdue).toEqual(whole.overdue);
    expect(first.overdueTotal).toBe(3);
    // Exactly as many as the list has: counted.
    expect((await call(ctx, 'involvement.status', { limit: whole.never.length })).neverTotal).toBe(whole.never.length);
    expect((await call(ctx, 'involvement.status', { limit: whole.never.length - 1 })).neverTotal).toBeNull();

    // The actors with a rule fill the page: the ad hoc organisations behind them still say "more".
    const two = await call(ctx, 'involvement.status', { limit: 2 });
    expect(two).toEqual({ overdue: whole.overdue.slice(0, 2), overdueTotal: 3, never: whole.never.slice(0, 2), neverTotal: null });
    const three = await call(ctx, 'involvement.status', { limit: 3 });
    expect(three.never).toEqual(whole.never.slice(0, 3));

    const sections = await call(ctx, 'overview.sections', {});
    const section = (key: string) => sections.find((s) => s.key === key)!;
    expect(section('involvementNever')).toMatchObject({ total: OVERVIEW_CAP, more: true });
    expect(section('involvementNever').items.map((i) => i.key)).toEqual(whole.never.slice(0, OVERVIEW_CAP).map((n) => `never-${n.actorKind}-${n.actorId}`));
    expect(section('involvementOverdue').more).toBeUndefined();
    expect(section('involvementOverdue').total).toBe(3);
    expect(section('involvementOverdue').items.map((i) => i.title)).toEqual(['Ishøj Ungdomsskole', 'Hvidovre Kommune', 'Jobcenter Køge']);
  });

  it('counts the never involved when they fit on the page', async () => {
    const a = await org('Ærø Kommune');
    await org('Bornholms Erhvervsskole');
    const p = await call(ctx, 'people.create', { name: 'Åse Kjærgaard', organisationId: a.id });
    await involve('person', p.id, day(-1));
    expect(await call(ctx, 'involvement.status', {})).toMatchObject({ never: [{ name: 'Bornholms Erhvervsskole', intervalDays: null }], neverTotal: 1, overdueTotal: 0 });
    expect((await call(ctx, 'overview.sections', {})).find((s) => s.key === 'involvementNever')).toMatchObject({ total: 1, items: [{ title: 'Bornholms Erhvervsskole' }] });
  });

  it('refuses a page size beyond 1000 and answers empty lists on an empty register', async () => {
    await expect(call(ctx, 'involvement.status', { limit: 5000 })).rejects.toMatchObject({ apiError: { code: 'VALIDATION' } });
    expect(await call(ctx, 'involvement.status', {})).toEqual({ overdue: [], overdueTotal: 0, never: [], neverTotal: 0 });
  });
});
