/**
 * PostgreSQL: the full-text index as a plain table with a generated tsvector (Danish stemming beside
 * the unstemmed words, so a typed word prefix finds what it finds on SQLite) and a GIN index; actor
 * names through pg_trgm. Rows are written by the same portable statements as on SQLite (sqliteSearch.ts
 * keeps a `rowid` column name that both engines accept).
 */
import type { QueryRunner } from 'typeorm';
import type { SearchRow } from './searchRow';
import { RANKED } from './sqliteSearch';
import type { Runner } from './storage';

const words = (col: string) => `regexp_replace(${col}, '[^[:alnum:]]+', ' ', 'g')`;
const vector = (col: string, weight: 'A' | 'B') =>
  `setweight(to_tsvector('danish'::regconfig, ${words(col)}), '${weight}') || setweight(to_tsvector('simple'::regconfig, ${words(col)}), '${weight}')`;

export async function createPgSearchIndex(q: Pick<QueryRunner, 'query'>): Promise<void> {
  await q.query(`CREATE TABLE search_fts (
    rowid serial PRIMARY KEY, kind varchar(40) NOT NULL, ref_id integer NOT NULL, route varchar(300) NOT NULL,
    title text NOT NULL, body text NOT NULL, title_key text NOT NULL, body_key text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (${vector('title_key', 'A')} || ${vector('body_key', 'B')}) STORED)`);
  await q.query('CREATE INDEX ix_search_fts_tsv ON search_fts USING gin (tsv)');
  await q.query('CREATE INDEX ix_search_fts_kind_ref ON search_fts (kind, ref_id)');
}

/** After rows were given explicit ids (migration 0090): the id sequence continues above them. */
export async function resyncSequence(q: Pick<QueryRunner, 'query'>, table: string, column = 'id'): Promise<void> {
  await q.query(`SELECT setval(pg_get_serial_sequence('${table}', '${column}'), COALESCE((SELECT MAX(${column}) FROM ${table}), 0) + 1, false)`);
}


type Row = { kind: string; ref_id: number; route: string; title: string; body: string; title_key: string; body_key: string; rank: number };

/**
 * The best `limit` of the newest RANKED rows matching `query` (as on SQLite), other than `skip`'s: a
 * common word is found walking the primary key backwards until RANKED matched, a rare one through the
 * GIN index, and only the candidates are ranked with ts_rank (the title, weight A, over the body).
 */
async function rankTier(m: Runner, query: string, limit: number, skip: string | null): Promise<Row[]> {
  const q = "(to_tsquery('simple'::regconfig, ?) || to_tsquery('danish'::regconfig, ?))";
  return m.query(
    `SELECT s.kind, s.ref_id, s.route, s.title, s.body, s.title_key, s.body_key, top.rank
     FROM (SELECT rowid, ts_rank(tsv, ${q}) AS rank
           FROM (SELECT rowid, tsv FROM search_fts WHERE tsv @@ ${q}${skip ? ` AND NOT tsv @@ ${q}` : ''} ORDER BY rowid DESC LIMIT ?) candidates
           ORDER BY rank DESC, rowid LIMIT ?) top
     JOIN search_fts s ON s.rowid = top.rowid
     ORDER BY top.rank DESC, top.rowid`,
    [query, query, query, query, ...(skip ? [skip, skip] : []), Math.max(RANKED, limit), limit],
  );
}

/**
 * Every token a word prefix, in title or body. Rows where every token is a whole word (or a Danish
 * form of it) come first, then those matched by a prefix only; each tier ranks a bounded candidate set,
 * so a common word costs what a rare one does, and `limit` rows are found whenever that many match
 * (the service asks one beyond its page to know there are more).
 */
export async function queryPgSearchRows(m: Runner, tokens: string[], limit: number): Promise<(SearchRow & { rank: number })[]> {
  const parts = tokens.flatMap((t) => t.split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  if (parts.length === 0) return [];
  const exact = parts.map((w) => `'${w}'`).join(' & ');
  const prefix = parts.map((w) => `'${w}':*`).join(' & ');
  const words = await rankTier(m, exact, limit, null);
  const rows = words.length < limit ? [...words, ...(await rankTier(m, prefix, limit - words.length, exact))] : words;
  return rows.map((r, i) => ({
    kind: r.kind,
    refId: Number(r.ref_id),
    route: r.route,
    title: r.title,
    body: r.body,
    titleKey: r.title_key,
    bodyKey: r.body_key,
    // In the order found: whole words before prefixes, each tier by ts_rank.
    rank: i,
  }));
}

const trigramIndexes = [
  ['organisation', 'ix_organisation_search_trgm'],
  ['person', 'ix_person_search_trgm'],
] as const;

/** pg_trgm makes `search_text LIKE '%abc%'` an index lookup (the extension is trusted: a database owner may create it). */
export async function createPgActorTrigrams(q: Pick<QueryRunner, 'query'>): Promise<void> {
  await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  for (const [table, name] of trigramIndexes) await q.query(`CREATE INDEX ${name} ON ${table} USING gin (search_text gin_trgm_ops)`);
}

export async function dropPgActorTrigrams(q: Pick<QueryRunner, 'query'>): Promise<void> {
  for (const [, name] of trigramIndexes) await q.query(`DROP INDEX IF EXISTS ${name}`);
}

/** The audit log is append-only on the server too: UPDATE, DELETE and TRUNCATE raise an error. */
export function pgAppendOnlyStatements(table: string): string[] {
  return [
    `CREATE OR REPLACE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${table} er kun til tilføjelser'; END $$`,
    `CREATE TRIGGER ${table}_no_change BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_append_only()`,
    `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${table}_append_only()`,
  ];
}
