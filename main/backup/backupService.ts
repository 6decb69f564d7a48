import fs from 'node:fs';
import path from 'node:path';
import type { BackupRef } from '../../db/damage';
import { removeSeal } from '../../db/seal';
import type { Database } from '../../db/database';
import { checkFile, checkFileInSteps, copyAndCheck, setJournalMode, type CheckResult } from '../../db/sqliteMaintenance';
import type { BackupInfo, BackupKind, RestoreResult } from '../../preload/contract';
import { backupKinds } from '../../preload/contract';
import { notFound, said, ServiceError } from '../api/serviceError';
import { backupsToKeep } from './retention';
import { activeClock } from '../app/clock';

const DAY_MS = 24 * 60 * 60 * 1000;
const NAME = /^(.+)-(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z]+)\.sqlite$/;

export const backupsDir = (dbFile: string) => path.join(path.dirname(dbFile), 'backups');
const baseName = (dbFile: string) => path.basename(dbFile).replace(/\.[^.]+$/, '');
const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/^(\d{4})(\d{2})(\d{2})/, '$1-$2-$3').replace('.', '');

function requireFile(dbFile: string): void {
  if (dbFile === ':memory:') throw new ServiceError('CONFLICT', 'backup.fileOnly');
}

function parse(dbFile: string, fileName: string, sizeBytes: number): BackupInfo | null {
  const m = NAME.exec(fileName);
  if (!m || m[1] !== baseName(dbFile) || !(backupKinds as readonly string[]).includes(m[9]!)) return null;
  const createdAt = `${m[2]}-${m[3]}-${m[4]}T${m[5]}:${m[6]}:${m[7]}.${m[8]}Z`;
  return { fileName, createdAt, kind: m[9] as BackupKind, sizeBytes };
}

