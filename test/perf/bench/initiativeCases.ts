import type BetterSqlite3 from 'better-sqlite3';
import { call } from '../../helpers/db';
import type { Goal, InitiativeSummary, MemoSummary, Page } from '../../../preload/contract';
import { goalProgress } from '../../../main/goals/progress';
import { all, inList, one, todayUtc } from './floorSql';
import type { CaseSource, QueryCase } from './queryCase';

type InitiativeKeyed = Pick<InitiativeSummary, 'id' | 'budgetTotal'> & { track: { name: string }; ownerOrganisation: { name: string } | null; targetGroups: { name: string }[] };
const initiativeKey = (r: unknown) => {
  const p = r as Page<InitiativeKeyed>;
  return { total: p.total, rows: p.items.map((i) => [i.id, i.track.name, i.budgetTotal, i.ownerOrganisation?.name ?? null, i.targetGroups.map((g) => g.name).join('|')]) };
};

/** The screen's first page (100, grouped by track) with the best plan: the count, one statement for the rows, one for their target groups. */
function initiativesFloor(raw: BetterSqlite3.Database, q: { trackId?: number; status?: string }) {
  const where: string[] = ['1 = 1'];
  const params: unknown[] = [];
  if (q.trackId) {
    where.push('i.track_id = ?');
    params.push(q.trackId);
  }
  if (q.status) {
    where.push('i.status = ?');
    params.push(q.status);
  }
  const total = one<{ n: number }>(raw, `SELECT COUNT(*) AS n FROM initiative i WHERE ${where.join(' AND ')}`, ...params).n;
  const rows = all<{ id: number; track: string; budgetTotal: number; owner: string | null }>(
    raw,
    `SELECT i.id, i.name, i.track_id, t.name AS track, i.status, i.status_date, o.id AS ownerId, o.name AS owner, i.start_date, i.end_date,
       (SELECT COALESCE(SUM(amount), 0) FROM budget_line b WHERE b.initiative_id = i.id) AS budgetTotal
     FROM initiative i JOIN track t ON t.id = i.track_id LEFT JOIN organisation o ON o.id = i.owner_organisation_id AND o.deleted_at IS NULL
     WHERE ${where.join(' AND ')} ORDER BY t.sort_order, t.sort_key, t.id, i.sort_key, i.id LIMIT 100`,
    ...params,
  );
  const groups = new Map<number, { name: string }[]>();
  for (const g of all<{ ini: number; name: string }>(
    raw,
    `SELECT g.initiative_id AS ini, tg.id, tg.name FROM initiative_target_group g JOIN target_group tg ON tg.id = g.target_group_id
     WHERE g.initiative_id IN (${inList(rows)}) ORDER BY g.initiative_id, g.target_group_id`,
    ...rows.map((r) => r.id),
  )) groups.set(g.ini, [...(groups.get(g.ini) ?? []), { name: g.name }]);
  return {
    total,
    items: rows.map((r) => ({ id: r.id, track: { name: r.track }, budgetTotal: r.budgetTotal, ownerOrganisation: r.owner === null ? null : { name: r.owner }, targetGroups: groups.get(r.id) ?? [] })),
  };
}

const initiativeList = (name: string, q: { trackId?: number; status?: 'running' }): QueryCase => ({
  name,
  screen: 'Indsatser',
  service: (ctx) => call(ctx, 'initiatives.list', { search: '', groupBy: 'track', offset: 0, limit: 100, ...q }),
  floor: (raw) => initiativesFloor(raw, q),
  key: initiativeKey,
});

/**
 * The goals dashboard's first page (25), as the screen shows it: every goal with its latest measurement,
 * initiative and track names in one statement, progress and status per goal, status counts over all
 * goals, and the number of measurements of the goals on the page.
 */
export function goalsFloor(raw: BetterSqlite3.Database) {
  const { counts, out } = allGoalsFloor(raw);
  const items = out.slice(0, 25);
  // The page's measurement counts in one statement (the best plan; one statement per goal was not).
  if (items.length) all(raw, `SELECT goal_id, COUNT(*) AS n FROM measurement WHERE goal_id IN (${inList(items)}) GROUP BY goal_id`, ...items.map((g) => g.id));
  return { total: out.length, statusCounts: counts, items };
}

