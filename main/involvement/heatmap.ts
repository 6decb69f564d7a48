import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import type { ActorKind, ChannelParsed, InvolvementMatrix, Relation } from '../../preload/contract';

const QUARTERS = ['K1', 'K2', 'K3', 'K4'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

type Query = ChannelParsed<'involvement.matrix'>;

/**
 * The heatmap's rows as one statement: live organisations, each followed by its live people, then the
 * people whose organisation is not shown. Filters: the actor's own relation; the organisation's kind (a
 * person's is their organisation's); a body the actor, its organisation or one of its people sits in.
 */
function rowSql(q: Query): { sql: string; countSql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const org: string[] = ['o.deleted_at IS NULL'];
  const person: string[] = ['p.deleted_at IS NULL'];
  let parentShown = 'po.id IS NOT NULL';
  if (q.relation) {
    params.relation = q.relation;
    org.push('o.relation = :relation');
    person.push('p.relation = :relation');
    parentShown += ' AND po.relation = :relation';
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
  const sql = `
    SELECT 'organisation' AS kind, o.id AS id, o.name AS name, o.relation AS relation, o.sort_key AS gkey, o.id AS gid, 0 AS sub, o.sort_key AS okey
      FROM organisation o WHERE ${org.join(' AND ')}
    UNION ALL
    SELECT 'person' AS kind, p.id AS id, p.name AS name, p.relation AS relation,
        CASE WHEN ${parentShown} THEN po.sort_key END AS gkey, CASE WHEN ${parentShown} THEN po.id END AS gid, 1 AS sub, p.sort_key AS okey
      FROM person p LEFT JOIN organisation po ON po.id = p.organisation_id AND po.deleted_at IS NULL
      WHERE ${person.join(' AND ')}`;
  // Without a filter on the organisation the count needs no join: at region size the join reads 50,000 person rows.
  const countSql = q.organisationKind || q.bodyId
    ? `SELECT COUNT(*) AS n FROM (${sql}) a`
    : `SELECT (SELECT COUNT(*) FROM organisation o WHERE ${org.join(' AND ')}) + (SELECT COUNT(*) FROM person p WHERE ${person.join(' AND ')}) AS n`;
  return { sql, countSql, params };
}

/** Named parameters to the driver's positional form through TypeORM, so the same text runs on either database. */
function positional(m: EntityManager, sql: string, params: Record<string, unknown>): [string, unknown[]] {
  return m.connection.driver.escapeQueryWithParameters(sql, params);
}

/** Actor × month (or quarter) counts for one year, one page of actors; actors without involvements are rows of zeros. */
export async function involvementMatrix(db: Database, q: Query): Promise<InvolvementMatrix> {
  const m = db.ds.manager;
  const { sql, countSql, params } = rowSql(q);
  const [countText, countParams] = positional(m, countSql, params);
  const total = Number(((await m.query(countText, countParams)) as { n: number }[])[0]!.n);
  const [pageSql, pageParams] = positional(
    m,
    `SELECT kind, id, name, relation FROM (${sql}) a
     ORDER BY CASE WHEN gkey IS NULL THEN 1 ELSE 0 END, gkey, gid, sub, okey, id LIMIT :limit OFFSET :offset`,
    { ...params, limit: q.limit, offset: q.offset },
  );
  const actors = (await m.query(pageSql, pageParams)) as { kind: ActorKind; id: number; name: string; relation: Relation | null }[];

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
 * colour means the same on every page. Read from ix_involvement_date alone.
 */
async function yearMax(m: EntityManager, q: Query, range: { from: string; to: string }): Promise<number> {
  const bucket = q.granularity === 'month' ? 'SUBSTR(i.date, 6, 2)' : '(CAST(SUBSTR(i.date, 6, 2) AS INTEGER) + 2) / 3';
  const [sql, params] = positional(
    m,
    `SELECT MAX(c.n) AS n FROM (SELECT COUNT(*) AS n FROM involvement i WHERE i.date >= :from AND i.date <= :to GROUP BY i.actor_kind, i.actor_id, ${bucket}) c`,
    range,
  );
  return Number(((await m.query(sql, params)) as { n: number | null }[])[0]?.n ?? 0);
}
