import fs from 'node:fs';
import path from 'node:path';
import { da } from '../preload/texts/da';
import { en } from '../preload/texts/en';

export interface BackupRef {
  path: string;
  createdAt: string;
}

type Language = 'da' | 'en';

const timeIn = (iso: string, lang: Language) =>
  new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });
const fill = (t: string, vars: Record<string, string>) => t.replace(/\{\{(\w+)\}\}/g, (m, k: string) => vars[k] ?? m);

/**
 * The data file failed its integrity check at open and was moved aside untouched. The shell offers
 * `newestBackup` to the user; Samspil never starts empty over the damaged file.
 */
export class DamagedDatabaseError extends Error {
  newestBackup: BackupRef | null = null;

  constructor(
    public readonly file: string,
    public readonly damagedPath: string,
    public readonly problems: string[],
    /** 'running': found by the background check while the app was open; the file is moved aside at close. */
    public readonly when: 'open' | 'running' = 'open',
  ) {
    super('');
    this.name = 'DamagedDatabaseError';
    this.message = this.describe();
  }

  withBackup(backup: BackupRef | null): this {
    this.newestBackup = backup;
    this.message = this.describe();
    return this;
  }

  /** What happened and what to do, in the reader's language (`message` holds the Danish, for logs). */
  describe(lang: Language = 'da'): string {
    const t = (lang === 'en' ? en : da).reliability.damage;
    const head = this.when === 'running' ? t.running : fill(t.atOpen, { file: path.basename(this.damagedPath) });
    if (!this.newestBackup) return `${head} ${t.noBackup}`;
    return `${head} ${fill(t.newestBackup, { when: timeIn(this.newestBackup.createdAt, lang) })}`;
  }
}

export const damagedName = (file: string) => `${file}.damaged`;

/**
 * Renames the file and its WAL (with its SHM, kept as a pair) without changing a byte. An empty WAL
 * holds nothing: it and its SHM are removed rather than left beside the damaged file.
 */
export function moveAside(file: string): string {
  let target = damagedName(file);
  if (fs.existsSync(target)) target = `${target}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(file, target);
  const walBytes = fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0;
  for (const ext of ['-wal', '-shm']) {
    if (!fs.existsSync(file + ext)) continue;
    if (walBytes > 0) fs.renameSync(file + ext, target + ext);
    else fs.rmSync(file + ext, { force: true });
  }
  return target;
}

/** A damaged file moved aside earlier and not yet replaced by a restore. */
export function pendingDamage(file: string): string | null {
  if (fs.existsSync(file)) return null;
  const dir = path.dirname(file);
  const base = path.basename(damagedName(file));
  if (!fs.existsSync(dir)) return null;
  const hit = fs.readdirSync(dir).filter((n) => n.startsWith(base) && !n.endsWith('-wal') && !n.endsWith('-shm')).sort().pop();
  return hit ? path.join(dir, hit) : null;
}
