import { format, parseISO } from 'date-fns';
import { da, enGB } from 'date-fns/locale';
import i18n from 'i18next';

const isEn = () => i18n.language === 'en';
const numberLocale = () => (isEn() ? 'en-GB' : 'da-DK');

/** 22. november 2026 / 22 November 2026 */
export function longDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = parseISO(iso);
  return isEn() ? format(d, 'd MMMM yyyy', { locale: enGB }) : format(d, 'd. MMMM yyyy', { locale: da });
}

export function dateTime(iso: string): string {
  const d = parseISO(iso);
  return isEn() ? format(d, "d MMM yyyy 'at' HH:mm", { locale: enGB }) : format(d, "d. MMM yyyy 'kl.' HH.mm", { locale: da });
}

/** 1.547 */
export const integer = (n: number) => new Intl.NumberFormat(numberLocale(), { maximumFractionDigits: 0 }).format(n);
/** 85,0 % */
export const percent = (n: number) => new Intl.NumberFormat(numberLocale(), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n / 100);

export const collator = () => new Intl.Collator(isEn() ? 'en' : 'da');
