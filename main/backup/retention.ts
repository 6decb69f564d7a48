import { copenhagenDate } from '../app/clock';

export interface Dated {
  createdAt: string;
  kind: string;
}

const DAILY = 7;
const WEEKLY = 4;

/** ISO year-week, e.g. "2026-W47". */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Everything from the 24 hours before the newest backup (so several "Tag backup nu" the same day all
 * stay); then grandfather–father rotation: the newest backup of each of the last 7 days that have one, then the
 * newest of each of the 4 weeks before those. The newest pre-migration and pre-restore copies are
 * always kept, since they are the way back from an upgrade or a restore.
 */
export function backupsToKeep<T extends Dated>(backups: T[]): Set<T> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<T>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  const recent = newestFirst.length ? Date.parse(newestFirst[0]!.createdAt) - 24 * 3600_000 : 0;
  for (const b of newestFirst) if (Date.parse(b.createdAt) > recent) keep.add(b);
  for (const b of newestFirst) {
    // The secretariat's day, not UTC's: a backup at 00.30 in Copenhagen belongs to that day.
    const day = copenhagenDate(new Date(b.createdAt));
    if (days.has(day)) continue;
    if (days.size < DAILY) {
      days.add(day);
      keep.add(b);
      continue;
    }
    const week = isoWeek(new Date(day));
    if (!weeks.has(week) && weeks.size < WEEKLY && ![...days].some((d) => isoWeek(new Date(d)) === week)) {
      weeks.add(week);
      keep.add(b);
    }
  }
  for (const kind of ['premigration', 'prerestore']) {
    const newest = newestFirst.find((b) => b.kind === kind);
    if (newest) keep.add(newest);
  }
  return keep;
}
