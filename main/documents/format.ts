import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
// The two locales only: the whole 'date-fns/locale' index loads every language (~0.15 s of each start).
import { da } from 'date-fns/locale/da';
import { enGB } from 'date-fns/locale/en-GB';

/**
 * Danish formats for documents (one place): 22. november 2026, 1.547, 85,0 %, 133.000 kr., 13.00.
 * Intl puts a no-break space before % and kr.; it is kept so the unit never wraps alone.
 */
export type DocLanguage = 'da' | 'en';

export function longDate(iso: string, lang: DocLanguage = 'da'): string {
  const d = parseISO(iso);
  return lang === 'en' ? format(d, 'd MMMM yyyy', { locale: enGB }) : format(d, 'd. MMMM yyyy', { locale: da });
}

/** "tirsdag den 14. april 2026" */
export function weekdayDate(iso: string, lang: DocLanguage = 'da'): string {
  const d = parseISO(iso);
  return lang === 'en' ? format(d, 'EEEE d MMMM yyyy', { locale: enGB }) : format(d, "EEEE 'den' d. MMMM yyyy", { locale: da });
}

/** Formatters are made once per language and style: building one costs more than a hundred formats (a region's report formats thousands of figures). */
const formatters = new Map<string, Intl.NumberFormat>();
const nf = (lang: DocLanguage, opts: Intl.NumberFormatOptions) => {
  const key = `${lang}${JSON.stringify(opts)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'da-DK', opts)));
  return f;
};

export const integer = (n: number, lang: DocLanguage = 'da') => nf(lang, { maximumFractionDigits: 0 }).format(n);
export const decimal = (n: number, digits = 1, lang: DocLanguage = 'da') => nf(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
/** value in percent points: percent(85) → "85,0 %" */
export const percent = (n: number, lang: DocLanguage = 'da') => nf(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n / 100);
export const kroner = (n: number, lang: DocLanguage = 'da') => (lang === 'en' ? `DKK ${integer(n, lang)}` : `${integer(n, lang)}\u00a0kr.`);

/** "13.00" (Danish clock times use a full stop). */
export function clock(hhmm: string, lang: DocLanguage = 'da'): string {
  return lang === 'en' ? hhmm : hhmm.replace(':', '.');
}
