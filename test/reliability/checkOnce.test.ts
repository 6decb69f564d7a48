import fs from 'node:fs';
import crypto from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { describe, expect, it, vi } from 'vitest';
import { DamagedDatabaseError, openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { sealPath } from '../../db/seal';
import type { FileJob } from '../../db/sqliteWorker';
import { startServices } from '../../main/app/startup';
import { listBackups } from '../../main/backup/backupService';
import { call, ctxOf, tempFile } from '../helpers/db';

/** Every whole-file job the data layer hands its worker, and how it ended. */
const seen = vi.hoisted(() => ({ jobs: [] as { job: FileJob; outcome: 'running' | 'done' | 'cancelled' | 'failed' }[] }));

vi.mock('../../db/sqliteWorker', async (original) => {
  const real = await original<typeof import('../../db/sqliteWorker')>();
  return {
    ...real,
    runFileJob: (job: FileJob, signal?: AbortSignal) => {
      const entry = { job, outcome: 'running' as 'running' | 'done' | 'cancelled' | 'failed' };
      seen.jobs.push(entry);
      return real.runFileJob(job, signal).then(
        (rows) => ((entry.outcome = 'done'), rows),
        (err: unknown) => {
          entry.outcome = err instanceof real.FileJobCancelled ? 'cancelled' : 'failed';
          throw err;
        },
      );
    },
  };
});

/** Reads of a whole file by the integrity check (integrity_check and every row), on the file or a copy. */
const fullChecks = () => seen.jobs.filter((j) => j.job.pragma?.startsWith('integrity_check'));
const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const sealOf = (file: string) => JSON.parse(fs.readFileSync(sealPath(file), 'utf8')) as { checkedAt: string; sha256: string };

describe('a close right after a fast open (issue 17)', () => {
  it('cancels the running full check of a sealed file: the close does not wait for it, nothing records it as passed, the data is kept and the next open checks again', async () => {
    const file = tempFile('data.sqlite');
    let db = await openDatabase({ file });
    for (let i = 0; i < 200; i++) await call(ctxOf(db), 'organisations.create', { name: `Forening ${i} Ærø`, kind: 'other' });
    await db.close();
    const sealed = sealOf(file);

    seen.jobs.length = 0;
    db = await openDatabase({ file });
    expect(db.health?.().state).toBe('checking');
    await call(ctxOf(db), 'organisations.create', { name: 'Skrevet lige før lukningen', kind: 'other' });
    // The hash matched the seal; the full check is next, on the worker.
    await db.sealChecked?.();
    await db.close();
    await db.fullyChecked?.();
    // Never passed, never damaged: the full check had started on the worker and was cancelled there.
    expect(db.health?.().state).toBe('checking');
    expect(fullChecks().map((j) => j.outcome)).toEqual(['cancelled']);
    // Closed cleanly: the WAL is folded in and gone, and the seal keeps the date of the last completed check.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(sealOf(file).checkedAt).toBe(sealed.checkedAt);
    expect(sealOf(file).sha256).not.toBe(sealed.sha256);
    expect(sealOf(file).sha256).toBe(sha256(file));

    // The next open checks again (fast on the seal, the full check behind), on a fresh worker, and passes.
    seen.jobs.length = 0;
    db = await openDatabase({ file });
    expect(db.health?.().state).toBe('checking');
    const page = await call(ctxOf(db), 'organisations.list', { search: 'Skrevet lige før' });
    expect(page.items.map((o) => o.name)).toEqual(['Skrevet lige før lukningen']);
    await db.fullyChecked?.();
    expect(db.health?.().state).toBe('ok');
    expect(fullChecks().map((j) => j.outcome)).toEqual(['done']);
    await db.close();
    expect(sealOf(file).checkedAt).toBe(sealed.checkedAt);
    expect(sealOf(file).sha256).toBe(sha256(file));

    // Opened and closed without a write: the file is as sealed, and the seal's hash (kept, not read again) still fits it.
    const before = fs.statSync(file).mtimeMs;
    await (await openDatabase({ file })).close();
    expect(fs.statSync(file).mtimeMs).toBe(before);
    expect(sealOf(file).sha256).toBe(sha256(file));
    db = await openDatabase({ file });
    await db.fullyChecked?.();
    expect(db.health?.().state).toBe('ok');
    await db.close();
  });

  it('a file opened without trust keeps its check: the close waits for it and the seal then records it', async () => {
    const file = tempFile('data.sqlite');
    let db = await openDatabase({ file });
    await call(ctxOf(db), 'organisations.create', { name: 'Kopieret forening', kind: 'other' });
    await db.close();
    fs.rmSync(sealPath(file));
    seen.jobs.length = 0;
    db = await openDatabase({ file });
    expect(db.health?.().state).toBe('checking');
    await db.close();
    expect(db.health?.().state).toBe('ok');
    expect(fullChecks().map((j) => j.outcome)).toEqual(['done']);
    expect(Date.parse(sealOf(file).checkedAt)).toBeGreaterThan(0);
  });
});

/** A file one migration behind, as the first start after an update finds it, not trusted (copied: no seal). */
async function fileBehind(): Promise<string> {
  const file = tempFile('data.sqlite');
  const db = await openDatabase({ file, migrateTo: migrations.length - 1 });
  const insert = db.raw().prepare("INSERT INTO app_setting (key, value) VALUES (?, ?)");
  for (let i = 0; i < 300; i++) insert.run(`test.fyld.${i}`, `Hvidovre ${i} ${'æøå '.repeat(40)}`);
  await db.close();
  fs.rmSync(sealPath(file));
  return file;
}

describe('a file that needs migrations (issue 17)', () => {
  it('is read by the integrity check once: the check of its pre-migration backup copy stands for it', async () => {
    const file = await fileBehind();
    seen.jobs.length = 0;
    const ctx = await startServices({ dbFile: file, demo: false }, 'http');
    try {
      expect(await ctx.db.schemaVersion()).toBe(migrations.length);
      expect(fullChecks()).toHaveLength(1);
      // The one check ran on the copy, and its result counts: no check behind the first screen.
      expect(fullChecks()[0]!.job.from).toBe(file);
      expect(ctx.db.health?.().state).toBe('ok');
      expect(listBackups(file).map((b) => b.kind)).toEqual(['premigration']);
    } finally {
      await ctx.db.close();
    }
    expect(fullChecks()).toHaveLength(1);
    // Checked in full at this start: the seal trusts the file at the next.
    expect(Date.parse(sealOf(file).checkedAt)).toBeGreaterThan(0);
  });

  // SQLite still opens the file and reads its schema in both; integrity_check lists the first damage
  // and stops at the second (SQLITE_CORRUPT), which must count as a finding of the check all the same.
  it.each([
    ['half of a page of the settings table overwritten (integrity_check reports it)', (b: Buffer, at: number) => void b.fill(0x41, at + 8, at + 2056)],
    ['the page type of a settings page overwritten (integrity_check stops at it)', (b: Buffer, at: number) => void (b[at] = 0x0a)],
  ])('a damaged one (%s) is still refused before it is migrated, with the same error, kept byte for byte, and no backup of it kept', async (_damage, damage) => {
    const file = await fileBehind();
    const bytes = fs.readFileSync(file);
    const page = Math.floor(bytes.indexOf(Buffer.from('Hvidovre 150 ')) / 4096);
    expect(page).toBeGreaterThan(0);
    damage(bytes, page * 4096);
    fs.writeFileSync(file, bytes);

    seen.jobs.length = 0;
    const err = await startServices({ dbFile: file, demo: false }, 'http').then(
      async (ctx) => void (await ctx.db.close()),
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DamagedDatabaseError);
    const damaged = err as DamagedDatabaseError;
    expect(damaged.when).toBe('open');
    expect(damaged.problems.length).toBeGreaterThan(0);
    expect(damaged.message).toBe(new DamagedDatabaseError(file, `${file}.damaged`, damaged.problems).withBackup(null).message);
    expect(fullChecks()).toHaveLength(1);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readFileSync(damaged.damagedPath).equals(bytes)).toBe(true);
    const aside = new BetterSqlite3(damaged.damagedPath, { readonly: true });
    try {
      expect(aside.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(migrations.length - 1);
    } finally {
      aside.close();
    }
    expect(listBackups(file)).toEqual([]);
    // And the next start refuses too: never an empty start over the user's data.
    await expect(startServices({ dbFile: file, demo: false }, 'http')).rejects.toBeInstanceOf(DamagedDatabaseError);
  });

  it('a sealed file whose migrations write more than an automatic checkpoint takes is not taken for damaged: the seal is compared with the file as it was closed', async () => {
    const file = tempFile('data.sqlite');
    await (await openDatabase({ file })).close();
    class Large1700000000998 implements MigrationInterface {
      name = 'Large1700000000998';
      async up(q: QueryRunner): Promise<void> {
        await q.query('CREATE TABLE test_large (b BLOB)');
        // 8 MB: 2,000 pages, over the 1,000 at which a commit checkpoints the WAL into the file.
        for (let i = 0; i < 40; i++) await q.query('INSERT INTO test_large VALUES (randomblob(200000))');
      }
      async down(): Promise<void> {}
    }
    const list = [...migrations, Large1700000000998];
    const db = await openDatabase({ file, migrations: list });
    await db.fullyChecked?.();
    expect(db.health?.()).toEqual({ state: 'ok', problems: [] });
    await db.close();
    const again = await openDatabase({ file, migrations: list });
    expect(again.raw().prepare('SELECT COUNT(*) FROM test_large').pluck().get()).toBe(40);
    await again.fullyChecked?.();
    expect(again.health?.().state).toBe('ok');
    await again.close();
  });
});
