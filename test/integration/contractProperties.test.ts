import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { dispatch } from '../../main/api/dispatch';
import type { HandlerContext } from '../../main/api/handlers';
import { fixedClock } from '../../main/app/clock';
import { ctxOf, memoryDb } from '../helpers/db';
import { dumpHash } from '../reliability/dbDump';
import { tableChecks } from '../../db/transfer';

/**
 * Issue 12 point 6: generated valid write sequences, each state followed by every document of the
 * objects touched, never give INTERNAL; generated invalid payloads give VALIDATION with a message and
 * leave the database as it was.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const dateArb = fc.date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const timeArb = fc.tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`);
// Danish letters, markup, quotes, long words, emoji: what users type.
const textArb = fc.oneof(
  fc.constantFrom('Temamøde om frafald', 'Årsmøde i Ærø', 'Styregruppe «UU»', '<b>fed</b> & "citat"', 'Ønsker: 95 % gennemfører', '🎓 Ungegaranti', 'Ålborg–Øster'),
  fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0 && !s.includes('\u0000')),
);

type Cmd =
  | { k: 'milestone'; title: string; date: string }
  | { k: 'meeting'; title: string; date: string; start: string; minutes: number; standard: boolean }
  | { k: 'item'; meeting: number; title: string; minutes: number }
  | { k: 'action'; meeting: number; what: string; dueDays: number | null }
  | { k: 'memo'; title: string; date: string }
  | { k: 'send'; memo: number }
  | { k: 'goal'; name: string; date: string; years: number }
  | { k: 'measure'; goal: number; date: string; value: number };

const cmdArb: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ k: fc.constant('milestone' as const), title: textArb, date: dateArb }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('meeting' as const), title: textArb, date: dateArb, start: timeArb, minutes: fc.integer({ min: 15, max: 300 }), standard: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('item' as const), meeting: fc.nat(), title: textArb, minutes: fc.integer({ min: 0, max: 400 }) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('action' as const), meeting: fc.nat(), what: textArb, dueDays: fc.option(fc.integer({ min: 0, max: 400 })) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('memo' as const), title: textArb, date: dateArb }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('send' as const), memo: fc.nat() }) },
  // The status report is the heaviest document: goals and measurements come less often.
  { weight: 1, arbitrary: fc.record({ k: fc.constant('goal' as const), name: textArb, date: dateArb, years: fc.integer({ min: 1, max: 10 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('measure' as const), goal: fc.nat(), date: dateArb, value: fc.double({ min: -1000, max: 1000, noNaN: true }) }) },
);

const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface World {
  meetings: { id: number; date: string }[];
  memos: number[];
  goals: { id: number; year: number }[];
  years: Set<number>;
}

let db: Database;
let ctx: HandlerContext;
async function freshDb() {
  db = await memoryDb();
  ctx = { ...ctxOf(db), clock: fixedClock('2026-06-01T10:00:00+02:00') };
}
afterEach(() => db?.close());

const internals: string[] = [];
async function run(name: string, input: unknown) {
  const env = await dispatch(ctx, name, input, () => undefined);
  if (!env.ok && env.error.code === 'INTERNAL') internals.push(`${name} ${JSON.stringify(input).slice(0, 300)}`);
  return env;
}

async function apply(w: World, c: Cmd) {
  const pick = <T,>(list: T[], n: number) => (list.length ? list[n % list.length] : undefined);
  switch (c.k) {
    case 'milestone': {
      const env = await run('milestones.create', { title: c.title, date: c.date, kind: 'other' });
      if (env.ok) w.years.add(Number(c.date.slice(0, 4)));
      return;
    }
    case 'meeting': {
      const [h, m] = c.start.split(':').map(Number) as [number, number];
      const end = Math.min(h * 60 + m + c.minutes, 23 * 60 + 59);
      const env = await run('meetings.create', { data: { title: c.title, type: 'theme_meeting', date: c.date, startTime: c.start, endTime: `${pad(Math.floor(end / 60))}:${pad(end % 60)}` }, standardItems: c.standard });
      if (env.ok) w.meetings.push({ id: (env.data as { id: number }).id, date: c.date });
      return;
    }
    case 'item': {
      const mt = pick(w.meetings, c.meeting);
      if (mt) await run('agenda.add', { meetingId: mt.id, data: { title: c.title, durationMinutes: c.minutes } });
      return;
    }
    case 'action': {
      const mt = pick(w.meetings, c.meeting);
      if (mt) await run('actionItems.add', { meetingId: mt.id, what: c.what, dueDate: c.dueDays === null ? null : plusDays(mt.date, c.dueDays) });
      return;
    }
    case 'memo': {
      const env = await run('memos.create', { title: c.title, recipientKind: 'finance_committee', memoDate: c.date });
      if (env.ok) w.memos.push((env.data as { id: number }).id);
      return;
    }
    case 'send': {
      const id = pick(w.memos, c.memo);
      if (id) await run('memos.send', { id });
      return;
    }
    case 'goal': {
      const target = `${Number(c.date.slice(0, 4)) + c.years}${c.date.slice(4, 10) === '-02-29' ? '-02-28' : c.date.slice(4)}`;
      const env = await run('goals.create', { name: c.name, kind: 'result', unit: 'percent', direction: 'higher', baselineValue: 80, baselineDate: c.date, targetValue: 95, targetDate: target });
      if (env.ok) w.goals.push({ id: (env.data as { id: number }).id, year: Number(c.date.slice(0, 4)) });
      return;
    }
    case 'measure': {
      const g = pick(w.goals, c.goal);
      if (g) await run('measurements.add', { goalId: g.id, date: c.date, value: c.value });
      return;
    }
  }
}

/** Every document of what the command touched (and the year-wide ones for its years). */
async function documents(w: World, c: Cmd) {
  const out: [string, unknown][] = [];
  if (c.k === 'meeting' || c.k === 'item' || c.k === 'action') {
    for (const m of w.meetings.slice(-1)) out.push(['meetings.agendaPdf', { id: m.id }], ['meetings.minutesPdf', { id: m.id }], ['meetings.ics', { id: m.id }]);
    if (c.k === 'action') out.push(['actionItems.exportXlsx', { status: 'all' }]);
  }
  if (c.k === 'memo' || c.k === 'send') for (const id of w.memos.slice(-1)) out.push(['memos.pdf', { id }]);
  if (c.k === 'goal' || c.k === 'measure') {
    const g = w.goals.at(-1);
    if (g) out.push(['statusReport.pdf', { fromDate: `${g.year}-01-01`, toDate: `${g.year}-12-31` }], ['statusReport.xlsx', { fromDate: `${g.year}-01-01`, toDate: `${g.year}-12-31` }]);
  }
  if (c.k === 'milestone' || c.k === 'meeting') {
    const year = c.date.slice(0, 4);
    if (Number(year) >= 2000 && Number(year) <= 2100) out.push(['wheel.pdf', { year: Number(year) }]);
  }
  let produced = 0;
  for (const [name, input] of out) {
    const env = await run(name, input);
    if (env.ok) produced++;
  }
  return produced;
}

