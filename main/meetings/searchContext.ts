import type { EntityManager } from 'typeorm';
import { hitContext, mapRows, rowsById, type ContextResolver, type HitContext } from '../search/hitContext';

interface MeetingInfo { id: number; title: string; date: string; place: string | null; body: string | null }

const meetings = (m: EntityManager, ids: number[]) =>
  rowsById<MeetingInfo>(
    m,
    (ins) => `SELECT mt.id AS id, mt.title AS title, mt.date AS date, mt.place AS place, b.name AS body
      FROM meeting mt LEFT JOIN body b ON b.id = mt.body_id AND b.deleted_at IS NULL WHERE mt.id IN (${ins})`,
    ids,
  );

/** A meeting: its day, body and place. */
export const meetingContext: ContextResolver = async (m, ids) => mapRows(await meetings(m, ids), (r) => hitContext(r.date, r.body, r.place));

/** A part of a meeting (agenda item, decision, action item): the meeting's day, title and body. */
const partContext = (table: 'agenda_item' | 'decision' | 'action_item'): ContextResolver => async (m, ids) => {
  const parts = await rowsById<{ id: number; meetingId: number }>(m, (ins) => `SELECT id, meeting_id AS "meetingId" FROM ${table} WHERE id IN (${ins})`, ids);
  const owners = await meetings(m, [...new Set([...parts.values()].map((p) => Number(p.meetingId)))]);
  const out = new Map<number, HitContext>();
  for (const [id, p] of parts) {
    const mt = owners.get(Number(p.meetingId));
    if (mt) out.set(id, hitContext(mt.date, mt.title, mt.body));
  }
  return out;
};

export const meetingContexts: Record<string, ContextResolver> = {
  meeting: meetingContext,
  agenda_item: partContext('agenda_item'),
  decision: partContext('decision'),
  action_item: partContext('action_item'),
};
