import { da } from './da';
import { en } from './en';

/** A meeting series' rule as stored (codes, issue 13). */
export interface SeriesCodes {
  everyMonths: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** 1–4 = first–fourth, 5 = last of the month. */
  ordinal: number;
  startTime: string;
  durationMinutes: number;
}

const fill = (t: string, vars: Record<string, string>) => t.replace(/\{\{(\w+)\}\}/g, (m, k: string) => vars[k] ?? m);

/** The rule in the reader's language: "Hver anden måned, første tirsdag, kl. 09.00, 2 timer" / "Every other month, first Tuesday, at 09:00, 2 hours". */
export function seriesRuleText(s: SeriesCodes, lang: 'da' | 'en' = 'da'): string {
  const t = (lang === 'en' ? en : da).rowTexts.seriesRule;
  const every = s.everyMonths === 1 ? t.everyMonth : s.everyMonths === 2 ? t.everyOtherMonth : fill(t.everyNMonths, { n: String(s.everyMonths) });
  const duration = s.durationMinutes % 60 === 0 ? fill(t.hours, { n: String(s.durationMinutes / 60) }) : fill(t.minutes, { n: String(s.durationMinutes) });
  const ordinal = (t.ordinal as Record<string, string>)[String(s.ordinal)] ?? '';
  const weekday = (t.weekday as Record<string, string>)[String(s.weekday)] ?? '';
  return fill(t.sentence, { every, ordinal, weekday, time: lang === 'en' ? s.startTime : s.startTime.replace(':', '.'), duration });
}
