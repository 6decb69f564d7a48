import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { fixedClock } from '../../main/app/clock';
import type { ChannelInput, ChannelName } from '../../preload/contract';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { testEngine } from '../helpers/pgTestDb';

/**
 * Issue 16, every kind of editable object and every state change: Lise's form is based on the version
 * she read; Jonas saves first; each of Lise's stale commands (edit, delete, status change, send,
 * decide, approve …) is refused as CONFLICT naming Jonas and the time, and the object reads back
 * exactly as Jonas left it (nothing overwritten, nothing half-written). Both engines.
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

type Cmd = [ChannelName, Record<string, unknown>];
const run = (ctx: HandlerContext, [name, input]: Cmd) => call(ctx, name, input as ChannelInput<typeof name>) as Promise<unknown>;

async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string; stale?: { by: string | null; version: number } }> {
  try {
    await p;
  } catch (err) {
    const e = (err as { apiError?: { code: string; message: string; stale?: { by: string | null; version: number } } }).apiError;
    if (e) return e;
    throw err;
  }
  throw new Error('the stale command was accepted');
}

/** What Lise's form read: the object's id and version, and the ids of what it belongs to. */
interface Seen {
  id: number;
  version: number;
  /** The meeting, actor or status change. */
  other?: number;
  track?: number;
}
interface Case {
  kind: string;
  /** The noun in the message ("Jonas Kjær ændrede sporet …"). */
  what: string;
  make: () => Promise<Seen>;
  /** Jonas's save, based on the same version. */
  change: (s: Seen) => Cmd;
  /** Lise's commands, each based on the version she read. */
  stale: ((s: Seen) => Cmd)[];
  /** The whole object as a reader sees it. */
  read: (s: Seen) => Promise<unknown>;
}

const track = () => call(lise, 'tracks.create', { name: 'Uddannelse og job', sortOrder: 1 });
const org = () => call(lise, 'organisations.create', { name: 'Ungdomsskolen Hvidovre', kind: 'municipal_department' });
const heldMeeting = async () => {
  const m = await call(lise, 'meetings.create', { data: { title: 'Styregruppemøde', type: 'steering_group', bodyId: null, date: '2026-02-26', startTime: '09:00', endTime: '11:00', place: 'Rådhuset' } });
  return call(lise, 'actionItems.add', { meetingId: m.id, itemId: null, what: 'Kortlægge praktikpladser', ownerPersonId: null, ownerOrganisationId: null, dueDate: null });
};
const memoData = (title: string) => ({ title, recipientKind: 'city_council' as const, memoDate: '2026-03-01' });
const sentMemo = async () => {
  const m = await call(lise, 'memos.create', memoData('Mentorkorps på tværs af kommunerne'));
  return call(lise, 'memos.send', { id: m.id, version: m.version, sentOn: '2026-03-01' });
};
const decision = { date: '2026-03-02', body: 'Børne- og Ungeudvalget', outcome: 'approved' as const, text: '<p>Godkendt</p>' };
const involvementData = (actorId: number, topic: string) => ({ actorKind: 'organisation' as const, actorId, date: '2026-02-20', form: 'consulted' as const, topic });

