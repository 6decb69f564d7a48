import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { dispatch } from '../../main/api/dispatch';
import type { HandlerContext } from '../../main/api/handlers';
import { call, ctxOf, memoryDb } from '../helpers/db';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});

async function errorOf(name: string, input: unknown) {
  const env = await dispatch(ctx, name, input, () => undefined);
  if (env.ok) throw new Error(`${name} succeeded`);
  return env.error;
}

const mentorCorpsMemo = { title: 'Erhvervsmentorkorps for unge', recipientKind: 'finance_committee', memoDate: '2014-01-06' } as const;
const goal = { name: '95 % af en årgang gennemfører en ungdomsuddannelse', kind: 'result', unit: 'percent', direction: 'higher', baselineValue: 85, baselineDate: '2019-01-31', targetValue: 95, targetDate: '2025-12-31' } as const;
const meeting = { title: 'Temamøde om praktik', type: 'theme_meeting', date: '2013-04-30', startTime: '13:00', endTime: '16:00' } as const;

describe('issue 12 point 1: only real calendar dates and HH:MM times get in', () => {
  it('refuses 2013-02-30, 2013-04-31, 2014-02-29 and 2019-02-31 with a field message', async () => {
    const cases: [string, unknown, string][] = [
      ['milestones.create', { title: 'x', date: '2013-02-30', kind: 'other' }, 'date'],
      ['meetings.create', { data: { ...meeting, date: '2013-04-31' } }, 'data.date'],
      ['memos.create', { ...mentorCorpsMemo, memoDate: '2014-02-29' }, 'memoDate'],
      ['goals.create', { ...goal, baselineDate: '2019-02-31' }, 'baselineDate'],
      ['meetings.create', { data: { ...meeting, startTime: '24:00', endTime: '24:30' } }, 'data.startTime'],
    ];
    for (const [name, input, field] of cases) {
      const e = await errorOf(name, input);
      expect(e.code, name).toBe('VALIDATION');
      expect(e.fieldErrors?.[field]?.[0], name).toMatch(/findes ikke|TT:MM/);
    }
    // Leap days that exist still pass.
    await call(ctx, 'milestones.create', { title: 'Skuddag', date: '2016-02-29', kind: 'other' });
    expect((await call(ctx, 'dateCheck.list', {})).length).toBe(0);
  });

  it('a file saved by an older version with impossible dates: each document names the object to fix, and Indstillinger lists them', async () => {
    await call(ctx, 'milestones.create', { title: 'Frist for ansøgning', date: '2013-02-28', kind: 'other' });
    const m = await call(ctx, 'meetings.create', { data: meeting });
    const memo = await call(ctx, 'memos.create', { ...mentorCorpsMemo, memoDate: '2014-02-28' });
    await call(ctx, 'goals.create', { ...goal, baselineDate: '2019-02-28' });
    // What Date.parse let through before: write it as an older version would have.
    await db.ds.query(`UPDATE milestone SET date = '2013-02-30'`);
    await db.ds.query(`UPDATE meeting SET date = '2013-04-31'`);
    await db.ds.query(`UPDATE memo SET memo_date = '2014-02-29'`);
    await db.ds.query(`UPDATE goal SET baseline_date = '2019-02-31'`);

    const docs: [string, unknown, RegExp][] = [
      ['wheel.pdf', { year: 2013 }, /Milepælen »Frist for ansøgning« har datoen 2013-02-30/],
      ['meetings.agendaPdf', { id: m.id }, /Mødet »Temamøde om praktik« har datoen 2013-04-31/],
      ['meetings.ics', { id: m.id }, /Mødet »Temamøde om praktik« har datoen 2013-04-31/],
      ['memos.pdf', { id: memo.id }, /Beslutningsoplægget »Erhvervsmentorkorps.*« har datoen 2014-02-29/],
      ['statusReport.pdf', { fromDate: '2019-01-01', toDate: '2019-12-31' }, /Målet »95 % af en årgang.*« har datoen 2019-02-31/],
    ];
    for (const [name, input, message] of docs) {
      const e = await errorOf(name, input);
      expect(e.code, name).toBe('VALIDATION');
      expect(e.message, name).toMatch(message);
    }
    const listed = await call(ctx, 'dateCheck.list', {});
    expect(listed.map((p) => [p.kind, p.field, p.value]).sort()).toEqual(
      [['goal', 'baseline_date', '2019-02-31'], ['meeting', 'date', '2013-04-31'], ['memo', 'memo_date', '2014-02-29'], ['milestone', 'date', '2013-02-30']].sort(),
    );
    // Fixing the date through the normal form makes the document work again.
    await call(ctx, 'milestones.update', { id: 1, data: { title: 'Frist for ansøgning', date: '2013-02-28', kind: 'other' } });
    await call(ctx, 'meetings.update', { id: m.id, data: meeting });
    expect((await call(ctx, 'dateCheck.list', {})).map((p) => p.kind).sort()).toEqual(['goal', 'memo']);
    expect((await call(ctx, 'wheel.pdf', { year: 2013 })).fileName).toContain('2013');
  });
});
