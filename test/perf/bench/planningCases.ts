import type BetterSqlite3 from 'better-sqlite3';
import { call } from '../../helpers/db';
import { WHEEL_CAP_PER_MONTH, type Wheel } from '../../../preload/contract';
import { occurrence } from '../../../main/planning/milestoneService';
import { all } from './floorSql';
import type { CaseSource } from './queryCase';

type Entry = { ring: string; key: string; title: string; date: string };

/**
 * The annual wheel as the screen shows it: milestones, meetings (with their body), memo meeting dates and
 * initiative periods (with their track) touching the year, the columns each entry shows, at most a dozen
 * per ring and month, with every ring's count.
 */
export function wheelFloor(raw: BetterSqlite3.Database, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const entries: Entry[] = [];
  for (const r of all<{ id: number; title: string; date: string; recurring: number }>(
    raw, 'SELECT m.id, m.title, m.date, m.recurring, m.kind, m.note, b.name AS body FROM milestone m LEFT JOIN body b ON b.id = m.body_id WHERE m.date <= ?', to,
  )) {
    const on = occurrence({ date: r.date, recurring: !!r.recurring }, year);
    if (on) entries.push({ ring: 'milestones', key: `milestone-${r.id}`, title: r.title, date: on });
  }
  for (const r of all<{ id: number; title: string; date: string }>(
    raw, 'SELECT m.id, m.title, m.date, m.type, m.start_time, b.name AS body FROM meeting m LEFT JOIN body b ON b.id = m.body_id WHERE m.date BETWEEN ? AND ? AND m.deleted_at IS NULL', from, to,
  )) entries.push({ ring: 'meetings', key: `meeting-${r.id}`, title: r.title, date: r.date });
  for (const r of all<{ id: number; title: string; date: string }>(
    raw, 'SELECT id, title, meeting_date AS date, recipient_kind, recipient_name, case_number, status FROM memo WHERE meeting_date BETWEEN ? AND ?', from, to,
  )) entries.push({ ring: 'memos', key: `memo-${r.id}`, title: r.title, date: r.date });
  for (const r of all<{ id: number; title: string; date: string }>(
    raw,
    `SELECT i.id, i.name AS title, COALESCE(i.start_date, i.end_date) AS date, i.end_date, t.name AS track FROM initiative i JOIN track t ON t.id = i.track_id
     WHERE (i.start_date IS NOT NULL OR i.end_date IS NOT NULL) AND COALESCE(i.start_date, i.end_date) <= ? AND COALESCE(i.end_date, i.start_date) >= ?`,
    to, from,
  )) entries.push({ ring: 'initiatives', key: `initiative-${r.id}`, title: r.title, date: r.date });
  const collator = new Intl.Collator('da');
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : collator.compare(a.title, b.title)));
  const totals: Record<string, number> = {};
  const shown = new Map<string, number>();
  const kept = entries.filter((e) => {
    totals[e.ring] = (totals[e.ring] ?? 0) + 1;
    const key = `${e.ring}:${e.date < from ? 0 : Number(e.date.slice(5, 7))}`;
    const n = shown.get(key) ?? 0;
    shown.set(key, n + 1);
    return n < WHEEL_CAP_PER_MONTH;
  });
  return { entries: kept, totals };
}

const wheelKey = (r: unknown) => {
  const w = r as Pick<Wheel, 'totals'> & { entries: Pick<Wheel['entries'][number], 'key'>[] };
  return { keys: w.entries.map((e) => e.key), totals: w.totals };
};

export const planningCases: CaseSource = () => [
  { name: 'annual wheel 2026 (a dozen per ring and month, with counts)', screen: 'Planlægning › Årshjul', service: (ctx) => call(ctx, 'wheel.get', { year: 2026 }), floor: (r) => wheelFloor(r, 2026), key: wheelKey },
];
