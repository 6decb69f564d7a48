import type { Database } from '../../db/database';
import type { TrigramOwner } from '../../db/storage';
import { likePattern, searchTokens } from '../../db/textKeys';
import type { ChannelParsed, OrganisationSummary, Page, PersonSummary } from '../../preload/contract';

/**
 * The actor lists' hot read path: plain SQL on the storage's fastest path (cached prepared statements
 * on SQLite), one round trip per query and no entity hydration. At 50,000 people the QueryBuilder and
 * entity layer cost several times the queries themselves (issue 8: a list page within 2× the raw
 * floor). Statements still go through the DataSource's logger, so query logging and the bench's
 * query-plan check see them.
 */
export const rawAll = <T>(db: Database, sql: string, params: unknown[]) => db.storage.all<T>(db.ds, sql, params);
const all = rawAll;
const inList = (ids: number[]) => ids.map(() => '?').join(', ');

type Filter = { search: string; relation: 'core' | 'adhoc' | 'none' | null; bodyId?: number | null };

/** The shared filters of both lists: free-text search, relation, live rows. */
function actorWhere(db: Database, owner: TrigramOwner, alias: string, f: Filter, params: unknown[]): string[] {
  const tokens = searchTokens(f.search);
  // With a search or a body filter the candidates come from another index; the (deleted_at, sort_key)
  // index would only add a table lookup per row, so the live test is written so that it does not apply.
  const clauses = [tokens.length > 0 || f.bodyId ? `COALESCE(${alias}.deleted_at, '') = ''` : `${alias}.deleted_at IS NULL`];
  const search = db.storage.actorSearchClause(owner, alias, tokens, likePattern);
  clauses.push(...search.sql);
  params.push(...search.params);
  if (f.relation === 'none') clauses.push(`${alias}.relation IS NULL`);
  else if (f.relation) {
    clauses.push(`${alias}.relation = ?`);
    params.push(f.relation);
  }
  return clauses;
}

async function page<T>(db: Database, table: string, alias: string, columns: string, where: string[], params: unknown[], q: { offset: number; limit: number }) {
  const w = where.join(' AND ');
  const [count] = await all<{ n: number }>(db, `SELECT COUNT(*) AS n FROM ${table} ${alias} WHERE ${w}`, params);
  const total = Number(count?.n ?? 0);
  const rows = await all<T>(db, `SELECT ${columns} FROM ${table} ${alias} WHERE ${w} ORDER BY ${alias}.sort_key, ${alias}.id LIMIT ? OFFSET ?`, [...params, q.limit, q.offset]);
  return { total, rows };
}

/** owner id → names of the live bodies it belongs to (unique, in Danish order). */
export async function bodyNames(db: Database, owner: 'person' | 'organisation', ids: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (ids.length === 0) return out;
  const col = owner === 'person' ? 'person_id' : 'organisation_id';
  const rows = await all<{ id: number; name: string }>(
    db,
    `SELECT DISTINCT m.${col} AS id, b.name AS name FROM membership m JOIN body b ON b.id = m.body_id WHERE m.${col} IN (${inList(ids)}) AND b.deleted_at IS NULL`,
    ids,
  );
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.name]);
  for (const list of out.values()) list.sort((a, b) => a.localeCompare(b, 'da'));
  return out;
}

type OrgRowOut = Omit<OrganisationSummary, 'peopleCount' | 'bodies'>;

export async function organisationPage(db: Database, q: ChannelParsed<'organisations.list'>): Promise<Page<OrganisationSummary>> {
  const params: unknown[] = [];
  const where = actorWhere(db, 'organisation', 'o', q, params);
  if (q.kind) {
    where.push('o.kind = ?');
    params.push(q.kind);
  }
  if (q.bodyId) {
    // Uncorrelated subqueries: evaluated once per query, not once per organisation.
    where.push(`o.id IN (SELECT mb.organisation_id FROM membership mb WHERE mb.body_id = ? AND mb.organisation_id IS NOT NULL
        UNION SELECT mp.organisation_id FROM membership mb JOIN person mp ON mp.id = mb.person_id
        WHERE mb.body_id = ? AND mp.deleted_at IS NULL AND mp.organisation_id IS NOT NULL)`);
    params.push(q.bodyId, q.bodyId);
  }
  const { total, rows } = await page<OrgRowOut>(db, 'organisation', 'o', 'o.id, o.name, o.kind, o.relation, o.relation_reason AS "relationReason"', where, params, q);
  const ids = rows.map((r) => r.id);
  const counts = new Map(
    (ids.length
      ? await all<{ id: number; n: number }>(db, `SELECT organisation_id AS id, COUNT(*) AS n FROM person WHERE deleted_at IS NULL AND organisation_id IN (${inList(ids)}) GROUP BY organisation_id`, ids)
      : []
    ).map((r) => [r.id, r.n]),
  );
  const bodies = await bodyNames(db, 'organisation', ids);
  return { items: rows.map((r) => ({ ...r, peopleCount: counts.get(r.id) ?? 0, bodies: bodies.get(r.id) ?? [] })), total, offset: q.offset };
}

type PersonRowOut = Omit<PersonSummary, 'organisationName' | 'bodies'>;

export async function personPage(db: Database, q: ChannelParsed<'people.list'>): Promise<Page<PersonSummary>> {
  const params: unknown[] = [];
  const where = actorWhere(db, 'person', 'p', q, params);
  if (q.organisationId) {
    where.push('p.organisation_id = ?');
    params.push(q.organisationId);
  }
  if (q.bodyId) {
    // Members themselves, and people of member organisations; uncorrelated, so evaluated once per query.
    where.push(`(p.id IN (SELECT mb.person_id FROM membership mb WHERE mb.body_id = ? AND mb.person_id IS NOT NULL)
        OR p.organisation_id IN (SELECT mb.organisation_id FROM membership mb WHERE mb.body_id = ? AND mb.organisation_id IS NOT NULL))`);
    params.push(q.bodyId, q.bodyId);
  }
  const columns = 'p.id, p.name, p.title, p.organisation_id AS "organisationId", p.email, p.phone, p.relation, p.relation_reason AS "relationReason"';
  const { total, rows } = await page<PersonRowOut>(db, 'person', 'p', columns, where, params, q);
  return { items: await personSummaries(db, rows), total, offset: q.offset };
}

/** Organisation names (also of an organisation in the trash, as the detail shows it) and bodies for rows of a page. */
export async function personSummaries(db: Database, rows: PersonRowOut[]): Promise<PersonSummary[]> {
  const orgIds = [...new Set(rows.map((r) => r.organisationId).filter((v): v is number => v !== null))];
  const orgName = new Map(orgIds.length ? (await all<{ id: number; name: string }>(db, `SELECT id, name FROM organisation WHERE id IN (${inList(orgIds)})`, orgIds)).map((o) => [o.id, o.name]) : []);
  const bodies = await bodyNames(db, 'person', rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, organisationName: r.organisationId === null ? null : (orgName.get(r.organisationId) ?? null), bodies: bodies.get(r.id) ?? [] }));
}
