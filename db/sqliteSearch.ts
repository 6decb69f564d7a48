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

/** Migration 0051's table, frozen as shipped (no prefix index). */
export async function createSearchIndex(q: QueryRunner): Promise<void> {
  await q.query(
    `CREATE VIRTUAL TABLE ${TABLE} USING fts5(kind UNINDEXED, ref_id UNINDEXED, route UNINDEXED, title UNINDEXED, body UNINDEXED, title_key, body_key, tokenize = 'unicode61 remove_diacritics 2')`,
  );
}

/**
 * Migration 0310: the index again, with prefix indexes for 1 to 6 characters. A typed word prefix
 * ("u", "ung", "partne") then reads one stored doclist lazily, newest first, instead of merging the
 * doclists of every term that starts with it (all 104,000 documents of "unge"* before the first row).
 * Longer prefixes match fewer terms. Costs about a third more index at L (+100 MB). A small index is
 * copied over at once; a large one is left to the background rebuild (search index version 3), which
 * fills the new table while the app is in use (copying 350,000 documents here took 20 s).
 *
 * The old table is dropped without secure_delete: zeroing its 190 MB at L held the start for 3.3 s,
 * its freed pages hold no more than the file did before (an erasure removes its entries first, see
 * erasure.ts), and the rebuild writes the larger new index into them before the file grows.
 */
export async function createPrefixedSearchIndex(q: Runner): Promise<void> {
  const old = `${TABLE}_old`;
  await q.query(`ALTER TABLE ${TABLE} RENAME TO ${old}`);
  await q.query(
    `CREATE VIRTUAL TABLE ${TABLE} USING fts5(kind UNINDEXED, ref_id UNINDEXED, route UNINDEXED, title UNINDEXED, body UNINDEXED, title_key, body_key, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6')`,
  );
  // Every delete removes its entries at once (as erasure.ts asks for before an erasure): an object's
  // earlier versions, replaced by the upserts of its edits, must not stay behind in old segments.
  await q.query(`INSERT INTO ${TABLE} (${TABLE}, rank) VALUES ('secure-delete', 1)`);
  const [small] = (await q.query(`SELECT COUNT(*) <= ${COPIED} AS yes FROM (SELECT 1 FROM ${old} LIMIT ${COPIED + 1})`)) as { yes: number }[];
  if (Number(small?.yes) === 1) {
    const cols = 'rowid, kind, ref_id, route, title, body, title_key, body_key';
    await q.query(`INSERT INTO ${TABLE} (${cols}) SELECT ${cols} FROM ${old}`);
  }
  const [setting] = (await q.query('PRAGMA secure_delete')) as { secure_delete: number }[];
  const secure = setting?.secure_delete ?? 1;
  await q.query('PRAGMA secure_delete = OFF');
  try {
    await q.query(`DROP TABLE ${old}`);
  } finally {
    await q.query(`PRAGMA secure_delete = ${Number(secure)}`);
  }
}

/** Up to this many documents migration 0310 copies itself (~0.1 s). */
const COPIED = 2000;

