import { hitContext, mapRows, rowsById, type ContextResolver } from '../search/hitContext';

/** An involvement: its date and the actor involved. */
export const involvementContext: ContextResolver = async (m, ids) =>
  mapRows(
    await rowsById<{ id: number; date: string; organisation: string | null; person: string | null }>(
      m,
      (ins) => `SELECT i.id AS id, i.date AS date, o.name AS organisation, p.name AS person FROM involvement i
        LEFT JOIN organisation o ON i.actor_kind = 'organisation' AND o.id = i.actor_id
        LEFT JOIN person p ON i.actor_kind = 'person' AND p.id = i.actor_id
        WHERE i.id IN (${ins})`,
      ids,
    ),
    (r) => hitContext(r.date, r.person ?? r.organisation),
  );
