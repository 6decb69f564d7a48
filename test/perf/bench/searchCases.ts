import type BetterSqlite3 from 'better-sqlite3';
import { call } from '../../helpers/db';
import { mergeTiers, RANKED, searchMatches } from '../../../db/sqliteSearch';
import { searchTokens } from '../../../db/textKeys';
import type { SearchHit } from '../../../preload/contract';
import { all } from './floorSql';
import type { CaseSource, QueryCase } from './queryCase';

const LIMIT = 20; // what the Ctrl+K spotlight asks for

const tier = (raw: BetterSqlite3.Database, match: string, limit: number) =>
  all<{ kind: string; ref_id: number; title: string; body: string }>(
    raw,
    `SELECT s.kind, s.ref_id, s.title, s.body FROM (SELECT id, rank FROM (SELECT rowid AS id, bm25(search_fts, 0, 0, 0, 0, 0, 5.0, 1.0) AS rank FROM search_fts
     WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ${RANKED}) ORDER BY rank, id LIMIT ?) top JOIN search_fts s ON s.rowid = top.id ORDER BY top.rank, top.id`,
    `{title_key body_key}: (${match})`, limit,
  );

/**
 * The same FTS5 plan as the service: whole words first, then prefixes only when the whole words gave
 * fewer than LIMIT + 1 (without the whole-word rows); each the best of its newest RANKED matches in a bounded sorter, then their
 * texts (the service highlights them and reads each hit's date and context, ≤ 20 ids per kind, which
 * this floor leaves out), and whether more matched.
 */
function searchFloor(raw: BetterSqlite3.Database, q: string) {
  const match = searchMatches(searchTokens(q));
  if (!match) return { hits: [], more: false };
  const whole = tier(raw, match.exact, LIMIT + 1);
  const rows = whole.length <= LIMIT ? mergeTiers(whole, tier(raw, match.prefix, LIMIT + 1), LIMIT + 1) : whole;
  return { hits: rows.slice(0, LIMIT).map((r) => ({ kind: r.kind, id: Number(r.ref_id) })), more: rows.length > LIMIT };
}

const search = (q: string): QueryCase => ({
  name: `global search “${q}”`,
  screen: 'Søg (Ctrl+K)',
  search: true,
  service: (ctx) => call(ctx, 'search.query', { q, limit: LIMIT }),
  floor: (raw) => searchFloor(raw, q),
  key: (r) => {
    const res = r as { hits: Pick<SearchHit, 'kind' | 'id'>[]; more: boolean };
    return { hits: res.hits.map((h) => [h.kind, h.id]), more: res.more };
  },
});

/**
 * Rare and common words, and what is typed on the way to them: at L “unge” matches 104,000 documents,
 * “og” 60,000, “møde” 34,000; “u”, “un” and “partne” are prefixes of many terms (“partne”: 81,000
 * documents, no whole word).
 */
export const searchCases: CaseSource = () => [
  search('praktikpladser'), search('søgningen eud'), search('ærøskøbing mentor'),
  search('unge'), search('møde'), search('og'), search('kommune'), search('skole'),
  search('u'), search('un'), search('partne'), search('unge sk'),
];
