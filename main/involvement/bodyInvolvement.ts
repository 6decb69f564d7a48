import { In } from 'typeorm';
import type { Database } from '../../db/database';
import { InvolvementEntity } from '../../db/entities/involvement';
import type { ChannelParsed, Involvement, Page } from '../../preload/contract';
import { notFound } from '../api/serviceError';
import { views } from './involvementService';

/** Involvements of the body's live members: people, organisations, and the people of member organisations. */
const OF_MEMBERS = `FROM involvement i WHERE
  (i.actor_kind = 'person' AND i.actor_id IN (
     SELECT p.id FROM person p WHERE p.deleted_at IS NULL AND (
       p.id IN (SELECT mb.person_id FROM membership mb WHERE mb.body_id = ?)
       OR p.organisation_id IN (SELECT mb.organisation_id FROM membership mb JOIN organisation o ON o.id = mb.organisation_id AND o.deleted_at IS NULL WHERE mb.body_id = ?))))
  OR (i.actor_kind = 'organisation' AND i.actor_id IN (
     SELECT mb.organisation_id FROM membership mb JOIN organisation o ON o.id = mb.organisation_id AND o.deleted_at IS NULL WHERE mb.body_id = ?))`;

/** A page of what the body's members were involved in, newest first, with the total. */
export async function bodyInvolvement(db: Database, q: ChannelParsed<'involvement.forBody'>): Promise<Page<Involvement>> {
  const m = db.ds.manager;
  const body: unknown[] = await m.query('SELECT id FROM body WHERE id = ? AND deleted_at IS NULL', [q.bodyId]);
  if (body.length === 0) throw notFound('body');
  const params = [q.bodyId, q.bodyId, q.bodyId];
  const [count] = (await m.query(`SELECT COUNT(*) AS n ${OF_MEMBERS}`, params)) as { n: number | string }[];
  const ids = ((await m.query(`SELECT i.id AS id ${OF_MEMBERS} ORDER BY i.date DESC, i.id DESC LIMIT ? OFFSET ?`, [...params, q.limit, q.offset])) as { id: number | string }[]).map((r) => Number(r.id));
  const rows = ids.length ? await m.getRepository(InvolvementEntity).find({ where: { id: In(ids) } }) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { items: await views(m, ids.map((id) => byId.get(id)!)), total: Number(count?.n ?? 0), offset: q.offset };
}
