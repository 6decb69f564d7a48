import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { BODY_PREVIEW } from '../../preload/contract';
import { call, ctxOf, memoryDb } from '../helpers/db';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(() => db.close());

/** Issue 17: the Organer list sends each body's count and first members, not every membership. */
describe('bodies list', () => {
  it('gives each live body its live member count and its first members as the body page lists them', async () => {
    const big = await call(ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group', description: 'Mødes hver måned' });
    const empty = await call(ctx, 'bodies.create', { name: 'Ækvivalensgruppen', kind: 'working_group' });
    const trashed = await call(ctx, 'bodies.create', { name: 'Nedlagt', kind: 'working_group' });
    const people = [];
    for (let i = 0; i < BODY_PREVIEW + 4; i++) people.push(await call(ctx, 'people.create', { name: `Person ${String(i).padStart(2, '0')} Ørsted`, organisationId: null }));
    const org = await call(ctx, 'organisations.create', { name: 'Køge Gymnasium', kind: 'upper_secondary_school' });
    const gone = await call(ctx, 'organisations.create', { name: 'Slettet ApS', kind: 'company' });
    await call(ctx, 'memberships.add', { bodyId: big.id, personId: people[0]!.id, role: 'chair' });
    await call(ctx, 'memberships.add', { bodyId: big.id, organisationId: gone.id, role: 'member' });
    for (const p of people.slice(1)) await call(ctx, 'memberships.add', { bodyId: big.id, personId: p.id, role: 'member' });
    await call(ctx, 'memberships.add', { bodyId: big.id, organisationId: org.id, role: 'observer' });
    await call(ctx, 'memberships.add', { bodyId: trashed.id, organisationId: org.id, role: 'member' });
    await call(ctx, 'people.delete', { id: people[2]!.id });
    await call(ctx, 'organisations.delete', { id: gone.id });
    await call(ctx, 'bodies.delete', { id: trashed.id });

    const list = await call(ctx, 'bodies.list', {});
    expect(list.map((b) => b.name)).toEqual(['Styregruppen', 'Ækvivalensgruppen']);
    const [row, none] = list;
    const page = await call(ctx, 'bodies.get', { id: big.id });
    // 9 people minus the trashed one, plus the live organisation; the trashed organisation is left out.
    expect(row!.memberCount).toBe(people.length - 1 + 1);
    expect(row!.memberCount).toBe(page.members.length);
    expect(row!.preview).toEqual(page.members.slice(0, BODY_PREVIEW));
    expect(row!.preview.map((m) => m.personName)).toEqual(['Person 00 Ørsted', 'Person 01 Ørsted', 'Person 03 Ørsted', 'Person 04 Ørsted', 'Person 05 Ørsted']);
    expect(row).toMatchObject({ id: big.id, kind: 'steering_group', description: 'Mødes hver måned', version: page.version, updatedAt: page.updatedAt });
    expect(none).toMatchObject({ id: empty.id, memberCount: 0, preview: [] });
    expect('members' in row!).toBe(false);
  });

  it('agrees with the body options on counts', async () => {
    const body = await call(ctx, 'bodies.create', { name: 'Advisory Board', kind: 'advisory_board' });
    const p = await call(ctx, 'people.create', { name: 'Åse', organisationId: null });
    await call(ctx, 'memberships.add', { bodyId: body.id, personId: p.id, role: 'member' });
    const options = await call(ctx, 'bodies.options', {});
    const list = await call(ctx, 'bodies.list', {});
    expect(options).toEqual(list.map((b) => ({ id: b.id, name: b.name, kind: b.kind, memberCount: b.memberCount })));
    expect(list[0]!.memberCount).toBe(1);
  });
});
