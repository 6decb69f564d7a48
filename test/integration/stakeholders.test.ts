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
    expect(map.unplaced.map((a) => a.name)).toEqual(['Børne- og Velfærdsforvaltningen', 'Fælleselevrådet']);

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
});
