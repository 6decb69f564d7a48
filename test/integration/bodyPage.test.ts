import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useMemoryContext, call } from '../helpers/db';

const t = useMemoryContext({ beforeEach, afterEach });
const refused = (p: Promise<unknown>) => p.then(() => null, (err: { apiError: { code: string; message: string; fieldErrors?: Record<string, string[]> } }) => err.apiError);

async function people(...names: string[]) {
  const out = [];
  for (const name of names) out.push(await call(t.ctx, 'people.create', { name }));
  return out;
}

describe('a body’s page: members added many at once, meetings newest first, involvement of its members (issue 15)', () => {
  it('adds many people and organisations in one call with one role and period', async () => {
    const body = await call(t.ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
    const [aase, jorgen, birgitte] = await people('Åse Kjærgaard', 'Jørgen Lærkesen', 'Birgitte Østergård');
    const uu = await call(t.ctx, 'organisations.create', { name: 'UU Hvidovre', kind: 'municipal_department' });
    const res = await call(t.ctx, 'memberships.addMany', {
      bodyId: body.id,
      members: [{ personId: aase!.id }, { personId: jorgen!.id }, { personId: birgitte!.id }, { organisationId: uu.id }],
      role: 'member', fromDate: '2027-01-01', toDate: '2027-12-31',
    });
    expect(res.skipped).toEqual([]);
    expect(res.added.map((m) => [m.personName ?? m.organisationName, m.role, m.fromDate, m.toDate, m.bodyName])).toEqual([
      ['Åse Kjærgaard', 'member', '2027-01-01', '2027-12-31', 'Styregruppen'],
      ['Jørgen Lærkesen', 'member', '2027-01-01', '2027-12-31', 'Styregruppen'],
      ['Birgitte Østergård', 'member', '2027-01-01', '2027-12-31', 'Styregruppen'],
      ['UU Hvidovre', 'member', '2027-01-01', '2027-12-31', 'Styregruppen'],
    ]);
    const after = await call(t.ctx, 'bodies.get', { id: body.id });
    expect(after.memberCount).toBe(4);
    expect((await call(t.ctx, 'people.get', { id: jorgen!.id })).memberships.map((m) => m.bodyName)).toEqual(['Styregruppen']);
    // Removing one returns it, so the screen can undo by adding it again.
    const removed = await call(t.ctx, 'memberships.remove', { id: res.added[1]!.id });
    expect(removed.personName).toBe('Jørgen Lærkesen');
    expect((await call(t.ctx, 'bodies.get', { id: body.id })).memberCount).toBe(3);
  });

  it('skips actors already members in an overlapping period and names them; a later period is a new membership', async () => {
    const body = await call(t.ctx, 'bodies.create', { name: 'Advisory Board', kind: 'advisory_board' });
    const [a, b, c] = await people('Kåre Mølgaard', 'Helle Adelborg', 'Søren Ørsted');
    await call(t.ctx, 'memberships.add', { bodyId: body.id, personId: a!.id, role: 'chair', fromDate: '2026-01-01' });
    await call(t.ctx, 'memberships.add', { bodyId: body.id, personId: b!.id, role: 'member', fromDate: '2024-01-01', toDate: '2025-12-31' });
    const res = await call(t.ctx, 'memberships.addMany', { bodyId: body.id, members: [{ personId: a!.id }, { personId: b!.id }, { personId: c!.id }], role: 'member', fromDate: '2027-01-01' });
    expect(res.skipped.map((s) => [s.name, s.existing.role, s.existing.fromDate])).toEqual([['Kåre Mølgaard', 'chair', '2026-01-01']]);
    expect(res.added.map((m) => m.personName)).toEqual(['Helle Adelborg', 'Søren Ørsted']);
    expect((await call(t.ctx, 'bodies.get', { id: body.id })).memberCount).toBe(4);
  });

  it('is all or nothing: one actor in the trash refuses the request and adds no one', async () => {
    const body = await call(t.ctx, 'bodies.create', { name: 'Arbejdsgruppe for praktikpladser', kind: 'working_group' });
    const [a, b] = await people('Mette Frølund', 'Ole Ærbødig');
    await call(t.ctx, 'people.delete', { id: b!.id });
    const err = await refused(call(t.ctx, 'memberships.addMany', { bodyId: body.id, members: [{ personId: a!.id }, { personId: b!.id }], role: 'member' }));
    expect(err).toMatchObject({ code: 'VALIDATION', fieldErrors: { members: ['Nogle af de valgte aktører findes ikke (længere)'] } });
    expect(err!.message).toBe('Nogle af de valgte aktører findes ikke (længere): Ole Ærbødig. Ingen er tilføjet.');
    expect((await call(t.ctx, 'bodies.get', { id: body.id })).memberCount).toBe(0);

    // The contract refuses the same actor twice, an end before the start, an empty pick and a missing body.
    expect(await refused(call(t.ctx, 'memberships.addMany', { bodyId: body.id, members: [{ personId: a!.id }, { personId: a!.id }], role: 'member' }))).toMatchObject({
      code: 'VALIDATION', fieldErrors: { members: ['Den samme aktør er valgt to gange'] },
    });
    expect(await refused(call(t.ctx, 'memberships.addMany', { bodyId: body.id, members: [{ personId: a!.id }], role: 'member', fromDate: '2027-05-01', toDate: '2027-01-01' }))).toMatchObject({
      code: 'VALIDATION', fieldErrors: { toDate: ['Slutdato ligger før startdato'] },
    });
    expect((await refused(call(t.ctx, 'memberships.addMany', { bodyId: body.id, members: [], role: 'member' })))?.code).toBe('VALIDATION');
    expect((await refused(call(t.ctx, 'memberships.addMany', { bodyId: 9999, members: [{ personId: a!.id }], role: 'member' })))?.code).toBe('NOT_FOUND');
    expect((await call(t.ctx, 'bodies.get', { id: body.id })).memberCount).toBe(0);
  });

  it('lists the body’s meetings newest first', async () => {
    const body = await call(t.ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
    const meeting = (title: string, date: string, bodyId: number | null) =>
      call(t.ctx, 'meetings.create', { data: { title, type: 'steering_group', bodyId, date, startTime: '09:00', endTime: '11:00' }, standardItems: false });
    await meeting('Februarmødet', '2027-02-01', body.id);
    await meeting('Decembermødet', '2026-12-07', body.id);
    await meeting('Aprilmødet', '2027-04-05', body.id);
    await meeting('Et andet organs møde', '2027-03-01', null);
    const page = await call(t.ctx, 'meetings.list', { bodyId: body.id, newestFirst: true });
    expect(page.items.map((m) => [m.title, m.date])).toEqual([['Aprilmødet', '2027-04-05'], ['Februarmødet', '2027-02-01'], ['Decembermødet', '2026-12-07']]);
    expect(page.total).toBe(3);
  });

  it('shows what its members were involved in, newest first, paged; people of member organisations count, others do not', async () => {
    const body = await call(t.ctx, 'bodies.create', { name: 'Advisory Board', kind: 'advisory_board' });
    const lbr = await call(t.ctx, 'organisations.create', { name: 'Det lokale beskæftigelsesråd', kind: 'labour_market_org' });
    const chair = await call(t.ctx, 'people.create', { name: 'Åse Kjærgaard' });
    const lbrPerson = await call(t.ctx, 'people.create', { name: 'Lone Bæk', organisationId: lbr.id });
    const outsider = await call(t.ctx, 'people.create', { name: 'Ude Af Organet' });
    await call(t.ctx, 'memberships.addMany', { bodyId: body.id, members: [{ personId: chair.id }, { organisationId: lbr.id }], role: 'member' });
    const involve = (actorKind: 'person' | 'organisation', actorId: number, date: string, topic: string) =>
      call(t.ctx, 'involvement.create', { actorKind, actorId, date, form: 'consulted', topic });
    await involve('person', chair.id, '2026-09-01', 'Høring om mentorordningen');
    await involve('organisation', lbr.id, '2026-11-15', 'Data om ledighed');
    await involve('person', lbrPerson.id, '2026-10-03', 'Oplæg på temamødet');
    await involve('person', outsider.id, '2026-12-01', 'Ikke med');

    const all = await call(t.ctx, 'involvement.forBody', { bodyId: body.id });
    expect(all.total).toBe(3);
    expect(all.items.map((i) => [i.date, i.actorName, i.topic])).toEqual([
      ['2026-11-15', 'Det lokale beskæftigelsesråd', 'Data om ledighed'],
      ['2026-10-03', 'Lone Bæk', 'Oplæg på temamødet'],
      ['2026-09-01', 'Åse Kjærgaard', 'Høring om mentorordningen'],
    ]);
    const second = await call(t.ctx, 'involvement.forBody', { bodyId: body.id, offset: 1, limit: 1 });
    expect(second).toMatchObject({ total: 3, offset: 1 });
    expect(second.items.map((i) => i.topic)).toEqual(['Oplæg på temamødet']);
    // An organisation in the trash takes its involvement (and its people's) off the page.
    await call(t.ctx, 'organisations.delete', { id: lbr.id });
    expect((await call(t.ctx, 'involvement.forBody', { bodyId: body.id })).items.map((i) => i.actorName)).toEqual(['Åse Kjærgaard']);
    expect((await refused(call(t.ctx, 'involvement.forBody', { bodyId: 9999 })))?.code).toBe('NOT_FOUND');
  });
  it('counts a member’s involvement only within the membership period, for people, organisations and their people', async () => {
    const body = await call(t.ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
    const uu = await call(t.ctx, 'organisations.create', { name: 'UU Center-Syd', kind: 'municipal_department' });
    const vejleder = await call(t.ctx, 'people.create', { name: 'Birgitte Østergård', organisationId: uu.id });
    const formand = await call(t.ctx, 'people.create', { name: 'Kåre Mølgaard' });
    const tidligere = await call(t.ctx, 'people.create', { name: 'Jørgen Lærkesen' });
    // Kåre from 2026 on; Jørgen 2024–2025; UU Center-Syd in 2027 only; Jørgen again from 2027.
    await call(t.ctx, 'memberships.add', { bodyId: body.id, personId: formand.id, role: 'chair', fromDate: '2026-01-01' });
    await call(t.ctx, 'memberships.add', { bodyId: body.id, personId: tidligere.id, role: 'member', fromDate: '2024-01-01', toDate: '2025-12-31' });
    await call(t.ctx, 'memberships.add', { bodyId: body.id, personId: tidligere.id, role: 'member', fromDate: '2027-01-01' });
    await call(t.ctx, 'memberships.add', { bodyId: body.id, organisationId: uu.id, role: 'member', fromDate: '2027-01-01', toDate: '2027-12-31' });
    const involve = (actorKind: 'person' | 'organisation', actorId: number, date: string, topic: string) =>
      call(t.ctx, 'involvement.create', { actorKind, actorId, date, form: 'consulted', topic });
    await involve('person', formand.id, '2025-12-31', 'Før Kåre kom ind');
    await involve('person', formand.id, '2026-01-01', 'Kåres første dag');
    await involve('person', tidligere.id, '2023-12-31', 'Før Jørgens første periode');
    await involve('person', tidligere.id, '2025-12-31', 'Jørgens sidste dag');
    await involve('person', tidligere.id, '2026-06-01', 'Mellem Jørgens perioder');
    await involve('person', tidligere.id, '2027-02-01', 'Jørgen igen');
    await involve('organisation', uu.id, '2026-12-31', 'UU før medlemskabet');
    await involve('organisation', uu.id, '2027-12-31', 'UU på sidste dag');
    await involve('person', vejleder.id, '2028-01-01', 'Vejleder efter UU’s periode');
    await involve('person', vejleder.id, '2027-03-15', 'Vejleder i UU’s periode');

    const page = await call(t.ctx, 'involvement.forBody', { bodyId: body.id });
    expect(page.items.map((i) => [i.date, i.actorName, i.topic])).toEqual([
      ['2027-12-31', 'UU Center-Syd', 'UU på sidste dag'],
      ['2027-03-15', 'Birgitte Østergård', 'Vejleder i UU’s periode'],
      ['2027-02-01', 'Jørgen Lærkesen', 'Jørgen igen'],
      ['2026-01-01', 'Kåre Mølgaard', 'Kåres første dag'],
      ['2025-12-31', 'Jørgen Lærkesen', 'Jørgens sidste dag'],
    ]);
    expect(page.total).toBe(5);
    // Two memberships of one person in the same period still show each involvement once.
    await call(t.ctx, 'memberships.add', { bodyId: body.id, personId: formand.id, role: 'member', fromDate: '2026-01-01', toDate: '2026-01-31' });
    expect((await call(t.ctx, 'involvement.forBody', { bodyId: body.id })).total).toBe(5);
  });
});
