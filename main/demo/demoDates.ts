import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

/** Dates for the demo, all counted from one "today" (the command's clock), so the demo always looks current. */
export interface DemoDays {
  today: string;
  year: number;
  /** today + n days */
  day(n: number): string;
  /** The weekday (0 = Monday … 4 = Friday) of the week `weeks` from this one: meetings stay on working days. */
  week(weeks: number, weekday: number): string;
}

export function demoDays(today: string): DemoDays {
  const t = parseISO(today);
  const monday = addDays(t, -((t.getDay() + 6) % 7));
  return {
    today,
    year: t.getFullYear(),
    day: (n) => format(addDays(t, n), 'yyyy-MM-dd'),
    week: (weeks, weekday) => format(addDays(monday, weeks * 7 + weekday), 'yyyy-MM-dd'),
  };
}

const MONTHS_DA = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** "marts" for 2026-03-10: demo prose names the months its meetings fell in. */
export const monthDa = (iso: string) => MONTHS_DA[Number(iso.slice(5, 7)) - 1]!;
