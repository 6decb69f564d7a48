/**
 * SQLite-specific: trigram indexes over the actors' `search_text`, so the list search ("contains") is
 * answered from an index instead of reading every row. FTS5's trigram tokenizer (SQLite ≥ 3.34) makes
 * `LIKE '%abc%'` on the index table an index lookup for patterns of three or more characters, with the
 * same result as the LIKE on the base table.
 *
 * The indexes are external-content tables (they keep no copy of the text) and are kept in step by
 * triggers, so every write path (single saves, bulk inserts, imports, GDPR erasure, purge) updates them
 * in its own transaction. `secure-delete` makes a delete remove the row's entries from the index at
 * once, so a purged person leaves no trace there either. detail=none and columnsize=0 keep only what a
 * LIKE lookup needs (the open-time integrity check reads every table). A PostgreSQL mode would use pg_trgm.
 */
import type { QueryRunner } from 'typeorm';
import type { TrigramOwner } from './storage';

export const actorTrigramTables = { organisation: 'organisation_trigram', person: 'person_trigram' } as const;
export type { TrigramOwner } from './storage';

function statementsFor(owner: TrigramOwner): string[] {
  const fts = actorTrigramTables[owner];
  const add = `INSERT INTO ${fts}(rowid, search_text) VALUES (new.id, new.search_text);`;
  const remove = `INSERT INTO ${fts}(${fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text);`;
  return [
    `CREATE VIRTUAL TABLE ${fts} USING fts5(search_text, content = '${owner}', content_rowid = 'id', tokenize = 'trigram', detail = 'none', columnsize = 0)`,
    `INSERT INTO ${fts}(${fts}, rank) VALUES ('secure-delete', 1)`,
    `CREATE TRIGGER ${fts}_ai AFTER INSERT ON ${owner} BEGIN ${add} END`,
    `CREATE TRIGGER ${fts}_ad AFTER DELETE ON ${owner} BEGIN ${remove} END`,
    `CREATE TRIGGER ${fts}_au AFTER UPDATE OF search_text ON ${owner} BEGIN ${remove} ${add} END`,
    // Fills the index from the rows already there.
    `INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`,
  ];
}

export async function createActorTrigrams(q: Pick<QueryRunner, 'query'>): Promise<void> {
  for (const owner of Object.keys(actorTrigramTables) as TrigramOwner[]) {
    for (const sql of statementsFor(owner)) await q.query(sql);
  }
}

export async function dropActorTrigrams(q: Pick<QueryRunner, 'query'>): Promise<void> {
  for (const fts of Object.values(actorTrigramTables)) {
    for (const suffix of ['ai', 'ad', 'au']) await q.query(`DROP TRIGGER IF EXISTS ${fts}_${suffix}`);
    await q.query(`DROP TABLE IF EXISTS ${fts}`);
  }
}

/** Only plain tokens of ≥ 3 characters go through the index; LIKE with an ESCAPE clause is not offered to FTS5. */
export const trigramUsable = (token: string) => token.length >= 3 && !/[\\%_]/.test(token);

/**
 * The WHERE clause for "every token occurs in search_text" on `alias`, with its parameters. Index-able
 * tokens are looked up in the trigram table; the rest (short or containing LIKE wildcards) are tested
 * on the base row, like before.
 */
export function actorSearchClause(owner: TrigramOwner, alias: string, tokens: string[], likePattern: (t: string) => string): { sql: string[]; params: string[] } {
  const indexed = tokens.filter(trigramUsable);
  const scanned = tokens.filter((t) => !trigramUsable(t));
  const sql: string[] = [];
  const params: string[] = [];
  if (indexed.length) {
    const fts = actorTrigramTables[owner];
    sql.push(`${alias}.id IN (SELECT rowid FROM ${fts} WHERE ${indexed.map(() => `${fts}.search_text LIKE ?`).join(' AND ')})`);
    params.push(...indexed.map((t) => `%${t}%`));
  }
  for (const t of scanned) {
    sql.push(`${alias}.search_text LIKE ? ESCAPE '\\'`);
    params.push(likePattern(t));
  }
  return { sql, params };
}
