import fs from 'node:fs';
import path from 'node:path';

export interface BackupRef {
  path: string;
  createdAt: string;
}

const danishTime = (iso: string) =>
  new Date(iso).toLocaleString('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

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

  private describe(): string {
    const head =
      this.when === 'running'
        ? 'Kontrollen i baggrunden har fundet, at datafilen er beskadiget. Der kan ikke gemmes mere; ændringer siden åbningen er ikke gemt i en sikkerhedskopi.'
        : `Datafilen er beskadiget og er lagt til side urørt som ${path.basename(this.damagedPath)}.`;
    if (!this.newestBackup) return `${head} Der findes ingen god sikkerhedskopi. Kontakt IT-support; filen er ikke slettet.`;
    return `${head} Den nyeste gode sikkerhedskopi er fra ${danishTime(this.newestBackup.createdAt)}. Gendan den for at fortsætte.`;
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
