import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { WHEEL_CAP_PER_MONTH } from '../../preload/contract';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { pdfText } from '../helpers/pdf';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(() => db.close());

describe('initiatives, memos and the annual wheel as the screen reads them', () => {
  it('pages initiatives with track, owner, target groups and budget total, ordered by the screen grouping', async () => {
    const late = await call(ctx, 'tracks.create', { name: 'Virksomhedssporet', sortOrder: 2 });
    const early = await call(ctx, 'tracks.create', { name: 'Grundskolesporet', sortOrder: 1 });
    const g = await call(ctx, 'targetGroups.create', { name: '12–18 år', ageFrom: 12, ageTo: 18 });
    const owner = await call(ctx, 'organisations.create', { name: 'Ærø Erhvervsskole', kind: 'vocational_college' });
    const gone = await call(ctx, 'organisations.create', { name: 'Lukket forening', kind: 'vocational_college' });
    const mk = (name: string, trackId: number, status: 'idea' | 'running', extra: object = {}) =>
      call(ctx, 'initiatives.create', { status, data: { name, trackId, ...extra } });
    await mk('Åben virksomhed', late.id, 'running', { ownerOrganisationId: owner.id, targetGroupIds: [g.id], budgetLines: [{ year: 2026, amount: 100_000 }, { year: 2027, amount: 50_000 }] });
    await mk('Brobygning', early.id, 'idea', { ownerOrganisationId: gone.id });
    await mk('Lektiecafé', early.id, 'running');
    await call(ctx, 'organisations.delete', { id: gone.id });

    // Danish order: Å after Z.
    const byName = await call(ctx, 'initiatives.list', {});
    expect([byName.total, byName.offset, byName.items.map((i) => i.name)]).toEqual([3, 0, ['Brobygning', 'Lektiecafé', 'Åben virksomhed']]);
    expect(byName.items[2]).toMatchObject({
      track: { id: late.id, name: 'Virksomhedssporet' }, targetGroups: [{ id: g.id, name: '12–18 år' }], status: 'running',
      ownerOrganisation: { id: owner.id, name: 'Ærø Erhvervsskole' }, budgetTotal: 150_000,
    });
    // An owner in the trash is not shown (as on the detail page).
    expect(byName.items[0]).toMatchObject({ ownerOrganisation: null, targetGroups: [], budgetTotal: 0 });

    const byTrack = await call(ctx, 'initiatives.list', { groupBy: 'track', limit: 2 });
    expect([byTrack.total, byTrack.items.map((i) => i.name)]).toEqual([3, ['Brobygning', 'Lektiecafé']]);
    expect((await call(ctx, 'initiatives.list', { groupBy: 'track', limit: 2, offset: 2 })).items.map((i) => i.name)).toEqual(['Åben virksomhed']);
    expect((await call(ctx, 'initiatives.list', { groupBy: 'status' })).items.map((i) => i.status)).toEqual(['idea', 'running', 'running']);
    const found = await call(ctx, 'initiatives.list', { search: 'lektie', limit: 1 });
    expect([found.total, found.items.map((i) => i.name)]).toEqual([1, ['Lektiecafé']]);
    await expect(call(ctx, 'initiatives.list', { limit: 1001 })).rejects.toMatchObject({ apiError: { code: 'VALIDATION' } });
  });

  it('lists memos a page at a time with the row columns only', async () => {
    for (let i = 1; i <= 3; i++) {
      await call(ctx, 'memos.create', { title: `Oplæg ${i}`, recipientKind: 'city_council', memoDate: `2026-0${i}-01`, meetingDate: `2026-0${i}-20`, caseNumber: `26/00${i}`, summary: 'Langt resumé.', recommendations: ['At byrådet godkender'] });
    }
    const page = await call(ctx, 'memos.list', { limit: 2 });
    expect(page.total).toBe(3);
    expect(page.items.map((m) => m.title)).toEqual(['Oplæg 3', 'Oplæg 2']);
    expect(page.items[0]).toEqual({
      id: page.items[0]!.id, title: 'Oplæg 3', caseNumber: '26/003', recipientKind: 'city_council', recipientName: null, meetingDate: '2026-03-20', author: null,
      memoDate: '2026-03-01', status: 'draft', sentVersion: 0, hasUnsentChanges: false, awaitingDecision: false, outcome: null, updatedAt: page.items[0]!.updatedAt,
    });
    expect((await call(ctx, 'memos.list', { limit: 2, offset: 2 })).items.map((m) => m.title)).toEqual(['Oplæg 1']);
  });

  it('shows at most a dozen entries per ring and month on the wheel, counts them all, and prints them all', async () => {
    const track = await call(ctx, 'tracks.create', { name: 'Grundskolesporet' });
    for (let i = 0; i < WHEEL_CAP_PER_MONTH + 3; i++) {
      await call(ctx, 'initiatives.create', { data: { name: `Indsats ${String(i).padStart(2, '0')}`, trackId: track.id, startDate: '2026-03-01', endDate: '2026-05-31' } });
    }
    await call(ctx, 'initiatives.create', { data: { name: 'Sommerskole', trackId: track.id, startDate: '2026-07-01', endDate: '2026-07-31' } });
    await call(ctx, 'milestones.create', { title: 'Budgetfrist', date: '2026-03-15', kind: 'budget' });

    const wheel = await call(ctx, 'wheel.get', { year: 2026 });
    const initiatives = wheel.entries.filter((e) => e.ring === 'initiatives').map((e) => e.title);
    expect(initiatives).toHaveLength(WHEEL_CAP_PER_MONTH + 1);
    expect(initiatives).toContain('Sommerskole');
    expect(initiatives).not.toContain(`Indsats ${WHEEL_CAP_PER_MONTH + 2}`);
    expect(wheel.entries.filter((e) => e.ring === 'milestones').map((e) => e.title)).toEqual(['Budgetfrist']);
    expect(wheel.totals).toEqual({ initiatives: WHEEL_CAP_PER_MONTH + 4, milestones: 1 });

    const printed = pdfText(await call(ctx, 'wheel.pdf', { year: 2026 })).replace(/\s+/g, ' ');
    expect(printed).toContain(`Indsats ${WHEEL_CAP_PER_MONTH + 2}`);
  });
});
