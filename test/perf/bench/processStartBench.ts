import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { writeSeal } from '../../../db/seal';
import { TOKEN_HEADER } from '../../../main/host/httpHost';
import { SEARCH_INDEX_VERSION } from '../../../main/search/reindex';
import { round, summarise, type Timing } from './stats';

/**
 * Real startup: from spawning `node out/main/web.js --db FILE` (a fresh process: Node, the bundle, the open
 * with its checks and migrations, the backup and index rebuild started behind it, the host) until the first
 * screen's call (`overview.sections`) answers. Four kinds of file, each started `runs` times:
 * - cold: the first open of a copied file (no seal: opened fast, the full check, the daily backup in the background);
 * - warm: the same file started again after a clean close (sealed, trusted);
 * - staleIndex: a sealed file whose search index version is behind this program's (the rebuild runs in the background);
 * - osCold: the warm file with its pages dropped from the OS page cache first (posix_fadvise DONTNEED through
 *   `dd iflag=nocache`: /proc/sys/vm/drop_caches is not writable in the container, and dropping the whole
 *   machine's cache would slow everyone else; the bundle and Node itself stay cached).
 * Needs `out/main/web.js` (electron-vite build). Each run starts its own copy and kills it once the screen
 * answered (its background work would only be waited for).
 */
export const startKinds = ['cold', 'warm', 'staleIndex', 'osCold'] as const;
export type StartKind = (typeof startKinds)[number];
export type ProcessStartResult = Record<StartKind, Timing & { maxMs: number }> & { evicted: boolean };

export async function processStartBench(dbFile: string, tmp: string, runs: number): Promise<ProcessStartResult> {
  const dir = path.join(tmp, 'start');
  const samples: Record<StartKind, number[]> = { cold: [], warm: [], staleIndex: [], osCold: [] };
  const fresh = (name: string) => {
    const d = path.join(dir, name);
    fs.rmSync(d, { recursive: true, force: true });
    fs.mkdirSync(d, { recursive: true });
    return path.join(d, 'data.sqlite');
  };
  // Cold: each run on a fresh copy (only the file: no seal, no backups beside it).
  for (let i = 0; i < runs; i++) {
    const copy = fresh('cold');
    fs.copyFileSync(dbFile, copy);
    samples.cold.push(await startOnce(copy, 'kill'));
  }
  // Warm: a copy started once cold and closed cleanly (the close waits for the full check and seals it): the
  // template. Each run starts a copy of it with its seal, modification time and backups, i.e. the file as
  // Samspil closed it, and is killed once the screen answered: a clean close would wait for the background
  // full check of the whole file (~10 s at L) that the user does not wait for at start.
  const warm = fresh('warmTemplate');
  fs.copyFileSync(dbFile, warm);
  await startOnce(warm, 'close');
  const sealedCopy = (template: string, name: string) => {
    const copy = fresh(name);
    fs.copyFileSync(template, copy);
    fs.copyFileSync(`${template}.seal`, `${copy}.seal`);
    fs.cpSync(path.join(path.dirname(warm), 'backups'), path.join(path.dirname(copy), 'backups'), { recursive: true });
    // The seal trusts the file's size and modification time: the copy keeps the template's.
    const { mtime } = fs.statSync(template);
    fs.utimesSync(copy, mtime, mtime);
    return copy;
  };
  for (let i = 0; i < runs; i++) samples.warm.push(await startOnce(sealedCopy(warm, 'warm'), 'kill'));
  // Stale index: the sealed file with the index version set back, sealed again as a close would leave it.
  const stale = fresh('staleTemplate');
  fs.copyFileSync(warm, stale);
  const raw = new BetterSqlite3(stale);
  raw.prepare("UPDATE app_setting SET value = ? WHERE key = 'search.indexVersion'").run(String(SEARCH_INDEX_VERSION - 1));
  raw.close();
  await writeSeal(stale, new Date().toISOString());
  for (let i = 0; i < runs; i++) samples.staleIndex.push(await startOnce(sealedCopy(stale, 'stale'), 'kill'));
  // OS-cold: a sealed copy with its pages dropped from the page cache before the start.
  let evicted = true;
  for (let i = 0; i < runs; i++) {
    const copy = sealedCopy(warm, 'osCold');
    evicted = evict(copy) && evicted;
    samples.osCold.push(await startOnce(copy, 'kill'));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const timing = (s: number[]) => ({ ...summarise(s), maxMs: round(Math.max(...s)) });
  return { cold: timing(samples.cold), warm: timing(samples.warm), staleIndex: timing(samples.staleIndex), osCold: timing(samples.osCold), evicted };
}

/** Drops the file's pages from the OS page cache (GNU dd: `iflag=nocache count=0` advises DONTNEED for the whole file). */
function evict(file: string): boolean {
  try {
    execFileSync('dd', [`if=${file}`, 'iflag=nocache', 'count=0'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function startOnce(file: string, end: 'kill' | 'close'): Promise<number> {
  const t = performance.now();
  const child = spawn(process.execPath, [path.resolve('out/main/web.js'), '--db', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const url = out.match(/(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/)?.[1];
      if (!url || out.includes('@@asked')) return;
      out += '@@asked';
      const { origin, searchParams } = new URL(url);
      void fetch(`${origin}/api/overview.sections`, { method: 'POST', headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: searchParams.get('token')! }, body: '{}' })
        .then(async (res) => {
          const body = await res.text();
          const ms = round(performance.now() - t);
          child.once('exit', () => (body.startsWith('{"ok":true') ? resolve(ms) : reject(new Error(body.slice(0, 300)))));
          child.kill(end === 'kill' ? 'SIGKILL' : 'SIGINT');
        }, reject);
    });
    child.once('exit', (code) => (out.includes('@@asked') ? undefined : reject(new Error(`web.js stopped (${code}): ${err.slice(0, 500)}`))));
  });
}
