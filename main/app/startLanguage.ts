import type { DamagedDatabaseError } from '../../db/damage';
import { settingInFile } from '../../db/fileSetting';
import type { Language } from '../../preload/contract';
import { da } from '../../preload/texts/da';
import { en } from '../../preload/texts/en';

/**
 * The app's language as a data file keeps it (Indstillinger), read before the app has a database open:
 * a file that cannot be opened is explained in the language its user chose. Danish when the file does
 * not say (or cannot be read).
 */
export const languageInFile = (file: string | null | undefined, nativeBinding?: string): Language =>
  settingInFile(file, 'language', nativeBinding) === 'en' ? 'en' : 'da';

/** A damaged file cannot be read: its newest good backup says what the user had chosen. */
export const damageLanguage = (err: DamagedDatabaseError, nativeBinding?: string): Language => languageInFile(err.newestBackup?.path, nativeBinding);

export const textsIn = (lang: Language) => (lang === 'en' ? en : da);
