import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { plusDays, todayIso } from '../../main/involvement/dates';
import type { Involvement } from '../../preload/contract';
import { call, ctxOf, memoryDb } from '../helpers/db';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(() => db.close());

const today = todayIso();
const sorted = (xs: string[]) => [...xs].sort();

async function actors() {
  const lbr = await call(ctx, 'organisations.create', { name: 'Det lokale beskæftigelsesråd', kind: 'labour_market_org', relation: 'adhoc' });
  const uu = await call(ctx, 'organisations.create', { name: 'UU Center-Syd', kind: 'municipal_department' });
  const tec = await call(ctx, 'organisations.create', { name: 'TEC', kind: 'vocational_college' });
  const lise = await call(ctx, 'people.create', { name: 'Lise Brønnum', organisationId: uu.id, email: 'lise@uu.dk' });
  const aase = await call(ctx, 'people.create', { name: 'Åse Kjærgaard', email: 'aase@hvidovre.dk' });
  return { lbr, uu, tec, lise, aase };
}

const meeting = (date: string, title = 'Temamøde om frafald') => ({ title, type: 'theme_meeting' as const, bodyId: null, date, startTime: '13:00', endTime: '16:00', place: 'Rådhuset' });

/** The automatic records of one source, as "kind:id form date topic". */
async function autoOf(sourceKind: string, sourceId: number, ...refs: { kind: 'organisation' | 'person'; id: number }[]): Promise<string[]> {
  const items: Involvement[] = [];
  for (const r of refs) items.push(...(await call(ctx, 'involvement.forActor', { actorKind: r.kind, actorId: r.id })).items);
  const seen = new Set<number>();
  return items
    .filter((i) => i.auto && i.sourceKind === sourceKind && i.sourceId === sourceId && !seen.has(i.id) && seen.add(i.id))
    .map((i) => `${i.actorKind}:${i.actorId} ${i.form} ${i.date} ${i.topic}${i.outcome ? ` (${i.outcome})` : ''}`)
    .sort();
}

