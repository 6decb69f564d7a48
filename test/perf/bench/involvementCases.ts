import type BetterSqlite3 from 'better-sqlite3';
import { call } from '../../helpers/db';
import { INVOLVEMENT_STATUS_CAP, type ActorInvolvement, type InvolvementStatus } from '../../../preload/contract';
import { all, one, todayUtc } from './floorSql';
import type { CaseSource } from './queryCase';

/** The log's first page with the same columns the screen shows (and the actors' names), its total and the latest past date. */
function actorLogFloor(raw: BetterSqlite3.Database, orgId: number, limit = 50) {
  const today = todayUtc();
  const own = "SELECT i.id, i.date FROM involvement i WHERE i.actor_kind = 'organisation' AND i.actor_id = ?";
  const people = "SELECT i.id, i.date FROM person p JOIN involvement i ON i.actor_kind = 'person' AND i.actor_id = p.id WHERE p.organisation_id = ? AND p.deleted_at IS NULL";
  // As the service: the actor must exist and be live, and its rule gives the next due date.
  one<{ live: number }>(raw, 'SELECT deleted_at IS NULL AS live FROM organisation WHERE id = ?', orgId);
  all(raw, "SELECT interval_days, created_at FROM involvement_rule WHERE actor_kind = 'organisation' AND actor_id = ?", orgId);
  const total = one<{ n: number }>(raw, `SELECT COUNT(*) AS n FROM (${own} UNION ALL ${people})`, orgId, orgId).n;
  const lastDate = one<{ d: string | null }>(raw, `SELECT MAX(date) AS d FROM (${own} AND i.date <= ? UNION ALL ${people} AND i.date <= ?)`, orgId, today, orgId, today).d;
  const items = all<{ id: number; date: string }>(
    raw,
    `SELECT i.*, COALESCE(p.name, o.name) AS actor_name FROM (SELECT id, date FROM (${own} UNION ALL ${people}) ORDER BY date DESC, id DESC LIMIT ?) page
       JOIN involvement i ON i.id = page.id LEFT JOIN person p ON i.actor_kind = 'person' AND p.id = i.actor_id
       LEFT JOIN organisation o ON i.actor_kind = 'organisation' AND o.id = i.actor_id ORDER BY i.date DESC, i.id DESC`,
    orgId, orgId, limit,
  );
  return { items, total, lastDate };
}

const logKey = (r: unknown) => {
  const a = r as { items: { id: number }[]; total: number; lastDate: ActorInvolvement['lastDate'] };
  return { ids: a.items.map((i) => i.id), total: a.total, lastDate: a.lastDate };
};

const danish = new Intl.Collator('da');

/** Live ad hoc organisations without a rule never involved up to today (?), neither they nor their live people (?). */
export const ADHOC_NEVER_FLOOR = `FROM organisation o
  WHERE o.relation = 'adhoc' AND o.deleted_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM involvement_rule r WHERE r.actor_kind = 'organisation' AND r.actor_id = o.id)
    AND NOT EXISTS (SELECT 1 FROM involvement i WHERE i.actor_kind = 'organisation' AND i.actor_id = o.id AND i.date <= ?)
    AND NOT EXISTS (SELECT 1 FROM person p WHERE p.organisation_id = o.id AND p.deleted_at IS NULL
                    AND EXISTS (SELECT 1 FROM involvement i WHERE i.actor_kind = 'person' AND i.actor_id = p.id AND i.date <= ?))`;

/**
 * Who is overdue by their rule, and who was never involved, the first `limit` of each with totals: the
 * same rule as the service, in raw SQL. The actors with a rule are read with their names and latest
 * involvement (a seek each on the covering (actor_kind, actor_id, date) index); of the ad hoc organisations never
 * involved, the first page (and one more) in the order of the (relation, deleted_at, sort_key) index.
 */
export function involvementStatusFloor(raw: BetterSqlite3.Database, today = todayUtc(), limit = INVOLVEMENT_STATUS_CAP) {
  const own = 'i.actor_kind = r.actor_kind AND i.actor_id = r.actor_id';
  const viaPeople = "FROM person p JOIN involvement i ON i.actor_kind = 'person' AND i.actor_id = p.id WHERE r.actor_kind = 'organisation' AND p.organisation_id = r.actor_id AND p.deleted_at IS NULL";
  const actors = all<{ actorKind: string; actorId: number; name: string; days: number; created: string; last: string | null; planned: number; plast: string | null; pplanned: number }>(
    raw,
    `SELECT r.actor_kind AS actorKind, r.actor_id AS actorId, COALESCE(o.name, ap.name) AS name, r.interval_days AS days, r.created_at AS created,
       (SELECT MAX(i.date) FROM involvement i WHERE ${own} AND i.date <= ?) AS last, EXISTS (SELECT 1 FROM involvement i WHERE ${own} AND i.date > ?) AS planned,
       (SELECT MAX(i.date) ${viaPeople} AND i.date <= ?) AS plast, EXISTS (SELECT 1 ${viaPeople} AND i.date > ?) AS pplanned
     FROM involvement_rule r
     LEFT JOIN organisation o ON r.actor_kind = 'organisation' AND o.id = r.actor_id AND o.deleted_at IS NULL
     LEFT JOIN person ap ON r.actor_kind = 'person' AND ap.id = r.actor_id AND ap.deleted_at IS NULL
     WHERE o.id IS NOT NULL OR ap.id IS NOT NULL ORDER BY 1, 2`,
    today, today, today, today,
  );
  const overdue: { actorKind: string; actorId: number; name: string; days: number }[] = [];
  const never: { actorKind: string; actorId: number; name: string }[] = [];
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  const now = day(today);
  for (const a of actors) {
    const lastDate = a.plast !== null && (a.last === null || a.plast > a.last) ? a.plast : a.last;
    const due = day(lastDate ?? a.created) + a.days;
    if (due < now && !a.planned && !a.pplanned) overdue.push({ ...a, days: now - due });
    if (!lastDate) never.push(a);
  }
  const byName = (x: { name: string }, y: { name: string }) => danish.compare(x.name, y.name);
  overdue.sort((x, y) => y.days - x.days || byName(x, y));
  never.sort(byName);
  // One past the page says whether there are more (not counted further, as the service).
  const room = Math.max(0, limit - never.length);
  const adhoc = all<{ actorKind: string; actorId: number; name: string }>(raw, `SELECT 'organisation' AS actorKind, o.id AS actorId, o.name ${ADHOC_NEVER_FLOOR} ORDER BY o.sort_key, o.id LIMIT ?`, today, today, room + 1);
  const first = adhoc.slice(0, room).sort(byName);
  return { overdue: overdue.slice(0, limit), overdueTotal: overdue.length, never: [...never, ...first].slice(0, limit), neverTotal: adhoc.length > room ? null : never.length + first.length };
}

