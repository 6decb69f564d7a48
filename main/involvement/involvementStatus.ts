import { inTurn } from '../../db/inTurn';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { liveAdhocOrganisationQuery, organisationRefs, personRefs } from '../actors/lookup';
import { InvolvementRuleEntity } from '../../db/entities/involvement';
import { INVOLVEMENT_STATUS_CAP, type ActorKind, type InvolvementStatus, type InvolvementStatusEntry, type Relation } from '../../preload/contract';
import { actorKey } from './actorDirectory';
import { daysBetween, plusDays, todayIso } from './dates';

interface Seen {
  last: string | null;
  planned: boolean;
}

const OWN = 'i.actor_kind = r.actor_kind AND i.actor_id = r.actor_id';
const VIA_PEOPLE = "FROM person p JOIN involvement i ON i.actor_kind = 'person' AND i.actor_id = p.id WHERE r.actor_kind = 'organisation' AND p.organisation_id = r.actor_id AND p.deleted_at IS NULL";

/**
 * Driven from the rules (a few hundred), each a seek on the covering (actor_kind, actor_id, date) index:
 * the latest past involvement and whether one is planned after today, the actor's own and (for an
 * organisation) its live people's. Not grouped scans of every involvement.
 */
const SEEN_BY_RULE = `SELECT r.actor_kind AS kind, r.actor_id AS id,
  (SELECT MAX(i.date) FROM involvement i WHERE ${OWN} AND i.date <= ?) AS own_last,
  CASE WHEN EXISTS (SELECT 1 FROM involvement i WHERE ${OWN} AND i.date > ?) THEN 1 ELSE 0 END AS own_planned,
  (SELECT MAX(i.date) ${VIA_PEOPLE} AND i.date <= ?) AS people_last,
  CASE WHEN EXISTS (SELECT 1 ${VIA_PEOPLE} AND i.date > ?) THEN 1 ELSE 0 END AS people_planned
  FROM involvement_rule r`;

interface SeenRow { kind: ActorKind; id: number | string; own_last: string | null; own_planned: number | string; people_last: string | null; people_planned: number | string }

/** For the actors with a rule: the latest past involvement and whether one is planned; an organisation counts its (live) people's too. */
async function seenByRule(m: EntityManager, today: string): Promise<Map<string, Seen>> {
  const rows = (await m.query(SEEN_BY_RULE, [today, today, today, today])) as SeenRow[];
  const later = (a: string | null, b: string | null) => (a !== null && (b === null || a > b) ? a : b);
  return new Map(rows.map((r) => [
    actorKey(r.kind, Number(r.id)),
    { last: later(r.own_last, r.people_last), planned: Number(r.own_planned) === 1 || Number(r.people_planned) === 1 },
  ]));
}

interface Candidate {
  kind: ActorKind;
  id: number;
  name: string;
  relation: Relation | null;
}

/** The live actors with a rule, organisations first, by id. */
async function ruleActors(m: EntityManager, rules: Map<string, unknown>): Promise<Candidate[]> {
  const ids = (kind: ActorKind) => [...rules.keys()].filter((k) => k.startsWith(`${kind}:`)).map((k) => Number(k.slice(kind.length + 1)));
  const [orgs, people] = await inTurn(() => organisationRefs(m, ids('organisation')), () => personRefs(m, ids('person')));
  const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
  return [
    ...[...orgs.values()].filter((o) => o.live).sort(byId).map((o) => ({ kind: 'organisation' as const, id: o.id, name: o.name, relation: o.relation })),
    ...[...people.values()].filter((p) => p.live).sort(byId).map((p) => ({ kind: 'person' as const, id: p.id, name: p.name, relation: p.relation })),
  ];
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
  const rules = new Map((await m.getRepository(InvolvementRuleEntity).find()).map((r) => [actorKey(r.actorKind, r.actorId), r]));
  const [seen, actors] = await inTurn(() => rules.size ? seenByRule(m, today) : new Map<string, Seen>(), () => ruleActors(m, rules));
  const overdue: InvolvementStatusEntry[] = [];
  const never: InvolvementStatusEntry[] = [];
  const entry = (a: Candidate, rule: { intervalDays: number } | undefined, lastDate: string | null) =>
    ({ actorKind: a.kind, actorId: a.id, name: a.name, relation: a.relation, intervalDays: rule?.intervalDays ?? null, lastDate });
  for (const a of actors) {
    const key = actorKey(a.kind, a.id);
    const rule = rules.get(key)!;
    const lastDate = seen.get(key)?.last ?? null;
    const dueSince = plusDays(lastDate ?? rule.createdAt.slice(0, 10), rule.intervalDays);
    // An actor already invited to a coming meeting (or otherwise planned) is being taken care of.
    if (dueSince < today && !seen.get(key)?.planned) overdue.push({ ...entry(a, rule, lastDate), dueSince, daysOverdue: daysBetween(dueSince, today) });
    if (!lastDate) never.push({ ...entry(a, rule, lastDate), dueSince: null, daysOverdue: null });
  }
  const byName = (x: { name: string }, y: { name: string }) => x.name.localeCompare(y.name, 'da');
  overdue.sort((x, y) => (y.daysOverdue ?? 0) - (x.daysOverdue ?? 0) || byName(x, y));
  never.sort(byName);
  // People involved ad hoc usually follow their organisation; list the organisations (and people with a rule).
  const adhoc = await adhocNever(m, today, Math.max(0, limit - never.length));
  const first = adhoc.first.map((a) => ({ ...entry(a, undefined, null), dueSince: null, daysOverdue: null })).sort(byName);
  return {
    overdue: overdue.slice(0, limit), overdueTotal: overdue.length,
    never: [...never, ...first].slice(0, limit), neverTotal: adhoc.more ? null : never.length + first.length,
  };
}

export const getInvolvementStatus = (db: Database, today?: string, limit?: number) => involvementStatus(db.ds.manager, today, limit);
