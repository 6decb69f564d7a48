import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { subMonths } from 'date-fns/subMonths';
import { In, IsNull } from 'typeorm';
import type { Database } from '../../db/database';
import { PersonEntity } from '../../db/entities/actors';
import { RetentionHoldEntity } from '../../db/entities/gdpr';
import type { RetentionProposals } from '../../preload/contract';
import { recordAudit } from '../audit/seams';
import { readSettings } from '../settings/lookup';
import { erasePersonIn } from './erasure';
import { activeClock } from '../app/clock';

const day = (d: Date) => format(d, 'yyyy-MM-dd');

interface CandidateRow {
  id: number;
  name: string;
  relation: 'adhoc' | null;
  organisation_name: string | null;
  sk: string;
  created: string;
  involved: string | null;
  invited: string | null;
  held: string | null;
}

const PAGE = 500;
/**
 * One page of candidates after a (sort_key, id) position: live people, ad hoc or without relation, with
 * their last involvement, invitation and hold. Paged so that a region's 40,000 ad hoc contacts never
 * become one statement's IN list (SQLite's limit is 32,766) nor one long block of the event loop
 * (issue 17); the loop gets its turns between pages (db/queryTurns.ts).
 */
const CANDIDATES_SQL = (after: boolean) => `
  SELECT p.id AS id, p.name AS name, p.relation AS relation, o.name AS organisation_name, p.sort_key AS sk, SUBSTR(p.created_at, 1, 10) AS created,
         (SELECT MAX(i.date) FROM involvement i WHERE i.actor_kind = 'person' AND i.actor_id = p.id) AS involved,
         (SELECT MAX(mt.date) FROM meeting_invitee mi JOIN meeting mt ON mt.id = mi.meeting_id WHERE mi.person_id = p.id) AS invited,
         (SELECT MAX(h.keep_until) FROM retention_hold h WHERE h.person_id = p.id) AS held
    FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
   WHERE p.deleted_at IS NULL AND (p.relation IS NULL OR p.relation = 'adhoc')
     ${after ? 'AND p.sort_key >= ? AND (p.sort_key > ? OR p.id > ?)' : ''}
   ORDER BY p.sort_key, p.id
   LIMIT ${PAGE}`;

/**
 * Ad-hoc contacts (relation ad hoc or none) whose last involvement, meeting invitation or creation
 * lies on or before today minus the retention period, and who are not held by a "keep until" date.
 */
export async function retentionProposals(db: Database, today = activeClock().now()): Promise<RetentionProposals> {
  const m = db.ds.manager;
  const { retentionMonths: months } = await readSettings(m);
  const cutoff = day(subMonths(today, months));
  const todayText = day(today);
  const items: RetentionProposals['items'] = [];
  let last: CandidateRow | undefined;
  for (;;) {
    const rows = (await m.query(CANDIDATES_SQL(!!last), last ? [last.sk, last.sk, last.id] : [])) as CandidateRow[];
    for (const r of rows) {
      const lastActivity = [r.created, r.involved ?? '', r.invited ?? ''].sort().at(-1)!;
      if (lastActivity > cutoff || (r.held ?? '') >= todayText) continue;
      items.push({ personId: Number(r.id), name: r.name, organisationName: r.organisation_name ?? null, relation: r.relation ?? null, lastActivity });
    }
    if (rows.length < PAGE) break;
    last = rows.at(-1);
  }
  return { months, cutoff, items };
}

/** "Keep": the proposal disappears for one retention period. */
export async function keepPeople(db: Database, ids: number[], today = activeClock().now()): Promise<{ kept: number; keepUntil: string }> {
  return db.tx(async (m) => {
    const { retentionMonths } = await readSettings(m);
    const keepUntil = day(addMonths(today, retentionMonths));
    const live = await m.getRepository(PersonEntity).find({ where: { id: In(ids), deletedAt: IsNull() }, select: { id: true } });
    for (const p of live) {
      await m.getRepository(RetentionHoldEntity).delete({ personId: p.id });
      await m.getRepository(RetentionHoldEntity).insert({ personId: p.id, keepUntil, createdAt: activeClock().now().toISOString() });
    }
    return { kept: live.length, keepUntil };
  });
}

/** Erases each proposed person through the one erasure path, with one audit row (reason: retention expired) each. */
export async function eraseExpired(db: Database, ids: number[]): Promise<{ erased: number }> {
  return db.tx(async (m) => {
    const existing = await m.getRepository(PersonEntity).find({ where: { id: In(ids) }, select: { id: true } });
    for (const p of existing) {
      await erasePersonIn(m, p.id);
      await recordAudit(m, 'people.erase', { id: p.id, reason: 'retention_expired' }, null);
    }
    return { erased: existing.length };
  });
}
