import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import { call, ctxOf, memoryDb } from '../helpers/db';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(() => db.close());

/** The body filter and the trash under the query shapes tuned for size L (issue 8). */
describe('actor list filters', () => {
  async function world() {
    const body = await call(ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
    const other = await call(ctx, 'bodies.create', { name: 'Advisory Board', kind: 'advisory_board' });
    const org = (name: string) => call(ctx, 'organisations.create', { name, kind: 'company' });
    const direct = await org('Direkte Medlem A/S');
    const viaPerson = await org('Via Person ApS');
    const viaTrashedPerson = await org('Via Slettet Person ApS');
    const outside = await org('Udenfor I/S');
    const person = (name: string, organisationId: number | null) => call(ctx, 'people.create', { name, organisationId });
    const søren = await person('Søren Ørsted', viaPerson.id);
    const gone = await person('Bent Slettet', viaTrashedPerson.id);
    const colleague = await person('Åse Kollega', direct.id);
    await person('Ole Udenfor', outside.id);
    const elsewhere = await person('Mette Andetsteds', null);
    await call(ctx, 'memberships.add', { bodyId: body.id, organisationId: direct.id, role: 'member' });
    await call(ctx, 'memberships.add', { bodyId: body.id, personId: søren.id, role: 'chair' });
    await call(ctx, 'memberships.add', { bodyId: body.id, personId: gone.id, role: 'member' });
    await call(ctx, 'memberships.add', { bodyId: other.id, personId: elsewhere.id, role: 'member' });
    await call(ctx, 'people.delete', { id: gone.id });
    return { body, søren, colleague };
  }

  it('organisations of a body: members themselves and the organisations of member people, not of trashed people', async () => {
    const { body } = await world();
    const page = await call(ctx, 'organisations.list', { bodyId: body.id });
    expect(page.items.map((o) => o.name)).toEqual(['Direkte Medlem A/S', 'Via Person ApS']);
    expect(page.total).toBe(2);
  });

  it('people of a body: members themselves and the people of member organisations', async () => {
    const { body } = await world();
    const page = await call(ctx, 'people.list', { bodyId: body.id });
    expect(page.items.map((p) => p.name)).toEqual(['Søren Ørsted', 'Åse Kollega']);
    expect(page.items[0]!.bodies).toEqual(['Styregruppen']);
  });

  it('search, body filter and paging leave the trash out and count what they show', async () => {
    const { body } = await world();
    expect((await call(ctx, 'people.list', { search: 'slettet' })).total).toBe(0);
    expect((await call(ctx, 'people.list', { search: 'soeren' })).items.map((p) => p.name)).toEqual(['Søren Ørsted']);
    const paged = await call(ctx, 'people.list', { bodyId: body.id, search: 'ørsted kollega' });
    expect(paged.total).toBe(0);
    const second = await call(ctx, 'people.list', { offset: 1, limit: 2 });
    expect(second.total).toBe(4);
    expect(second.items.map((p) => p.name)).toEqual(['Ole Udenfor', 'Søren Ørsted']);
  });

  it('body options name the live bodies with the same member counts as the full list', async () => {
    await world();
    const full = await call(ctx, 'bodies.list', {});
    const options = await call(ctx, 'bodies.options', {});
    expect(options).toEqual(full.map((b) => ({ id: b.id, name: b.name, kind: b.kind, memberCount: b.memberCount })));
    expect(options.map((o) => [o.name, o.memberCount])).toEqual([['Advisory Board', 1], ['Styregruppen', 2]]);
  });
});
