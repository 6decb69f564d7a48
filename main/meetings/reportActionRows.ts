import type { Database } from '../../db/database';

export interface OpenActionRow {
  what: string;
  who: string | null;
  due: string | null;
  meeting: string;
  meetingDate: string;
}

/**
 * The open action items agreed at live meetings held by `heldBy`, earliest due first (items without a
 * due date last), with the owner's name (a person, else an organisation) and the meeting: one statement
 * on the storage's fast path, only the columns a report shows (issue 17), and null when no meeting is
 * kept in Samspil at all.
 */
export async function openActionRows(db: Database, heldBy: string): Promise<OpenActionRow[] | null> {
  const [live] = await db.storage.all<{ n: number | string }>(db.ds, 'SELECT COUNT(*) AS n FROM meeting WHERE deleted_at IS NULL', []);
  if (Number(live?.n ?? 0) === 0) return null;
  return db.storage.all<OpenActionRow>(
    db.ds,
    `SELECT a.what AS what, CASE WHEN a.owner_person_id IS NOT NULL THEN p.name ELSE o.name END AS who, a.due_date AS due,
       mt.title AS meeting, mt.date AS "meetingDate"
     FROM action_item a JOIN meeting mt ON mt.id = a.meeting_id AND mt.deleted_at IS NULL AND mt.date <= ?
     LEFT JOIN person p ON p.id = a.owner_person_id
     LEFT JOIN organisation o ON o.id = a.owner_organisation_id
     WHERE a.status = 'open'
     ORDER BY CASE WHEN a.due_date IS NULL THEN 1 ELSE 0 END, a.due_date, a.id`,
    [heldBy],
  );
}
