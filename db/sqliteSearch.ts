/**
 * SQLite-specific: the full-text index (FTS5) behind search. Like sqlite.ts, this is one of the data
 * layer's SQLite-only places; a PostgreSQL mode would replace it with tsvector columns.
 *
 * One row per searchable object. `title_key`/`body_key` hold searchKey() text (lower case, æ→ae, ø→oe,
 * å→aa), so "oestergaard", "østergård" and "ØSTERGÅRD" all find the same row; the original texts ride
 * along unindexed so hits can be shown and highlighted as the user wrote them.
 */
import type { EntityManager, QueryRunner } from 'typeorm';

const TABLE = 'search_fts';

export async function createSearchIndex(q: QueryRunner): Promise<void> {
  await q.query(
    `CREATE VIRTUAL TABLE ${TABLE} USING fts5(kind UNINDEXED, ref_id UNINDEXED, route UNINDEXED, title UNINDEXED, body UNINDEXED, title_key, body_key, tokenize = 'unicode61 remove_diacritics 2')`,
  );
}

export async function dropSearchIndex(q: QueryRunner): Promise<void> {
  await q.query(`DROP TABLE IF EXISTS ${TABLE}`);
}

export interface SearchRow {
  kind: string;
  refId: number;
  route: string;
  title: string;
  body: string;
  titleKey: string;
  bodyKey: string;
}

type Runner = Pick<EntityManager, 'query'> | Pick<QueryRunner, 'query'>;

/**
 * Each document's rowid is derived from (kind, ref_id), so replacing or removing one object's document
 * is a rowid lookup. kind and ref_id are UNINDEXED columns: a DELETE by them read the whole index
 * (~45 ms at 10,000 documents, so every save and a rebuild at size L crawled).
 */
const KINDS = ['organisation', 'person', 'involvement', 'milestone', 'meeting', 'agenda_item', 'decision', 'action_item', 'initiative', 'goal', 'memo'];
const KIND_SLOTS = 64;

export function searchRowId(kind: string, refId: number): number {
  const code = KINDS.indexOf(kind);
  if (code < 0) throw new Error(`Ukendt slags søgedokument: ${kind} (tilføj den i db/sqliteSearch.ts)`);
  return refId * KIND_SLOTS + code + 1;
}

export async function upsertSearchRow(m: Runner, row: SearchRow): Promise<void> {
  await deleteSearchRow(m, row.kind, row.refId);
  await insertSearchRows(m, [row]);
}

/**
 * Rows for objects that have none yet (just created, so fresh ids): one statement for many, no delete first.
 */
export async function insertSearchRows(m: Runner, rows: SearchRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await m.query(
      `INSERT INTO ${TABLE} (rowid, kind, ref_id, route, title, body, title_key, body_key) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      chunk.flatMap((r) => [searchRowId(r.kind, r.refId), r.kind, r.refId, r.route, r.title, r.body, r.titleKey, r.bodyKey]),
    );
  }
}

export async function deleteSearchRow(m: Runner, kind: string, refId: number): Promise<void> {
  await m.query(`DELETE FROM ${TABLE} WHERE rowid = ?`, [searchRowId(kind, refId)]);
}

/** Every row of the given kinds that opens `route` (all documents of one object and its parts). */
export async function deleteSearchRowsAt(m: Runner, route: string, kinds: readonly string[]): Promise<void> {
  if (kinds.length === 0) return;
  await m.query(`DELETE FROM ${TABLE} WHERE route = ? AND kind IN (${kinds.map(() => '?').join(', ')})`, [route, ...kinds]);
}

/** Empties the index (before a full rebuild). */
export async function clearSearchRows(m: Runner): Promise<void> {
  await m.query(`DELETE FROM ${TABLE}`);
}

/**
 * Every token must match as a word prefix (in title or body). Ranked by bm25 with the title weighted
 * five times the body. Tokens are quoted, so FTS syntax typed by a user is taken literally.
 */
export async function querySearchRows(m: Runner, tokens: string[], limit: number): Promise<(SearchRow & { rank: number })[]> {
  const words = tokens.map((t) => t.replace(/"/g, ' ').trim()).filter(Boolean);
  if (words.length === 0) return [];
  const match = words.map((t) => `"${t}"*`).join(' AND ');
  const rows: { kind: string; ref_id: number; route: string; title: string; body: string; title_key: string; body_key: string; rank: number }[] =
    await m.query(
      `SELECT kind, ref_id, route, title, body, title_key, body_key, bm25(${TABLE}, 0, 0, 0, 0, 0, 5.0, 1.0) AS rank
       FROM ${TABLE} WHERE ${TABLE} MATCH ? ORDER BY rank LIMIT ?`,
      [`{title_key body_key}: (${match})`, limit],
    );
  return rows.map((r) => ({
    kind: r.kind,
    refId: Number(r.ref_id),
    route: r.route,
    title: r.title,
    body: r.body,
    titleKey: r.title_key,
    bodyKey: r.body_key,
    rank: Number(r.rank),
  }));
}

/** Gives every existing row its rowid from (kind, ref_id) (migration 0071; rows written before had arbitrary rowids). */
export async function rekeySearchRows(q: Runner): Promise<void> {
  const rows: { kind: string; ref_id: number; route: string; title: string; body: string; title_key: string; body_key: string }[] = await q.query(
    `SELECT kind, ref_id, route, title, body, title_key, body_key FROM ${TABLE}`,
  );
  await clearSearchRows(q);
  const seen = new Set<number>();
  const unique = rows.filter((r) => !seen.has(searchRowId(r.kind, Number(r.ref_id))) && seen.add(searchRowId(r.kind, Number(r.ref_id))));
  await insertSearchRows(q, unique.map((r) => ({ kind: r.kind, refId: Number(r.ref_id), route: r.route, title: r.title, body: r.body, titleKey: r.title_key, bodyKey: r.body_key })));
}
