import type BetterSqlite3 from 'better-sqlite3';
import { call } from '../../helpers/db';
import { trigramUsable } from '../../../db/sqliteActorSearch';
import { likePattern, searchTokens } from '../../../db/textKeys';
import type { OrganisationListQuery, OrganisationSummary, Page, PersonListQuery, PersonSummary } from '../../../preload/contract';
import type { CaseSource, QueryCase } from './queryCase';

const PAGE = 100; // the renderer's VirtualList page

const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();
function prepared(raw: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = statements.get(raw);
  if (!cache) statements.set(raw, (cache = new Map()));
  let st = cache.get(sql);
  if (!st) cache.set(sql, (st = raw.prepare(sql)));
  return st;
}

interface Filter {
  search?: string;
  relation?: 'core' | 'adhoc' | 'none' | null;
  bodyId?: number | null;
  offset?: number;
}

/** The same index-backed search as the service (trigram table for tokens of ≥ 3 characters), by hand. */
function where(alias: string, f: Filter, params: unknown[]) {
  const tokens = searchTokens(f.search ?? '');
  const clauses = [tokens.length || f.bodyId ? `COALESCE(${alias}.deleted_at, '') = ''` : `${alias}.deleted_at IS NULL`];
  const fts = alias === 'o' ? 'organisation_trigram' : 'person_trigram';
  const indexed = tokens.filter(trigramUsable);
  if (indexed.length) {
    clauses.push(`${alias}.id IN (SELECT rowid FROM ${fts} WHERE ${indexed.map(() => `${fts}.search_text LIKE ?`).join(' AND ')})`);
    params.push(...indexed.map((t) => `%${t}%`));
  }
  for (const t of tokens.filter((t) => !trigramUsable(t))) {
    clauses.push(`${alias}.search_text LIKE ? ESCAPE '\\'`);
    params.push(likePattern(t));
  }
  if (f.relation === 'none') clauses.push(`${alias}.relation IS NULL`);
  else if (f.relation) {
    clauses.push(`${alias}.relation = ?`);
    params.push(f.relation);
  }
  return clauses.join(' AND ');
}

const inList = (ids: number[]) => ids.map(() => '?').join(',');
const byDanishName = (a: string, b: string) => a.localeCompare(b, 'da');

function bodyNames(raw: BetterSqlite3.Database, owner: 'person_id' | 'organisation_id', ids: number[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (!ids.length) return out;
  // The owners are live rows of the page, so only the body's trash state matters.
  const rows = prepared(
    raw,
    `SELECT DISTINCT m.${owner} AS id, b.name FROM membership m JOIN body b ON b.id = m.body_id WHERE m.${owner} IN (${inList(ids)}) AND b.deleted_at IS NULL`,
  ).all(...ids) as { id: number; name: string }[];
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.name]);
  for (const l of out.values()) l.sort(byDanishName);
  return out;
}

export function organisationsFloor(raw: BetterSqlite3.Database, f: Filter & { kind?: string | null }): Page<OrganisationSummary> {
  const extra: string[] = [];
  const params: unknown[] = [];
  const w = where('o', f, params);
  if (f.kind) {
    extra.push('o.kind = ?');
    params.push(f.kind);
  }
  if (f.bodyId) {
    extra.push(`o.id IN (SELECT organisation_id FROM membership WHERE body_id = ? AND organisation_id IS NOT NULL
      UNION SELECT p.organisation_id FROM membership m JOIN person p ON p.id = m.person_id WHERE m.body_id = ? AND p.deleted_at IS NULL)`);
    params.push(f.bodyId, f.bodyId);
  }
  const sql = [w, ...extra].join(' AND ');
  const total = (prepared(raw, `SELECT COUNT(*) AS n FROM organisation o WHERE ${sql}`).get(...params) as { n: number }).n;
  const rows = prepared(raw, `SELECT o.id, o.name, o.kind, o.relation, o.relation_reason AS relationReason FROM organisation o WHERE ${sql} ORDER BY o.sort_key, o.id LIMIT ? OFFSET ?`).all(
    ...params, PAGE, f.offset ?? 0,
  ) as Omit<OrganisationSummary, 'peopleCount' | 'bodies'>[];
  const ids = rows.map((r) => r.id);
  const counts = new Map(
    (ids.length
      ? (prepared(raw, `SELECT organisation_id AS id, COUNT(*) AS n FROM person WHERE deleted_at IS NULL AND organisation_id IN (${inList(ids)}) GROUP BY organisation_id`).all(...ids) as { id: number; n: number }[])
      : []
    ).map((r) => [r.id, r.n]),
  );
  const bodies = bodyNames(raw, 'organisation_id', ids);
  return { items: rows.map((r) => ({ ...r, peopleCount: counts.get(r.id) ?? 0, bodies: bodies.get(r.id) ?? [] })), total, offset: f.offset ?? 0 };
}

