import { describe, expect, it } from 'vitest';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { pdfText } from '../helpers/pdf';

describe('stakeholder map', () => {
  it('places, moves and removes actors, refuses unknown ones and prints the map with æøå', async () => {
    const ctx = ctxOf(await memoryDb());
    const org = await call(ctx, 'organisations.create', { name: 'Fælleselevrådet', kind: 'ngo', relation: 'adhoc', relationReason: null, address: null, website: null, notes: null });
    const other = await call(ctx, 'organisations.create', { name: 'Børne- og Velfærdsforvaltningen', kind: 'municipal_department', relation: 'core', relationReason: null, address: null, website: null, notes: null });
    let map = await call(ctx, 'stakeholders.get', {});
    expect(map.placed).toEqual([]);
    expect(map.unplacedTotal).toBe(2);
    expect((await call(ctx, 'stakeholders.candidates', { search: '' })).actors.map((a) => a.name)).toEqual(['Børne- og Velfærdsforvaltningen', 'Fælleselevrådet']);

    await call(ctx, 'stakeholders.place', { actorKind: 'organisation', actorId: org.id, influence: 15, interest: 85 });
    map = await call(ctx, 'stakeholders.place', { actorKind: 'organisation', actorId: org.id, influence: 20, interest: 90 });
    expect(map.placed).toEqual([{ actorKind: 'organisation', actorId: org.id, name: 'Fælleselevrådet', relation: 'adhoc', influence: 20, interest: 90 }]);
    await expect(call(ctx, 'stakeholders.place', { actorKind: 'organisation', actorId: org.id, influence: 120, interest: 90 })).rejects.toThrow(/VALIDATION/);
    await expect(call(ctx, 'stakeholders.place', { actorKind: 'person', actorId: 77, influence: 1, interest: 1 })).rejects.toThrow(/Aktøren findes ikke/);
    await call(ctx, 'stakeholders.place', { actorKind: 'organisation', actorId: other.id, influence: 80, interest: 90 });

    const text = pdfText(await call(ctx, 'stakeholders.pdf', {})).replace(/\s+/g, ' ');
    for (const s of ['Interessentkort', 'Inddrag tæt', 'Hold tilfreds', 'Hold informeret', 'Overvåg', 'Fælleselevrådet', 'Børne- og Velfærdsforvaltningen', 'Inddrages ad hoc']) expect(text).toContain(s);

    map = await call(ctx, 'stakeholders.place', { actorKind: 'organisation', actorId: org.id, influence: null, interest: null });
    expect(map.placed.map((a) => a.name)).toEqual(['Børne- og Velfærdsforvaltningen']);
    // An actor in the trash leaves the map.
    await call(ctx, 'organisations.delete', { id: other.id });
    expect((await call(ctx, 'stakeholders.get', {})).placed).toEqual([]);
  });

  it('orders the map and the picker the Danish way (… z æ ø å, aa as å), people and organisations together, and finds by typed words', async () => {
    const ctx = ctxOf(await memoryDb());
    const org = (name: string) => call(ctx, 'organisations.create', { name, kind: 'ngo', relation: 'core', relationReason: null, address: null, website: null, notes: null });
    const person = (name: string) => call(ctx, 'people.create', { name });
    const actors = [
      { kind: 'organisation' as const, a: await org('Østerbro Ungdomsskole') },
      { kind: 'person' as const, a: await person('Åse Kjærgaard') },
      { kind: 'organisation' as const, a: await org('Zealand Erhvervsakademi') },
      { kind: 'person' as const, a: await person('Aage Hansen') },
      { kind: 'organisation' as const, a: await org('Ærø Kommune') },
      { kind: 'person' as const, a: await person('Anders Ørsted') },
      { kind: 'organisation' as const, a: await org('Bispebjerg Ungeråd') },
    ];
    const danish = ['Anders Ørsted', 'Bispebjerg Ungeråd', 'Zealand Erhvervsakademi', 'Ærø Kommune', 'Østerbro Ungdomsskole', 'Aage Hansen', 'Åse Kjærgaard'];
    expect((await call(ctx, 'stakeholders.candidates', { search: '' })).actors.map((a) => a.name)).toEqual(danish);
    const few = await call(ctx, 'stakeholders.candidates', { search: '', limit: 3 });
    expect(few).toMatchObject({ total: 7 });
    expect(few.actors.map((a) => a.name)).toEqual(danish.slice(0, 3));
    // "oe" finds "ø", as every search in the app does.
    expect((await call(ctx, 'stakeholders.candidates', { search: 'oester' })).actors.map((a) => a.name)).toEqual(['Østerbro Ungdomsskole']);

    let map = await call(ctx, 'stakeholders.get', {});
    for (const [i, { kind, a }] of actors.entries()) map = await call(ctx, 'stakeholders.place', { actorKind: kind, actorId: a.id, influence: 10 + i, interest: 90 - i });
    expect(map.placed.map((a) => a.name)).toEqual(danish);
    expect(map.unplacedTotal).toBe(0);
    expect(await call(ctx, 'stakeholders.candidates', { search: '' })).toEqual({ actors: [], total: 0 });
    expect(map.placed.find((a) => a.name === 'Ærø Kommune')).toEqual({ actorKind: 'organisation', actorId: actors[4]!.a.id, name: 'Ærø Kommune', relation: 'core', influence: 14, interest: 86 });

    // Taken off the map: back among the candidates, in its place.
    map = await call(ctx, 'stakeholders.place', { actorKind: 'organisation', actorId: actors[4]!.a.id, influence: null, interest: null });
    expect(map.placed.map((a) => a.name)).toEqual(danish.filter((n) => n !== 'Ærø Kommune'));
    expect(await call(ctx, 'stakeholders.candidates', { search: 'ærø' })).toMatchObject({ total: 1, actors: [{ name: 'Ærø Kommune' }] });
    // The PDF draws the placed actors with their æøå.
    const text = pdfText(await call(ctx, 'stakeholders.pdf', {})).replace(/\s+/g, ' ');
    for (const n of ['Østerbro Ungdomsskole', 'Åse Kjærgaard', 'Aage Hansen']) expect(text).toContain(n);
  });
});
