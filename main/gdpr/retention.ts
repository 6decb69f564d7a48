import { inTurn } from '../../db/inTurn';
import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { subMonths } from 'date-fns/subMonths';
import { In, IsNull, type EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import { RetentionHoldEntity } from '../../db/entities/gdpr';
import type { RetentionProposals } from '../../preload/contract';
import { recordAudit } from '../audit/seams';
import { readSettings } from '../settings/lookup';
import { erasePersonIn } from './erasure';
import { activeClock } from '../app/clock';

const day = (d: Date) => format(d, 'yyyy-MM-dd');

async function latestBy(m: EntityManager, sql: string, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows: { id: number; last: string }[] = await m.query(sql.replace('(?)', `(${ids.map(() => '?').join(', ')})`), ids);
  return new Map(rows.map((r) => [Number(r.id), String(r.last)]));
}

/**
 * Ad-hoc contacts (relation ad hoc or none) whose last involvement, meeting invitation or creation
 * lies on or before today minus the retention period, and who are not held by a "keep until" date.
 */
export async function retentionProposals(db: Database, today = activeClock().now()): Promise<RetentionProposals> {
  const m = db.ds.manager;
  const { retentionMonths: months } = await readSettings(m);
  const cutoff = day(subMonths(today, months));
  const people = await m.getRepository(PersonEntity).find({
    where: [{ relation: IsNull(), deletedAt: IsNull() }, { relation: 'adhoc', deletedAt: IsNull() }],
    select: { id: true, name: true, relation: true, organisationId: true, createdAt: true, sortKey: true },
    order: { sortKey: 'ASC' },
  });
  const ids = people.map((p) => p.id);
  const [involved, invited, holds] = await inTurn(
    () => latestBy(m, `SELECT actor_id AS id, MAX(date) AS last FROM involvement WHERE actor_kind = 'person' AND actor_id IN (?) GROUP BY actor_id`, ids),
    () => latestBy(m, 'SELECT i.person_id AS id, MAX(mt.date) AS last FROM meeting_invitee i JOIN meeting mt ON mt.id = i.meeting_id WHERE i.person_id IN (?) GROUP BY i.person_id', ids),
    () => latestBy(m, 'SELECT person_id AS id, keep_until AS last FROM retention_hold WHERE person_id IN (?)', ids));
  const todayText = day(today);
  const due = people
    .map((p) => ({ p, last: [p.createdAt.slice(0, 10), involved.get(p.id) ?? '', invited.get(p.id) ?? ''].sort().at(-1)! }))
    .filter(({ p, last }) => last <= cutoff && !((holds.get(p.id) ?? '') >= todayText));
  const orgIds = [...new Set(due.map(({ p }) => p.organisationId).filter((v): v is number => v !== null))];
  const orgs = orgIds.length ? await m.getRepository(OrganisationEntity).find({ where: { id: In(orgIds) }, select: { id: true, name: true } }) : [];
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  return {
    months,
    cutoff,
    items: due.map(({ p, last }) => ({
      personId: p.id,
      name: p.name,
      organisationName: p.organisationId === null ? null : (orgName.get(p.organisationId) ?? null),
      relation: p.relation,
      lastActivity: last,
    })),
  };
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
