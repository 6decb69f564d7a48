import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DamagedDatabaseError, openDatabase } from '../../db/database';
import { FULL_CHECK_EVERY_MS, sealPath } from '../../db/seal';
import { startServices } from '../../main/app/startup';
import { call, ctxOf, tempFile } from '../helpers/db';

const sealOf = (file: string) => JSON.parse(fs.readFileSync(sealPath(file), 'utf8')) as { checkedAt: string; mtimeMs: number };

async function sealedFile(): Promise<string> {
  const file = tempFile();
  const db = await openDatabase({ file });
  await call(ctxOf(db), 'organisations.create', { name: 'Ungdomsskolen Hvidovre', kind: 'other' });
  await db.close();
  return file;
}

describe('opening a file exactly as Samspil closed it', () => {
  it('skips the full check within a week (the seal keeps the time of the last one) and runs it after that', async () => {
    const file = await sealedFile();
    const first = sealOf(file).checkedAt;
    await new Promise((r) => setTimeout(r, 15));
    await (await openDatabase({ file })).close();
    expect(sealOf(file).checkedAt).toBe(first);

    const seal = sealOf(file);
    const old = new Date(Date.now() - FULL_CHECK_EVERY_MS - 60_000).toISOString();
    fs.writeFileSync(sealPath(file), JSON.stringify({ ...seal, checkedAt: old }));
    // Opened fast as well (issue 17); the full check runs behind, and once it has passed the new seal records it.
    const db = await openDatabase({ file });
    expect(db.health?.().state).toBe('checking');
    await db.fullyChecked?.();
    expect(db.health?.().state).toBe('ok');
    await db.close();
    expect(Date.parse(sealOf(file).checkedAt)).toBeGreaterThan(Date.parse(first));
  });

  it('a close while the background check still reads the file cancels it and leaves the file sealed and whole', async () => {
    const file = await sealedFile();
    for (let i = 0; i < 8; i++) {
      const db = await openDatabase({ file });
      await call(ctxOf(db), 'organisations.create', { name: `Klub ${i} Ærø`, kind: 'other' });
      await db.close();
      expect(fs.existsSync(file)).toBe(true);
      expect(fs.existsSync(sealPath(file))).toBe(true);
    }
    const db = await openDatabase({ file });
    const page = await call(ctxOf(db), 'organisations.list', {});
    await db.close();
    expect(page.total).toBe(9);
  });

  it('still checks in full, and catches, a file changed after the close (its modification time moved)', async () => {
    const file = await sealedFile();
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf(Buffer.from('Ungdomsskolen Hvidovre'));
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'V'.charCodeAt(0);
    fs.writeFileSync(file, bytes);
    // Opened fast (issue 17: the first screen within 3 s on any file); the check behind it finds the change.
    const db = await openDatabase({ file });
    await db.fullyChecked?.();
    expect(db.health?.()).toMatchObject({ state: 'damaged', problems: [expect.stringMatching(/changed after Samspil closed it/)] });
    await db.close();
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readFileSync(`${file}.damaged`).equals(bytes)).toBe(true);
    await expect(openDatabase({ file })).rejects.toBeInstanceOf(DamagedDatabaseError);
  });

  it('a copied file (no seal it can trust) opens fast too: the first screen answers while the full check runs behind, and its close seals it', async () => {
    const original = await sealedFile();
    const file = tempFile('kopi.sqlite');
    fs.copyFileSync(original, file);
    expect(fs.existsSync(sealPath(file))).toBe(false);
    const ctx = await startServices({ dbFile: file, demo: false }, 'http');
    try {
      // Not read whole before the first screen: the check is still to come when the screen has answered.
      expect(ctx.db.health?.().state).toBe('checking');
      expect((await call(ctx, 'overview.sections', {})).length).toBeGreaterThan(0);
      expect((await call(ctx, 'organisations.list', { search: 'Ungdomsskolen' })).items).toHaveLength(1);
      await ctx.db.fullyChecked?.();
      expect((await call(ctx, 'backups.health', {})).state).toBe('ok');
      await call(ctx, 'organisations.create', { name: 'Skrevet efter kontrollen', kind: 'other' });
    } finally {
      await ctx.db.close();
    }
    const again = await openDatabase({ file });
    expect((await call(ctxOf(again), 'organisations.list', { search: 'Skrevet efter' })).items).toHaveLength(1);
    await again.close();
  });
});
