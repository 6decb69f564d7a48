import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { InvolvementEntity, InvolvementRuleEntity } from '../../db/entities/involvement';
import type { ChannelParsed, InvolvementMatrix, InvolvementStatus, InvolvementStatusEntry } from '../../preload/contract';
import { actorDirectory, actorKey, type ActorInfo } from './actorDirectory';
import { daysBetween, plusDays, todayIso } from './dates';

/**
 * Latest past involvement per actor (or, with `future`, any involvement planned after today);
 * an organisation counts its people's involvements as its own.
 */
async function lastDates(m: EntityManager, actors: Map<string, ActorInfo>, today: string, future = false): Promise<Map<string, string>> {
  const rows: { kind: string; id: number; last: string }[] = await m
    .getRepository(InvolvementEntity)
    .createQueryBuilder('i')
    .select('i.actor_kind', 'kind')
    .addSelect('i.actor_id', 'id')
    .addSelect('MAX(i.date)', 'last')
    .where(future ? 'i.date > :today' : 'i.date <= :today', { today })
    .groupBy('i.actor_kind')
    .addGroupBy('i.actor_id')
    .getRawMany();
  const last = new Map<string, string>();
  const bump = (key: string, date: string) => {
    if ((last.get(key) ?? '') < date) last.set(key, date);
  };
  for (const r of rows) {
    const key = `${r.kind}:${r.id}`;
    bump(key, r.last);
    const a = actors.get(key);
    if (a?.kind === 'person' && a.organisationId !== null) bump(actorKey('organisation', a.organisationId), r.last);
  }
  return last;
}

export async function involvementStatus(m: EntityManager, today = todayIso()): Promise<InvolvementStatus> {
  const actors = await actorDirectory(m);
  const last = await lastDates(m, actors, today);
  // An actor already invited to a coming meeting (or otherwise planned) is being taken care of.
  const planned = await lastDates(m, actors, today, true);
  const rules = new Map((await m.getRepository(InvolvementRuleEntity).find()).map((r) => [actorKey(r.actorKind, r.actorId), r]));
  const overdue: InvolvementStatusEntry[] = [];
  const never: InvolvementStatusEntry[] = [];
  for (const [key, a] of actors) {
    const rule = rules.get(key);
    const lastDate = last.get(key) ?? null;
    const base = { actorKind: a.kind, actorId: a.id, name: a.name, relation: a.relation, intervalDays: rule?.intervalDays ?? null, lastDate };
    if (rule) {
      const dueSince = plusDays(lastDate ?? rule.createdAt.slice(0, 10), rule.intervalDays);
      if (dueSince < today && !planned.has(key)) overdue.push({ ...base, dueSince, daysOverdue: daysBetween(dueSince, today) });
    }
    // People involved ad hoc usually follow their organisation; list the organisations and people with a rule.
    const watched = rule || (a.relation === 'adhoc' && a.kind === 'organisation');
    if (!lastDate && watched) never.push({ ...base, dueSince: null, daysOverdue: null });
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
