import { hitContext, mapRows, rowsById, type ContextResolver } from '../search/hitContext';

/** A decision memo: its date, recipient and case number. */
export const memoContext: ContextResolver = async (m, ids) =>
  mapRows(
    await rowsById<{ id: number; date: string; recipient: string | null; caseNumber: string | null }>(
      m,
      (ins) => `SELECT id, memo_date AS date, recipient_name AS recipient, case_number AS "caseNumber" FROM memo WHERE id IN (${ins})`,
      ids,
    ),
    (r) => hitContext(r.date, r.recipient, r.caseNumber),
  );
