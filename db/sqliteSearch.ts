/**
 * SQLite-specific: the full-text index (FTS5) behind search. Like sqlite.ts, this is one of the data
 * layer's SQLite-only places; a PostgreSQL mode would replace it with tsvector columns.
 *
 * One row per searchable object. `title_key`/`body_key` hold searchKey() text (lower case, æ→ae, ø→oe,
 * å→aa), so "oestergaard", "østergård" and "ØSTERGÅRD" all find the same row; the original texts ride
 * along unindexed so hits can be shown and highlighted as the user wrote them.
 */
import type { EntityManager, QueryRunner } from 'typeorm';
import type { SearchRow } from './searchRow';

const TABLE = 'search_fts';

export async function createSearchIndex(q: QueryRunner): Promise<void> {
  await q.query(
    `CREATE VIRTUAL TABLE ${TABLE} USING fts5(kind UNINDEXED, ref_id UNINDEXED, route UNINDEXED, title UNINDEXED, body UNINDEXED, title_key, body_key, tokenize = 'unicode61 remove_diacritics 2')`,
  );
}

/**
 * FTS5 keeps a deleted row's terms in older index segments until a merge; with secure-delete it
 * removes them at once, so an erased person's name is not left in the file. Every FTS5 table in the
 * file gets it (other features may add their own).
 */
export async function enableSearchSecureDelete(m: Runner): Promise<void> {
  const tables: { name: string }[] = await m.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'`);
  for (const t of tables) await m.query(`INSERT INTO "${t.name}" ("${t.name}", rank) VALUES ('secure-delete', 1)`);
}

export async function dropSearchIndex(q: QueryRunner): Promise<void> {
  await q.query(`DROP TABLE IF EXISTS ${TABLE}`);
}

export type { SearchRow } from './searchRow';
type Runner = Pick<EntityManager, 'query'> | Pick<QueryRunner, 'query'>;

/**
 * `search_ref` (migration 0090) maps each document's kind and id, and its route, to its FTS rowid, so a
 * replace or delete finds its row through an index. FTS5 cannot index its UNINDEXED columns: a
 * `WHERE kind = ? AND ref_id = ?` on the FTS table itself reads every row, which made writing a large
 * data set quadratic.
 */
export async function upsertSearchRow(m: Runner, row: SearchRow): Promise<void> {
  await deleteSearchRow(m, row.kind, row.refId);
  await m.query('INSERT INTO search_ref (kind, ref_id, route) VALUES (?, ?, ?)', [row.kind, row.refId, row.route]);
  await m.query(
    `INSERT INTO ${TABLE} (rowid, kind, ref_id, route, title, body, title_key, body_key)
     VALUES ((SELECT id FROM search_ref WHERE kind = ? AND ref_id = ?), ?, ?, ?, ?, ?, ?, ?)`,
    [row.kind, row.refId, row.kind, row.refId, row.route, row.title, row.body, row.titleKey, row.bodyKey],
  );
}

/**
 * Rows for objects that have none yet (just created, so fresh ids): a few statements for many rows,
 * no delete first.
 */
