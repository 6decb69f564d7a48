import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import zodDa from 'zod/v4/locales/da.js';
import zodEn from 'zod/v4/locales/en.js';
import { da } from '../../../preload/texts/da';
import { en } from '../../../preload/texts/en';

export type Language = 'da' | 'en';
const KEY = 'samspil.language';

export function storedLanguage(): Language {
  return localStorage.getItem(KEY) === 'en' ? 'en' : 'da';
}

function applyZodLocale(lang: Language) {
  z.config(lang === 'en' ? zodEn() : zodDa());
}

export async function initI18n(): Promise<typeof i18n> {
  const lng = storedLanguage();
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
  localStorage.setItem(KEY, lang);
  applyZodLocale(lang);
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}
