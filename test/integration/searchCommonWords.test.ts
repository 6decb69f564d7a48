import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import type { HandlerContext } from '../../main/api/handlers';
import type { SearchHit } from '../../preload/contract';
import { call, ctxOf, memoryDb } from '../helpers/db';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(() => db.close());

const plain = (h: SearchHit) => h.title.map((p) => p.text).join('');
const organisation = (name: string, notes: string | null = null) =>
  call(ctx, 'organisations.create', { name, kind: 'company', relation: null, relationReason: null, address: null, website: null, notes });
const titles = async (q: string, limit = 20) => (await call(ctx, 'search.query', { q, limit })).hits.map(plain);

describe('search while typing and for common words (issue 17)', () => {
  it('ranks whole words before words that only start with what was typed, newer prefix matches not above them', async () => {
    await organisation('Unge i job');
    for (let i = 1; i <= 25; i++) await organisation(`Ungeforum ${i}`);
    await organisation('Ungdomsskolen', 'Samarbejde om unge');
    const res = await call(ctx, 'search.query', { q: 'unge', limit: 20 });
    // Both whole-word hits first (the title one above the body one), then the prefix-only hits.
    expect(res.hits.slice(0, 2).map(plain)).toEqual(['Unge i job', 'Ungdomsskolen']);
    expect(res.hits.slice(2).every((h) => plain(h).startsWith('Ungeforum'))).toBe(true);
    expect(res.hits).toHaveLength(20);
    expect(res.more).toBe(true);
    // Exactly as many as match: no "more".
    const all = await call(ctx, 'search.query', { q: 'unge', limit: 27 });
    expect(all.hits).toHaveLength(27);
    expect(all.more).toBe(false);
    expect(all.hits.slice(0, 20).map((h) => h.id)).toEqual(res.hits.map((h) => h.id));
  });

  it('finds by one or two letters, and by Danish letters typed either way', async () => {
    await organisation('Ærøskøbing Kommune');
    await organisation('Østergård Efterskole');
    await organisation('Åbenrå Ungdomsskole');
    await organisation('Vejle Jobcenter');
    expect(await titles('æ')).toEqual(['Ærøskøbing Kommune']);
    expect(await titles('ae')).toEqual(['Ærøskøbing Kommune']);
    expect(await titles('ø')).toEqual(['Østergård Efterskole']);
    expect(await titles('oestergaard')).toEqual(['Østergård Efterskole']);
    expect(await titles('å')).toEqual(['Åbenrå Ungdomsskole']);
    expect(await titles('ÅBENRÅ')).toEqual(['Åbenrå Ungdomsskole']);
    expect(await titles('v')).toEqual(['Vejle Jobcenter']);
    expect((await titles('e')).sort()).toEqual(['Østergård Efterskole']);
    // Word starts only: "sk" is inside "Ærøskøbing" and "Efterskole", at the start of none.
    expect(await titles('sk')).toEqual([]);
    expect(await titles('x')).toEqual([]);
  });

  it('takes several words as all of them, each whole or begun, and FTS syntax literally', async () => {
    await organisation('Hvidovre Kommune', 'Skole og ungdomsuddannelse');
    await organisation('Hvidovre Gymnasium', 'Skole');
    await organisation('Kommunernes Landsforening', 'Hvidovre');
    // "kommune" is a whole word in the first and begins "kommunernes" in the last: the whole word first.
    expect(await titles('hvidovre kommune')).toEqual(['Hvidovre Kommune', 'Kommunernes Landsforening']);
    expect((await titles('hvidovre kommun')).sort()).toEqual(['Hvidovre Kommune', 'Kommunernes Landsforening']);
    expect(await titles('hvidovre gymnasium')).toEqual(['Hvidovre Gymnasium']);
    expect((await titles('skole hvid')).sort()).toEqual(['Hvidovre Gymnasium', 'Hvidovre Kommune']);
    expect(await titles('skole og ungdom')).toEqual(['Hvidovre Kommune']);
    expect(await titles('"hvidovre" OR gymnasium*')).toEqual([]);
    expect(await titles('hvidovre AND')).toEqual([]);
  });

  it('a word in every document answers with the best page and "more" (one beyond the page is ranked, nothing counted)', async () => {
    for (let i = 1; i <= 30; i++) await organisation(`Møde ${i} og opfølgning`, i === 7 ? 'Møde møde møde' : null);
    const res = await call(ctx, 'search.query', { q: 'møde', limit: 5 });
    expect(res.hits).toHaveLength(5);
    expect(res.more).toBe(true);
    expect(plain(res.hits[0]!)).toBe('Møde 7 og opfølgning');
    expect((await call(ctx, 'search.query', { q: 'og', limit: 30 })).more).toBe(false);
    expect((await call(ctx, 'search.query', { q: 'o', limit: 29 })).more).toBe(true);
  });
});
