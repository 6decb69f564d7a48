import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { StakeholderPositionEntity } from '../../db/entities/involvement';
import { likePattern, searchTokens } from '../../db/textKeys';
import type { TrigramOwner } from '../../db/storage';
import type { ActorKind, ChannelParsed, Relation, StakeholderActor, StakeholderCandidates, StakeholderMap } from '../../preload/contract';
import { ServiceError } from '../api/serviceError';
import { isLive } from '../actors/lookup';
import { activeClock } from '../app/clock';

/**
 * The map reads only what it shows (issue 17: a region has 70,000 actors): the placed actors joined to
 * their names, ordered in SQL by sort_key (whose binary order is Danish collation: … z æ ø å), and a
 * count of the rest; the picker asks for the first few of the rest that match what was typed.
 */
interface Row {
  kind: ActorKind;
  id: number;
  name: string;
  relation: Relation | null;
  sk: string;
  influence: number | null;
  interest: number | null;
}

const toActor = (r: Row): StakeholderActor => ({
  actorKind: r.kind, actorId: Number(r.id), name: r.name, relation: r.relation ?? null,
  influence: r.influence === null ? null : Number(r.influence), interest: r.interest === null ? null : Number(r.interest),
});
/** Binary order of the sort keys (Danish collation), then kind and id, as SQL's ORDER BY sort_key gives it. */
const byKey = (a: Row, b: Row) => (a.sk < b.sk ? -1 : a.sk > b.sk ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : Number(a.id) - Number(b.id));

const tables: Record<ActorKind, TrigramOwner> = { organisation: 'organisation', person: 'person' };
const all = <T>(m: EntityManager, sql: string, params: unknown[]) => m.query(sql, params) as Promise<T[]>;

async function placedRows(m: EntityManager): Promise<Row[]> {
  const rows: Row[] = [];
  for (const kind of ['organisation', 'person'] as const) {
    rows.push(...(await all<Row>(m,
      `SELECT '${kind}' AS kind, a.id AS id, a.name AS name, a.relation AS relation, a.sort_key AS sk, s.influence AS influence, s.interest AS interest
         FROM stakeholder_position s JOIN ${tables[kind]} a ON a.id = s.actor_id
        WHERE s.actor_kind = '${kind}' AND a.deleted_at IS NULL
        ORDER BY a.sort_key, a.id`, [])));
  }
  return rows.sort(byKey);
}

function unplacedWhere(db: Database, kind: ActorKind, search: string): { sql: string; params: unknown[] } {
  const tokens = searchTokens(search);
  const clause = db.storage.actorSearchClause(tables[kind], 'a', tokens, likePattern);
  const where = [tokens.length ? "COALESCE(a.deleted_at, '') = ''" : 'a.deleted_at IS NULL', ...clause.sql,
    `NOT EXISTS (SELECT 1 FROM stakeholder_position s WHERE s.actor_kind = '${kind}' AND s.actor_id = a.id)`];
  return { sql: where.join(' AND '), params: clause.params };
}

async function unplacedCount(db: Database, m: EntityManager, search: string): Promise<number> {
  let n = 0;
  for (const kind of ['organisation', 'person'] as const) {
    const w = unplacedWhere(db, kind, search);
    n += Number((await all<{ n: number }>(m, `SELECT COUNT(*) AS n FROM ${tables[kind]} a WHERE ${w.sql}`, w.params))[0]?.n ?? 0);
  }
  return n;
}

/** The placed actors alone (what the PDF draws). */
export const placedStakeholders = async (m: EntityManager): Promise<StakeholderActor[]> => (await placedRows(m)).map(toActor);

export async function stakeholderMap(db: Database, m: EntityManager = db.ds.manager): Promise<StakeholderMap> {
  const placed = await placedStakeholders(m);
  return { placed, unplacedTotal: await unplacedCount(db, m, '') };
}

/** The first actors not on the map, matching the typed words: each kind's first `limit` by sort key, merged. */
export async function stakeholderCandidates(db: Database, input: ChannelParsed<'stakeholders.candidates'>): Promise<StakeholderCandidates> {
  const m = db.ds.manager;
  const rows: Row[] = [];
  for (const kind of ['organisation', 'person'] as const) {
    const w = unplacedWhere(db, kind, input.search);
    rows.push(...(await all<Row>(m,
      `SELECT '${kind}' AS kind, a.id AS id, a.name AS name, a.relation AS relation, a.sort_key AS sk, NULL AS influence, NULL AS interest
         FROM ${tables[kind]} a WHERE ${w.sql} ORDER BY a.sort_key, a.id LIMIT ?`, [...w.params, input.limit])));
  }
  return { actors: rows.sort(byKey).slice(0, input.limit).map(toActor), total: await unplacedCount(db, m, input.search) };
}

export const getStakeholderMap = (db: Database) => stakeholderMap(db);

export async function placeStakeholder(db: Database, input: ChannelParsed<'stakeholders.place'>): Promise<StakeholderMap> {
  return db.tx(async (m) => {
    if (!(await isLive(m, input.actorKind, input.actorId))) {
      throw new ServiceError('VALIDATION', 'missing.actor', { actorId: 'field.actor' });
    }
    const repo = m.getRepository(StakeholderPositionEntity);
    const existing = await repo.findOneBy({ actorKind: input.actorKind, actorId: input.actorId });
    if (input.influence === null || input.interest === null) {
      if (existing) await repo.delete({ id: existing.id });
    } else {
      const values = { influence: input.influence, interest: input.interest, updatedAt: activeClock().now().toISOString() };
      if (existing) await repo.update({ id: existing.id }, values);
      else await repo.save({ actorKind: input.actorKind, actorId: input.actorId, ...values });
    }
    return stakeholderMap(db, m);
  });
}