/** Every goal with its latest measurement and status, and the status counts. */
export function allGoalsFloor(raw: BetterSqlite3.Database) {
  const asOf = todayUtc();
  const goals = all<{ id: number; own: number; name: string; ini: string | null; track: string | null; direction: 'higher' | 'lower'; baseline_value: number; baseline_date: string; target_value: number; target_max: number | null; target_date: string; mid: number | null; mdate: string | null; mvalue: number | null }>(
    raw,
    `SELECT g.id, g.initiative_id IS NULL AS own, g.name, i.name AS ini, t.name AS track, g.direction, g.baseline_value, g.baseline_date, g.target_value, g.target_max, g.target_date,
       x.id AS mid, x.date AS mdate, x.value AS mvalue
     FROM goal g LEFT JOIN initiative i ON i.id = g.initiative_id LEFT JOIN track t ON t.id = i.track_id
     LEFT JOIN measurement x ON x.id = (SELECT y.id FROM measurement y WHERE y.goal_id = g.id AND y.date <= ? ORDER BY y.date DESC, y.id DESC LIMIT 1)
     ORDER BY CASE WHEN g.initiative_id IS NULL THEN 0 ELSE 1 END, g.sort_key, g.id`,
    asOf,
  );
  const counts: Record<string, number> = { on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
  const out = goals.map((g) => {
    const m = g.mid === null ? [] : [{ id: g.mid, date: g.mdate!, value: g.mvalue!, source: null, note: null }];
    const p = goalProgress({ direction: g.direction, baselineValue: g.baseline_value, baselineDate: g.baseline_date, targetValue: g.target_value, targetMax: g.target_max, targetDate: g.target_date }, m, asOf);
    counts[p.status]!++;
    return { id: g.id, name: g.name, targetDate: g.target_date, progress: { latest: p.latest ? { id: p.latest.id } : null, status: p.status, progress: p.progress, expected: p.expected } };
  });
  return { counts, out };
}

const goalKey = (r: unknown) => {
  const p = r as { total: number; statusCounts: Record<string, number>; items: { id: number; progress: Pick<Goal['progress'], 'status'> & { latest: { id: number } | null } }[] };
  return { total: p.total, counts: p.statusCounts, items: p.items.map((g) => [g.id, g.progress.latest?.id ?? null, g.progress.status]) };
};

/** The memo list's first page as the screen shows it: the row's columns, in the screen's order, and the count. */
function memosFloor(raw: BetterSqlite3.Database, limit: number) {
  const total = one<{ n: number }>(raw, 'SELECT COUNT(*) AS n FROM memo').n;
  const items = all<{ id: number; title: string }>(
    raw,
    `SELECT id, title, case_number, recipient_kind, recipient_name, meeting_date, author, memo_date, status, sent_version, has_unsent_changes, decision_outcome, updated_at
     FROM memo ORDER BY CASE WHEN status = 'sent' THEN 0 ELSE 1 END, CASE WHEN status = 'sent' THEN COALESCE(meeting_date, '9999-12-31') ELSE '' END,
       COALESCE(meeting_date, memo_date) DESC, id DESC LIMIT ?`,
    limit,
  );
  return { total, items };
}

const memoKey = (r: unknown) => {
  const p = r as Page<Pick<MemoSummary, 'id' | 'title'>>;
  return { total: p.total, rows: p.items.map((i) => [i.id, i.title]) };
};

export const initiativeCases: CaseSource = (raw) => {
  const track = one<{ id: number }>(raw, 'SELECT track_id AS id FROM initiative GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1').id;
  return [
    initiativeList('initiatives: of the largest track (page of 100)', { trackId: track }),
    initiativeList('initiatives: status = running (page of 100)', { status: 'running' }),
    { name: 'goals: first page (25) with their latest measurement and status counts', screen: 'Mål', service: (ctx) => call(ctx, 'goals.list', { limit: 25 }), floor: goalsFloor, key: goalKey },
    { name: 'memos: first page (100) as the screen loads it', screen: 'Beslutningsoplæg', service: (ctx) => call(ctx, 'memos.list', { search: '', offset: 0, limit: 100 }), floor: (r) => memosFloor(r, 100), key: memoKey },
  ];
};
