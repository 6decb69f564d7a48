import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { liveAdhocOrganisationQuery } from '../actors/lookup';
import { readerOf } from '../../db/managerReads';
import { INVOLVEMENT_STATUS_CAP, type ActorKind, type InvolvementStatus, type InvolvementStatusEntry, type Relation } from '../../preload/contract';
import { dayNumber, isoOfDay, todayIso } from '../app/days';

/** Danish order (one collator: `localeCompare(…, 'da')` builds one per call, ~20 µs each). */
const danish = new Intl.Collator('da');

const OWN = 'i.actor_kind = r.actor_kind AND i.actor_id = r.actor_id';
const VIA_PEOPLE = "FROM person p JOIN involvement i ON i.actor_kind = 'person' AND i.actor_id = p.id WHERE r.actor_kind = 'organisation' AND p.organisation_id = r.actor_id AND p.deleted_at IS NULL";

/**
 * Every rule with its live actor's name, in one statement driven from the rules (a few hundred), each a
 * seek on the covering (actor_kind, actor_id, date) index: the latest past involvement and whether one is
 * planned after today, the actor's own and (for an organisation) its live people's. Not grouped scans of
 * every involvement, and not three reads (rules, organisations, people) through the ORM: at region scale
 * (350 rules) those cost more than the seeks.
 */
const RULES_SEEN = `SELECT r.actor_kind AS kind, r.actor_id AS id, r.interval_days AS interval_days, r.created_at AS created_at,
  COALESCE(o.name, ap.name) AS name, COALESCE(o.relation, ap.relation) AS relation,
  (SELECT MAX(i.date) FROM involvement i WHERE ${OWN} AND i.date <= ?) AS own_last,
  CASE WHEN EXISTS (SELECT 1 FROM involvement i WHERE ${OWN} AND i.date > ?) THEN 1 ELSE 0 END AS own_planned,
  (SELECT MAX(i.date) ${VIA_PEOPLE} AND i.date <= ?) AS people_last,
  CASE WHEN EXISTS (SELECT 1 ${VIA_PEOPLE} AND i.date > ?) THEN 1 ELSE 0 END AS people_planned
  FROM involvement_rule r
  LEFT JOIN organisation o ON r.actor_kind = 'organisation' AND o.id = r.actor_id AND o.deleted_at IS NULL
  LEFT JOIN person ap ON r.actor_kind = 'person' AND ap.id = r.actor_id AND ap.deleted_at IS NULL
  WHERE o.id IS NOT NULL OR ap.id IS NOT NULL
  ORDER BY r.actor_kind, r.actor_id`;

interface RuleRow {
  kind: ActorKind; id: number | string; interval_days: number | string; created_at: string; name: string; relation: Relation | null;
  own_last: string | null; own_planned: number | string; people_last: string | null; people_planned: number | string;
}

interface RuleActor {
  kind: ActorKind;
  id: number;
  name: string;
  relation: Relation | null;
  intervalDays: number;
  createdAt: string;
  /** The latest past involvement, its own or (an organisation's) its live people's. */
  last: string | null;
  /** One is planned after today. */
  planned: boolean;
}

/** The live actors with a rule, organisations first, by id. */
async function ruleActors(m: EntityManager, today: string): Promise<RuleActor[]> {
  const rows = await readerOf(m)<RuleRow>(RULES_SEEN, [today, today, today, today]);
  const later = (a: string | null, b: string | null) => (a !== null && (b === null || a > b) ? a : b);
  return rows.map((r) => ({
    kind: r.kind, id: Number(r.id), name: r.name, relation: r.relation, intervalDays: Number(r.interval_days), createdAt: r.created_at,
    last: later(r.own_last, r.people_last), planned: Number(r.own_planned) === 1 || Number(r.people_planned) === 1,
  }));
}

interface Candidate {
  kind: ActorKind;
  id: number;
  name: string;
  relation: Relation | null;
}

