/**
 * PostgreSQL: the full-text index as a plain table with a generated tsvector (Danish stemming beside
 * the unstemmed words, so a typed word prefix finds what it finds on SQLite) and a GIN index; actor
 * names through pg_trgm. Rows are written by the same portable statements as on SQLite (sqliteSearch.ts
 * keeps a `rowid` column name that both engines accept).
 */
import type { QueryRunner } from 'typeorm';
import type { SearchRow } from './searchRow';
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

/**
 * Every token a word prefix, in title or body; the title weighs more (ts_rank weights A over B). The
 * inner statement ranks rowids only (a top-N heapsort bounded by the LIMIT); the texts are read for
 * those rows alone.
 */
export async function queryPgSearchRows(m: Runner, tokens: string[], limit: number): Promise<(SearchRow & { rank: number })[]> {
  const parts = tokens.flatMap((t) => t.split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  if (parts.length === 0) return [];
  const query = parts.map((w) => `'${w}':*`).join(' & ');
  const rows: { kind: string; ref_id: number; route: string; title: string; body: string; title_key: string; body_key: string; rank: number }[] = await m.query(
    `SELECT s.kind, s.ref_id, s.route, s.title, s.body, s.title_key, s.body_key, top.rank
     FROM (SELECT rowid, ts_rank(tsv, q) AS rank
           FROM search_fts, (SELECT to_tsquery('simple'::regconfig, ?) || to_tsquery('danish'::regconfig, ?) AS q) query
           WHERE tsv @@ q ORDER BY rank DESC, rowid LIMIT ?) top
     JOIN search_fts s ON s.rowid = top.rowid
     ORDER BY top.rank DESC, top.rowid`,
    [query, query, limit],
  );
  return rows.map((r) => ({
    kind: r.kind,
    refId: Number(r.ref_id),
    route: r.route,
    title: r.title,
    body: r.body,
    titleKey: r.title_key,
    bodyKey: r.body_key,
    rank: -Number(r.rank),
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
