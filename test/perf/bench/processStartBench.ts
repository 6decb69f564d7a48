import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { TOKEN_HEADER } from '../../../main/host/httpHost';
import { round } from './stats';

/**
 * Real startup: from spawning `node out/main/web.js --db FILE` (a fresh process: Node, the bundle, the open
 * with its checks and migrations, the host) until the first screen's call (`overview.sections`) answers.
 * Cold = the first start on a copy of the generated file as the generator left it; warm = the next start
 * of the same copy, as Samspil closed it (sealed). Needs `out/main/web.js` (electron-vite build).
 */
export async function processStartBench(dbFile: string, tmp: string, runs: number): Promise<{ coldMs: number; warmMs: number[] }> {
  const copy = path.join(tmp, 'start.sqlite');
  fs.copyFileSync(dbFile, copy);
  const coldMs = await startOnce(copy);
  const warmMs: number[] = [];
  for (let i = 0; i < runs; i++) warmMs.push(await startOnce(copy));
  return { coldMs, warmMs };
}

function startOnce(file: string): Promise<number> {
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
          child.kill('SIGINT');
        }, reject);
    });
    child.once('exit', (code) => (out.includes('@@asked') ? undefined : reject(new Error(`web.js stopped (${code}): ${err.slice(0, 500)}`))));
  });
}