export function peopleFloor(raw: BetterSqlite3.Database, f: Filter & { organisationId?: number | null }): Page<PersonSummary> {
  const extra: string[] = [];
  const params: unknown[] = [];
  const w = where('p', f, params);
  if (f.organisationId) {
    extra.push('p.organisation_id = ?');
    params.push(f.organisationId);
  }
  if (f.bodyId) {
    extra.push('(p.id IN (SELECT person_id FROM membership WHERE body_id = ?) OR p.organisation_id IN (SELECT organisation_id FROM membership WHERE body_id = ?))');
    params.push(f.bodyId, f.bodyId);
  }
  const sql = [w, ...extra].join(' AND ');
  const total = (prepared(raw, `SELECT COUNT(*) AS n FROM person p WHERE ${sql}`).get(...params) as { n: number }).n;
  const rows = prepared(
    raw,
    `SELECT p.id, p.name, p.title, p.organisation_id AS organisationId, p.email, p.phone, p.relation, p.relation_reason AS relationReason
     FROM person p WHERE ${sql} ORDER BY p.sort_key, p.id LIMIT ? OFFSET ?`,
  ).all(...params, PAGE, f.offset ?? 0) as Omit<PersonSummary, 'bodies' | 'organisationName'>[];
  const orgIds = [...new Set(rows.map((r) => r.organisationId).filter((v): v is number => v !== null))];
  const orgName = new Map(
    (orgIds.length ? (prepared(raw, `SELECT id, name FROM organisation WHERE id IN (${inList(orgIds)})`).all(...orgIds) as { id: number; name: string }[]) : []).map((o) => [o.id, o.name]),
  );
  const bodies = bodyNames(raw, 'person_id', rows.map((r) => r.id));
  return {
    items: rows.map((r) => ({ ...r, organisationName: r.organisationId === null ? null : (orgName.get(r.organisationId) ?? null), bodies: bodies.get(r.id) ?? [] })),
    total,
    offset: f.offset ?? 0,
  };
}

const pageKey = (r: unknown) => {
  const p = r as Page<{ id: number; bodies: string[]; peopleCount?: number; organisationName?: string | null }>;
  return { total: p.total, items: p.items.map((i) => [i.id, i.bodies, i.peopleCount ?? i.organisationName]) };
};

const orgList = (name: string, q: Omit<OrganisationListQuery, 'limit'>, search = false): QueryCase => ({
  name,
  screen: 'Aktører › Organisationer',
  search,
  service: (ctx) => call(ctx, 'organisations.list', { ...q, limit: PAGE }),
  floor: (raw) => organisationsFloor(raw, q),
  key: pageKey,
});

const peopleList = (name: string, q: Omit<PersonListQuery, 'limit'>, search = false): QueryCase => ({
  name,
  screen: 'Aktører › Personer',
  search,
  service: (ctx) => call(ctx, 'people.list', { ...q, limit: PAGE }),
  floor: (raw) => peopleFloor(raw, q),
  key: pageKey,
});

export const actorCases: CaseSource = (raw) => {
  const one = <T>(sql: string) => raw.prepare(sql).get() as T;
  const partnership = one<{ id: number }>("SELECT id FROM body WHERE kind = 'partnership' ORDER BY id LIMIT 1").id;
  const group = one<{ id: number }>("SELECT id FROM body WHERE kind = 'working_group' ORDER BY id LIMIT 1").id;
  const busyOrg = one<{ id: number }>('SELECT organisation_id AS id FROM person WHERE organisation_id IS NOT NULL AND deleted_at IS NULL GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1').id;
  const liveOrgs = one<{ n: number }>('SELECT COUNT(*) AS n FROM organisation WHERE deleted_at IS NULL').n;
  const livePeople = one<{ n: number }>('SELECT COUNT(*) AS n FROM person WHERE deleted_at IS NULL').n;
  return [
    orgList('organisations: first page', {}),
    orgList('organisations: page in the middle', { offset: Math.floor(liveOrgs / 2) }),
    orgList('organisations: kind = company', { kind: 'company' }),
    orgList('organisations: relation = ad hoc', { relation: 'adhoc' }),
    orgList('organisations: no relation', { relation: 'none' }),
    orgList('organisations: body = partnership', { bodyId: partnership }),
    orgList('organisations: body = working group', { bodyId: group }),
    orgList('organisations: kind + relation + body', { kind: 'primary_school', relation: 'core', bodyId: partnership }),
    orgList('search organisations “gymnasium”', { search: 'gymnasium' }, true),
    orgList('search organisations “jobcenter kø”', { search: 'jobcenter kø' }, true),
    orgList('search organisations, no hits “zzxq”', { search: 'zzxq' }, true),
    peopleList('people: first page', {}),
    peopleList('people: last page', { offset: Math.max(0, livePeople - PAGE) }),
    peopleList('people: relation = core', { relation: 'core' }),
    peopleList('people: body = partnership', { bodyId: partnership }),
    peopleList('people: of the busiest organisation', { organisationId: busyOrg }),
    peopleList('search people “jens”', { search: 'jens' }, true),
    peopleList('search people “søren hvidovre”', { search: 'søren hvidovre' }, true),
    peopleList('search people, e-mail “@koege.dk”', { search: '@koege.dk' }, true),
  ];
};