/** Migration 0310's down: the unprefixed table back (its rows come from the next rebuild). */
export async function dropPrefixedSearchIndex(q: Runner): Promise<void> {
  await q.query(`DROP TABLE ${TABLE}`);
  await q.query(`CREATE VIRTUAL TABLE ${TABLE} USING fts5(kind UNINDEXED, ref_id UNINDEXED, route UNINDEXED, title UNINDEXED, body UNINDEXED, title_key, body_key, tokenize = 'unicode61 remove_diacritics 2')`);
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
 * A rebuild's first step: an empty index in one statement per table. On a server the rows are deleted.
 * (Deleting them in steps held the main process 1.7 s per 1,000 FTS5 rows at L: secure-delete and six
 * prefix indexes make every deleted row rewrite its terms' doclists, so emptying took minutes.)
 */
export async function clearSearchRows(m: Runner): Promise<void> {
  await m.query(`DELETE FROM ${TABLE}`);
  await m.query('DELETE FROM search_ref');
}

/**
 * SQLite: the FTS5 table is put back empty (a new table with the same definition as migration 0310's)
 * and the old one dropped, ~0.5 s at L where emptying it row by row took minutes (see clearSearchRows).
 * Dropped without secure_delete, as in migration 0310: its freed pages hold no more than the file did
 * before (an erasure removes its entries first, see erasure.ts) and the rebuild writes the new index
 * into them before the file grows.
 */
export async function replaceSearchTable(m: Runner): Promise<void> {
  const old = `${TABLE}_old`;
  await m.query(`ALTER TABLE ${TABLE} RENAME TO ${old}`);
  await m.query(
    `CREATE VIRTUAL TABLE ${TABLE} USING fts5(kind UNINDEXED, ref_id UNINDEXED, route UNINDEXED, title UNINDEXED, body UNINDEXED, title_key, body_key, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6')`,
  );
  await m.query(`INSERT INTO ${TABLE} (${TABLE}, rank) VALUES ('secure-delete', 1)`);
  const [setting] = (await m.query('PRAGMA secure_delete')) as { secure_delete: number }[];
  await m.query('PRAGMA secure_delete = OFF');
  try {
    await m.query(`DROP TABLE ${old}`);
    await m.query('DELETE FROM search_ref');
  } finally {
    await m.query(`PRAGMA secure_delete = ${Number(setting?.secure_delete ?? 1)}`);
  }
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
 * At most this many of the newest matches of a tier are ranked: a common word ("unge") matches a third
 * of a region's index (104,000 documents), and scoring every one took 240 ms. The screen says "mere end
 * N" either way; more words narrow it.
 */
export const RANKED = 2000;

type Row = { kind: string; ref_id: number; route: string; title: string; body: string; title_key: string; body_key: string; rank: number };

/**
 * The best `limit` of the newest RANKED rows matching `match`, by bm25 with the title weighted five
 * times the body (ties: the older first). The inner statement keeps rowid and rank in a sorter bounded
 * by the LIMIT, and the texts are read for those rows alone.
 */
async function rankTier(m: Runner, match: string, limit: number): Promise<Row[]> {
  return m.query(
    `SELECT s.kind, s.ref_id, s.route, s.title, s.body, s.title_key, s.body_key, top.rank
     FROM (SELECT id, rank FROM (SELECT rowid AS id, bm25(${TABLE}, 0, 0, 0, 0, 0, 5.0, 1.0) AS rank FROM ${TABLE} WHERE ${TABLE} MATCH ?
           ORDER BY rowid DESC LIMIT ${RANKED}) ORDER BY rank, id LIMIT ?) top
     JOIN ${TABLE} s ON s.rowid = top.id
     ORDER BY top.rank, top.id`,
    [`{title_key body_key}: (${match})`, limit],
  );
}

/** The two FTS5 queries of a search: every token a whole word, and every token a word prefix. */
export function searchMatches(tokens: string[]): { exact: string; prefix: string } | null {
  const words = tokens.map((t) => t.replace(/"/g, ' ').trim()).filter(Boolean);
  if (words.length === 0) return null;
  return { exact: words.map((t) => `"${t}"`).join(' AND '), prefix: words.map((t) => `"${t}"*`).join(' AND ') };
}

/**
 * The whole-word hits, then the prefix hits that are not among them. The prefix tier asks for `limit`
 * and drops the whole-word rows afterwards rather than saying NOT in FTS5: bm25 counts every phrase of
 * the query through its whole doclist, and "unge" alone is 104,000 documents at L.
 */
export function mergeTiers<T extends { kind: string; ref_id: number }>(whole: T[], prefixed: T[], limit: number): T[] {
  const seen = new Set(whole.map((r) => `${r.kind}:${r.ref_id}`));
  return [...whole, ...prefixed.filter((r) => !seen.has(`${r.kind}:${r.ref_id}`))].slice(0, limit);
}

/**
 * Every token must match as a word prefix (in title or body); tokens are quoted, so FTS syntax typed
 * by a user is taken literally. Rows where every token is a whole word come first, then those matched
 * by a prefix only (as on PostgreSQL); each tier ranks its newest RANKED matches, which FTS5 reads
 * newest first and stops at (the prefix index serves short prefixes without merging doclists). The
 * second tier runs only when the first found fewer than `limit`, so a common word costs what a rare
 * one does, and `limit` rows are found whenever that many match (the service asks one beyond its page
 * to know there are more, without counting the rest).
 */
export async function querySearchRows(m: Runner, tokens: string[], limit: number): Promise<(SearchRow & { rank: number })[]> {
  const match = searchMatches(tokens);
  if (!match) return [];
  const whole = await rankTier(m, match.exact, limit);
  const rows = whole.length < limit ? mergeTiers(whole, await rankTier(m, match.prefix, limit), limit) : whole;
  return rows.map((r, i) => ({
    kind: r.kind,
    refId: Number(r.ref_id),
    route: r.route,
    title: r.title,
    body: r.body,
    titleKey: r.title_key,
    bodyKey: r.body_key,
    // In the order found: whole words before prefixes, each tier by bm25.
    rank: i,
  }));
}