/**
 * Live ad hoc organisations without a rule (those are listed with the rules) never involved up to today,
 * neither they nor their live people: the first `limit` in Danish order, and whether there are more.
 * Walks the (relation, deleted_at, sort_key) index in order and stops one past the page, each organisation
 * a seek on the involvement index (and, if it was not involved itself, its people by the person index).
 * Not counted past the page: that is a check of every ad hoc organisation (10,967 at region scale, 367
 * never involved), 30–40 ms of CPU at any plan (a seek each, or one range of the involvement index).
 */
async function adhocNever(m: EntityManager, today: string, limit: number): Promise<{ first: Candidate[]; more: boolean }> {
  const rows = await liveAdhocOrganisationQuery(m)
    .andWhere("NOT EXISTS (SELECT 1 FROM involvement_rule r WHERE r.actor_kind = 'organisation' AND r.actor_id = o.id)")
    .andWhere("NOT EXISTS (SELECT 1 FROM involvement i WHERE i.actor_kind = 'organisation' AND i.actor_id = o.id AND i.date <= :today)", { today })
    // Nested, so the organisation's people are walked by the person index, not every person's involvements.
    .andWhere("NOT EXISTS (SELECT 1 FROM person p WHERE p.organisation_id = o.id AND p.deleted_at IS NULL AND EXISTS (SELECT 1 FROM involvement i WHERE i.actor_kind = 'person' AND i.actor_id = p.id AND i.date <= :today))")
    .orderBy('o.sort_key', 'ASC')
    .addOrderBy('o.id', 'ASC')
    .limit(limit + 1)
    .getMany();
  return { first: rows.slice(0, limit).map((o) => ({ kind: 'organisation' as const, id: o.id, name: o.name, relation: o.relation })), more: rows.length > limit };
}

/**
 * Who is overdue by their rule and who was never involved, the first `limit` of each with totals. Only
 * actors with a rule and ad hoc organisations can appear, so only they are read (not the whole register,
 * as the heatmap must); of the ad hoc organisations never involved only the first page is read.
 */
export async function involvementStatus(m: EntityManager, today = todayIso(), limit = INVOLVEMENT_STATUS_CAP): Promise<InvolvementStatus> {
  const overdue: InvolvementStatusEntry[] = [];
  const never: InvolvementStatusEntry[] = [];
  const entry = (a: Candidate, intervalDays: number | null, lastDate: string | null) =>
    ({ actorKind: a.kind, actorId: a.id, name: a.name, relation: a.relation, intervalDays, lastDate });
  const now = dayNumber(today);
  for (const a of await ruleActors(m, today)) {
    const due = dayNumber(a.last ?? a.createdAt) + a.intervalDays;
    // An actor already invited to a coming meeting (or otherwise planned) is being taken care of.
    if (due < now && !a.planned) overdue.push({ ...entry(a, a.intervalDays, a.last), dueSince: isoOfDay(due), daysOverdue: now - due });
    if (!a.last) never.push({ ...entry(a, a.intervalDays, null), dueSince: null, daysOverdue: null });
  }
  const byName = (x: { name: string }, y: { name: string }) => danish.compare(x.name, y.name);
  overdue.sort((x, y) => (y.daysOverdue ?? 0) - (x.daysOverdue ?? 0) || byName(x, y));
  never.sort(byName);
  // People involved ad hoc usually follow their organisation; list the organisations (and people with a rule).
  const adhoc = await adhocNever(m, today, Math.max(0, limit - never.length));
  const first = adhoc.first.map((a) => ({ ...entry(a, null, null), dueSince: null, daysOverdue: null })).sort(byName);
  return {
    overdue: overdue.slice(0, limit), overdueTotal: overdue.length,
    never: [...never, ...first].slice(0, limit), neverTotal: adhoc.more ? null : never.length + first.length,
  };
}

export const getInvolvementStatus = (db: Database, today?: string, limit?: number) => involvementStatus(db.ds.manager, today, limit);
