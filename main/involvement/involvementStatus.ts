import { In, type EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import { InvolvementEntity, InvolvementRuleEntity } from '../../db/entities/involvement';
import type { ActorKind, ChannelParsed, InvolvementMatrix, InvolvementStatus, InvolvementStatusEntry, Relation } from '../../preload/contract';
import { actorDirectory, actorKey, type ActorInfo } from './actorDirectory';
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
  const select = { id: true, name: true, relation: true, deletedAt: true } as const;
  const [ruleOrgs, rulePeople, neverOrgs] = await Promise.all([
    orgIds.length ? m.getRepository(OrganisationEntity).find({ where: { id: In(orgIds) }, select }) : [],
    personIds.length ? m.getRepository(PersonEntity).find({ where: { id: In(personIds) }, select }) : [],
    m.getRepository(OrganisationEntity).createQueryBuilder('o').select(['o.id', 'o.name', 'o.relation'])
      .where("o.deleted_at IS NULL AND o.relation = 'adhoc'")
      .andWhere("NOT EXISTS (SELECT 1 FROM involvement i WHERE i.actor_kind = 'organisation' AND i.actor_id = o.id AND i.date <= :today)", { today })
      // Nested so SQLite walks the organisation's people by index, not every person's involvements.
      .andWhere("NOT EXISTS (SELECT 1 FROM person p WHERE p.organisation_id = o.id AND p.deleted_at IS NULL AND EXISTS (SELECT 1 FROM involvement i WHERE i.actor_kind = 'person' AND i.actor_id = p.id AND i.date <= :today))")
      .getMany(),
  ]);
  const orgs = new Map([...ruleOrgs.filter((o) => !o.deletedAt), ...neverOrgs].map((o) => [o.id, o]));
  const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
  return [
    ...[...orgs.values()].sort(byId).map((o) => ({ kind: 'organisation' as const, id: o.id, name: o.name, relation: o.relation })),
    ...rulePeople.filter((p) => !p.deletedAt).sort(byId).map((p) => ({ kind: 'person' as const, id: p.id, name: p.name, relation: p.relation })),
  ];
}

/**
 * Who is overdue by their rule and who was never involved. Only actors with a rule and ad hoc
 * organisations can appear, so only they are read (not the whole register, as the heatmap must).
 */
export async function involvementStatus(m: EntityManager, today = todayIso()): Promise<InvolvementStatus> {
  const rules = new Map((await m.getRepository(InvolvementRuleEntity).find()).map((r) => [actorKey(r.actorKind, r.actorId), r]));
  const [seen, actors] = await Promise.all([rules.size ? seenByRule(m, today) : new Map<string, Seen>(), candidates(m, rules, today)]);
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

const QUARTERS = ['K1', 'K2', 'K3', 'K4'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** Actor × month (or quarter) counts for one year; actors without involvements are rows of zeros. */
export async function involvementMatrix(db: Database, q: ChannelParsed<'involvement.matrix'>): Promise<InvolvementMatrix> {
  const m = db.ds.manager;
  const actors = [...(await actorDirectory(m)).values()].filter(
    (a) => (!q.relation || a.relation === q.relation) && (!q.organisationKind || a.organisationKind === q.organisationKind) && (!q.bodyId || a.bodyIds.has(q.bodyId)),
  );
  const rows = await m
    .getRepository(InvolvementEntity)
    .createQueryBuilder('i')
    .select(['i.actorKind', 'i.actorId', 'i.date'])
    .where('i.date >= :from AND i.date <= :to', { from: `${q.year}-01-01`, to: `${q.year}-12-31` })
    .getMany();
  const n = q.granularity === 'month' ? 12 : 4;
  const counts = new Map<string, number[]>();
  for (const r of rows) {
    const month = Number(r.date.slice(5, 7)) - 1;
    const col = q.granularity === 'month' ? month : Math.floor(month / 3);
    const key = actorKey(r.actorKind, r.actorId);
    const c = counts.get(key) ?? new Array<number>(n).fill(0);
    c[col]! += 1;
    counts.set(key, c);
  }
  // Organisations with their people right below them.
  const orgs = actors.filter((a) => a.kind === 'organisation').sort((x, y) => x.sortKey.localeCompare(y.sortKey));
  const people = actors.filter((a) => a.kind === 'person').sort((x, y) => x.sortKey.localeCompare(y.sortKey));
  const ordered: ActorInfo[] = [];
  for (const o of orgs) ordered.push(o, ...people.filter((p) => p.organisationId === o.id));
  ordered.push(...people.filter((p) => p.organisationId === null || !orgs.some((o) => o.id === p.organisationId)));
  const out = ordered.map((a) => {
    const c = counts.get(actorKey(a.kind, a.id)) ?? new Array<number>(n).fill(0);
    return { actorKind: a.kind, actorId: a.id, name: a.name, relation: a.relation, counts: c, total: c.reduce((s, v) => s + v, 0) };
  });
  return { columns: q.granularity === 'month' ? MONTHS : QUARTERS, rows: out, max: Math.max(0, ...out.flatMap((r) => r.counts)) };
}
