import { da } from '../../preload/texts/da';
import { en } from '../../preload/texts/en';

export type DocLanguage = 'da' | 'en';
export type Texts = typeof da;

/** The texts of one language, for documents and messages made in main. */
export function textsFor(lang: DocLanguage | undefined): Texts {
  return lang === 'en' ? en : da;
}

/** Fills i18next-style {{placeholders}}. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