describe('contract properties (fast-check)', () => {
  it('≥ 200 generated states of valid writes, each followed by every document of the objects touched: 0 INTERNAL', async () => {
    let states = 0;
    let docs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(cmdArb, { minLength: 7, maxLength: 7 }), async (cmds) => {
        db?.close();
        await freshDb();
        const w: World = { meetings: [], memos: [], goals: [], years: new Set() };
        for (const c of cmds) {
          await apply(w, c);
          docs += await documents(w, c);
          states++;
        }
        expect(internals).toEqual([]);
      }),
      { numRuns: 29, seed: 12, endOnFailure: true },
    );
    expect(states).toBeGreaterThanOrEqual(200);
    expect(docs).toBeGreaterThan(200);
    expect(internals).toEqual([]);
  }, 300_000);

  it('generated invalid payloads: VALIDATION with a message and field errors, database unchanged', async () => {
    await freshDb();
    const m = await dispatch(ctx, 'meetings.create', { data: { title: 'Temamøde', type: 'theme_meeting', date: '2013-04-16', startTime: '13:00', endTime: '16:00' } });
    expect(m.ok).toBe(true);
    await dispatch(ctx, 'actionItems.add', { meetingId: 1, what: 'Kortlægge praktikpladser' });
    // Every table's rows, hashed: the SQLite dump on a file, the per-table checks on a server.
    const hash = async () => (db.engine === 'sqlite' ? dumpHash(db.raw()) : JSON.stringify(await tableChecks(db)));
    const before = await hash();
    const badDate = fc.oneof(
      fc.constantFrom('2013-02-30', '2013-04-31', '2014-02-29', '2019-02-31', '2021-13-01', '2021-00-10', '0000-01-01', '20130101', '13-01-2013', '', ' 2013-01-01'),
      fc.tuple(fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 31 }))
        .filter(([y, m, d]) => d > new Date(Date.UTC(y, m, 0)).getUTCDate())
        .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
    );
    const badTime = fc.oneof(fc.constantFrom('24:00', '23:60', '7:00', '07:0', '0700', '', '25:15', '12:30:00'), fc.string({ maxLength: 6 }).filter((s) => !/^([01]\d|2[0-3]):[0-5]\d$/.test(s)));
    const payload = fc.oneof(
      badDate.map((date) => ['milestones.create', { title: 'Frist', date, kind: 'other' }] as const),
      badDate.map((date) => ['meetings.create', { data: { title: 'Møde', type: 'theme_meeting', date, startTime: '13:00', endTime: '16:00' } }] as const),
      badTime.map((startTime) => ['meetings.create', { data: { title: 'Møde', type: 'theme_meeting', date: '2013-04-16', startTime, endTime: '16:00' } }] as const),
      badDate.map((memoDate) => ['memos.create', { title: 'Oplæg', recipientKind: 'finance_committee', memoDate }] as const),
      badDate.map((baselineDate) => ['goals.create', { name: 'Mål', kind: 'result', unit: 'percent', direction: 'higher', baselineValue: 80, baselineDate, targetValue: 95, targetDate: '2030-01-01' }] as const),
      badDate.filter((d) => d !== '').map((doneDate) => ['actionItems.setStatus', { id: 1, status: 'done', doneDate }] as const),
      badDate.filter((d) => d !== '').map((date) => ['involvement.create', { actorKind: 'person', actorId: 1, date, form: 'meeting', topic: 'x' }] as const),
      fc.constantFrom(['actionItems.setStatus', { id: 1, status: 'dropped' }] as const, ['meetings.create', { data: { title: 'Møde', type: 'theme_meeting', date: '2013-04-16', startTime: '16:00', endTime: '13:00' } }] as const),
    );
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(payload, async ([name, input]) => {
        tried++;
        const env = await dispatch(ctx, name, input, () => undefined);
        expect(env.ok, `${name} ${JSON.stringify(input)}`).toBe(false);
        if (env.ok) return;
        expect(env.error.code).toBe('VALIDATION');
        expect(env.error.message.length).toBeGreaterThan(5);
        expect(Object.values(env.error.fieldErrors ?? {}).flat().length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 12 },
    );
    expect(tried).toBeGreaterThanOrEqual(300);
    expect(await hash()).toBe(before);
  }, 60_000);
});
