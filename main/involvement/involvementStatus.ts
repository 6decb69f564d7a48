import { inTurn } from '../../db/inTurn';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { liveAdhocOrganisationQuery, organisationRefs, personRefs } from '../actors/lookup';
import { InvolvementRuleEntity } from '../../db/entities/involvement';
import type { ActorKind, InvolvementStatus, InvolvementStatusEntry, Relation } from '../../preload/contract';
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

/** Live actors with a rule, and ad hoc organisations never involved (neither they nor their people), organisations first, by id. */
async function candidates(m: EntityManager, rules: Map<string, unknown>, today: string): Promise<Candidate[]> {
  const ids = (kind: ActorKind) => [...rules.keys()].filter((k) => k.startsWith(`${kind}:`)).map((k) => Number(k.slice(kind.length + 1)));
  const [orgIds, personIds] = [ids('organisation'), ids('person')];
  const [ruleOrgRefs, rulePeopleRefs, neverOrgs] = await inTurn(
    () => organisationRefs(m, orgIds),
    () => personRefs(m, personIds),
    () => liveAdhocOrganisationQuery(m)
      .andWhere("NOT EXISTS (SELECT 1 FROM involvement i WHERE i.actor_kind = 'organisation' AND i.actor_id = o.id AND i.date <= :today)", { today })
      // Nested so SQLite walks the organisation's people by index, not every person's involvements.
      .andWhere("NOT EXISTS (SELECT 1 FROM person p WHERE p.organisation_id = o.id AND p.deleted_at IS NULL AND EXISTS (SELECT 1 FROM involvement i WHERE i.actor_kind = 'person' AND i.actor_id = p.id AND i.date <= :today))")
      .getMany());
  const [ruleOrgs, rulePeople] = [[...ruleOrgRefs.values()], [...rulePeopleRefs.values()]];
  const orgs = new Map<number, { id: number; name: string; relation: Relation | null }>([...ruleOrgs.filter((o) => o.live), ...neverOrgs].map((o) => [o.id, o]));
  const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
  return [
    ...[...orgs.values()].sort(byId).map((o) => ({ kind: 'organisation' as const, id: o.id, name: o.name, relation: o.relation })),
    ...rulePeople.filter((p) => p.live).sort(byId).map((p) => ({ kind: 'person' as const, id: p.id, name: p.name, relation: p.relation })),
  ];
}

/**
 * Who is overdue by their rule and who was never involved. Only actors with a rule and ad hoc
 * organisations can appear, so only they are read (not the whole register, as the heatmap must).
 */
export async function involvementStatus(m: EntityManager, today = todayIso()): Promise<InvolvementStatus> {
  const rules = new Map((await m.getRepository(InvolvementRuleEntity).find()).map((r) => [actorKey(r.actorKind, r.actorId), r]));
  const [seen, actors] = await inTurn(() => rules.size ? seenByRule(m, today) : new Map<string, Seen>(), () => candidates(m, rules, today));
  const overdue: InvolvementStatusEntry[] = [];
  const never: InvolvementStatusEntry[] = [];
  for (const a of actors) {
    const key = actorKey(a.kind, a.id);
    const rule = rules.get(key);
    const lastDate = seen.get(key)?.last ?? null;
    const base = { actorKind: a.kind, actorId: a.id, name: a.name, relation: a.relation, intervalDays: rule?.intervalDays ?? null, lastDate };
    if (rule) {
      const dueSince = plusDays(lastDate ?? rule.createdAt.slice(0, 10), rule.intervalDays);
      // An actor already invited to a coming meeting (or otherwise planned) is being taken care of.
      if (dueSince < today && !seen.get(key)?.planned) overdue.push({ ...base, dueSince, daysOverdue: daysBetween(dueSince, today) });
    }
    // People involved ad hoc usually follow their organisation; list the organisations and people with a rule.
    if (!lastDate) never.push({ ...base, dueSince: null, daysOverdue: null });
  }
  overdue.sort((x, y) => (y.daysOverdue ?? 0) - (x.daysOverdue ?? 0) || x.name.localeCompare(y.name, 'da'));
  never.sort((x, y) => Number(y.intervalDays !== null) - Number(x.intervalDays !== null) || x.name.localeCompare(y.name, 'da'));
  return { overdue, never };
}

export const getInvolvementStatus = (db: Database, today?: string) => involvementStatus(db.ds.manager, today);