describe('automatic involvement records from meetings', () => {
  it('invitees, attendance and presenters become records dated at the meeting; they follow every change and vanish with the meeting', async () => {
    const a = await actors();
    const refs = [{ kind: 'organisation', id: a.lbr.id }, { kind: 'organisation', id: a.uu.id }, { kind: 'person', id: a.aase.id }] as const;
    const date = plusDays(today, 10);
    let mt = await call(ctx, 'meetings.create', { data: meeting(date), standardItems: true });
    expect(await autoOf('meeting', mt.id, ...refs)).toEqual([]);

    mt = await call(ctx, 'invitees.add', { meetingId: mt.id, organisationIds: [a.lbr.id], personIds: [a.lise.id, a.aase.id] });
    expect(await autoOf('meeting', mt.id, ...refs)).toEqual(sorted([
      `organisation:${a.lbr.id} invited ${date} Temamøde om frafald`,
      `person:${a.aase.id} invited ${date} Temamøde om frafald`,
      `person:${a.lise.id} invited ${date} Temamøde om frafald`,
    ]));

    // A presenter is recorded as presenting (with the item), attendance turns "invited" into "attended".
    mt = await call(ctx, 'agenda.add', { meetingId: mt.id, data: { title: 'Frafald på erhvervsuddannelserne', kind: 'discussion', presenterId: a.lise.id, durationMinutes: 30 } });
    const aaseInvitee = mt.invitees.find((i) => i.personId === a.aase.id)!;
    mt = await call(ctx, 'invitees.update', { id: aaseInvitee.id, reply: 'accepted', attendance: 'present' });
    expect(await autoOf('meeting', mt.id, ...refs)).toEqual(sorted([
      `organisation:${a.lbr.id} invited ${date} Temamøde om frafald`,
      `person:${a.aase.id} attended ${date} Temamøde om frafald`,
      `person:${a.lise.id} presented ${date} Temamøde om frafald (Frafald på erhvervsuddannelserne)`,
    ]));

    // Moving and renaming the meeting moves its records.
    const moved = plusDays(today, 12);
    mt = await call(ctx, 'meetings.update', { id: mt.id, data: meeting(moved, 'Temamøde om praktik') });
    expect(await autoOf('meeting', mt.id, ...refs)).toContain(`organisation:${a.lbr.id} invited ${moved} Temamøde om praktik`);

    // Removing an invitee removes its record; deleting the meeting removes the rest, restoring brings them back.
    mt = await call(ctx, 'invitees.remove', { id: mt.invitees.find((i) => i.organisationId === a.lbr.id)!.id });
    expect((await autoOf('meeting', mt.id, ...refs)).some((r) => r.startsWith(`organisation:${a.lbr.id} `))).toBe(false);
    await call(ctx, 'meetings.delete', { id: mt.id });
    expect(await autoOf('meeting', mt.id, ...refs)).toEqual([]);
    await call(ctx, 'meetings.restore', { id: mt.id });
    expect(await autoOf('meeting', mt.id, ...refs)).toHaveLength(2);

    // Automatic records are edited at their source, not in the log.
    const rec = (await call(ctx, 'involvement.forActor', { actorKind: 'person', actorId: a.aase.id })).items[0]!;
    await expect(call(ctx, 'involvement.delete', { id: rec.id })).rejects.toThrow(/automatisk/);
  });

  it('an invitation to a meeting held today clears an overdue actor from the overview', async () => {
    const a = await actors();
    await call(ctx, 'involvement.setRule', { actorKind: 'organisation', actorId: a.lbr.id, intervalDays: 90 });
    await call(ctx, 'involvement.create', { actorKind: 'organisation', actorId: a.lbr.id, date: plusDays(today, -120), form: 'consulted', topic: 'Drøftelse' });
    const overdue = async () => (await call(ctx, 'overview.sections', {})).find((s) => s.key === 'involvementOverdue')!.items.map((i) => i.title);
    expect(await overdue()).toEqual([a.lbr.name]);
    const mt = await call(ctx, 'meetings.create', { data: meeting(today) });
    const invited = await call(ctx, 'invitees.add', { meetingId: mt.id, organisationIds: [a.lbr.id] });
    expect(await overdue()).toEqual([]);
    await call(ctx, 'invitees.remove', { id: invited.invitees[0]!.id });
    expect(await overdue()).toEqual([a.lbr.name]);
  });
});

describe('automatic involvement records from initiatives', () => {
  it('owner and partner organisations "joined an initiative" at its start; changes replace them, deletion removes them', async () => {
    const a = await actors();
    const refs = [{ kind: 'organisation', id: a.lbr.id }, { kind: 'organisation', id: a.uu.id }, { kind: 'organisation', id: a.tec.id }] as const;
    const track = await call(ctx, 'tracks.create', { name: 'Virksomhedssporet' });
    const data = { name: 'Erhvervsmentorkorps', trackId: track.id, ownerOrganisationId: a.uu.id, partnerOrganisationIds: [a.tec.id, a.uu.id], startDate: '2025-02-15' };
    const ini = await call(ctx, 'initiatives.create', { data });
    expect(await autoOf('initiative', ini.id, ...refs)).toEqual(sorted([
      `organisation:${a.tec.id} joined_initiative 2025-02-15 Erhvervsmentorkorps`,
      `organisation:${a.uu.id} joined_initiative 2025-02-15 Erhvervsmentorkorps`,
    ]));
    await call(ctx, 'initiatives.update', { id: ini.id, data: { ...data, partnerOrganisationIds: [a.lbr.id], startDate: null } });
    const created = ini.createdAt.slice(0, 10);
    expect(await autoOf('initiative', ini.id, ...refs)).toEqual(sorted([
      `organisation:${a.lbr.id} joined_initiative ${created} Erhvervsmentorkorps`,
      `organisation:${a.uu.id} joined_initiative ${created} Erhvervsmentorkorps`,
    ]));
    await call(ctx, 'initiatives.delete', { id: ini.id });
    expect(await autoOf('initiative', ini.id, ...refs)).toEqual([]);
  });
});
