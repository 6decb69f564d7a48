import { In } from 'typeorm';
import type { Database } from '../../db/database';
import { InvolvementEntity } from '../../db/entities/involvement';
import type { ChannelParsed, Involvement, Page } from '../../preload/contract';
import { notFound } from '../api/serviceError';
import { views } from './involvementService';

/** The involvement falls within the membership's period (either end open). */
const IN_PERIOD = '(mb.from_date IS NULL OR i.date >= mb.from_date) AND (mb.to_date IS NULL OR i.date <= mb.to_date)';
const LIVE_ORG = 'JOIN organisation o ON o.id = mb.organisation_id AND o.deleted_at IS NULL';

/**
 * Ids of the involvements of the body's live members while they were members: people, organisations,
 * and the people of member organisations. Driven from the body's memberships, so only their actors'
 * rows are read; UNION drops a person counted both directly and through an organisation.
 */
const MEMBER_INVOLVEMENT = `
  SELECT i.id FROM membership mb JOIN person p ON p.id = mb.person_id AND p.deleted_at IS NULL
    JOIN involvement i ON i.actor_kind = 'person' AND i.actor_id = p.id
    WHERE mb.body_id = ? AND ${IN_PERIOD}
  UNION
  SELECT i.id FROM membership mb ${LIVE_ORG}
    JOIN person p ON p.organisation_id = o.id AND p.deleted_at IS NULL
    JOIN involvement i ON i.actor_kind = 'person' AND i.actor_id = p.id
    WHERE mb.body_id = ? AND ${IN_PERIOD}
  UNION
  SELECT i.id FROM membership mb ${LIVE_ORG}
    JOIN involvement i ON i.actor_kind = 'organisation' AND i.actor_id = o.id
    WHERE mb.body_id = ? AND ${IN_PERIOD}`;

/** A page of what the body's members were involved in while members, newest first, with the total. */
export async function bodyInvolvement(db: Database, q: ChannelParsed<'involvement.forBody'>): Promise<Page<Involvement>> {
  const m = db.ds.manager;
  const body: unknown[] = await m.query('SELECT id FROM body WHERE id = ? AND deleted_at IS NULL', [q.bodyId]);
  if (body.length === 0) throw notFound('body');
  const params = [q.bodyId, q.bodyId, q.bodyId];
  const [count] = (await m.query(`SELECT COUNT(*) AS n FROM (${MEMBER_INVOLVEMENT}) u`, params)) as { n: number | string }[];
  const ids = ((await m.query(`SELECT i.id AS id FROM involvement i WHERE i.id IN (${MEMBER_INVOLVEMENT}) ORDER BY i.date DESC, i.id DESC LIMIT ? OFFSET ?`, [...params, q.limit, q.offset])) as { id: number | string }[]).map((r) => Number(r.id));
  const rows = ids.length ? await m.getRepository(InvolvementEntity).find({ where: { id: In(ids) } }) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { items: await views(m, ids.map((id) => byId.get(id)!)), total: Number(count?.n ?? 0), offset: q.offset };
}
