import type { Database } from '../../db/database';
import { isCalendarDate, isClockTime, type StoredDateProblem, type StoredDateKind } from '../../preload/contract';
import { said, ServiceError, type Said } from '../api/serviceError';

/**
 * Dates and times stored by older versions, which checked dates with Date.parse (2013-02-30 passed).
 * Every date or time column a document reads, with the object's name, so an export can say what to fix.
 */
interface Source {
  kind: StoredDateKind;
  sql: string;
  time?: boolean;
}

const col = (kind: StoredDateKind, table: string, column: string, name: string, extra = '', time = false): Source => ({
  kind,
  time,
  sql: `SELECT t.id AS id, ${name} AS name, '${column}' AS field, t.${column} AS value FROM ${table} t ${extra} WHERE t.${column} IS NOT NULL`,
});

const SOURCES: Source[] = [
  col('meeting', 'meeting', 'date', 't.title', '', false),
  col('meeting', 'meeting', 'start_time', 't.title', '', true),
  col('meeting', 'meeting', 'end_time', 't.title', '', true),
  col('milestone', 'milestone', 'date', 't.title'),
  col('memo', 'memo', 'memo_date', 't.title'),
  col('memo', 'memo', 'meeting_date', 't.title'),
  col('memo', 'memo', 'decision_date', 't.title'),
  col('goal', 'goal', 'baseline_date', 't.name'),
  col('goal', 'goal', 'target_date', 't.name'),
  col('measurement', 'measurement', 'date', 'g.name', 'JOIN goal g ON g.id = t.goal_id'),
  col('initiative', 'initiative', 'status_date', 't.name'),
  col('initiative', 'initiative', 'start_date', 't.name'),
  col('initiative', 'initiative', 'end_date', 't.name'),
  col('initiativeStatus', 'initiative_status', 'date', 'i.name', 'JOIN initiative i ON i.id = t.initiative_id'),
  col('involvement', 'involvement', 'date', 't.topic'),
  col('involvement', 'involvement', 'follow_up_date', 't.topic'),
  col('actionItem', 'action_item', 'due_date', 't.what'),
  col('actionItem', 'action_item', 'done_date', 't.what'),
  col('membership', 'membership', 'from_date', 'b.name', 'JOIN body b ON b.id = t.body_id'),
  col('membership', 'membership', 'to_date', 'b.name', 'JOIN body b ON b.id = t.body_id'),
];

/** Every stored date that does not exist in the calendar and every time outside 00:00–23:59. */
export async function findStoredDateProblems(db: Database): Promise<StoredDateProblem[]> {
  const out: StoredDateProblem[] = [];
  for (const s of SOURCES) {
    const rows = (await db.ds.query(s.sql)) as { id: number; name: string | null; field: string; value: string }[];
    for (const r of rows) {
      const ok = s.time ? isClockTime(r.value) : r.value === '' ? true : isCalendarDate(r.value);
      if (!ok) out.push({ kind: s.kind, id: Number(r.id), name: r.name ?? '', field: r.field, value: r.value });
    }
  }
  return out;
}

export function describeProblem(p: StoredDateProblem): Said {
  return said(p.field.endsWith('time') ? 'dates.problemTime' : 'dates.problemDate', { kind: said(`dates.kind.${p.kind}`), name: p.name.slice(0, 80), value: p.value });
}

/** A document failed: if stored impossible dates are the likely reason, tell the user which objects to fix. */
export async function storedDateError(db: Database): Promise<ServiceError | null> {
  const problems = await findStoredDateProblems(db);
  if (!problems.length) return null;
  const more = problems.length > 5 ? said('dates.more', { count: problems.length - 5 }) : '';
  return new ServiceError('VALIDATION', said('dates.document', { list: problems.slice(0, 5).map(describeProblem), more }));
}
