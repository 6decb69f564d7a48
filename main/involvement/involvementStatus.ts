import { inTurn } from '../../db/inTurn';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { liveAdhocOrganisationQuery, organisationRefs, personRefs } from '../actors/lookup';
import { InvolvementEntity, InvolvementRuleEntity } from '../../db/entities/involvement';
import type { ActorKind, InvolvementStatus, InvolvementStatusEntry, Relation } from '../../preload/contract';
import { actorKey } from './actorDirectory';
import { daysBetween, plusDays, todayIso } from './dates';

interface Seen {
  last: string | null;
  planned: boolean;
}

/**
 * For the actors with a rule: the latest past involvement and whether one is planned after today; an
 * organisation counts its (live) people's involvements as its own. Two grouped queries over the rules.
 */
async function seenByRule(m: EntityManager, today: string): Promise<Map<string, Seen>> {
  const pick = (qb: ReturnType<typeof m.createQueryBuilder>) =>
    qb.addSelect('MAX(CASE WHEN i.date <= :today THEN i.date END)', 'last').addSelect('MAX(CASE WHEN i.date > :today THEN 1 ELSE 0 END)', 'planned').setParameters({ today });
  const own: { kind: ActorKind; id: number; last: string | null; planned: number }[] = await pick(
    m.createQueryBuilder().from(InvolvementEntity, 'i').innerJoin('involvement_rule', 'r', 'r.actor_kind = i.actor_kind AND r.actor_id = i.actor_id')
      .select('i.actor_kind', 'kind').addSelect('i.actor_id', 'id'),
  ).groupBy('i.actor_kind').addGroupBy('i.actor_id').getRawMany();
  const viaPeople: { id: number; last: string | null; planned: number }[] = await pick(
    m.createQueryBuilder().from(InvolvementRuleEntity, 'r')
      .innerJoin('person', 'p', 'p.organisation_id = r.actor_id AND p.deleted_at IS NULL')
      .innerJoin('involvement', 'i', "i.actor_kind = 'person' AND i.actor_id = p.id")
      .select('r.actor_id', 'id').where("r.actor_kind = 'organisation'"),
  ).groupBy('r.actor_id').getRawMany();
  const out = new Map<string, Seen>();
  const add = (key: string, last: string | null, planned: number) => {
    const s = out.get(key) ?? { last: null, planned: false };
    out.set(key, { last: last !== null && (s.last ?? '') < last ? last : s.last, planned: s.planned || Number(planned) === 1 });
  };
  for (const r of own) add(actorKey(r.kind, Number(r.id)), r.last, r.planned);
  for (const r of viaPeople) add(actorKey('organisation', Number(r.id)), r.last, r.planned);
  return out;
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

export const getInvolvementStatus = (db: Database) => involvementStatus(db.ds.manager);
