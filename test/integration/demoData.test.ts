import { differenceInCalendarDays, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/app/clock';
import { loadDemoData } from '../../main/demo/demoData';
import { call, ctxOf, memoryDb } from '../helpers/db';

/** The demo on a database with a pinned clock; its handler context shares that clock. */
async function demoAt(at: string) {
  const db = await memoryDb();
  const clock = fixedClock(at);
  await loadDemoData(db, clock);
  return { db, ctx: { ...ctxOf(db), clock }, today: clock.today() };
}

const offset = (today: string, date: string) => differenceInCalendarDays(parseISO(date), parseISO(today));

// Two Wednesdays in different months and years: a demo anchored to a calendar would not line up.
const A = '2026-12-09T10:00:00+01:00';
const B = '2031-04-16T10:00:00+02:00';

/** Every place name in the seed documents that is not Hvidovre. */
const OTHER_PLACES = /Vendsyssel|Aalborg|Hjørring|Fyn|Funen|Odense|Faaborg|Svendborg|Nyborg|Vestsjælland|Ringsted|Sorø|Slagelse|Horsens|Norddjurs|Brøndby|Albertslund|Ishøj|Vallensbæk|Frederiksberg/;

describe('demo data dated from today, in one partnership', () => {
  it('with two different todays, the one-off meetings fall on the same offsets from today, and the steering group keeps its rhythm around today', async () => {
    const runs = await Promise.all([A, B].map(demoAt));
    const shapes = await Promise.all(
      runs.map(async ({ ctx, today, db }) => {
        const items = (await call(ctx, 'meetings.list', {})).items;
        const oneOff = items.filter((m) => m.type !== 'steering_group').map((m) => [m.title, offset(today, m.date), m.status] as const).sort((x, y) => x[1] - y[1]);
        const steering = items.filter((m) => m.type === 'steering_group').map((m) => offset(today, m.date)).sort((x, y) => x - y);
        await db.close();
        return { oneOff, steering };
      }),
    );
    const [a, b] = shapes as [(typeof shapes)[0], (typeof shapes)[0]];
    expect(a.oneOff.length).toBeGreaterThanOrEqual(6);
    expect(b.oneOff).toEqual(a.oneOff);
    // Held in the past, coming in the future, and nothing more than a year away.
    expect(a.oneOff.filter(([, d]) => d < 0).map(([, , s]) => s)).toEqual(['minutes_approved', 'minutes_approved', 'minutes_approved', 'held']);
    expect(a.oneOff.filter(([, d]) => d > 0).length).toBeGreaterThanOrEqual(2);
    expect(a.oneOff.every(([, d]) => Math.abs(d) < 366)).toBe(true);
    // The steering group meets on the first Tuesday every other month: the same number before and after today, each within a month of the other run's.
    expect(b.steering.length).toBe(a.steering.length);
    expect(b.steering.filter((d) => d < 0).length).toBe(a.steering.filter((d) => d < 0).length);
    for (const [i, d] of a.steering.entries()) expect(Math.abs(d - b.steering[i]!)).toBeLessThanOrEqual(31);
  });

  it('looks current on the overview: approved minutes, coming meetings, memos sent in the last weeks, action items overdue and due soon, key figures for recent years', async () => {
    const { ctx, today, db } = await demoAt(A);
    const meetings = (await call(ctx, 'meetings.list', {})).items;
    const approved = meetings.filter((m) => m.status === 'minutes_approved');
    expect(approved.length).toBeGreaterThanOrEqual(3);
    const approvedKickoff = await call(ctx, 'meetings.get', { id: approved.find((m) => m.type === 'kickoff_workshop')!.id });
    expect(approvedKickoff.decisions.length).toBeGreaterThan(0);

    const sections = new Map((await call(ctx, 'overview.sections', {})).map((s) => [s.key, s]));
    expect(sections.get('upcomingMeetings')!.items.map((i) => i.title)).toContain('Partnerskabsmøde: Status og næste skridt');
    const actions = sections.get('actionItems')!.items;
    expect(actions.some((i) => i.date! < today)).toBe(true);
    expect(actions.some((i) => i.date! >= today && offset(today, i.date!) <= 14)).toBe(true);
    // No action item overdue for more than a season.
    expect(actions.every((i) => offset(today, i.date!) > -90)).toBe(true);

    const memos = sections.get('memosAwaitingDecision')!.items;
    expect(memos.map((i) => i.title)).toEqual(['Erhvervsmentorkorps for unge i Hvidovre']);
    const { items } = await call(ctx, 'memos.list', {});
    for (const m of items) {
      const full = await call(ctx, 'memos.get', { id: m.id });
      expect(offset(today, full.memoDate!), m.title).toBeGreaterThan(-90);
      expect(offset(today, full.memoDate!), m.title).toBeLessThanOrEqual(0);
    }

    const year = Number(today.slice(0, 4));
    const figures = await call(ctx, 'keyFigures.table', { fromYear: year - 2, toYear: year });
    expect(figures.find((f) => f.name === 'Antal individuelle vejledninger')!.years.map((y) => y.value)).toEqual([1402, 1488, 1547]);
    const goals = (await call(ctx, 'goals.list', { asOf: today })).items;
    expect(goals.map((g) => g.progress.status).sort()).toEqual(['at_risk', 'at_risk', 'on_track', 'on_track']);
    await db.close();
  });

  it('every place in the demo is in Hvidovre, and no other municipality from the seeds is named anywhere', async () => {
    const { ctx, db } = await demoAt(A);
    const settings = await call(ctx, 'settings.get', {});
    expect(settings).toMatchObject({ partnershipName: 'Ungepartnerskabet i Hvidovre', municipality: 'Hvidovre Kommune' });
    const places = (await call(ctx, 'meetings.list', {})).items.map((m) => m.place);
    expect(places.length).toBeGreaterThan(6);
    for (const p of places) expect(p).toMatch(/Hvidovre|Avedøre|Enghøj|TEC|Rådhus|Børne- og Velfærdsforvaltningen/);
    const orgs = (await call(ctx, 'organisations.list', { limit: 500 })).items;
    const addresses: string[] = [];
    for (const o of orgs) {
      const { address } = await call(ctx, 'organisations.get', { id: o.id });
      if (address) addresses.push(address);
    }
    expect(addresses.length).toBeGreaterThan(8);
    for (const a of addresses) expect(a).toMatch(/2650 Hvidovre$/);

    // Every text column of every table: no place from another seed.
    for (const name of db.ds.entityMetadatas.map((e) => e.tableName)) {
      const rows: Record<string, unknown>[] = await db.ds.query(`SELECT * FROM "${name}"`);
      for (const row of rows) for (const v of Object.values(row)) if (typeof v === 'string') expect(v, name).not.toMatch(OTHER_PLACES);
    }
    await db.close();
  });
});
