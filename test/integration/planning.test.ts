import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { loadDemoData } from '../../main/demo/demoData';
import { fixedClock } from '../../main/app/clock';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { pdfPageCount, pdfText } from '../helpers/pdf';

let db: Database;
let ctx: ReturnType<typeof ctxOf>;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});

describe('milestones and the annual wheel', () => {
  it('recurring milestones come back every year (29 February on the 28th); others stay in their year', async () => {
    await call(ctx, 'milestones.create', { title: 'Budgetvedtagelse', date: '2024-02-29', kind: 'budget', recurring: true });
    await call(ctx, 'milestones.create', { title: 'Kommunalbestyrelsen behandler forslag', date: '2025-09-23', kind: 'council_meeting' });
    expect((await call(ctx, 'milestones.list', { year: 2025 })).map((m) => [m.title, m.occursOn, m.date])).toEqual([
      ['Budgetvedtagelse', '2025-02-28', '2024-02-29'],
      ['Kommunalbestyrelsen behandler forslag', '2025-09-23', '2025-09-23'],
    ]);
    expect((await call(ctx, 'milestones.list', { year: 2023 }))).toEqual([]);
    expect((await call(ctx, 'wheel.get', { year: 2026 })).entries.map((e) => [e.ring, e.category, e.date])).toEqual([['milestones', 'budget', '2026-02-28']]);
    await expect(call(ctx, 'milestones.create', { title: '', date: '2025-01-01', kind: 'other' })).rejects.toThrow(/VALIDATION/);
  });

  it('a crowded year flows into two columns and onto more pages without losing an entry', async () => {
    for (let i = 0; i < 80; i++) {
      const d = `2027-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
      await call(ctx, 'milestones.create', { title: `Milepæl nr. ${i + 1} med en lidt længere titel til afprøvning`, date: d, kind: 'other' });
    }
    const buf = Buffer.from((await call(ctx, 'wheel.pdf', { year: 2027 })).base64!, 'base64');
    expect(pdfPageCount(buf)).toBeGreaterThan(1);
    const text = pdfText(buf).replace(/\s+/g, ' ');
    for (let i = 1; i <= 80; i++) expect(text).toContain(`Milepæl nr. ${i} med`);
  });

  it('prints the demo year as an A3 landscape PDF with months and every milestone', async () => {
    await loadDemoData(db, fixedClock('2026-12-09T10:00:00+01:00'));
    const year = 2026;
    const wheel = await call(ctx, 'wheel.get', { year });
    expect(wheel.entries.length).toBeGreaterThanOrEqual(8);
    const file = await call(ctx, 'wheel.pdf', { year });
    expect(file.fileName).toBe(`Årshjul ${year}.pdf`);
    const buf = Buffer.from(file.base64!, 'base64');
    if (process.env.SAMSPIL_KEEP_PDF) fs.writeFileSync(process.env.SAMSPIL_KEEP_PDF, buf);
    expect(pdfPageCount(buf)).toBe(1);
    const text = pdfText(buf).replace(/\s+/g, ' ');
    for (const m of ['Januar', 'Marts', 'September', 'November']) expect(text).toContain(m);
    expect(text).toContain(`Årshjul ${year}`);
    expect(text).toContain('Ungepartnerskabet i Hvidovre');
    expect(text).toContain('Kommunalbestyrelsen behandler partnerskabets forslag til indsatser');
    expect(text).toContain(`23. september ${year}`);
    expect(text).toContain('Side 1 af 1');
  });
});

describe('search', () => {
  it('finds actors and milestones by any word, folding case and æ/ø/å typed as ae/oe/aa, ranked and highlighted', async () => {
    const org = await call(ctx, 'organisations.create', { name: 'Det lokale beskæftigelsesråd', kind: 'labour_market_org', relation: 'adhoc', relationReason: null, address: null, website: null, notes: 'Kontakt før rådets kvartalsmøde.' });
    await call(ctx, 'organisations.create', { name: 'Kvartalsmøde-gruppen', kind: 'other', relation: null, relationReason: null, address: null, website: null, notes: null });
    await call(ctx, 'milestones.create', { title: 'Frist for høringssvar', date: '2026-05-01', kind: 'political_deadline', note: 'Sendes til Beskæftigelsesudvalget' });

    const hits = (await call(ctx, 'search.query', { q: 'KVARTALSMOEDE' })).hits;
    // A title match ranks above a body match.
    expect(hits.map((h) => h.title.map((p) => p.text).join(''))).toEqual(['Kvartalsmøde-gruppen', 'Det lokale beskæftigelsesråd']);
    const body = hits[1]!;
    expect(body.route).toBe(`actors/organisations/${org.id}`);
    expect(body.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['kvartalsmøde']);

    expect((await call(ctx, 'search.query', { q: 'beskaeftig' })).hits.map((h) => h.kind).sort()).toEqual(['milestone', 'organisation']);
    expect((await call(ctx, 'search.query', { q: 'høring frist' })).hits.map((h) => h.kind)).toEqual(['milestone']);
    expect((await call(ctx, 'search.query', { q: '"OR *' })).hits).toEqual([]);

    // Edits, deletes and restores keep the index in step.
    await call(ctx, 'organisations.update', { id: org.id, data: { name: 'LBR Hvidovre', kind: 'labour_market_org', relation: 'adhoc', relationReason: null, address: null, website: null, notes: null } });
    expect((await call(ctx, 'search.query', { q: 'kvartalsmøde' })).hits.map((h) => h.kind)).toEqual(['organisation']);
    expect((await call(ctx, 'search.query', { q: 'lbr' })).hits.map((h) => h.id)).toEqual([org.id]);
    await call(ctx, 'organisations.delete', { id: org.id });
    expect((await call(ctx, 'search.query', { q: 'lbr' })).hits).toEqual([]);
    await call(ctx, 'trash.restore', { kind: 'organisation', id: org.id });
    expect((await call(ctx, 'search.query', { q: 'lbr' })).hits.map((h) => h.id)).toEqual([org.id]);
  });

  it('a failed write leaves the index as it was (same transaction)', async () => {
    const p = await call(ctx, 'people.create', { name: 'Åse Kjærgaard', title: 'Direktør', organisationId: null, email: null, phone: null, notes: null, relation: null, relationReason: null });
    await expect(call(ctx, 'people.update', { id: p.id, data: { name: 'Helt Andet Navn', title: null, organisationId: 999, email: null, phone: null, notes: null, relation: null, relationReason: null } })).rejects.toThrow();
    expect((await call(ctx, 'search.query', { q: 'aase' })).hits.map((h) => h.id)).toEqual([p.id]);
    expect((await call(ctx, 'search.query', { q: 'andet' })).hits).toEqual([]);
  });
});
