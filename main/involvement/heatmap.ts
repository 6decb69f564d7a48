import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import type { ActorKind, ChannelParsed, InvolvementMatrix, Relation } from '../../preload/contract';

const QUARTERS = ['K1', 'K2', 'K3', 'K4'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

type Query = ChannelParsed<'involvement.matrix'>;

/**
 * The heatmap's filters. Rows are live organisations, each followed by its live people, then the people
 * whose organisation is not shown. Filters: the actor's own relation; the organisation's kind (a
 * person's is their organisation's); a body the actor, its organisation or one of its people sits in.
 * A person's organisation is shown exactly when it passes `org` (aliased o).
 */
function filtersOf(q: Query): { org: string; person: string; personFrom: string; countSql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const org: string[] = ['o.deleted_at IS NULL'];
  const person: string[] = ['p.deleted_at IS NULL'];
  if (q.relation) {
    params.relation = q.relation;
    org.push('o.relation = :relation');
    person.push('p.relation = :relation');
  }
  if (q.organisationKind) {
    params.kind = q.organisationKind;
    org.push('o.kind = :kind');
    person.push('po.kind = :kind');
  }
  if (q.bodyId) {
    params.body = q.bodyId;
    const orgIn = (col: string) =>
      `(EXISTS (SELECT 1 FROM membership mb WHERE mb.body_id = :body AND mb.organisation_id = ${col})
        OR EXISTS (SELECT 1 FROM membership mb JOIN person mp ON mp.id = mb.person_id AND mp.deleted_at IS NULL WHERE mb.body_id = :body AND mp.organisation_id = ${col}))`;
    org.push(orgIn('o.id'));
    person.push(`(EXISTS (SELECT 1 FROM membership mb WHERE mb.body_id = :body AND mb.person_id = p.id) OR (po.id IS NOT NULL AND ${orgIn('po.id')}))`);
  }
  // Without a filter on the organisation the people need no join: at region size the join reads 50,000 person rows.
  const personFrom = q.organisationKind || q.bodyId ? 'person p LEFT JOIN organisation po ON po.id = p.organisation_id AND po.deleted_at IS NULL' : 'person p';
  const countSql = `SELECT (SELECT COUNT(*) FROM organisation o WHERE ${org.join(' AND ')}) + (SELECT COUNT(*) FROM ${personFrom} WHERE ${person.join(' AND ')}) AS n`;
  return { org: org.join(' AND '), person: person.join(' AND '), personFrom, countSql, params };
}

type ActorRow = { kind: ActorKind; id: number; name: string; relation: Relation | null };
type PersonRow = ActorRow & { orgId: number | null };
/** Organisations read by the first statement of the walk (a page's worth); each further one reads twice as many, up to 5,000. */
const firstChunk = (q: Query) => Math.max(50, q.limit);

/**
 * One page of rows without sorting every actor: walk the shown organisations in their order (the
 * organisation sort index) with the number of shown people each, until the page is reached; then read
 * the people of the organisations on the page, and, past the last organisation, the people without a
 * shown organisation in their own order. A deep page walks the organisations before it (counts only).
 */
async function pageRows(m: EntityManager, q: Query, f: ReturnType<typeof filtersOf>): Promise<ActorRow[]> {
  const end = q.offset + q.limit;
  const blocks: { org: ActorRow; orgShown: boolean; skip: number; take: number }[] = [];
  let pos = 0;
  let after: { key: string; id: number } | null = null;
  let walked = false;
  let chunk = firstChunk(q);
  while (!walked) {
    const [sql, params] = positional(
      m,
      `SELECT o.id AS id, o.name AS name, o.relation AS relation, o.sort_key AS "sortKey",
         (SELECT COUNT(*) FROM ${f.personFrom} WHERE p.organisation_id = o.id AND ${f.person}) AS n
       FROM organisation o WHERE ${f.org}${after ? ' AND (o.sort_key > :afterKey OR (o.sort_key = :afterKey AND o.id > :afterId))' : ''}
       ORDER BY o.sort_key, o.id LIMIT :chunk`,
      { ...f.params, chunk, ...(after ? { afterKey: after.key, afterId: after.id } : {}) },
    );
    const orgs = (await m.query(sql, params)) as { id: number; name: string; relation: Relation | null; sortKey: string; n: number | string }[];
    for (const o of orgs) {
      const n = Number(o.n);
      if (pos + 1 + n > q.offset) {
        const skip = Math.max(0, q.offset - pos - 1);
        blocks.push({
          org: { kind: 'organisation', id: Number(o.id), name: o.name, relation: o.relation },
          orgShown: pos >= q.offset,
          skip,
          take: Math.max(0, Math.min(n, end - pos - 1) - skip),
        });
      }
      pos += 1 + n;
      if (pos >= end) break;
    }
    walked = pos >= end || orgs.length < chunk;
    if (!walked) after = { key: orgs[orgs.length - 1]!.sortKey, id: Number(orgs[orgs.length - 1]!.id) };
    chunk = Math.min(5000, chunk * 2);
  }

  const people = new Map<number, ActorRow[]>();
  const withPeople = blocks.filter((b) => b.take > 0).map((b) => b.org.id);
  if (withPeople.length) {
    const [sql, params] = positional(
      m,
      `SELECT 'person' AS kind, p.id AS id, p.name AS name, p.relation AS relation, p.organisation_id AS "orgId"
       FROM ${f.personFrom}
       WHERE p.organisation_id IN (:...orgs) AND ${f.person} ORDER BY p.organisation_id, p.sort_key, p.id`,
      { ...f.params, orgs: withPeople },
    );
    for (const r of (await m.query(sql, params)) as PersonRow[]) {
      const key = Number(r.orgId);
      people.set(key, [...(people.get(key) ?? []), { kind: 'person', id: Number(r.id), name: r.name, relation: r.relation }]);
    }
  }
  const out: ActorRow[] = [];
  for (const b of blocks) {
    if (b.orgShown) out.push(b.org);
    out.push(...(people.get(b.org.id) ?? []).slice(b.skip, b.skip + b.take));
  }
  if (pos < end) {
    // Past the last organisation: people whose organisation is not shown (none, in the trash, or filtered out).
    const [sql, params] = positional(
      m,
      `SELECT 'person' AS kind, p.id AS id, p.name AS name, p.relation AS relation
       FROM ${f.personFrom}
       WHERE ${f.person} AND NOT EXISTS (SELECT 1 FROM organisation o WHERE o.id = p.organisation_id AND ${f.org})
       ORDER BY p.sort_key, p.id LIMIT :limit OFFSET :offset`,
      { ...f.params, limit: end - Math.max(pos, q.offset), offset: Math.max(0, q.offset - pos) },
    );
    out.push(...((await m.query(sql, params)) as ActorRow[]).map((r) => ({ ...r, id: Number(r.id) })));
  }
  return out;
}

/** Named parameters to the driver's positional form through TypeORM, so the same text runs on either database. */
function positional(m: EntityManager, sql: string, params: Record<string, unknown>): [string, unknown[]] {
  return m.connection.driver.escapeQueryWithParameters(sql, params);
}

/** Actor × month (or quarter) counts for one year, one page of actors; actors without involvements are rows of zeros. */
export async function involvementMatrix(db: Database, q: Query): Promise<InvolvementMatrix> {
  const m = db.ds.manager;
  const f = filtersOf(q);
  const [countText, countParams] = positional(m, f.countSql, f.params);
  const total = Number(((await m.query(countText, countParams)) as { n: number }[])[0]!.n);
  const actors = await pageRows(m, q, f);

  const n = q.granularity === 'month' ? 12 : 4;
  const column = (date: string) => {
    const month = Number(date.slice(5, 7)) - 1;
    return q.granularity === 'month' ? month : Math.floor(month / 3);
  };
  const range = { from: `${q.year}-01-01`, to: `${q.year}-12-31` };
  const counts = new Map<string, number[]>();
  for (const kind of ['organisation', 'person'] as const) {
    const ids = actors.filter((a) => a.kind === kind).map((a) => Number(a.id));
    if (ids.length === 0) continue;
    const rows: { id: number; date: string }[] = await m.createQueryBuilder().from('involvement', 'i')
      .select('i.actor_id', 'id').addSelect('i.date', 'date')
      .where('i.actor_kind = :kind AND i.actor_id IN (:...ids) AND i.date >= :from AND i.date <= :to', { kind, ids, ...range })
      .getRawMany();
    for (const r of rows) {
      const key = `${kind}:${r.id}`;
      const c = counts.get(key) ?? new Array<number>(n).fill(0);
      c[column(r.date)]! += 1;
      counts.set(key, c);
    }
  }
  const out = actors.map((a) => {
    const c = counts.get(`${a.kind}:${a.id}`) ?? new Array<number>(n).fill(0);
    return { actorKind: a.kind, actorId: Number(a.id), name: a.name, relation: a.relation, counts: c, total: c.reduce((s, v) => s + v, 0) };
  });
  return { columns: q.granularity === 'month' ? MONTHS : QUARTERS, rows: out, total, offset: q.offset, max: await yearMax(m, q, range) };
}

/**
 * The most involvements of one actor in one cell this year, over every actor (not just the page), so a
 * colour means the same on every page. Read from ix_involvement_date alone: grouped by the month first, so
 * that no index gives the group order and the planner reads the year's range (not every involvement
 * through the actor index) and sorts it.
 */
async function yearMax(m: EntityManager, q: Query, range: { from: string; to: string }): Promise<number> {
  const bucket = q.granularity === 'month' ? 'SUBSTR(i.date, 6, 2)' : '(CAST(SUBSTR(i.date, 6, 2) AS INTEGER) + 2) / 3';
  const [sql, params] = positional(
    m,
    `SELECT MAX(c.n) AS n FROM (SELECT COUNT(*) AS n FROM involvement i WHERE i.date >= :from AND i.date <= :to GROUP BY ${bucket}, i.actor_id, i.actor_kind) c`,
    range,
  );
  return Number(((await m.query(sql, params)) as { n: number | null }[])[0]?.n ?? 0);
}
