import type BetterSqlite3 from 'better-sqlite3';
import { call } from '../../helpers/db';
import type { ActorInvolvement, InvolvementStatus } from '../../../preload/contract';
import { daysBetween, plusDays } from '../../../main/involvement/dates';
import { all, one, todayUtc } from './floorSql';
import type { CaseSource } from './queryCase';

function actorLogFloor(raw: BetterSqlite3.Database, orgId: number) {
  const rows = all<{ id: number; date: string }>(
    raw,
    `SELECT id, date FROM involvement WHERE (actor_kind = 'organisation' AND actor_id = ?)
       OR (actor_kind = 'person' AND actor_id IN (SELECT id FROM person WHERE organisation_id = ? AND deleted_at IS NULL))
     ORDER BY date DESC, id DESC`,
    orgId, orgId,
  );
  const today = todayUtc();
  return { items: rows, lastDate: rows.find((r) => r.date <= today)?.date ?? null };
}

const logKey = (r: unknown) => {
  const a = r as { items: { id: number }[]; lastDate: ActorInvolvement['lastDate'] };
  return { ids: a.items.map((i) => i.id), lastDate: a.lastDate };
};

/** Who is overdue by their rule, and who was never involved: the same rule as the service, from raw rows. */
export function involvementStatusFloor(raw: BetterSqlite3.Database, today = todayUtc()) {
  const orgs = all<{ id: number; name: string; relation: string | null }>(raw, 'SELECT id, name, relation FROM organisation WHERE deleted_at IS NULL ORDER BY id');
  const people = all<{ id: number; name: string; relation: string | null; orgId: number | null }>(
    raw, 'SELECT p.id, p.name, p.relation, o.id AS orgId FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id AND o.deleted_at IS NULL WHERE p.deleted_at IS NULL ORDER BY p.id',
  );
  const orgOf = new Map(people.map((p) => [p.id, p.orgId]));
  const lastDates = (future: boolean) => {
    const out = new Map<string, string>();
    const bump = (k: string, d: string) => (out.get(k) ?? '') < d && out.set(k, d);
    for (const r of all<{ kind: string; id: number; last: string }>(raw, `SELECT actor_kind AS kind, actor_id AS id, MAX(date) AS last FROM involvement WHERE date ${future ? '>' : '<='} ? GROUP BY 1, 2`, today)) {
      bump(`${r.kind}:${r.id}`, r.last);
      const org = r.kind === 'person' ? orgOf.get(r.id) : null;
      if (org) bump(`organisation:${org}`, r.last);
    }
    return out;
  };
  const last = lastDates(false);
  const planned = lastDates(true);
  const rules = new Map(all<{ kind: string; id: number; days: number; created: string }>(raw, 'SELECT actor_kind AS kind, actor_id AS id, interval_days AS days, created_at AS created FROM involvement_rule').map((r) => [`${r.kind}:${r.id}`, r]));
  const overdue: { key: string; name: string; days: number; actorKind: string; actorId: number }[] = [];
  const never: { key: string; name: string; rule: boolean; actorKind: string; actorId: number }[] = [];
  const actors = [...orgs.map((o) => ({ key: `organisation:${o.id}`, actorKind: 'organisation', actorId: o.id, org: true, ...o })), ...people.map((p) => ({ key: `person:${p.id}`, actorKind: 'person', actorId: p.id, org: false, ...p }))];
  for (const a of actors) {
    const rule = rules.get(a.key);
    const lastDate = last.get(a.key) ?? null;
    if (rule) {
      const due = plusDays(lastDate ?? rule.created.slice(0, 10), rule.days);
      if (due < today && !planned.has(a.key)) overdue.push({ key: a.key, actorKind: a.actorKind, actorId: a.actorId, name: a.name, days: daysBetween(due, today) });
    }
    if (!lastDate && (rule || (a.relation === 'adhoc' && a.org))) never.push({ key: a.key, actorKind: a.actorKind, actorId: a.actorId, name: a.name, rule: !!rule });
  }
  overdue.sort((x, y) => y.days - x.days || x.name.localeCompare(y.name, 'da'));
  never.sort((x, y) => Number(y.rule) - Number(x.rule) || x.name.localeCompare(y.name, 'da'));
  return { overdue, never };
}

export const statusKey = (r: unknown) => {
  const s = r as { overdue: Pick<InvolvementStatus['overdue'][number], 'actorKind' | 'actorId'>[]; never: Pick<InvolvementStatus['never'][number], 'actorKind' | 'actorId'>[] };
  return { overdue: s.overdue.map((o) => `${o.actorKind}:${o.actorId}`), never: s.never.map((o) => `${o.actorKind}:${o.actorId}`) };
};

export const involvementCases: CaseSource = (raw) => {
  const busy = one<{ id: number }>(raw, "SELECT actor_id AS id FROM involvement WHERE actor_kind = 'organisation' GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1").id;
  return [
    {
      name: 'involvement log of the busiest organisation (with its people)', screen: 'Aktører › Inddragelse',
      service: (ctx) => call(ctx, 'involvement.forActor', { actorKind: 'organisation', actorId: busy }), floor: (r) => actorLogFloor(r, busy), key: logKey,
    },
    { name: 'involvement: overdue by rule and never involved', screen: 'Planlægning › Inddragelse', service: (ctx) => call(ctx, 'involvement.status', {}), floor: (r) => involvementStatusFloor(r), key: statusKey },
  ];
};
