import type BetterSqlite3 from 'better-sqlite3';
import { call } from '../../helpers/db';
import { searchTokens } from '../../../db/textKeys';
import type { SearchHit } from '../../../preload/contract';
import { all } from './floorSql';
import type { CaseSource, QueryCase } from './queryCase';

const LIMIT = 20; // what the Ctrl+K spotlight asks for

/** The same FTS5 match and ranking, straight from better-sqlite3, without highlighting. */
function searchFloor(raw: BetterSqlite3.Database, q: string) {
  const match = searchTokens(q).map((t) => `"${t.replace(/"/g, ' ').trim()}"*`).join(' AND ');
  return all<{ kind: string; ref_id: number }>(
    raw,
    'SELECT kind, ref_id FROM search_fts WHERE search_fts MATCH ? ORDER BY bm25(search_fts, 0, 0, 0, 0, 0, 5.0, 1.0) LIMIT ?',
    `{title_key body_key}: (${match})`, LIMIT,
  ).map((r) => ({ kind: r.kind, id: Number(r.ref_id) }));
}

const search = (q: string): QueryCase => ({
  name: `global search “${q}”`,
  screen: 'Søg (Ctrl+K)',
  search: true,
  service: (ctx) => call(ctx, 'search.query', { q, limit: LIMIT }),
  floor: (raw) => searchFloor(raw, q),
  key: (r) => (r as { hits: Pick<SearchHit, 'kind' | 'id'>[] }).hits.map((h) => [h.kind, h.id]),
});

/** Rare and common words: “unge” and “møde” match a third of the index at L. */
export const searchCases: CaseSource = () => [search('praktikpladser'), search('søgningen eud'), search('ærøskøbing mentor'), search('unge'), search('møde')];
