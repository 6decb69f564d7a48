import { hhmm, minutesOfDay } from '../../preload/contract';

export interface Timed {
  isBreak: boolean;
  durationMinutes: number;
}

/** Numbers (breaks have none) and clock times that follow from the meeting's start and the durations. */
export function itemTimes<T extends Timed>(startTime: string, items: T[]): (T & { number: string | null; startTime: string; endTime: string })[] {
  let at = minutesOfDay(startTime);
  let n = 0;
  return items.map((it) => {
    const start = at;
    at += it.durationMinutes;
    return { ...it, number: it.isBreak ? null : String(++n), startTime: hhmm(start), endTime: hhmm(at) };
  });
}

export function overrun(startTime: string, endTime: string, items: Timed[]): number {
  const used = items.reduce((s, i) => s + i.durationMinutes, 0);
  return Math.max(0, used - (minutesOfDay(endTime) - minutesOfDay(startTime)));
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The n-th (1–4) or last (5) weekday (0 = Monday) of a month, as YYYY-MM-DD. */
export function nthWeekday(year: number, month: number, weekday: number, ordinal: number): string {
  if (ordinal === 5) {
    const last = new Date(Date.UTC(year, month + 1, 0));
    const back = (((last.getUTCDay() + 6) % 7) - weekday + 7) % 7;
    return iso(new Date(Date.UTC(year, month + 1, -back)));
  }
  const first = new Date(Date.UTC(year, month, 1));
  const ahead = (weekday - ((first.getUTCDay() + 6) % 7) + 7) % 7;
  return iso(new Date(Date.UTC(year, month, 1 + ahead + (ordinal - 1) * 7)));
}

/** "Every other month, first Tuesday, from 2026-01-10": the dates, starting with the first on or after fromDate. */
export function seriesDates(fromDate: string, everyMonths: number, weekday: number, ordinal: number, count: number): string[] {
  const year = Number(fromDate.slice(0, 4));
  let month = Number(fromDate.slice(5, 7)) - 1;
  if (nthWeekday(year, month, weekday, ordinal) < fromDate) month += 1;
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const m = month + k * everyMonths;
    out.push(nthWeekday(year + Math.floor(m / 12), m % 12, weekday, ordinal));
  }
  return out;
}
