import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { setInitiativeStatus } from '../../main/initiatives/statusHistory';
import { fixedClock } from '../../main/app/clock';
import { call, ctxOf, memoryDb } from '../helpers/db';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(() => db.close());

async function base() {
  const school = await call(ctx, 'tracks.create', { name: 'Grundskolesporet', sortOrder: 1 });
  const company = await call(ctx, 'tracks.create', { name: 'Virksomhedssporet', sortOrder: 2 });
  const g1 = await call(ctx, 'targetGroups.create', { name: '12–18 år', ageFrom: 12, ageTo: 18 });
  const g0 = await call(ctx, 'targetGroups.create', { name: '0–12 år', ageFrom: 0, ageTo: 12 });
  const org = await call(ctx, 'organisations.create', { name: 'UU Vestegnen', kind: 'municipal_department' });
  const partner = await call(ctx, 'organisations.create', { name: 'Ærø Erhvervsskole', kind: 'vocational_college' });
  const person = await call(ctx, 'people.create', { name: 'Søren Ålund', organisationId: org.id });
  return { school, company, g0, g1, org, partner, person };
}

describe('initiatives', () => {
  it('creates an initiative with target groups, partners, budget and a status history kept with dates', async () => {
    const b = await base();
    const created = await call(ctx, 'initiatives.create', {
      status: 'idea',
      statusDate: '2026-01-10',
      data: {
        name: 'Brobygning til erhvervsskolerne',
        trackId: b.school.id,
        targetGroupIds: [b.g1.id],
        ownerOrganisationId: b.org.id,
        partnerOrganisationIds: [b.partner.id],
        contactPersonId: b.person.id,
        startDate: '2026-08-01',
        endDate: '2027-06-30',
        budgetLines: [
          { year: 2026, amount: 120_000, fundingSource: 'Ungepuljen' },
          { year: 2027, amount: 80_000, fundingSource: 'Kommunale midler', note: 'Forudsætter budgetforlig' },
        ],
      },
    });
    expect(created.budgetTotal).toBe(200_000);
    expect(created.partnerOrganisations.map((p) => p.name)).toEqual(['Ærø Erhvervsskole']);
    expect(created.contactPerson?.name).toBe('Søren Ålund');
    await call(ctx, 'organisations.delete', { id: b.partner.id });
    expect((await call(ctx, 'initiatives.get', { id: created.id })).partnerOrganisations).toEqual([]);
    await call(ctx, 'trash.restore', { kind: 'organisation', id: b.partner.id });
    expect((await call(ctx, 'initiatives.get', { id: created.id })).partnerOrganisations.map((p) => p.name)).toEqual(['Ærø Erhvervsskole']);
    await call(ctx, 'initiatives.setStatus', { id: created.id, status: 'proposed', date: '2026-03-01' });
    // Decision memos call the service inside their own transaction:
    await db.tx((m) => setInitiativeStatus(m, created.id, 'decided', '2026-05-20', 'Byrådet 20. maj'));
    // A back-dated correction is placed in date order and does not become the current status.
    const after = await call(ctx, 'initiatives.setStatus', { id: created.id, status: 'proposed', date: '2026-02-15', note: 'Rettelse' });
    expect(after.history.map((h) => [h.status, h.date])).toEqual([
      ['idea', '2026-01-10'],
      ['proposed', '2026-02-15'],
      ['proposed', '2026-03-01'],
      ['decided', '2026-05-20'],
    ]);
    expect(after.status).toBe('decided');
    expect(after.statusDate).toBe('2026-05-20');
    // Removing the mistaken decision brings the current status back; the last entry cannot be removed.
    const corrected = await call(ctx, 'initiatives.removeStatus', { id: after.history[3]!.id });
    expect([corrected.status, corrected.statusDate, corrected.history.length]).toEqual(['proposed', '2026-03-01', 3]);
    for (const h of corrected.history.slice(1)) await call(ctx, 'initiatives.removeStatus', { id: h.id });
    await expect(call(ctx, 'initiatives.removeStatus', { id: corrected.history[0]!.id })).rejects.toMatchObject({ apiError: { code: 'CONFLICT' } });
  });

  it('filters by track, status and target group (overviews by age band) and orders target groups by age', async () => {
    const b = await base();
    const mk = (name: string, trackId: number, targetGroupIds: number[], status: 'idea' | 'running') =>
      call(ctx, 'initiatives.create', { status, data: { name, trackId, targetGroupIds } });
    await mk('Lektiecafé', b.school.id, [b.g0.id], 'running');
    await mk('Åben virksomhed', b.company.id, [b.g1.id], 'idea');
    await mk('Erhvervspraktik i 9. klasse', b.school.id, [b.g1.id], 'running');
    const names = async (q: Parameters<typeof call<'initiatives.list'>>[2]) => (await call(ctx, 'initiatives.list', q)).items.map((i) => i.name);
    expect(await names({ trackId: b.school.id })).toEqual(['Erhvervspraktik i 9. klasse', 'Lektiecafé']);
    expect(await names({ targetGroupId: b.g1.id })).toEqual(['Erhvervspraktik i 9. klasse', 'Åben virksomhed']);
    expect(await names({ status: 'idea' })).toEqual(['Åben virksomhed']);
    expect(await names({ search: 'aaben' })).toEqual(['Åben virksomhed']);
    expect((await call(ctx, 'targetGroups.list', {})).map((g) => [g.name, g.initiativeCount])).toEqual([['0–12 år', 1], ['12–18 år', 2]]);
  });

  it('rejects unknown references with field errors and refuses to delete a track in use', async () => {
    const b = await base();
    await expect(call(ctx, 'initiatives.create', { data: { name: 'X', trackId: 999, targetGroupIds: [] } })).rejects.toMatchObject({
      apiError: { code: 'VALIDATION', fieldErrors: { trackId: ['Sporet findes ikke'] } },
    });
    await expect(call(ctx, 'initiatives.create', { data: { name: 'X', trackId: b.school.id, budgetLines: [{ year: 2026, amount: 1.5 }] } })).rejects.toMatchObject({
      apiError: { code: 'VALIDATION', fieldErrors: { 'data.budgetLines.0.amount': ['Angiv hele kroner'] } },
    });
    await call(ctx, 'initiatives.create', { data: { name: 'Y', trackId: b.school.id } });
    await expect(call(ctx, 'tracks.delete', { id: b.school.id })).rejects.toMatchObject({ apiError: { code: 'CONFLICT' } });
    await expect(call(ctx, 'tracks.create', { name: 'grundskolesporet' })).rejects.toMatchObject({ apiError: { code: 'CONFLICT' } });
    expect(await call(ctx, 'tracks.delete', { id: b.company.id })).toEqual({ deleted: true });
  });

  it('demo data gives a living partnership: tracks, initiatives in several statuses, goals with a mix of statuses, key figures', async () => {
    // The demo is dated from the clock's today: pinned here.
    ctx = { ...ctx, clock: fixedClock('2026-11-22T10:00:00+01:00') };
    expect((await call(ctx, 'app.loadDemo', {})).loaded).toBe(true);
    const tracks = await call(ctx, 'tracks.list', {});
    expect(tracks.map((t) => t.name)).toEqual(['Grundskolesporet', 'Virksomhedssporet', 'Støttesporet', 'Vejledningssporet']);
    const list = (await call(ctx, 'initiatives.list', {})).items;
    expect(new Set(list.map((i) => i.status)).size).toBeGreaterThanOrEqual(3);
    const mentor = list.find((i) => i.name === 'Erhvervsmentorkorps')!;
    const detail = await call(ctx, 'initiatives.get', { id: mentor.id });
    expect(detail.ownerOrganisation?.name).toBe('Arbejdsmarkedsafdelingen – Jobcenter Hvidovre');
    expect(detail.history.map((h) => h.status)).toEqual(['proposed', 'decided', 'running']);
    const goals = (await call(ctx, 'goals.list', { asOf: '2026-11-22' })).items;
    expect(goals.map((g) => g.progress.status).sort()).toEqual(['at_risk', 'at_risk', 'on_track', 'on_track']);
    const figures = await call(ctx, 'keyFigures.table', { fromYear: 2025, toYear: 2026 });
    expect(figures.find((f) => f.name === 'Antal individuelle vejledninger')!.years[1]).toMatchObject({ value: 1547, change: 59 });
  });
});
