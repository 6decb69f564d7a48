import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import type { SearchHit } from '../../preload/contract';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { RANKED } from '../../db/sqliteSearch';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(() => db.close());

const plain = (h: SearchHit) => h.title.map((p) => p.text).join('');
/** What a result row shows: kind, title, date and context. */
const row = (h: SearchHit) => [h.kind, plain(h), h.date ?? '', ...h.context].join(' | ');

const organisation = (name: string, notes: string | null = null) =>
  call(ctx, 'organisations.create', { name, kind: 'company', relation: null, relationReason: null, address: null, website: null, notes });

describe('search results: top N, "more than N", kind, date and context (issue 15, 17)', () => {
  it('returns the best N and says when more matched, without a flag at exactly N', async () => {
    for (let i = 1; i <= 23; i++) await organisation(`Praktikvirksomhed ${String(i).padStart(2, '0')}`);
    const top = await call(ctx, 'search.query', { q: 'praktikvirksomhed', limit: 20 });
    expect(top.hits).toHaveLength(20);
    expect(top.more).toBe(true);
    expect(new Set(top.hits.map((h) => h.id)).size).toBe(20);

    const all = await call(ctx, 'search.query', { q: 'praktikvirksomhed', limit: 23 });
    expect(all.hits).toHaveLength(23);
    expect(all.more).toBe(false);
    // The top 20 are the first 20 of the full ranking: ranking stops at N, it does not rank differently.
    expect(top.hits.map((h) => h.id)).toEqual(all.hits.slice(0, 20).map((h) => h.id));

    const few = await call(ctx, 'search.query', { q: 'praktikvirksomhed 07', limit: 20 });
    expect(few.hits.map(plain)).toEqual(['Praktikvirksomhed 07']);
    expect(few.more).toBe(false);
    // The default limit is 20.
    expect((await call(ctx, 'search.query', { q: 'praktikvirksomhed' })).more).toBe(true);
  });

  it('ranks a common word among its newest matches only, still the best of those first, and says more matched', async () => {
    // More documents than are ranked (RANKED): the oldest ones are written straight into the index.
    const m = db.ds.manager;
    const rows = Array.from({ length: RANKED + 5 }, (_, i) => ({
      kind: 'organisation', refId: 100_000 + i, route: `actors/organisations/${100_000 + i}`, title: `Ungeforum ${i}`, body: '', titleKey: `ungeforum ${i}`, bodyKey: '',
    }));
    await db.storage.search.insertMany(m, rows);
    const best = await organisation('Ungdomsråd for unge unge unge');
    const res = await call(ctx, 'search.query', { q: 'unge', limit: 20 });
    expect(res.more).toBe(true);
    expect(res.hits).toHaveLength(20);
    expect(res.hits[0]!.id).toBe(best.id);
  });

  it('tells six meetings of one series apart by date, body and place; agenda items by their meeting', async () => {
    const body = await call(ctx, 'bodies.create', { name: 'Styregruppen for Ungeindsatsen', kind: 'steering_group' });
    const meetings = await call(ctx, 'meetings.createSeries', {
      title: 'Styregruppemøde', type: 'steering_group', bodyId: body.id, fromDate: '2027-01-01', everyMonths: 2, weekday: 0, ordinal: 1, count: 6,
      startTime: '09:00', durationMinutes: 120, place: 'Hvidovre Rådhus, mødelokale 2',
    });
    expect(meetings).toHaveLength(6);
    const first = meetings[0]!;
    await call(ctx, 'agenda.add', { meetingId: first.id, data: { title: 'Opfølgning på styregruppemødets aftaler', kind: 'orientation', durationMinutes: 10, description: null } });

    const res = await call(ctx, 'search.query', { q: 'styregruppemøde', limit: 20 });
    expect(res.more).toBe(false);
    const meetingHits = res.hits.filter((h) => h.kind === 'meeting');
    expect(meetingHits).toHaveLength(6);
    expect(meetingHits.map((h) => h.date).sort()).toEqual(meetings.map((m) => m.date).sort());
    for (const h of meetingHits) expect(h.context).toEqual(['Styregruppen for Ungeindsatsen', 'Hvidovre Rådhus, mødelokale 2']);
    // No two rows alike.
    expect(new Set(res.hits.map(row)).size).toBe(res.hits.length);

    const item = res.hits.find((h) => h.kind === 'agenda_item')!;
    expect(item.date).toBe(first.date);
    expect(item.context).toEqual(['Styregruppemøde', 'Styregruppen for Ungeindsatsen']);
    expect(item.title.filter((p) => p.hit).map((p) => p.text)).toEqual(['styregruppemødets']);
    expect(item.route).toBe(`meetings/list/${first.id}`);
  });

  it('shows the matched phrase with the match marked, and the context of people, involvements, milestones and initiatives', async () => {
    const org = await organisation('Jobcenter Hvidovre', 'Har lovet data om ledighed blandt 18–24-årige til temamødet i april.');
    const person = await call(ctx, 'people.create', { name: 'Søren Ørsted', title: 'Afdelingsleder', organisationId: org.id });
    const body = await call(ctx, 'bodies.create', { name: 'Advisory Board', kind: 'advisory_board' });
    await call(ctx, 'memberships.add', { bodyId: body.id, personId: person.id, role: 'member' });
    await call(ctx, 'involvement.create', { actorKind: 'person', actorId: person.id, date: '2026-03-02', form: 'consulted', topic: 'Ledighedstal til temamødet' });
    await call(ctx, 'milestones.create', { title: 'Ledighedsrapport til udvalget', date: '2026-06-01', kind: 'report_due', bodyId: body.id });
    const track = await call(ctx, 'tracks.create', { name: 'Uddannelsessporet' });
    await call(ctx, 'initiatives.create', { data: { name: 'Ledighedsbro', trackId: track.id, ownerOrganisationId: org.id, targetGroupIds: [], startDate: '2026-08-01' } });

    const hits = (await call(ctx, 'search.query', { q: 'ledighed' })).hits;
    // The initiative's owner is also recorded as involved (automatically), under the initiative's name.
    const byKind = Object.fromEntries(hits.filter((h) => h.kind !== 'involvement' || plain(h) === 'Ledighedstal til temamødet').map((h) => [h.kind, h]));
    expect(Object.keys(byKind).sort()).toEqual(['initiative', 'involvement', 'milestone', 'organisation']);
    const o = byKind.organisation!;
    expect(o.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['ledighed']);
    expect(o.snippet.map((p) => p.text).join('')).toContain('data om ledighed blandt');
    expect(byKind.involvement).toMatchObject({ date: '2026-03-02', context: ['Søren Ørsted'] });
    expect(byKind.milestone).toMatchObject({ date: '2026-06-01', context: ['Advisory Board'] });
    expect(byKind.initiative).toMatchObject({ date: '2026-08-01', context: ['Uddannelsessporet', 'Jobcenter Hvidovre'] });

    const p = (await call(ctx, 'search.query', { q: 'ørsted' })).hits.find((h) => h.kind === 'person')!;
    expect(p).toMatchObject({ date: null, context: ['Afdelingsleder', 'Jobcenter Hvidovre', 'Advisory Board'] });
    // Only the title matched: no snippet repeating the rest of the text unmarked.
    expect(p.snippet).toEqual([]);
  });
});
