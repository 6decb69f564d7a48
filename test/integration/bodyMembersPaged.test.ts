import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BODY_PAGE } from '../../preload/contract';
import { call, useMemoryContext } from '../helpers/db';

const t = useMemoryContext({ beforeEach, afterEach });

/** Issue 17: a body's page reads its members one page at a time (the largest body at region scale has 848). */
describe('a body’s members, one page at a time', () => {
  it('gives the same members in the same order as one long list, with the total and every member’s ids', async () => {
    const body = await call(t.ctx, 'bodies.create', { name: 'Ungdomsudvalget', kind: 'working_group' });
    const other = await call(t.ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
    const org = await call(t.ctx, 'organisations.create', { name: 'Ærø Efterskole', kind: 'upper_secondary_school' });
    const gone = await call(t.ctx, 'organisations.create', { name: 'Østerbro ApS', kind: 'company' });
    const people = [];
    for (let i = 0; i < BODY_PAGE + 12; i++) people.push(await call(t.ctx, 'people.create', { name: `Åse ${String(i).padStart(3, '0')} Kjærgaard` }));
    const ids: number[] = [];
    const add = async (m: { personId?: number; organisationId?: number }, role: 'member' | 'chair' = 'member', fromDate: string | null = null) =>
      ids.push((await call(t.ctx, 'memberships.add', { bodyId: body.id, role, fromDate, ...m })).id);
    await add({ organisationId: org.id }, 'chair');
    await add({ organisationId: gone.id });
    for (const p of people) await add({ personId: p.id });
    // A second, later period for the first person: two memberships, one member.
    await add({ personId: people[0]!.id }, 'chair', '2030-01-01');
    await call(t.ctx, 'memberships.add', { bodyId: other.id, personId: people[1]!.id, role: 'member' });
    await call(t.ctx, 'people.delete', { id: people[5]!.id });
    await call(t.ctx, 'organisations.delete', { id: gone.id });

    // What the page listed before it was paged: every live membership by when it was added.
    const expected = ids.filter((_, i) => i !== 1 && i !== 2 + 5);
    const first = await call(t.ctx, 'bodies.get', { id: body.id });
    expect(first.members).toHaveLength(BODY_PAGE);
    expect(first).toMatchObject({ id: body.id, name: 'Ungdomsudvalget', offset: 0, memberCount: expected.length });
    const second = await call(t.ctx, 'bodies.get', { id: body.id, offset: BODY_PAGE, limit: BODY_PAGE });
    expect(second.offset).toBe(BODY_PAGE);
    expect(second.memberCount).toBe(expected.length);
    expect([...first.members, ...second.members].map((m) => m.id)).toEqual(expected);
    expect(second.members.at(-1)).toMatchObject({ personId: people[0]!.id, personName: 'Åse 000 Kjærgaard', role: 'chair', fromDate: '2030-01-01', bodyName: 'Ungdomsudvalget', bodyKind: 'working_group' });
    expect(first.members[0]).toMatchObject({ organisationId: org.id, organisationName: 'Ærø Efterskole', personId: null, personName: null, role: 'chair' });

    // Every live member's ids, whatever page is shown: the add form marks them as members already.
    expect(second.memberIds).toEqual({ people: people.filter((_, i) => i !== 5).map((p) => p.id).sort((a, b) => a - b), organisations: [org.id] });
    expect(first.memberIds).toEqual(second.memberIds);

    // A short page, and a page past the end (the last member of the last page was just removed).
    const some = await call(t.ctx, 'bodies.get', { id: body.id, offset: 10, limit: 5 });
    expect(some.members.map((m) => m.id)).toEqual(expected.slice(10, 15));
    const past = await call(t.ctx, 'bodies.get', { id: body.id, offset: 500 });
    expect(past).toMatchObject({ members: [], memberCount: expected.length, offset: 500 });

    // Saving the body answers with its first page.
    const saved = await call(t.ctx, 'bodies.update', { id: body.id, version: first.version, data: { name: 'Ungdomsudvalget', kind: 'working_group', description: 'Mødes hver måned' } });
    expect(saved.members.map((m) => m.id)).toEqual(expected.slice(0, BODY_PAGE));
    expect(saved.memberCount).toBe(expected.length);
  });

  it('an empty body has no members and no ids; a body in the trash is not found', async () => {
    const body = await call(t.ctx, 'bodies.create', { name: 'Ækvivalensgruppen', kind: 'network' });
    expect(await call(t.ctx, 'bodies.get', { id: body.id })).toMatchObject({ members: [], memberCount: 0, offset: 0, memberIds: { people: [], organisations: [] } });
    await call(t.ctx, 'bodies.delete', { id: body.id });
    await expect(call(t.ctx, 'bodies.get', { id: body.id })).rejects.toMatchObject({ apiError: { code: 'NOT_FOUND' } });
  });

  it('refuses a page size beyond 1000', async () => {
    const body = await call(t.ctx, 'bodies.create', { name: 'Netværket', kind: 'network' });
    await expect(call(t.ctx, 'bodies.get', { id: body.id, limit: 5000 })).rejects.toMatchObject({ apiError: { code: 'VALIDATION' } });
  });
});
