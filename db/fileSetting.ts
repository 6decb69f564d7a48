import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/**
 * One value from a SQLite data file's settings, read before the app has it open (read-only, closed
 * again at once); null when the file is missing, unreadable or has no such setting.
 */
export function settingInFile(file: string | null | undefined, key: string, nativeBinding?: string): string | null {
  if (!file || !fs.existsSync(file)) return null;
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
    const row = db.prepare('SELECT value FROM app_setting WHERE key = ?').get(key) as { value?: string } | undefined;
    return row?.value ?? null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
