import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { searchTokens } from '../../db/textKeys';
import type { HandlerContext } from '../../main/api/handlers';
import { call, ctxOf, memoryDb } from '../helpers/db';

let db: Database;
let ctx: HandlerContext;
beforeEach(async () => {
  db = await memoryDb();
  ctx = ctxOf(db);
});
afterEach(() => db.close());

/** FTS5's own check that an external-content index matches its table row for row (on a server: the pg_trgm indexes are there). */
async function indexesConsistent() {
  if (db.engine === 'postgres') {
    const found: { indexname: string }[] = await db.ds.query(`SELECT indexname FROM pg_indexes WHERE indexname LIKE '%search_trgm' ORDER BY indexname`);
    expect(found.map((r) => r.indexname)).toEqual(['ix_organisation_search_trgm', 'ix_person_search_trgm']);
    return;
  }
  for (const fts of ['organisation_trigram', 'person_trigram']) await db.ds.query(`INSERT INTO ${fts}(${fts}) VALUES ('integrity-check')`);
  const n = async (sql: string) => Number((await db.ds.query(sql))[0].n);
  expect(await n('SELECT COUNT(*) AS n FROM person_trigram')).toBe(await n('SELECT COUNT(*) AS n FROM person'));
}

/** What the search meant before the index: every token is a substring of the row's search_text. */
async function expectedPeople(search: string): Promise<string[]> {
  const tokens = searchTokens(search);
  const rows: { name: string; search_text: string }[] = await db.ds.query('SELECT name, search_text FROM person WHERE deleted_at IS NULL ORDER BY sort_key, id');
  return rows.filter((r) => tokens.every((t) => r.search_text.includes(t))).map((r) => r.name);
}

const csv = (lines: string[]) => ({ fileName: 'personer.csv', base64: Buffer.from(lines.join('\n'), 'utf8').toString('base64'), target: 'people' as const, mode: 'validRows' as const });

describe('actor list search through the trigram index', () => {
  it('finds exactly what a substring scan finds, for long, short, Danish and wildcard tokens', async () => {
    const org = await call(ctx, 'organisations.create', { name: 'Køge Tømrer ApS', kind: 'company', notes: 'Rabat 50% på kurser' });
    await call(ctx, 'people.create', { name: 'Jens Kjærgaard', email: 'jens_k@koege.dk', organisationId: org.id });
    await call(ctx, 'people.create', { name: 'Åse Møller', title: 'Vejleder', email: 'aase@hvidovre.dk' });
    await call(ctx, 'people.create', { name: 'Jo Li', phone: '+45 11 22 33 44' });
    await call(ctx, 'actors.importCommit', csv(['Navn;E-mail;Organisation', 'Søren Ørsted;soeren@koege.dk;Køge Tømrer ApS', 'Mette Jensen;mette@ishoej.dk;Ishøj Ungdomsskole']));
    const queries = ['jens', 'kjær', 'kjaer', 'jo', 'j', 'koege.dk', '@koege', 'køge tømrer', 'ørsted', 'ishøj ungdom', 'jens_', '_k', '50%', '%', 'zzxq', 'vejleder åse', '11 22', 'li'];
    for (const search of queries) {
      const page = await call(ctx, 'people.list', { search });
      expect(page.items.map((p) => p.name), search).toEqual(await expectedPeople(search));
      expect(page.total, search).toBe(page.items.length);
    }
    expect((await call(ctx, 'people.list', { search: 'jens' })).items.map((p) => p.name)).toEqual(['Jens Kjærgaard', 'Mette Jensen']);
    expect((await call(ctx, 'organisations.list', { search: '50%' })).items.map((o) => o.name)).toEqual(['Køge Tømrer ApS']);
    expect((await call(ctx, 'organisations.list', { search: 'ungdomssk' })).items.map((o) => o.name)).toEqual(['Ishøj Ungdomsskole']);
    await indexesConsistent();
  });

  it('stays in step with update, organisation rename, delete, restore and purge', async () => {
    const org = await call(ctx, 'organisations.create', { name: 'Hvidovre Gymnasium', kind: 'upper_secondary_school' });
    const p = await call(ctx, 'people.create', { name: 'Birgitte Frølund', organisationId: org.id });
    const names = async (search: string) => (await call(ctx, 'people.list', { search })).items.map((x) => x.name);
    expect(await names('gymnas')).toEqual(['Birgitte Frølund']);

    await call(ctx, 'organisations.update', { id: org.id, data: { name: 'Avedøre Gymnasium', kind: 'upper_secondary_school' } });
    expect(await names('hvidovre')).toEqual([]);
    expect(await names('avedoere')).toEqual(['Birgitte Frølund']);

    await call(ctx, 'people.update', { id: p.id, data: { name: 'Birgitte Lund', organisationId: org.id } });
    expect(await names('froelund')).toEqual([]);
    expect(await names('birgitte lund')).toEqual(['Birgitte Lund']);

    await call(ctx, 'people.delete', { id: p.id });
    expect(await names('birgitte')).toEqual([]);
    await call(ctx, 'trash.restore', { kind: 'person', id: p.id });
    expect(await names('birgitte')).toEqual(['Birgitte Lund']);
    await indexesConsistent();

    await call(ctx, 'people.delete', { id: p.id });
    await call(ctx, 'trash.purge', { kind: 'person', id: p.id });
    const indexTable = db.engine === 'sqlite' ? 'person_trigram' : 'person';
    expect(await db.ds.query(`SELECT ${db.engine === 'sqlite' ? 'rowid' : 'id'} FROM ${indexTable} WHERE search_text LIKE '%birgitte%'`)).toEqual([]);
    await indexesConsistent();
  });
});
