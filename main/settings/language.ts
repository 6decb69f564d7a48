import type { Database } from '../../db/database';
import { SettingEntity } from '../../db/entities/settings';
import type { Language } from '../../preload/contract';

const KEY = 'language';
/** Read once per open database; every command asks (for its messages) and every document (for its words). */
const cache = new WeakMap<Database, Language>();

/** The app's language as the user chose it under Indstillinger (Danish until chosen). */
export async function appLanguage(db: Database): Promise<Language> {
  const known = cache.get(db);
  if (known) return known;
  const row = await db.ds.manager.getRepository(SettingEntity).findOneBy({ key: KEY });
  const lang: Language = row?.value === 'en' ? 'en' : 'da';
  cache.set(db, lang);
  return lang;
}

export async function setAppLanguage(db: Database, language: Language): Promise<{ language: Language }> {
  await db.tx((m) => m.getRepository(SettingEntity).save({ key: KEY, value: language }));
  cache.set(db, language);
  return { language };
}
