import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { loadDemoData } from '../../main/demo/demoData';
import { fixedClock } from '../../main/app/clock';
import { ensureSearchIndex } from '../../main/search/reindex';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { pdfText } from '../helpers/pdf';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(() => db.close());

/** Every hit for `q` as kind:id → route, so one assertion shows which object was found and where it opens. */
const found = async (q: string) => (await call(ctx, 'search.query', { q })).hits.map((h) => `${h.kind}:${h.id} → ${h.route}`);

/** One object of every kind, each with a word (with æ, ø or å) that nothing else contains. */
async function oneOfEach() {
  const body = await call(ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
  const person = await call(ctx, 'people.create', { name: 'Lise Brønnum' });
  const meeting = await call(ctx, 'meetings.create', {
    data: {
      title: 'Temamøde om frafald', type: 'theme_meeting', bodyId: body.id, date: '2026-04-14', startTime: '13:00', endTime: '16:00',
      place: 'Hvidovre Rådhus', purpose: 'Fælles billede af frafaldet', notes: 'Husk fjordbrøndsnøglen til mødesalen.',
    },
    standardItems: true,
  });
  let mt = await call(ctx, 'agenda.add', { meetingId: meeting.id, data: { title: 'Mentorkorps', kind: 'discussion', durationMinutes: 30, description: 'Erfaringer med kystlærlinge fra Fyn.' } });
  const item = mt.items.find((i) => i.title === 'Mentorkorps')!;
  await call(ctx, 'minutes.setItem', { itemId: item.id, minutes: 'Drøftet. Pølsevognsaftalen fortsætter.' });
  await call(ctx, 'decisions.add', { meetingId: meeting.id, itemId: item.id, text: 'Styregruppen godkender ålekvabbe-modellen.' });
  mt = await call(ctx, 'actionItems.add', { meetingId: meeting.id, itemId: item.id, what: 'Sende ærtebælgsnotatet til skolerne', ownerPersonId: person.id, ownerOrganisationId: null, dueDate: '2026-05-01' });
  const track = await call(ctx, 'tracks.create', { name: 'Grundskolesporet' });
  const initiative = await call(ctx, 'initiatives.create', { data: { name: 'Lektiecafé', description: 'Ugentlig højskolebølge for 8. klasse.', trackId: track.id, targetGroupIds: [] } });
  const goal = await call(ctx, 'goals.create', {
    name: 'Sørgmodighedsgraden falder', description: null, kind: 'result', unit: 'percent', direction: 'lower',
    baselineValue: 20, baselineDate: '2025-01-01', targetValue: 10, targetDate: '2027-01-01',
  });
  const memo = await call(ctx, 'memos.create', {
    title: 'Fælles mentorkorps', recipientKind: 'finance_committee', memoDate: '2026-03-01', meetingDate: '2026-03-24',
    caseNumber: '17.02.00-Q99', summary: 'Tre kommuner foreslår et fælles korps.', recommendations: ['korpset etableres'],
    background: 'Sagen handler om **rævegravsøkonomi** i kommunerne.',
    options: [{ title: 'Fælles korps', description: 'Et korps.', pros: '', cons: '- Kræver æblemostudvalg' }],
  });
  return { meeting: mt, item, initiative, goal, memo, person };
}

describe('search covers meetings, initiatives, goals and memos', () => {
  it('finds every kind by a word only it contains, with ae/oe/aa folding, and opens the right screen', async () => {
    const o = await oneOfEach();
    const at = `meetings/list/${o.meeting.id}`;
    expect(await found('fjordbroend')).toEqual([`meeting:${o.meeting.id} → ${at}`]);
    expect(await found('KYSTLAERLINGE')).toEqual([`agenda_item:${o.item.id} → ${at}`]);
    expect(await found('poelsevognsaftalen')).toEqual([`agenda_item:${o.item.id} → ${at}`]);
    expect(await found('aalekvabbe')).toEqual([`decision:${o.meeting.decisions[0]!.id} → ${at}`]);
    expect(await found('aertebaelg')).toEqual([`action_item:${o.meeting.actionItems[0]!.id} → ${at}`]);
    expect(await found('hoejskoleboelge')).toEqual([`initiative:${o.initiative.id} → initiatives/list/${o.initiative.id}`]);
    expect(await found('soergmodighed')).toEqual([`goal:${o.goal.id} → goals/dashboard/${o.goal.id}`]);
    expect(await found('raevegravsoekonomi')).toEqual([`memo:${o.memo.id} → memos/edit/${o.memo.id}`]);
    expect(await found('aeblemost')).toEqual([`memo:${o.memo.id} → memos/edit/${o.memo.id}`]);
    expect(await found('17.02.00-Q99')).toEqual([`memo:${o.memo.id} → memos/edit/${o.memo.id}`]);
    // Hits are highlighted as written; an action item's owner is not in its document (it would go stale on a rename).
    const hit = (await call(ctx, 'search.query', { q: 'aertebaelg' })).hits[0]!;
    expect(hit.title.filter((p) => p.hit).map((p) => p.text)).toEqual(['ærtebælgsnotatet']);
    // The title shows the match already: no snippet repeating it.
    expect(hit.snippet).toEqual([]);
    expect(await found('broennum')).toEqual([`person:${o.person.id} → actors/people/${o.person.id}`]);
    // Breaks and standard items nobody wrote under stay out of the index.
    expect(await found('eventuelt')).toEqual([]);
  });

  it('edits replace the old words, deletes take documents out, restoring a meeting brings all its parts back', async () => {
    const o = await oneOfEach();
    await call(ctx, 'minutes.setItem', { itemId: o.item.id, minutes: 'Kaffeaftalen fortsætter.' });
    expect(await found('poelsevogn')).toEqual([]);
    expect(await found('kaffeaftalen')).toEqual([`agenda_item:${o.item.id} → meetings/list/${o.meeting.id}`]);

    await call(ctx, 'meetings.delete', { id: o.meeting.id });
    for (const q of ['fjordbroend', 'kystlaerlinge', 'aalekvabbe', 'aertebaelg']) expect(await found(q)).toEqual([]);
    await call(ctx, 'meetings.restore', { id: o.meeting.id });
    for (const q of ['fjordbroend', 'kystlaerlinge', 'aalekvabbe', 'aertebaelg']) expect(await found(q)).toHaveLength(1);

    await call(ctx, 'decisions.remove', { id: o.meeting.decisions[0]!.id });
    expect(await found('aalekvabbe')).toEqual([]);
    await call(ctx, 'actionItems.remove', { id: o.meeting.actionItems[0]!.id });
    expect(await found('aertebaelg')).toEqual([]);
    await call(ctx, 'agenda.remove', { id: o.item.id });
    expect(await found('kystlaerlinge')).toEqual([]);
    expect(await found('fjordbroend')).toHaveLength(1);

    await call(ctx, 'initiatives.delete', { id: o.initiative.id });
    expect(await found('hoejskoleboelge')).toEqual([]);
    await call(ctx, 'goals.delete', { id: o.goal.id });
    expect(await found('soergmodighed')).toEqual([]);
    await call(ctx, 'memos.delete', { id: o.memo.id });
    expect(await found('raevegravsoekonomi')).toEqual([]);
  });

  it('a data file from before this wiring is indexed once at start, from all features', async () => {
    const o = await oneOfEach();
    await db.ds.query('DELETE FROM search_fts'); // as if written by a version that indexed nothing of this
    expect(await found('aalekvabbe')).toEqual([]);
    expect(await ensureSearchIndex(db)).toBe(true);
    expect(await found('aalekvabbe')).toEqual([`decision:${o.meeting.decisions[0]!.id} → meetings/list/${o.meeting.id}`]);
    for (const q of ['fjordbroend', 'kystlaerlinge', 'poelsevogn', 'aertebaelg', 'hoejskoleboelge', 'soergmodighed', 'raevegravsoekonomi']) {
      expect(await found(q), q).not.toEqual([]);
    }
    // Up to date now: a second start does not rebuild.
    expect(await ensureSearchIndex(db)).toBe(false);
  });
});

describe('annual wheel sources', () => {
  it('the demo year shows its meetings in their months, the steering group every other month', async () => {
    await loadDemoData(db, fixedClock('2026-12-09T10:00:00+01:00'));
    const year = 2026;
    const meetings = (await call(ctx, 'meetings.list', {})).items.filter((m) => m.date.startsWith(`${year}-`));
    expect(meetings.length).toBeGreaterThan(4);
    const wheel = await call(ctx, 'wheel.get', { year });
    const onRing = wheel.entries.filter((e) => e.ring === 'meetings');
    expect(onRing.map((e) => [e.route, e.date.slice(0, 7), e.title]).sort()).toEqual(meetings.map((m) => [`meetings/list/${m.id}`, m.date.slice(0, 7), m.title]).sort());
    const steering = onRing.filter((e) => e.title === 'Styregruppemøde');
    expect(steering.every((e) => e.detail === 'Styregruppen · kl. 09.00')).toBe(true);
    expect(steering.length).toBeGreaterThan(1);
    const months = steering.map((e) => Number(e.date.slice(5, 7)));
    for (let i = 1; i < months.length; i++) expect(months[i]! - months[i - 1]!).toBe(2);

    // A meeting in the trash leaves the wheel.
    await call(ctx, 'meetings.delete', { id: meetings[0]!.id });
    expect((await call(ctx, 'wheel.get', { year })).entries.some((e) => e.route === `meetings/list/${meetings[0]!.id}`)).toBe(false);

    // The A3 PDF lists them under their month.
    const text = pdfText(Buffer.from((await call(ctx, 'wheel.pdf', { year })).base64!, 'base64')).replace(/\s+/g, ' ');
    expect(text).toContain(meetings[1]!.title);
    expect(text).toContain('Styregruppen · kl. 09.00');
  });

  it('memos sit on their recipient meeting date; initiatives span their period, with the start before the year listed in January', async () => {
    // Today is Wednesday 9 December 2026: the mentor-corps memo goes to the finance committee on Tuesday 15 December.
    await loadDemoData(db, fixedClock('2026-12-09T10:00:00+01:00'));
    const memos = (await call(ctx, 'wheel.get', { year: 2026 })).entries.filter((e) => e.ring === 'memos');
    expect(memos.map((e) => [e.date, e.title, e.detail])).toEqual([
      ['2026-10-21', 'Orientering om praktikpladsaftaler med lokale virksomheder', 'Børne- og Undervisningsudvalget · Besluttet'],
      ['2026-12-15', 'Erhvervsmentorkorps for unge i Hvidovre', 'Økonomiudvalget · 15.20.00-P20-1-26 · Sendt'],
    ]);
    const y2025 = (await call(ctx, 'wheel.get', { year: 2025 })).entries.filter((e) => e.ring === 'initiatives');
    expect(y2025.find((e) => e.title === 'Brobygning til erhvervsuddannelserne')).toMatchObject({ date: '2024-09-01', endDate: '2025-06-30' });
    // In the A3 list it comes first, under January (not under September, when it began).
    const text = pdfText(Buffer.from((await call(ctx, 'wheel.pdf', { year: 2025 })).base64!, 'base64')).replace(/\s+/g, ' ');
    const headings = [...text.matchAll(/\b(Januar|Februar|Marts|April|Maj|Juni|Juli|August|September|Oktober|November|December)\b/g)];
    expect(headings[0]![1]).toBe('Januar');
    expect(text.indexOf('Brobygning til erhvervsuddannelserne')).toBeGreaterThan(headings[0]!.index);
    expect(text.indexOf('Brobygning til erhvervsuddannelserne')).toBeLessThan(headings[1]!.index);
    // Started 2025-08-01 with no end date: a start point in 2025, nothing in 2026.
    expect(y2025.some((e) => e.title === 'Fraværsteam')).toBe(true);
    expect((await call(ctx, 'wheel.get', { year: 2026 })).entries.some((e) => e.title === 'Fraværsteam')).toBe(false);
  });
});
