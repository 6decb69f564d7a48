import { hitContext, mapRows, rowsById, type ContextResolver } from '../search/hitContext';

/** A milestone: its date and body. */
export const milestoneContext: ContextResolver = async (m, ids) =>
  mapRows(
    await rowsById<{ id: number; date: string; body: string | null }>(
      m,
      (ins) => `SELECT ms.id AS id, ms.date AS date, b.name AS body FROM milestone ms LEFT JOIN body b ON b.id = ms.body_id AND b.deleted_at IS NULL WHERE ms.id IN (${ins})`,
      ids,
    ),
    (r) => hitContext(r.date, r.body),
  );