/** Verified backups only (a .tmp that was never checked is not listed), newest first. */
export function listBackups(dbFile: string): BackupInfo[] {
  if (dbFile === ':memory:') return [];
  const dir = backupsDir(dbFile);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((n) => parse(dbFile, n, fs.statSync(path.join(dir, n)).size))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** fsync on libuv's thread pool: a slow disk delays the work, not the window. */
async function fsyncFile(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Online backup API → .tmp → integrity_check → rename; then rotation. Runs while the app is in use:
 * the copy (one consistent snapshot of what is committed) and the integrity check run on a worker
 * thread and the full read in short steps (copyAndCheck), so commands keep running meanwhile.
 */
export async function createBackup(dbFile: string, kind: BackupKind, now = activeClock().now(), opts: { rotate?: boolean; nativeBinding?: string } = {}): Promise<BackupInfo> {
  const { backup, check } = await copyVerified(dbFile, kind, now, opts);
  if (!backup) throw new ServiceError('INTERNAL', said('backup.unconfirmed', { problem: check.problems[0] ?? said('backup.unknownProblem') }));
  return backup;
}

/**
 * The backup before migrations, with the full check of its copy: the open lets that check stand for the
 * data file's own (one full read instead of two), and refuses to migrate when the copy is damaged
 * (no backup is kept then).
 */
export async function createPremigrationBackup(dbFile: string, now = activeClock().now(), opts: { nativeBinding?: string } = {}): Promise<CheckResult> {
  return (await copyVerified(dbFile, 'premigration', now, opts)).check;
}

async function copyVerified(dbFile: string, kind: BackupKind, now: Date, opts: { rotate?: boolean; nativeBinding?: string }): Promise<{ backup: BackupInfo | null; check: CheckResult }> {
  requireFile(dbFile);
  const dir = backupsDir(dbFile);
  fs.mkdirSync(dir, { recursive: true });
  const fileName = `${baseName(dbFile)}-${stamp(now)}-${kind}.sqlite`;
  const final = path.join(dir, fileName);
  const tmp = `${final}.tmp`;
  let check: CheckResult;
  try {
    check = await copyAndCheck(dbFile, tmp, opts.nativeBinding);
    if (!check.ok) return { backup: null, check };
    fs.renameSync(tmp, final);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  if (opts.rotate ?? true) prune(dbFile);
  return { backup: parse(dbFile, fileName, fs.statSync(final).size)!, check };
}

/** On a server the app makes no file backups: the server's own backup (pg_dump, base backups) keeps the data. */
function requireLocal(db: Database): void {
  if (db.engine !== 'sqlite') {
    throw new ServiceError('CONFLICT', 'backup.postgres');
  }
  requireFile(db.file);
}

export async function backupNow(db: Database, now = activeClock().now()): Promise<BackupInfo> {
  requireLocal(db);
  return createBackup(db.file, 'manual', now, { nativeBinding: db.nativeBinding });
}

/**
 * Half-written copies from a backup that was killed; never listed, removed once clearly abandoned.
 * Their age is measured against the file system's own clock (mtime), so this stays on Date.now().
 */
function removeAbandoned(dbFile: string, now = Date.now()): void {
  const dir = backupsDir(dbFile);
  for (const n of fs.readdirSync(dir)) {
    const p = path.join(dir, n);
    if (/\.tmp(-journal)?$/.test(n) && now - fs.statSync(p).mtimeMs > 10 * 60_000) fs.rmSync(p, { force: true });
  }
}

export function prune(dbFile: string): string[] {
  removeAbandoned(dbFile);
  const all = listBackups(dbFile);
  const keep = backupsToKeep(all);
  const removed = all.filter((b) => !keep.has(b)).map((b) => b.fileName);
  for (const n of removed) fs.rmSync(path.join(backupsDir(dbFile), n), { force: true });
  return removed;
}

/** On start: a backup when the newest is older than 24 hours (or there is none). */
export async function ensureDailyBackup(db: Database, now = activeClock().now()): Promise<BackupInfo | null> {
  if (db.file === ':memory:' || db.engine !== 'sqlite') return null;
  // Never back up a file the background check finds changed since it was sealed.
  await db.sealChecked?.();
  if (db.health?.().state === 'damaged') return null;
  const newest = listBackups(db.file)[0];
  if (newest && now.getTime() - Date.parse(newest.createdAt) < DAY_MS) return null;
  return createBackup(db.file, 'auto', now, { nativeBinding: db.nativeBinding });
}

/** The newest backup that passes integrity_check, for the damaged-file offer. */
export function newestGoodBackup(dbFile: string): BackupRef | null {
  for (const b of listBackups(dbFile)) {
    const file = path.join(backupsDir(dbFile), b.fileName);
    if (checkFile(file, 'full').ok) return { path: file, createdAt: b.createdAt };
  }
  return null;
}

/** Puts a backup in place of a missing (moved-aside) data file. Not for a file that is open. */
export async function restoreFileFrom(backupPath: string, dbFile: string, nativeBinding?: string): Promise<void> {
  if (fs.existsSync(dbFile)) throw new Error('restoreFileFrom: the data file still exists');
  const tmp = `${dbFile}.restoring`;
  fs.rmSync(tmp, { force: true });
  if (!(await copyAndCheck(backupPath, tmp, nativeBinding)).ok) throw new Error('restored copy failed integrity_check');
  setJournalMode(tmp, 'wal', nativeBinding);
  await fsyncFile(tmp);
  removeSeal(dbFile);
  fs.renameSync(tmp, dbFile);
}

/**
 * Restore while running: check the backup, back up the current state (the undo), close, keep the
 * current file aside, copy the backup in with the backup API, reopen (migrating an older schema).
 */
export async function restoreBackup(db: Database, fileName: string, now = activeClock().now()): Promise<RestoreResult> {
  requireLocal(db);
  const restored = listBackups(db.file).find((b) => b.fileName === fileName);
  if (!restored) throw notFound('backup');
  const source = path.join(backupsDir(db.file), fileName);
  if (!(await checkFileInSteps(source, { nativeBinding: db.nativeBinding })).ok) throw new ServiceError('CONFLICT', 'backup.damaged');
  // No rotation here: it must not remove the backup being restored.
  const undo = await createBackup(db.file, 'prerestore', now, { rotate: false, nativeBinding: db.nativeBinding });
  await db.checkpoint();
  await db.close();
  const aside = `${db.file}.before-restore-${stamp(now)}`;
  fs.renameSync(db.file, aside);
  for (const ext of ['-wal', '-shm']) fs.rmSync(db.file + ext, { force: true });
  try {
    await restoreFileFrom(source, db.file, db.nativeBinding);
    await db.reopen();
  } catch (err) {
    fs.rmSync(db.file, { force: true });
    fs.renameSync(aside, db.file);
    await db.reopen();
    throw err;
  }
  return { restored, undo };
}
