import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { zodErrorMap } from '../../../preload/contract/validationMessages';
import { da } from '../../../preload/texts/da';
import { en } from '../../../preload/texts/en';
import { call } from '../api/client';

export type Language = 'da' | 'en';
const KEY = 'samspil.language';

export function storedLanguage(): Language {
  return localStorage.getItem(KEY) === 'en' ? 'en' : 'da';
}

/** The same messages main gives (preload/contract/validationMessages.ts), so a form and main agree. */
function applyZodLocale(lang: Language) {
  z.config({ localeError: zodErrorMap(lang) });
}

/**
 * Main keeps the app's language (documents and its messages follow it). A choice made in this browser
 * before is told to main; a new browser takes main's.
 */
async function agreeWithMain(): Promise<Language> {
  const local = localStorage.getItem(KEY);
  try {
    const mains = (await call('settings.language', {})).language;
    // Only a real change is written: every start would otherwise add a row to the change log.
    if ((local === 'da' || local === 'en') && local !== mains) return (await call('settings.setLanguage', { language: local })).language;
    return mains;
  } catch {
    return storedLanguage();
  }
}

export async function initI18n(): Promise<typeof i18n> {
  const lng = await agreeWithMain();
  localStorage.setItem(KEY, lng);
  applyZodLocale(lng);
  document.documentElement.lang = lng;
  await i18n.use(initReactI18next).init({
    resources: { da: { translation: da }, en: { translation: en } },
    lng,
    fallbackLng: 'da',
    interpolation: { escapeValue: false },
  });
  return i18n;
}

export async function setLanguage(lang: Language) {
  await call('settings.setLanguage', { language: lang });
  localStorage.setItem(KEY, lang);
  applyZodLocale(lang);
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}
