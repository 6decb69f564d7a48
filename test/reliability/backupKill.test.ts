import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { checkFile } from '../../db/sqliteMaintenance';
import { backupsDir, listBackups } from '../../main/backup/backupService';
import { loadDemoData } from '../../main/demo/demoData';
import { call, ctxOf, tempFile } from '../helpers/db';
import { bundleFixture, killTrial, lcg, warmChild } from './childHarness';
import { recordFigure } from './figures';

const TRIALS = 12;

describe('SIGKILL during backups', () => {
  it(`${TRIALS} kills mid-backup: every listed backup is whole, no acknowledged backup lost, live file ok`, async () => {
    const file = tempFile();
    const db = await openDatabase({ file });
    await loadDemoData(db);
    const ctx = ctxOf(db);
    for (let i = 0; i < 1500; i++) await call(ctx, 'people.create', { name: `Person ${i}`, notes: `Referat ${i} `.repeat(100) });
    await db.close();

    const bundle = bundleFixture('backupWriter');
    const rnd = lcg(11);
    const base = Date.parse('2026-11-22T06:00:00Z');
    const acked = new Set<string>();
    let bad = 0;
    let lost = 0;
    let liveBad = 0;
    let next = warmChild(bundle);
    for (let t = 0; t < TRIALS; t++) {
      const current = next;
      if (t + 1 < TRIALS) next = warmChild(bundle);
      (await killTrial(current, `${file} ${base + t * 3_600_000}`, 20 + Math.floor(rnd() * 1200))).forEach((n) => acked.add(n));
      const listed = listBackups(file);
      bad += listed.filter((b) => !checkFile(path.join(backupsDir(file), b.fileName)).ok).length;
      lost += [...acked].filter((n) => !listed.some((b) => b.fileName === n)).length;
      if (!checkFile(file).ok) liveBad++;
    }
    const leftovers = fs.readdirSync(backupsDir(file)).filter((n) => n.endsWith('.tmp')).length;
    recordFigure('SIGKILL during backups', TRIALS, bad + lost + liveBad, `${acked.size} acked backups, ${bad} bad listed, ${lost} lost, live file bad ${liveBad}, ${leftovers} unlisted .tmp left`);
    expect(acked.size).toBeGreaterThan(0);
    expect({ bad, lost, liveBad }).toEqual({ bad: 0, lost: 0, liveBad: 0 });
  }, 300_000);
});
