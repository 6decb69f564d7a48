import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { fixedClock } from '../../main/app/clock';
import type { ChannelInput, ChannelName } from '../../preload/contract';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { testEngine } from '../helpers/pgTestDb';

/**
 * Issue 16 beyond meetings: organisations, people, bodies, initiatives, goals, decision memos and
 * milestones carry a version; a save or delete on an older one is refused naming who and when, the
 * right version goes through and counts one up. Both engines.
 */
let db: Database;
let lise: HandlerContext;
let jonas: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  lise = { ...ctxOf(db), user: 'Lise Brønnum', clock: fixedClock('2026-03-02T09:05:00+01:00') };
  jonas = { ...ctxOf(db), user: 'Jonas Kjær', clock: fixedClock('2026-03-02T09:15:00+01:00') };
});
afterEach(() => db.close());

async function refused(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    const e = (err as { apiError?: { code: string; message: string } }).apiError;
    expect(e?.code).toBe('CONFLICT');
    return e!.message;
  }
  throw new Error('the stale save was accepted');
}

type Versioned = { id: number; version: number; updatedBy: string | null };
interface Case {
  what: string;
  create: () => Promise<Versioned>;
  update: (id: number, version: number, n: number) => [ChannelName, unknown];
  remove: (id: number, version: number) => [ChannelName, unknown];
  get: (id: number) => Promise<Versioned>;
}

const run = (ctx: HandlerContext, [name, input]: [ChannelName, unknown]) => call(ctx, name, input as ChannelInput<typeof name>) as Promise<unknown>;

const cases: Case[] = [
  {
    what: 'organisationen',
    create: () => call(lise, 'organisations.create', { name: 'Hvidovre Gymnasium', kind: 'upper_secondary_school' }),
    update: (id, version, n) => ['organisations.update', { id, version, data: { name: `Hvidovre Gymnasium ${n}`, kind: 'upper_secondary_school' } }],
    remove: (id, version) => ['organisations.delete', { id, version }],
    get: (id) => call(lise, 'organisations.get', { id }),
  },
  {
    what: 'personen',
    create: () => call(lise, 'people.create', { name: 'Åse Kjærgaard' }),
    update: (id, version, n) => ['people.update', { id, version, data: { name: `Åse Kjærgaard ${n}` } }],
    remove: (id, version) => ['people.delete', { id, version }],
    get: (id) => call(lise, 'people.get', { id }),
  },
  {
    what: 'organet',
    create: () => call(lise, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' }),
    update: (id, version, n) => ['bodies.update', { id, version, data: { name: `Styregruppen ${n}`, kind: 'steering_group' } }],
    remove: (id, version) => ['bodies.delete', { id, version }],
    get: (id) => call(lise, 'bodies.get', { id }),
  },
  {
    what: 'målet',
    create: () => call(lise, 'goals.create', { name: '95 % gennemfører', kind: 'result', unit: 'percent', direction: 'higher', baselineValue: 80, baselineDate: '2025-01-01', targetValue: 95, targetDate: '2030-12-31' }),
    update: (id, version, n) => ['goals.update', { id, version, data: { name: `95 % gennemfører ${n}`, kind: 'result', unit: 'percent', direction: 'higher', baselineValue: 80, baselineDate: '2025-01-01', targetValue: 95, targetDate: '2030-12-31' } }],
    remove: (id, version) => ['goals.delete', { id, version }],
    get: (id) => call(lise, 'goals.get', { id }),
  },
  {
    what: 'milepælen',
    create: () => call(lise, 'milestones.create', { title: 'Budgetfrist', date: '2026-09-01', kind: 'budget' }),
    update: (id, version, n) => ['milestones.update', { id, version, data: { title: `Budgetfrist ${n}`, date: '2026-09-01', kind: 'budget' } }],
    remove: (id, version) => ['milestones.delete', { id, version }],
    get: (id) => call(lise, 'milestones.get', { id }),
  },
  {
    what: 'beslutningsoplægget',
    create: () => call(lise, 'memos.create', { title: 'Mentorkorps', recipientKind: 'city_council', memoDate: '2026-03-01' }),
    update: (id, version, n) => ['memos.update', { id, version, data: { title: `Mentorkorps ${n}`, recipientKind: 'city_council', memoDate: '2026-03-01' } }],
    remove: (id, version) => ['memos.delete', { id, version }],
    get: (id) => call(lise, 'memos.get', { id }),
  },
];

describe(`stale saves beyond meetings (${testEngine})`, () => {
  for (const c of cases) {
    it(`${c.what}: the stale save and delete are refused with who and when, the current one goes through`, async () => {
      const created = await c.create();
      expect(created).toMatchObject({ version: 1, updatedBy: 'Lise Brønnum' });
      await run(jonas, c.update(created.id, 1, 1));
      expect(await c.get(created.id)).toMatchObject({ version: 2, updatedBy: 'Jonas Kjær' });
      expect(await refused(run(lise, c.update(created.id, 1, 2)))).toBe(`Jonas Kjær ændrede ${c.what} kl. 09.15 — genindlæs for at se ændringen. Intet er gemt.`);
      expect(await refused(run(lise, c.remove(created.id, 1)))).toMatch(/^Jonas Kjær ændrede/);
      await run(lise, c.update(created.id, 2, 3));
      expect(await c.get(created.id)).toMatchObject({ version: 3, updatedBy: 'Lise Brønnum' });
      await run(lise, c.remove(created.id, 3));
    });
  }

  it('an initiative: the stale save is refused, the current one goes through', async () => {
    const track = await call(lise, 'tracks.create', { name: 'Uddannelse', sortOrder: 1 });
    const ini = await call(lise, 'initiatives.create', { status: 'running', statusDate: '2026-01-10', data: { name: 'Mentorkorps', trackId: track.id } });
    expect(ini).toMatchObject({ version: 1, updatedBy: 'Lise Brønnum' });
    await call(jonas, 'initiatives.update', { id: ini.id, version: 1, data: { name: 'Mentorkorps Fyn', trackId: track.id } });
    expect(await refused(call(lise, 'initiatives.update', { id: ini.id, version: 1, data: { name: 'Mentorkorps Vest', trackId: track.id } }))).toBe(
      'Jonas Kjær ændrede indsatsen kl. 09.15 — genindlæs for at se ændringen. Intet er gemt.',
    );
    expect(await call(lise, 'initiatives.get', { id: ini.id })).toMatchObject({ name: 'Mentorkorps Fyn', version: 2, updatedBy: 'Jonas Kjær' });
    expect(await refused(call(lise, 'initiatives.delete', { id: ini.id, version: 1 }))).toMatch(/^Jonas Kjær/);
    expect(await call(lise, 'initiatives.delete', { id: ini.id, version: 2 })).toEqual({ deleted: true });
  });
});
