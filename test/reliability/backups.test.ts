import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import { migrations } from '../../db/migrations';
import { checkFile, readPragmas } from '../../db/sqliteMaintenance';
import { dispatch } from '../../main/api/dispatch';
import { backupsDir, createBackup, ensureDailyBackup, listBackups } from '../../main/backup/backupService';
import { backupsToKeep } from '../../main/backup/retention';
import { startServices } from '../../main/app/startup';
import { loadDemoData } from '../../main/demo/demoData';
import { call, ctxOf, tempFile } from '../helpers/db';
import { dumpHash, rowCounts } from './dbDump';
import { recordFigure } from './figures';

const open: Database[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function demoDb(): Promise<Database> {
  const db = await openDatabase({ file: tempFile() });
  open.push(db);
  await loadDemoData(db);
  return db;
}

// The audit log records the backup and restore themselves, so content is compared without it.
const NO_AUDIT = ['audit_log'];
const liveHash = (db: Database) => dumpHash(db.raw(), NO_AUDIT);

function readOnlyHash(file: string): string {
  const b = new BetterSqlite3(file, { readonly: true });
  try {
    return dumpHash(b, NO_AUDIT);
  } finally {
    b.close();
  }
}

describe('backups', () => {
  it('backups.create uses the backup API, verifies the copy and lists it', async () => {
    const db = await demoDb();
    const ctx = ctxOf(db);
    const made = await call(ctx, 'backups.create', {});
    const file = path.join(backupsDir(db.file), made.fileName);
    expect(made.kind).toBe('manual');
    expect(checkFile(file).ok).toBe(true);
    expect(readOnlyHash(file)).toBe(liveHash(db));
    expect(await call(ctx, 'backups.list', {})).toEqual([made]);
    expect(fs.readdirSync(backupsDir(db.file))).toEqual([made.fileName]);
  });

  it('is consistent while the same connection keeps writing', async () => {
    const db = await demoDb();
    const ctx = ctxOf(db);
    for (let i = 0; i < 300; i++) await call(ctx, 'people.create', { name: `Fyld ${i}`, notes: 'x'.repeat(2000) });
    const before = rowCounts(db.raw()).person!;
    const backup = createBackup(db.file, 'manual');
    for (let i = 0; i < 50; i++) await call(ctx, 'people.create', { name: `Under backup ${i}` });
    const made = await backup;
    const b = new BetterSqlite3(path.join(backupsDir(db.file), made.fileName), { readonly: true });
    expect(b.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(rowCounts(b).person).toBeGreaterThanOrEqual(before);
    b.close();
  });

  it('removes abandoned half-written copies (older than 10 minutes), never lists them', async () => {
    const db = await demoDb();
    fs.mkdirSync(backupsDir(db.file), { recursive: true });
    const stale = path.join(backupsDir(db.file), 'samspil-2026-11-01T000000000Z-auto.sqlite.tmp');
    const fresh = path.join(backupsDir(db.file), 'samspil-2026-11-02T000000000Z-auto.sqlite.tmp');
    fs.writeFileSync(stale, 'halv');
    fs.writeFileSync(fresh, 'halv');
    const hourAgo = new Date(Date.now() - 3600_000);
    fs.utimesSync(stale, hourAgo, hourAgo);
    expect(listBackups(db.file)).toEqual([]);
    await call(ctxOf(db), 'backups.create', {});
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
  });

  it('makes the daily backup only when the newest is older than 24 hours', async () => {
    const db = await demoDb();
    const t0 = new Date('2026-11-01T08:00:00Z');
    expect(await ensureDailyBackup(db, t0)).not.toBeNull();
    expect(await ensureDailyBackup(db, new Date(t0.getTime() + 23 * 3600_000))).toBeNull();
    expect(await ensureDailyBackup(db, new Date(t0.getTime() + 25 * 3600_000))).not.toBeNull();
    expect(listBackups(db.file).map((b) => b.kind)).toEqual(['auto', 'auto']);
  });

  it('keeps the last 7 daily and 4 weekly backups (real files, 60 days)', async () => {
    const db = await demoDb();
    const start = Date.parse('2026-09-01T09:00:00Z');
    for (let d = 0; d < 60; d++) {
      await createBackup(db.file, 'auto', new Date(start + d * 86_400_000));
      if (d % 3 === 0) await createBackup(db.file, 'manual', new Date(start + d * 86_400_000 + 3600_000));
    }
    const kept = listBackups(db.file);
    const days = kept.map((b) => b.createdAt.slice(0, 10));
    expect(kept).toHaveLength(11);
    expect(days.slice(0, 7)).toEqual(['2026-10-30', '2026-10-29', '2026-10-28', '2026-10-27', '2026-10-26', '2026-10-25', '2026-10-24']);
    expect(new Set(days.slice(7)).size).toBe(4);
    expect(kept.slice(7).every((b) => Date.parse(b.createdAt) < Date.parse('2026-10-24'))).toBe(true);
    recordFigure('Backup retention (60 days, 80 backups)', 80, Math.abs(kept.length - 11), '7 daily + 4 weekly kept');
  });

  it('retention always keeps the newest pre-migration and pre-restore backups', () => {
    const b = (createdAt: string, kind: string) => ({ createdAt, kind });
    const list = [b('2026-01-01T00:00:00Z', 'premigration'), b('2026-01-02T00:00:00Z', 'prerestore')];
    for (let d = 1; d <= 60; d++) list.push(b(new Date(Date.parse('2026-02-01T00:00:00Z') + d * 86_400_000).toISOString(), 'auto'));
    const keep = backupsToKeep(list);
    expect(keep.has(list[0]!)).toBe(true);
    expect(keep.has(list[1]!)).toBe(true);
    expect(keep.size).toBe(13);
  });

  it('takes a verified backup before migrations run on an existing database', async () => {
    const file = tempFile();
    await (await openDatabase({ file, migrateTo: 0 })).close();
    const ctx = await startServices({ dbFile: file, demo: false }, 'http');
    open.push(ctx.db);
    const kinds = listBackups(file).map((b) => b.kind);
    // The fresh pre-migration copy also counts as today's backup.
    expect(kinds).toEqual(['premigration']);
    const pre = listBackups(file).find((b) => b.kind === 'premigration')!;
    const b = new BetterSqlite3(path.join(backupsDir(file), pre.fileName), { readonly: true });
    expect(b.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(0);
    b.close();
  });

  it('no pre-migration backup on a fresh file, and none when nothing is pending', async () => {
    const file = tempFile();
    const seen: string[] = [];
    const hook = async () => void seen.push('backup');
    await (await openDatabase({ file, beforeMigrations: hook })).close();
    await (await openDatabase({ file, beforeMigrations: hook })).close();
    expect(seen).toEqual([]);
    expect(migrations.length).toBeGreaterThan(0);
  });

  it('restore brings back the backup, keeps the current state aside and as an undo backup', async () => {
    const db = await demoDb();
    const ctx = ctxOf(db);
    const made = await call(ctx, 'backups.create', {});
    const stateA = liveHash(db);
    await call(ctx, 'people.create', { name: 'Efter backup Ærø' });
    const stateB = liveHash(db);
    const res = await call(ctx, 'backups.restore', { fileName: made.fileName });
    expect(liveHash(db)).toBe(stateA);
    expect(db.raw().prepare("SELECT action FROM audit_log WHERE channel = 'backups.restore'").pluck().all()).toEqual(['restore']);
    expect(readPragmas(db.raw())).toMatchObject({ journalMode: 'wal', synchronous: 2, foreignKeys: 1 });
    expect(res.undo?.kind).toBe('prerestore');
    expect(readOnlyHash(path.join(backupsDir(db.file), res.undo!.fileName))).toBe(stateB);
    const aside = fs.readdirSync(path.dirname(db.file)).filter((n) => n.includes('.before-restore-'));
    expect(aside).toHaveLength(1);
    expect(readOnlyHash(path.join(path.dirname(db.file), aside[0]!))).toBe(stateB);
    // The service keeps working on the restored file.
    await call(ctx, 'people.create', { name: 'Efter gendannelse' });
    expect((await call(ctx, 'people.list', { search: 'gendannelse' })).total).toBe(1);
  });

  it('refuses a damaged backup and a path instead of a name, changing nothing', async () => {
    const db = await demoDb();
    const ctx = ctxOf(db);
    const made = await call(ctx, 'backups.create', {});
    const file = path.join(backupsDir(db.file), made.fileName);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x55, 4096 * 2, 4096 * 3);
    fs.writeFileSync(file, bytes);
    const hash = dumpHash(db.raw());
    const r1 = await dispatch(ctx, 'backups.restore', { fileName: made.fileName }, () => undefined);
    expect(r1.ok ? null : r1.error.code).toBe('CONFLICT');
    for (const fileName of ['../samspil.sqlite', '/etc/passwd', 'backups/../../x.sqlite', 'a\\..\\b.sqlite']) {
      const r = await dispatch(ctx, 'backups.restore', { fileName }, () => undefined);
      expect(r.ok ? null : r.error.code).toMatch(/VALIDATION|NOT_FOUND/);
    }
    expect(dumpHash(db.raw())).toBe(hash);
  });

  it('source code never copies a live database file', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && /\b(copyFile|copyFileSync|cpSync|fs\.cp)\b/.test(fs.readFileSync(p, 'utf8'))) offenders.push(p);
      }
    };
    for (const d of ['main', 'db']) walk(path.resolve(__dirname, '../..', d));
    expect(offenders).toEqual([]);
  });
});
