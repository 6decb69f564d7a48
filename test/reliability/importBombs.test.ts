import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/dispatch';
import { importsRunning } from '../../main/actors/importService';
import { startHost, TOKEN_HEADER } from '../../main/host/httpHost';
import { ctxOf, memoryDb } from '../helpers/db';
import { bombs } from '../helpers/xlsxBomb';
import { dumpHash } from './dbDump';
import { recordFigure } from './figures';

const b64 = (b: Buffer) => b.toString('base64');
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

async function waitFor(test: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    if (test()) return true;
    await new Promise((r) => setTimeout(r, 5));
  }
  return test();
}

describe('xlsx bombs (issue 19)', () => {
  it('are refused within 5 s with a message naming the limit, memory growth under 100 MB, nothing written', async () => {
    const db = await memoryDb();
    const ctx = ctxOf(db);
    const cases: [string, { file: Buffer; inflated: number }, RegExp][] = [
      ['repeated row 2', bombs.repeatedRow(), /mere end 20\.000 rækker/],
      ['one cell', bombs.oneCell(), /mere end 32\.767 tegn/],
      ['whitespace between rows', bombs.whitespace(), /mere end 128 MB udpakket/],
      ['whitespace in a cell', bombs.whitespaceInCell(), /mere end 32\.767 tegn/],
    ];
    const inputs = cases.map(([name, bomb, message]) => ({ name, bomb, message, base64: b64(bomb.file) }));
    const before = dumpHash(db.raw());
    const results = [];
    for (const { name, bomb, message, base64 } of inputs) {
      for (const channel of ['actors.importPreview', 'actors.importCommit'] as const) {
        const input = { fileName: 'bombe.xlsx', base64, target: 'organisations', ...(channel === 'actors.importCommit' ? { mode: 'validRows' } : {}) };
        const rssBefore = process.memoryUsage().rss;
        let peak = rssBefore;
        const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
        const t0 = performance.now();
        const r = await dispatch(ctx, channel, input, () => undefined);
        const ms = Math.round(performance.now() - t0);
        clearInterval(sampler);
        peak = Math.max(peak, process.memoryUsage().rss);
        const said = r.ok ? 'ACCEPTED' : r.error.message;
        results.push({ name: `${name} (${mb(bomb.file.length * 10) / 10} MB → ${mb(bomb.inflated)} MB, ${channel})`, said, ok: !r.ok && message.test(said), ms, growthMb: mb(peak - rssBefore) });
      }
    }
    const unchanged = dumpHash(db.raw()) === before;
    const bad = results.filter((r) => !r.ok || r.ms > 5_000 || r.growthMb >= 100);
    const worst = results.reduce((m, r) => ({ ms: Math.max(m.ms, r.ms), growthMb: Math.max(m.growthMb, r.growthMb) }), { ms: 0, growthMb: 0 });
    recordFigure('xlsx bombs refused (1 GB inflated)', results.length, bad.length + (unchanged ? 0 : 1), `slowest ${worst.ms} ms, largest memory growth ${worst.growthMb} MB, database unchanged: ${unchanged}`);
    expect(bad).toEqual([]);
    expect(results.length).toBe(8);
    expect(unchanged).toBe(true);
    await db.close();
  }, 120_000);

  it('stops reading when the user cancels (actors.importCancel)', async () => {
    const db = await memoryDb();
    const ctx = ctxOf(db);
    const base64 = b64(bombs.farCells().file);
    const t0 = performance.now();
    const pending = dispatch(ctx, 'actors.importPreview', { fileName: 'lang.xlsx', base64, target: 'organisations' }, () => undefined);
    await new Promise((r) => setTimeout(r, 100));
    const cancel = await dispatch(ctx, 'actors.importCancel', {});
    const r = await pending;
    const ms = performance.now() - t0;
    expect(cancel).toEqual({ ok: true, data: { cancelled: 1 } });
    expect(r.ok ? 'ACCEPTED' : r.error.message).toMatch(/annulleret/);
    expect(ms).toBeLessThan(1_000);
    expect(importsRunning()).toBe(0);
    await db.close();
  }, 60_000);

  it('stops reading when the HTTP caller goes away', async () => {
    const db = await memoryDb();
    const host = await startHost({ ctx: ctxOf(db), staticDir: '/nonexistent', log: () => undefined });
    const body = JSON.stringify({ fileName: 'lang.xlsx', base64: b64(bombs.farCells().file), target: 'organisations' });
    // The same file read to its end, for comparison.
    const t0 = performance.now();
    const full = await dispatch(ctxOf(db), 'actors.importPreview', JSON.parse(body), () => undefined);
    const fullMs = performance.now() - t0;
    expect(full.ok).toBe(false);

    const req = http.request({ host: '127.0.0.1', port: host.port, method: 'POST', path: '/api/actors.importPreview', headers: { Host: `127.0.0.1:${host.port}`, [TOKEN_HEADER]: host.token, 'Content-Type': 'application/json' } });
    req.on('error', () => undefined);
    req.end(body);
    expect(await waitFor(() => importsRunning() === 1, 5_000)).toBe(true);
    const gone = performance.now();
    req.destroy();
    expect(await waitFor(() => importsRunning() === 0, 5_000)).toBe(true);
    const stopMs = performance.now() - gone;
    recordFigure('Import stops when the caller goes away', 1, stopMs < fullMs / 3 ? 0 : 1, `stopped ${Math.round(stopMs)} ms after the client left; reading the file whole takes ${Math.round(fullMs)} ms`);
    expect(stopMs).toBeLessThan(fullMs / 3);
    await host.close();
    await db.close();
  }, 60_000);
});
