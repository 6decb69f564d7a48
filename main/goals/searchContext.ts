import { hitContext, mapRows, rowsById, type ContextResolver } from '../search/hitContext';

/** A goal: its deadline and the initiative it belongs to. */
export const goalContext: ContextResolver = async (m, ids) =>
  mapRows(
    await rowsById<{ id: number; date: string; initiative: string | null }>(
      m,
      (ins) => `SELECT g.id AS id, g.target_date AS date, i.name AS initiative FROM goal g LEFT JOIN initiative i ON i.id = g.initiative_id WHERE g.id IN (${ins})`,
      ids,
    ),
    (r) => hitContext(r.date, r.initiative),
  );
