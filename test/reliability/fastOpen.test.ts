import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DamagedDatabaseError, openDatabase } from '../../db/database';
import { FULL_CHECK_EVERY_MS, sealPath } from '../../db/seal';
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
    await (await openDatabase({ file })).close();
    expect(Date.parse(sealOf(file).checkedAt)).toBeGreaterThan(Date.parse(first));
  });

  it('a close while the background check still reads the file waits for it and leaves the file sealed and whole', async () => {
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
    await expect(openDatabase({ file })).rejects.toBeInstanceOf(DamagedDatabaseError);
    expect(fs.existsSync(file)).toBe(false);
  });
});
