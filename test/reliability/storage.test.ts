import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { dispatch } from '../../main/api/dispatch';
import type { ChannelName } from '../../preload/contract';
import { call, ctxOf, tempFile } from '../helpers/db';
import { dumpHash } from './dbDump';
import { recordFigure } from './figures';

const notes = 'Æblegården, Øster Søgade – '.repeat(140);

/** Commands that write a lot: each must fail whole, with the storage message, when the disk is full. */
const writes: [ChannelName, unknown][] = [
  ['organisations.create', { name: 'Fuld disk Gymnasium', kind: 'other', notes }],
  ['people.create', { name: 'Åse Fuldmose', notes }],
  ['bodies.create', { name: 'Fuld arbejdsgruppe', kind: 'working_group', description: notes }],
];

describe('disk full and a read-only data file', () => {
  it('each write fails with a clear Danish message and leaves the data exactly as it was', async () => {
    const db = await openDatabase({ file: tempFile() });
    const ctx = ctxOf(db);
    for (let i = 0; i < 20; i++) await call(ctx, 'organisations.create', { name: `Skole ${i}`, kind: 'other' });
    const raw = db.raw();
    const results: { case: string; ok: boolean; code?: string; message?: string; unchanged: boolean }[] = [];

    // Disk full: SQLite may not grow the file beyond its current pages (what a full disk does to it).
    // A full disk leaves SQLite no page to take: none free inside the file either (a migration that drops a table leaves some).
    raw.exec('VACUUM');
    raw.pragma('wal_checkpoint(TRUNCATE)');
    const pages = raw.pragma('page_count', { simple: true }) as number;
    raw.pragma(`max_page_count = ${pages}`);
    for (const [channel, input] of writes) {
      const before = dumpHash(raw);
      const r = await dispatch(ctx, channel, input);
      results.push({ case: `disk full: ${channel}`, ok: r.ok, code: r.ok ? undefined : r.error.code, message: r.ok ? undefined : r.error.message, unchanged: dumpHash(raw) === before });
    }
    raw.pragma('max_page_count = 1073741823');

    // Read-only: the connection refuses writes as on a write-protected folder or file.
    raw.pragma('query_only = ON');
    for (const [channel, input] of writes) {
      const before = dumpHash(raw);
      const r = await dispatch(ctx, channel, input);
      results.push({ case: `read-only: ${channel}`, ok: r.ok, code: r.ok ? undefined : r.error.code, message: r.ok ? undefined : r.error.message, unchanged: dumpHash(raw) === before });
    }
    raw.pragma('query_only = OFF');

    const failed = results.filter((r) => r.ok || r.code !== 'STORAGE' || !r.unchanged);
    recordFigure('Disk full and read-only data file', results.length, failed.length, `${results.filter((r) => r.code === 'STORAGE').length} refused with the storage message, data unchanged each time; writes work again once space is back`);
    expect(failed).toEqual([]);
    expect(results[0]!.message).toMatch(/ikke mere plads på disken\. Intet er gemt/);
    expect(results[3]!.message).toMatch(/skrivebeskyttet\)\. Intet er gemt/);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    // Space back: the same command now succeeds.
    expect((await dispatch(ctx, 'organisations.create', writes[0]![1])).ok).toBe(true);
    await db.close();
  });
});
