import { hitContext, mapRows, rowsById, type ContextResolver } from '../search/hitContext';

/** An initiative: its start, track and owner organisation. */
export const initiativeContext: ContextResolver = async (m, ids) =>
  mapRows(
    await rowsById<{ id: number; date: string | null; track: string | null; owner: string | null }>(
      m,
      (ins) => `SELECT i.id AS id, i.start_date AS date, t.name AS track, o.name AS owner FROM initiative i
        LEFT JOIN track t ON t.id = i.track_id
        LEFT JOIN organisation o ON o.id = i.owner_organisation_id AND o.deleted_at IS NULL
        WHERE i.id IN (${ins})`,
      ids,
    ),
    (r) => hitContext(r.date, r.track, r.owner),
  );