const cases: Case[] = [
  {
    kind: 'organisation', what: 'organisationen',
    make: org,
    change: (s) => ['organisations.update', { id: s.id, version: s.version, data: { name: 'Ungdomsskolen i Hvidovre', kind: 'municipal_department' } }],
    stale: [(s) => ['organisations.update', { id: s.id, version: s.version, data: { name: 'UngHvidovre', kind: 'municipal_department' } }], (s) => ['organisations.delete', { id: s.id, version: s.version }]],
    read: (s) => call(lise, 'organisations.get', { id: s.id }),
  },
  {
    kind: 'person', what: 'personen',
    make: () => call(lise, 'people.create', { name: 'Åse Kjærgaard' }),
    change: (s) => ['people.update', { id: s.id, version: s.version, data: { name: 'Åse Kjærgaard Ødegård' } }],
    stale: [(s) => ['people.update', { id: s.id, version: s.version, data: { name: 'Åse K.' } }], (s) => ['people.delete', { id: s.id, version: s.version }]],
    read: (s) => call(lise, 'people.get', { id: s.id }),
  },
  {
    kind: 'body', what: 'organet',
    make: () => call(lise, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' }),
    change: (s) => ['bodies.update', { id: s.id, version: s.version, data: { name: 'Styregruppen for unge', kind: 'steering_group' } }],
    stale: [(s) => ['bodies.update', { id: s.id, version: s.version, data: { name: 'Styregruppe Øst', kind: 'steering_group' } }], (s) => ['bodies.delete', { id: s.id, version: s.version }]],
    read: (s) => call(lise, 'bodies.get', { id: s.id }),
  },
  {
    kind: 'meeting (edit, status, minutes approval)', what: 'mødet',
    make: heldMeeting,
    change: (s) => ['meetings.update', { id: s.id, version: s.version, data: { title: 'Styregruppemøde – budget', type: 'steering_group', bodyId: null, date: '2026-02-26', startTime: '09:00', endTime: '11:00', place: 'Rådhuset' } }],
    stale: [
      (s) => ['meetings.update', { id: s.id, version: s.version, data: { title: 'Styregruppemøde – mentorer', type: 'steering_group', bodyId: null, date: '2026-02-26', startTime: '09:00', endTime: '11:00', place: 'Rådhuset' } }],
      (s) => ['meetings.setStatus', { id: s.id, version: s.version, status: 'held' }],
      (s) => ['minutes.approve', { id: s.id, version: s.version, approvedAtMeetingId: null }],
      (s) => ['meetings.delete', { id: s.id, version: s.version }],
    ],
    read: (s) => call(lise, 'meetings.get', { id: s.id }),
  },
  {
    kind: 'minutes reopened', what: 'mødet',
    make: async () => {
      const m = await heldMeeting();
      return call(lise, 'minutes.approve', { id: m.id, version: m.version, approvedAtMeetingId: null });
    },
    change: (s) => ['minutes.reopen', { id: s.id, version: s.version }],
    stale: [(s) => ['minutes.reopen', { id: s.id, version: s.version }]],
    read: (s) => call(lise, 'meetings.get', { id: s.id }),
  },
  {
    kind: 'agenda item', what: 'dagsordenspunktet',
    make: async () => {
      const m = await heldMeeting();
      return { id: m.items[0]!.id, version: m.items[0]!.version, other: m.id };
    },
    change: (s) => ['agenda.update', { id: s.id, version: s.version, data: { title: 'Godkendelse af dagsorden og referat', durationMinutes: 5 } }],
    stale: [
      (s) => ['agenda.update', { id: s.id, version: s.version, data: { title: 'Godkendelse', durationMinutes: 10 } }],
      (s) => ['minutes.setItem', { itemId: s.id, version: s.version, minutes: 'Godkendt uden bemærkninger' }],
      (s) => ['agenda.remove', { id: s.id, version: s.version }],
    ],
    read: async (s) => (await call(lise, 'meetings.get', { id: s.other! })).items,
  },
  {
    kind: 'action item (edit, status)', what: 'aftalen',
    make: async () => {
      const m = await heldMeeting();
      return { id: m.actionItems[0]!.id, version: m.actionItems[0]!.version, other: m.id };
    },
    change: (s) => ['actionItems.update', { id: s.id, version: s.version, data: { meetingId: s.other, itemId: null, what: 'Kortlægge praktikpladser i Hvidovre', ownerPersonId: null, ownerOrganisationId: null, dueDate: null } }],
    stale: [
      (s) => ['actionItems.update', { id: s.id, version: s.version, data: { meetingId: s.other, itemId: null, what: 'Kortlægge', ownerPersonId: null, ownerOrganisationId: null, dueDate: null } }],
      (s) => ['actionItems.setStatus', { id: s.id, version: s.version, status: 'done', doneDate: '2026-03-02', atMeetingId: null }],
      (s) => ['actionItems.setStatus', { id: s.id, version: s.version, status: 'dropped', atMeetingId: null, reason: 'Ikke længere aktuelt' }],
      (s) => ['actionItems.remove', { id: s.id, version: s.version }],
    ],
    read: async (s) => (await call(lise, 'meetings.get', { id: s.other! })).actionItems,
  },
  {
    kind: 'track', what: 'sporet',
    make: track,
    change: (s) => ['tracks.update', { id: s.id, version: s.version, data: { name: 'Uddannelse, job og fritid', sortOrder: 1 } }],
    stale: [(s) => ['tracks.update', { id: s.id, version: s.version, data: { name: 'Job', sortOrder: 2 } }], (s) => ['tracks.delete', { id: s.id, version: s.version }]],
    read: async (s) => (await call(lise, 'tracks.list', {})).find((t) => t.id === s.id),
  },
  {
    kind: 'target group', what: 'målgruppen',
    make: () => call(lise, 'targetGroups.create', { name: 'Unge 15–17 år', ageFrom: 15, ageTo: 17 }),
    change: (s) => ['targetGroups.update', { id: s.id, version: s.version, data: { name: 'Unge 15–18 år', ageFrom: 15, ageTo: 18 } }],
    stale: [(s) => ['targetGroups.update', { id: s.id, version: s.version, data: { name: 'Unge 16–17 år', ageFrom: 16, ageTo: 17 } }], (s) => ['targetGroups.delete', { id: s.id, version: s.version }]],
    read: async (s) => (await call(lise, 'targetGroups.list', {})).find((g) => g.id === s.id),
  },
  {
    kind: 'initiative (edit, status change, removal of a status change)', what: 'indsatsen',
    make: async () => {
      const t = await track();
      const i = await call(lise, 'initiatives.create', { status: 'idea', statusDate: '2026-01-10', data: { name: 'Mentorkorps', trackId: t.id } });
      const moved = await call(lise, 'initiatives.setStatus', { id: i.id, version: i.version, status: 'proposed', date: '2026-02-01' });
      return { id: i.id, version: moved.version, other: moved.history.at(-1)!.id, track: t.id };
    },
    change: (s) => ['initiatives.setStatus', { id: s.id, version: s.version, status: 'running', date: '2026-03-01', note: 'Bevilget af udvalget' }],
    stale: [
      (s) => ['initiatives.update', { id: s.id, version: s.version, data: { name: 'Mentorkorps Vest', trackId: s.track } }],
      (s) => ['initiatives.setStatus', { id: s.id, version: s.version, status: 'stopped', date: '2026-03-02' }],
      (s) => ['initiatives.removeStatus', { id: s.other!, version: s.version }],
      (s) => ['initiatives.delete', { id: s.id, version: s.version }],
    ],
    read: (s) => call(lise, 'initiatives.get', { id: s.id }),
  },
  {
    kind: 'goal', what: 'målet',
    make: () => call(lise, 'goals.create', { name: '95 % gennemfører', kind: 'result', unit: 'percent', direction: 'higher', baselineValue: 80, baselineDate: '2025-01-01', targetValue: 95, targetDate: '2030-12-31' }),
    change: (s) => ['goals.update', { id: s.id, version: s.version, data: { name: '95 % gennemfører en uddannelse', kind: 'result', unit: 'percent', direction: 'higher', baselineValue: 80, baselineDate: '2025-01-01', targetValue: 95, targetDate: '2030-12-31' } }],
    stale: [(s) => ['goals.update', { id: s.id, version: s.version, data: { name: 'Målet', kind: 'result', unit: 'percent', direction: 'higher', baselineValue: 70, baselineDate: '2025-01-01', targetValue: 90, targetDate: '2030-12-31' } }], (s) => ['goals.delete', { id: s.id, version: s.version }]],
    read: (s) => call(lise, 'goals.get', { id: s.id }),
  },
  {
    kind: 'key figure (edit, a year’s value, delete)', what: 'nøgletallet',
    make: async () => {
      const t = await track();
      const { id } = await call(lise, 'keyFigures.create', { trackId: t.id, name: 'Unge i job eller uddannelse', sortOrder: 1 });
      return { id, version: 1, other: t.id };
    },
    change: (s) => ['keyFigures.setValue', { keyFigureId: s.id, version: s.version, year: 2025, value: 812, note: 'Fra UU' }],
    stale: [
      (s) => ['keyFigures.update', { id: s.id, version: s.version, data: { trackId: s.other, name: 'Unge i uddannelse', sortOrder: 1 } }],
      (s) => ['keyFigures.setValue', { keyFigureId: s.id, version: s.version, year: 2025, value: 799, note: null }],
      (s) => ['keyFigures.delete', { id: s.id, version: s.version }],
    ],
    read: async (s) => (await call(lise, 'keyFigures.table', { fromYear: 2024, toYear: 2026 })).find((r) => r.id === s.id),
  },
  {
    kind: 'memo (edit, review, delete)', what: 'beslutningsoplægget',
    make: () => call(lise, 'memos.create', memoData('Mentorkorps')),
    change: (s) => ['memos.update', { id: s.id, version: s.version, data: memoData('Mentorkorps på Fyn') }],
    stale: [
      (s) => ['memos.update', { id: s.id, version: s.version, data: memoData('Mentorkorps Vest') }],
      (s) => ['memos.setStatus', { id: s.id, version: s.version, status: 'review' }],
      (s) => ['memos.send', { id: s.id, version: s.version, sentOn: '2026-03-02' }],
      (s) => ['memos.delete', { id: s.id, version: s.version }],
    ],
    read: (s) => call(lise, 'memos.get', { id: s.id }),
  },
  {
    kind: 'sent memo (decide, discard changes)', what: 'beslutningsoplægget',
    make: sentMemo,
    change: (s) => ['memos.update', { id: s.id, version: s.version, data: memoData('Mentorkorps på tværs af de fem kommuner') }],
    stale: [(s) => ['memos.decide', { id: s.id, version: s.version, decision }], (s) => ['memos.discardChanges', { id: s.id, version: s.version }], (s) => ['memos.send', { id: s.id, version: s.version, sentOn: null }]],
    read: (s) => call(lise, 'memos.get', { id: s.id }),
  },
  {
    kind: 'decided memo (undo)', what: 'beslutningsoplægget',
    make: async () => {
      const m = await sentMemo();
      return call(lise, 'memos.decide', { id: m.id, version: m.version, decision: { ...decision, outcome: 'postponed' } });
    },
    change: (s) => ['memos.decide', { id: s.id, version: s.version, decision }],
    stale: [(s) => ['memos.undoDecision', { id: s.id, version: s.version }], (s) => ['memos.decide', { id: s.id, version: s.version, decision: { ...decision, outcome: 'rejected' } }]],
    read: (s) => call(lise, 'memos.get', { id: s.id }),
  },
  {
    kind: 'involvement', what: 'inddragelsen',
    make: async () => {
      const o = await org();
      const i = await call(lise, 'involvement.create', involvementData(o.id, 'Praktikpladser til unge'));
      return { id: i.id, version: i.version, other: o.id };
    },
    change: (s) => ['involvement.update', { id: s.id, version: s.version, data: involvementData(s.other!, 'Praktikpladser til unge i Hvidovre') }],
    stale: [(s) => ['involvement.update', { id: s.id, version: s.version, data: involvementData(s.other!, 'Praktik') }], (s) => ['involvement.delete', { id: s.id, version: s.version }]],
    read: async (s) => (await call(lise, 'involvement.forActor', { actorKind: 'organisation', actorId: s.other! })).items.find((i) => i.id === s.id),
  },
  {
    kind: 'milestone', what: 'milepælen',
    make: () => call(lise, 'milestones.create', { title: 'Budgetfrist', date: '2026-09-01', kind: 'budget' }),
    change: (s) => ['milestones.update', { id: s.id, version: s.version, data: { title: 'Budgetfrist for 2027', date: '2026-09-01', kind: 'budget' } }],
    stale: [(s) => ['milestones.update', { id: s.id, version: s.version, data: { title: 'Frist', date: '2026-09-15', kind: 'budget' } }], (s) => ['milestones.delete', { id: s.id, version: s.version }]],
    read: (s) => call(lise, 'milestones.get', { id: s.id }),
  },
];

describe(`every editable object refuses a stale command and keeps the colleague's save (${testEngine})`, () => {
  for (const c of cases) {
    it(`${c.kind}: ${c.stale.length} stale command(s) refused, nothing overwritten`, async () => {
      const seen = await c.make();
      await run(jonas, c.change(seen));
      const after = await c.read(seen);
      expect(after).toBeDefined();
      for (const stale of c.stale) {
        const cmd = stale(seen);
        const e = await refusal(run(lise, cmd));
        expect({ command: cmd[0], code: e.code, message: e.message, by: e.stale?.by }).toEqual({
          command: cmd[0],
          code: 'CONFLICT',
          message: `Jonas Kjær ændrede ${c.what} kl. 09.15 — genindlæs for at se ændringen. Intet er gemt.`,
          by: 'Jonas Kjær',
        });
        expect(e.stale!.version).toBeGreaterThan(seen.version);
        // Nothing overwritten: the object reads back exactly as Jonas left it.
        expect(await c.read(seen)).toEqual(after);
      }
    });
  }

  it('in English: the stale status change of an initiative names who and when', async () => {
    const t = await track();
    const i = await call(lise, 'initiatives.create', { status: 'idea', statusDate: '2026-01-10', data: { name: 'Mentorkorps', trackId: t.id } });
    await call(jonas, 'initiatives.update', { id: i.id, version: i.version, data: { name: 'Mentorkorps Fyn', trackId: t.id } });
    await call(lise, 'settings.setLanguage', { language: 'en' });
    expect((await refusal(call(lise, 'initiatives.setStatus', { id: i.id, version: i.version, status: 'proposed', date: '2026-03-01' }))).message).toBe(
      'Jonas Kjær changed the initiative at 09:15 — reload to see the change. Nothing was saved.',
    );
  });

  it('the current version goes through, counts one up and names who saved', async () => {
    const t = await track();
    const saved = await call(jonas, 'tracks.update', { id: t.id, version: t.version, data: { name: 'Fritid og fællesskab', sortOrder: 2 } });
    expect(saved).toMatchObject({ version: t.version + 1, updatedBy: 'Jonas Kjær', updatedAt: '2026-03-02T08:15:00.000Z' });
    const m = await sentMemo();
    const decided = await call(jonas, 'memos.decide', { id: m.id, version: m.version, decision });
    expect(decided).toMatchObject({ version: m.version + 1, status: 'decided', updatedBy: 'Jonas Kjær' });
    expect(await call(lise, 'memos.undoDecision', { id: m.id, version: decided.version })).toMatchObject({ version: m.version + 2, status: 'sent', updatedBy: 'Lise Brønnum' });
  });

  it('a memo approval moves a linked initiative: an initiative form opened before is refused on saving', async () => {
    const t = await track();
    const i = await call(lise, 'initiatives.create', { status: 'proposed', statusDate: '2026-01-10', data: { name: 'Mentorkorps', trackId: t.id } });
    const m = await sentMemo();
    await call(jonas, 'memos.linkAdd', { memoId: m.id, targetKind: 'initiative', targetId: i.id, label: 'Mentorkorps' });
    await call(jonas, 'memos.decide', { id: m.id, version: m.version, decision });
    expect(await call(lise, 'initiatives.get', { id: i.id })).toMatchObject({ status: 'decided', version: i.version + 1, updatedBy: 'Jonas Kjær' });
    expect((await refusal(call(lise, 'initiatives.update', { id: i.id, version: i.version, data: { name: 'Mentorkorps Vest', trackId: t.id } }))).message).toMatch(/^Jonas Kjær ændrede indsatsen/);
  });
});