export const statusKey = (r: unknown) => {
  const s = r as Pick<InvolvementStatus, 'overdueTotal' | 'neverTotal'> & { overdue: Pick<InvolvementStatus['overdue'][number], 'actorKind' | 'actorId'>[]; never: Pick<InvolvementStatus['never'][number], 'actorKind' | 'actorId'>[] };
  return { overdue: s.overdue.map((o) => `${o.actorKind}:${o.actorId}`), overdueTotal: s.overdueTotal, never: s.never.map((o) => `${o.actorKind}:${o.actorId}`), neverTotal: s.neverTotal };
};

/**
 * The heatmap's first page with the best plan: the organisations in their index order, each with its
 * number of live people, until the page is full; their people; counts over the page's actors; the year
 * scale from the year's range of the date index.
 */
function heatmapFloor(raw: BetterSqlite3.Database, year: number, limit = 100) {
  const total = one<{ n: number }>(raw, 'SELECT (SELECT COUNT(*) FROM organisation WHERE deleted_at IS NULL) + (SELECT COUNT(*) FROM person WHERE deleted_at IS NULL) AS n').n;
  const orgs = all<{ id: number; n: number }>(
    raw,
    `SELECT o.id, o.name, o.relation, (SELECT COUNT(*) FROM person p WHERE p.organisation_id = o.id AND p.deleted_at IS NULL) AS n
     FROM organisation o WHERE o.deleted_at IS NULL ORDER BY o.sort_key, o.id LIMIT ?`,
    limit,
  );
  const rows: { kind: string; id: number }[] = [];
  const people = raw.prepare('SELECT id, name, relation FROM person WHERE organisation_id = ? AND deleted_at IS NULL ORDER BY sort_key, id LIMIT ?');
  for (const o of orgs) {
    if (rows.length >= limit) break;
    rows.push({ kind: 'organisation', id: o.id });
    for (const p of people.all(o.id, limit - rows.length) as { id: number }[]) rows.push({ kind: 'person', id: p.id });
  }
  const count = raw.prepare('SELECT date FROM involvement WHERE actor_kind = ? AND actor_id = ? AND date BETWEEN ? AND ?');
  const out = rows.map((r) => {
    const c = new Array<number>(12).fill(0);
    for (const { date } of count.all(r.kind, r.id, `${year}-01-01`, `${year}-12-31`) as { date: string }[]) c[Number(date.slice(5, 7)) - 1]!++;
    return { actorKind: r.kind, actorId: r.id, counts: c };
  });
  const max = one<{ n: number | null }>(
    raw, 'SELECT MAX(n) AS n FROM (SELECT COUNT(*) AS n FROM involvement WHERE date BETWEEN ? AND ? GROUP BY substr(date, 6, 2), actor_id, actor_kind)', `${year}-01-01`, `${year}-12-31`,
  ).n ?? 0;
  return { total, max, rows: out };
}

const heatmapKey = (r: unknown) => {
  const m = r as { total: number; max: number; rows: { actorKind: string; actorId: number; counts: number[] }[] };
  return { total: m.total, max: m.max, rows: m.rows.map((x) => [x.actorKind, x.actorId, x.counts.join(',')]) };
};

export const involvementCases: CaseSource = (raw) => {
  const busy = one<{ id: number }>(raw, "SELECT actor_id AS id FROM involvement WHERE actor_kind = 'organisation' GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1").id;
  return [
    {
      name: 'involvement log of the busiest organisation (with its people): first page of 50', screen: 'Aktører › Inddragelse',
      service: (ctx) => call(ctx, 'involvement.forActor', { actorKind: 'organisation', actorId: busy, offset: 0, limit: 50 }), floor: (r) => actorLogFloor(r, busy), key: logKey,
    },
    {
      name: 'heatmap 2026: first page (100 actors) and the year scale', screen: 'Planlægning › Heatmap',
      service: (ctx) => call(ctx, 'involvement.matrix', { year: 2026, limit: 100 }), floor: (r) => heatmapFloor(r, 2026), key: heatmapKey,
    },
    { name: 'involvement: overdue by rule and never involved', screen: 'Planlægning › Inddragelse', service: (ctx) => call(ctx, 'involvement.status', {}), floor: (r) => involvementStatusFloor(r), key: statusKey },
  ];
};
