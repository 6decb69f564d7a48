import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/dispatch';
import { call, useMemoryContext } from '../helpers/db';

const t = useMemoryContext({ beforeEach, afterEach });

const org = (name: string, extra: Record<string, unknown> = {}) =>
  call(t.ctx, 'organisations.create', { name, kind: 'upper_secondary_school', ...extra });

describe('organisations', () => {
  it('creates, reads back and lists with Danish sorting', async () => {
    for (const n of ['Østerbro Gymnasium', 'Aalborg Universitet', 'Ærø Skole', 'Zealand', 'Avedøre Gymnasium', 'Åbenrå VUC']) await org(n);
    const page = await call(t.ctx, 'organisations.list', {});
    expect(page.total).toBe(6);
    // Danish collation: æ, ø, å after z, and "aa" sorts as "å".
    expect(page.items.map((o) => o.name)).toEqual(['Avedøre Gymnasium', 'Zealand', 'Ærø Skole', 'Østerbro Gymnasium', 'Åbenrå VUC', 'Aalborg Universitet']);
    expect(page.items.map((o) => o.name)).toEqual(page.items.map((o) => o.name).sort(new Intl.Collator('da').compare));
  });

  it('finds case- and accent-tolerantly, with aa/oe/ae for å/ø/æ', async () => {
    await org('Hvidovre Gymnasium');
    await org('Avedøre Gymnasium');
    await org('Café Ærlig');
    const names = async (search: string) => (await call(t.ctx, 'organisations.list', { search })).items.map((o) => o.name);
    expect(await names('hvidovre')).toEqual(['Hvidovre Gymnasium']);
    expect(await names('AVEDOERE')).toEqual(['Avedøre Gymnasium']);
    expect(await names('avedøre gym')).toEqual(['Avedøre Gymnasium']);
    expect(await names('cafe aerlig')).toEqual(['Café Ærlig']);
    expect(await names('gymnasium')).toHaveLength(2);
    expect(await names('100%_')).toEqual([]);
  });

  it('filters by kind, relation and body', async () => {
    const a = await org('A-skolen', { relation: 'core' });
    await org('B-firma', { kind: 'company', relation: 'adhoc' });
    await org('C-forening', { kind: 'ngo' });
    const body = await call(t.ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
    await call(t.ctx, 'memberships.add', { bodyId: body.id, organisationId: a.id, role: 'member' });
    const list = async (q: Record<string, unknown>) => (await call(t.ctx, 'organisations.list', q)).items.map((o) => o.name);
    expect(await list({ kind: 'company' })).toEqual(['B-firma']);
    expect(await list({ relation: 'core' })).toEqual(['A-skolen']);
    expect(await list({ relation: 'none' })).toEqual(['C-forening']);
    expect(await list({ bodyId: body.id })).toEqual(['A-skolen']);
    expect((await call(t.ctx, 'organisations.get', { id: a.id })).bodies).toEqual(['Styregruppen']);
  });

  it('deletes to the trash and restores', async () => {
    const a = await org('Hvidovre Gymnasium');
    const removed = await call(t.ctx, 'organisations.delete', { id: a.id });
    expect(removed.name).toBe('Hvidovre Gymnasium');
    expect((await call(t.ctx, 'organisations.list', {})).total).toBe(0);
    expect((await call(t.ctx, 'trash.list', {})).map((t) => t.name)).toEqual(['Hvidovre Gymnasium']);
    await call(t.ctx, 'trash.restore', { kind: 'organisation', id: a.id });
    expect((await call(t.ctx, 'organisations.list', {})).items[0]!.name).toBe('Hvidovre Gymnasium');
    expect(await call(t.ctx, 'trash.list', {})).toEqual([]);
  });
});

describe('people', () => {
  it('validates e-mail and phone with field errors and writes nothing', async () => {
    const env = await dispatch(t.ctx, 'people.create', { name: 'Søren', email: 'ikke-en-mail', phone: '12' }, () => undefined);
    expect(env.ok).toBe(false);
    if (env.ok) return;
    expect(env.error.code).toBe('VALIDATION');
    expect(Object.keys(env.error.fieldErrors ?? {}).sort()).toEqual(['email', 'phone']);
    expect((await call(t.ctx, 'people.list', {})).total).toBe(0);
  });

  it('links a person to an organisation and finds them by its name', async () => {
    const o = await org('Hvidovre Gymnasium');
    const p = await call(t.ctx, 'people.create', { name: 'Jørgen Lærkesen', title: 'Rektor', organisationId: o.id, email: 'jl@hvidovre-gym.dk', phone: '+45 36 49 25 00' });
    expect(p.organisationName).toBe('Hvidovre Gymnasium');
    expect((await call(t.ctx, 'people.list', { search: 'hvidovre rektor' })).items.map((x) => x.name)).toEqual(['Jørgen Lærkesen']);
    await call(t.ctx, 'organisations.update', { id: o.id, data: { name: 'Hvidovre Gymnasium & HF', kind: 'upper_secondary_school' } });
    expect((await call(t.ctx, 'people.list', { search: 'gymnasium & hf' })).total).toBe(1);
    expect((await call(t.ctx, 'organisations.get', { id: o.id })).people.map((x) => x.name)).toEqual(['Jørgen Lærkesen']);
  });

  it('memberships carry role and dates, and can be removed', async () => {
    const p = await call(t.ctx, 'people.create', { name: 'Åse' });
    const b = await call(t.ctx, 'bodies.create', { name: 'Advisory Board', kind: 'advisory_board' });
    const m = await call(t.ctx, 'memberships.add', { bodyId: b.id, personId: p.id, role: 'chair', fromDate: '2026-01-01', toDate: '2026-12-31' });
    expect(m).toMatchObject({ bodyName: 'Advisory Board', personName: 'Åse', role: 'chair', fromDate: '2026-01-01' });
    const bad = await dispatch(t.ctx, 'memberships.add', { bodyId: b.id, personId: p.id, role: 'chair', fromDate: '2026-12-31', toDate: '2026-01-01' }, () => undefined);
    expect(bad.ok).toBe(false);
    expect((await call(t.ctx, 'bodies.get', { id: b.id })).memberCount).toBe(1);
    await call(t.ctx, 'memberships.remove', { id: m.id });
    expect((await call(t.ctx, 'people.get', { id: p.id })).memberships).toEqual([]);
  });
});

describe('demo data', () => {
  it('fills an empty database once', async () => {
    const first = await call(t.ctx, 'app.loadDemo', {});
    expect(first.loaded).toBe(true);
    expect(first.organisations).toBeGreaterThan(15);
    const second = await call(t.ctx, 'app.loadDemo', {});
    expect(second.loaded).toBe(false);
    const lbr = await call(t.ctx, 'organisations.list', { search: 'beskaeftigelsesraad' });
    expect(lbr.items[0]?.relationReason).toBe('Skal inddrages aktivt i partnerskabet');
  });
});
