import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DamagedDatabaseError, openDatabase } from '../../db/database';
import { dispatch } from '../../main/api/dispatch';
import { loadDemoData } from '../../main/demo/demoData';
import { call, ctxOf, tempFile } from '../helpers/db';
import { recordFigure } from './figures';

/**
 * Bit rot: 256 random bytes over 8 data pages in the middle of the file (pages holding stored text,
 * as most of a real file's pages do), size and modification time kept (to the nanosecond).
 */
function rot(file: string, needle = 'Hvidovre'): void {
  const stat = fs.statSync(file, { bigint: true });
  const pageSize = 4096;
  const bytes = fs.readFileSync(file);
  const pages: number[] = [];
  for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
    const page = Math.floor(at / pageSize);
    if (page > 0 && pages[pages.length - 1] !== page) pages.push(page);
  }
  expect(pages.length).toBeGreaterThanOrEqual(8);
  const middle = pages.slice(Math.max(0, Math.floor(pages.length / 2) - 4)).slice(0, 8);
  const fd = fs.openSync(file, 'r+');
  try {
    for (const page of middle) {
      const at = bytes.indexOf(needle, page * pageSize);
      fs.writeSync(fd, crypto.randomBytes(32), 0, 32, Math.min(at, (page + 1) * pageSize - 32));
    }
  } finally {
    fs.closeSync(fd);
  }
  execFileSync('python3', ['-c', 'import os,sys; os.utime(sys.argv[1], ns=(int(sys.argv[2]), int(sys.argv[3])))', file, String(stat.atimeNs), String(stat.mtimeNs)]);
  const after = fs.statSync(file, { bigint: true });
  expect([after.size, after.mtimeNs]).toEqual([stat.size, stat.mtimeNs]);
}

const strays = (file: string) => fs.readdirSync(path.dirname(file)).filter((n) => /\.damaged.*-(wal|shm)$/.test(n));

describe('damage found within minutes of a fast open (issue 19)', () => {
  it('bit rot that keeps size and mtime: found in the background, writes stop, the newest good backup is offered and restores', async () => {
    const file = tempFile();
    let db = await openDatabase({ file });
    await loadDemoData(db);
    const backup = await call(ctxOf(db), 'backups.create', {});
    await db.close();
    rot(file);

    const t0 = performance.now();
    db = await openDatabase({ file });
    const openMs = performance.now() - t0;
    const ctx = ctxOf(db);
    // A fast open on the seal: the file was not read whole, the check runs behind.
    expect(db.health?.().state).toBe('checking');
    // Writes in the window are accepted (they are what such a window can lose).
    const early = await dispatch(ctx, 'organisations.create', { name: 'Skrevet i vinduet', kind: 'other' }, () => undefined);

    let health = await call(ctx, 'backups.health', {});
    while (health.state === 'checking' && performance.now() - t0 < 120_000) {
      await new Promise((r) => setTimeout(r, 50));
      health = await call(ctx, 'backups.health', {});
    }
    const foundMs = performance.now() - t0;
    expect(health.state).toBe('damaged');
    expect(foundMs).toBeLessThan(120_000);
    expect(health.backupCreatedAt).toBe(backup.createdAt);
    expect(health.message).toMatch(/beskadiget.*Den nyeste gode sikkerhedskopi er fra/s);

    // Writes stop at once, every path: a command's transaction, and raw SQL on the connection.
    const refused = await dispatch(ctx, 'organisations.create', { name: 'Efter fundet', kind: 'other' }, () => undefined);
    expect(refused.ok ? 'ACCEPTED' : `${refused.error.code}: ${refused.error.message}`).toMatch(/^STORAGE: .*beskadiget/);
    expect(() => db.raw().prepare("UPDATE app_setting SET value = value").run()).toThrow(/readonly/i);

    // The offer, as at open: the damaged file aside, the backup in its place, work goes on.
    const restored = await call(ctx, 'backups.restoreAfterDamage', {});
    expect(restored.restoredFrom).toBe(backup.createdAt);
    // The restored file has no seal: opened fast, checked in full behind (issue 17).
    await db.fullyChecked?.();
    expect(db.health?.().state).toBe('ok');
    expect((await call(ctx, 'organisations.create', { name: 'Efter gendannelsen', kind: 'other' })).name).toBe('Efter gendannelsen');
    const names = (await call(ctx, 'organisations.list', { search: 'Skrevet i vinduet' })).items;
    expect(names).toEqual([]);
    expect(fs.existsSync(`${file}.damaged`)).toBe(true);
    // The window's write is kept with the damaged file (its WAL, with the SHM as a pair); nothing empty is left.
    expect(early.ok).toBe(true);
    expect(strays(file).filter((n) => fs.statSync(path.join(path.dirname(file), n)).size === 0 && n.endsWith('-wal'))).toEqual([]);
    await db.close();
    recordFigure('Bit rot found after a fast open', 1, 0, `open ${Math.round(openMs)} ms, damage found ${Math.round(foundMs)} ms after opening; writes refused, newest good backup offered and restored`);
  }, 180_000);

  it('a file without a seal opens fast, is found damaged behind, and leaves no empty .damaged-wal or .damaged-shm beside it', async () => {
    const file = tempFile();
    let db = await openDatabase({ file });
    await loadDemoData(db);
    await db.close();
    rot(file);
    fs.rmSync(`${file}.seal`);
    const rotten = fs.readFileSync(file);
    db = await openDatabase({ file });
    await db.fullyChecked?.();
    expect(db.health?.().state).toBe('damaged');
    await db.close();
    // Kept as it was found: no checkpoint wrote it before the check had passed.
    expect(fs.readFileSync(`${file}.damaged`).equals(rotten)).toBe(true);
    expect(strays(file)).toEqual([]);
    await expect(openDatabase({ file })).rejects.toBeInstanceOf(DamagedDatabaseError);
  }, 120_000);
});
