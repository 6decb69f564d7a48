import type BetterSqlite3 from 'better-sqlite3';
import { call } from '../../helpers/db';
import type { Wheel } from '../../../preload/contract';
import { occurrence } from '../../../main/planning/milestoneService';
import { all } from './floorSql';
import type { CaseSource } from './queryCase';

/** The annual wheel: milestones, meetings, memo meeting dates and initiative periods touching the year. */
export function wheelFloor(raw: BetterSqlite3.Database, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const entries: { key: string; title: string; date: string }[] = [];
  for (const r of all<{ id: number; title: string; date: string; recurring: number }>(raw, 'SELECT id, title, date, recurring FROM milestone WHERE date <= ?', to)) {
    const on = occurrence({ date: r.date, recurring: !!r.recurring }, year);
    if (on) entries.push({ key: `milestone-${r.id}`, title: r.title, date: on });
  }
  for (const r of all<{ id: number; title: string; date: string }>(raw, 'SELECT id, title, date FROM meeting WHERE date BETWEEN ? AND ? AND deleted_at IS NULL', from, to)) entries.push({ key: `meeting-${r.id}`, ...r });
  for (const r of all<{ id: number; title: string; date: string }>(raw, 'SELECT id, title, meeting_date AS date FROM memo WHERE meeting_date BETWEEN ? AND ?', from, to)) entries.push({ key: `memo-${r.id}`, ...r });
  for (const r of all<{ id: number; title: string; date: string }>(
    raw,
    `SELECT id, name AS title, COALESCE(start_date, end_date) AS date FROM initiative
     WHERE (start_date IS NOT NULL OR end_date IS NOT NULL) AND COALESCE(start_date, end_date) <= ? AND COALESCE(end_date, start_date) >= ?`,
    to, from,
  )) entries.push({ key: `initiative-${r.id}`, ...r });
  return { entries: entries.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'da')) };
}

const wheelKey = (r: unknown) => (r as { entries: Pick<Wheel['entries'][number], 'key'>[] }).entries.map((e) => e.key);

export const planningCases: CaseSource = () => [
  { name: 'annual wheel 2026', screen: 'Planlægning › Årshjul', service: (ctx) => call(ctx, 'wheel.get', { year: 2026 }), floor: (r) => wheelFloor(r, 2026), key: wheelKey },
];