export async function insertSearchRows(m: Runner, rows: SearchRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 300) {
    const chunk = rows.slice(i, i + 300);
    await m.query(`INSERT INTO search_ref (kind, ref_id, route) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}`, chunk.flatMap((r) => [r.kind, r.refId, r.route]));
    await m.query(
      `INSERT INTO ${TABLE} (rowid, kind, ref_id, route, title, body, title_key, body_key)
       VALUES ${chunk.map(() => '((SELECT id FROM search_ref WHERE kind = ? AND ref_id = ?), ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      chunk.flatMap((r) => [r.kind, r.refId, r.kind, r.refId, r.route, r.title, r.body, r.titleKey, r.bodyKey]),
    );
  }
}

/**
 * Looks the row up first: a DELETE on the FTS table, even one that matches nothing, puts FTS5 into
 * delete mode and flushes its pending inserts, so every create (an upsert of a new object) wrote a
 * segment of its own and merging them grew with the index (0.04 ms a create became 0.24 ms at 100,000 documents).
 */
export async function deleteSearchRow(m: Runner, kind: string, refId: number): Promise<void> {
  const found = (await m.query('SELECT id FROM search_ref WHERE kind = ? AND ref_id = ?', [kind, refId])) as { id: number }[];
  if (found.length === 0) return;
  for (const { id } of found) await m.query(`DELETE FROM ${TABLE} WHERE rowid = ?`, [id]);
  await m.query('DELETE FROM search_ref WHERE kind = ? AND ref_id = ?', [kind, refId]);
}

/** Every row of the given kinds that opens `route` (all documents of one object and its parts). */
export async function deleteSearchRowsAt(m: Runner, route: string, kinds: readonly string[]): Promise<void> {
  if (kinds.length === 0) return;
  const where = `route = ? AND kind IN (${kinds.map(() => '?').join(', ')})`;
  await m.query(`DELETE FROM ${TABLE} WHERE rowid IN (SELECT id FROM search_ref WHERE ${where})`, [route, ...kinds]);
  await m.query(`DELETE FROM search_ref WHERE ${where}`, [route, ...kinds]);
}

/**
 * Empties up to `n` rows of the index; true while rows are left. A rebuild empties it in such steps
 * (one DELETE of 17,000 documents held the main process for 130 ms).
 */
export async function clearSomeSearchRows(m: Runner, n: number): Promise<boolean> {
  await m.query(`DELETE FROM ${TABLE} WHERE rowid IN (SELECT rowid FROM ${TABLE} LIMIT ?)`, [n]);
  await m.query('DELETE FROM search_ref WHERE id IN (SELECT id FROM search_ref LIMIT ?)', [n]);
  const [left] = (await m.query(`SELECT EXISTS (SELECT 1 FROM ${TABLE}) OR EXISTS (SELECT 1 FROM search_ref) AS more`)) as { more: number }[];
  return Number(left?.more) === 1;
}

/**
 * Migration 0051's own writer, frozen as shipped: it runs before `search_ref` exists, so it deletes by
 * scanning. Migration 0090 then fills `search_ref` from the rows it left.
 */
export async function upsertSearchRowBeforeRefs(m: Runner, row: SearchRow): Promise<void> {
  await m.query(`DELETE FROM ${TABLE} WHERE kind = ? AND ref_id = ?`, [row.kind, row.refId]);
  await m.query(`INSERT INTO ${TABLE} (kind, ref_id, route, title, body, title_key, body_key) VALUES (?, ?, ?, ?, ?, ?, ?)`, [
    row.kind, row.refId, row.route, row.title, row.body, row.titleKey, row.bodyKey,
  ]);
}

/** Migration 0090: every row already in the index gets its `search_ref` entry under the same rowid. */
export async function fillSearchRefs(q: Runner): Promise<void> {
  await q.query(`INSERT INTO search_ref (id, kind, ref_id, route) SELECT rowid, kind, ref_id, route FROM ${TABLE}`);
}

/**
 * Every token must match as a word prefix (in title or body). Ranked by bm25 with the title weighted
 * five times the body. Tokens are quoted, so FTS syntax typed by a user is taken literally. Only the
 * best `limit` are ranked out of the newest `RANKED` matches: the inner statement keeps rowid and rank in a
 * sorter bounded by the LIMIT, and the texts are read for those rows alone (not for the thousands a
 * common word matches).
 */
/**
 * At most this many of the newest matches are ranked: a common word ("unge") matches a third of a
 * region's index (104,000 documents), and scoring every one took 240 ms; the newest 2,000 take ~50 ms.
 * The screen says "mere end N" either way; more words narrow it.
 */
export const RANKED = 2000;

export async function querySearchRows(m: Runner, tokens: string[], limit: number): Promise<(SearchRow & { rank: number })[]> {
  const words = tokens.map((t) => t.replace(/"/g, ' ').trim()).filter(Boolean);
  if (words.length === 0) return [];
  const match = words.map((t) => `"${t}"*`).join(' AND ');
  const rows: { kind: string; ref_id: number; route: string; title: string; body: string; title_key: string; body_key: string; rank: number }[] =
    await m.query(
      `SELECT s.kind, s.ref_id, s.route, s.title, s.body, s.title_key, s.body_key, top.rank
       FROM (SELECT id, rank FROM (SELECT rowid AS id, bm25(${TABLE}, 0, 0, 0, 0, 0, 5.0, 1.0) AS rank FROM ${TABLE} WHERE ${TABLE} MATCH ?
             ORDER BY rowid DESC LIMIT ${RANKED}) ORDER BY rank, id LIMIT ?) top
       JOIN ${TABLE} s ON s.rowid = top.id
       ORDER BY top.rank, top.id`,
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
