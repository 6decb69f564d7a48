import type BetterSqlite3 from 'better-sqlite3';
import { call } from '../../helpers/db';
import { OVERVIEW_CAP, type OverviewSection } from '../../../preload/contract';
import { plusDays } from '../../../main/involvement/dates';
import { allGoalsFloor } from './initiativeCases';
import { involvementStatusFloor } from './involvementCases';
import { all, one, todayUtc } from './floorSql';
import type { CaseSource } from './queryCase';
import { occurrence } from '../../../main/planning/milestoneService';

/** The start screen's seven sections, each from raw SQL by the same rules. */
function overviewFloor(raw: BetterSqlite3.Database) {
  const today = todayUtc();
  // What each meeting still lacks: own agenda items (the first one found) and invitations (its status).
  const meetings = all<{ id: number }>(
    raw,
    `SELECT id, title, date, start_time, status, EXISTS (SELECT 1 FROM agenda_item a WHERE a.meeting_id = meeting.id AND a.standard IS NULL AND a.is_break = 0) AS own
     FROM meeting WHERE deleted_at IS NULL AND date BETWEEN ? AND ? ORDER BY date, start_time, id`, today, plusDays(today, 30),
  ).map((r) => `meeting-${r.id}`);
  // The section's first OVERVIEW_CAP with what it shows (meeting, owner), and the count.
  const dueBy = plusDays(today, 14);
  const openDue = "FROM action_item a JOIN meeting mt ON mt.id = a.meeting_id AND mt.deleted_at IS NULL WHERE a.status = 'open' AND a.due_date <= ?";
  const actionTotal = one<{ n: number }>(raw, `SELECT COUNT(*) AS n ${openDue}`, dueBy).n;
  const actions = all<{ id: number }>(
    raw,
    `SELECT a.id, a.what, a.due_date, mt.title, COALESCE(p.name, o.name) AS owner ${openDue.replace('WHERE', 'LEFT JOIN person p ON p.id = a.owner_person_id LEFT JOIN organisation o ON o.id = a.owner_organisation_id WHERE')}
     ORDER BY a.due_date, a.id LIMIT ?`,
    dueBy, OVERVIEW_CAP,
  ).map((r) => `action-${r.id}`);
  const status = involvementStatusFloor(raw, today, OVERVIEW_CAP);
  const until = plusDays(today, 90);
  const milestones: { key: string; date: string; title: string }[] = [];
  for (const year of new Set([Number(today.slice(0, 4)), Number(until.slice(0, 4))])) {
    for (const r of all<{ id: number; title: string; date: string; recurring: number }>(raw, 'SELECT id, title, date, recurring FROM milestone WHERE date <= ?', `${year}-12-31`)) {
      const on = occurrence({ date: r.date, recurring: !!r.recurring }, year);
      if (on && on >= today && on <= until) milestones.push({ key: `milestone-${r.id}${on}`, date: on, title: r.title });
    }
  }
  milestones.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'da'));
  const memos = all<{ id: number; passed: number }>(raw, "SELECT id, meeting_date < ? AS passed FROM memo WHERE status = 'sent' ORDER BY meeting_date, id", today);
  const goals = allGoalsFloor(raw).out.filter((g) => g.progress.status === 'off_track' || g.progress.status === 'at_risk');
  goals.sort((a, b) => Number(b.progress.status === 'off_track') - Number(a.progress.status === 'off_track'));
  const sections: [string, string[]][] = [
    ['upcomingMeetings', meetings],
    ['actionItems', actions],
    ['involvementOverdue', status.overdue.map((o) => `overdue-${o.actorKind}-${o.actorId}`)],
    ['nextMilestones', milestones.map((m) => m.key)],
    ['memosAwaitingDecision', [...memos.filter((m) => m.passed), ...memos.filter((m) => !m.passed)].map((m) => `memo-${m.id}`)],
    ['goalsOffTrack', goals.map((g) => `goal-${g.id}`)],
    ['involvementNever', status.never.map((o) => `never-${o.actorKind}-${o.actorId}`)],
  ];
  const totals: Record<string, number> = { actionItems: actionTotal, involvementOverdue: status.overdueTotal, involvementNever: status.neverTotal ?? status.never.length };
  return sections.map(([key, items]) => ({
    key, total: totals[key] ?? items.length, items: items.slice(0, OVERVIEW_CAP).map((k) => ({ key: k })), ...(key === 'involvementNever' && status.neverTotal === null ? { more: true } : {}),
  }));
}

export const overviewCases: CaseSource = () => [
  {
    name: 'overview: all seven sections', screen: 'Oversigt',
    service: (ctx) => call(ctx, 'overview.sections', {}), floor: overviewFloor,
    key: (r) => (r as { key: string; total: number; more?: boolean; items: Pick<OverviewSection['items'][number], 'key'>[] }[]).map((s) => [s.key, s.total, !!s.more, s.items.map((i) => i.key)]),
  },
];
