import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import { startHost, TOKEN_HEADER, type RunningHost } from '../../main/host/httpHost';
import { loadDemoData } from '../../main/demo/demoData';
import { ctxOf, tempFile } from '../helpers/db';
import { dumpHash } from './dbDump';
import { recordFigure } from './figures';

let db: Database;
let host: RunningHost;
let root: string;

interface Res {
  status: number;
  body: string;
}

function request(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Res> {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, method: opts.method ?? 'GET', path: opts.path, headers: { Host: `127.0.0.1:${host.port}`, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // A request the HTTP parser rejects outright ends the connection: refused as well.
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.end(opts.body);
  });
}

beforeAll(async () => {
  const dir = path.dirname(tempFile());
  root = path.join(dir, 'renderer');
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Samspil</title>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'HEMMELIG');
  fs.writeFileSync(path.join(dir, 'renderer-evil.txt'), 'HEMMELIG');
  db = await openDatabase({ file: path.join(dir, 'samspil.sqlite') });
  await loadDemoData(db);
  host = await startHost({ ctx: ctxOf(db), staticDir: root, log: () => undefined });
});

afterAll(async () => {
  await host.close();
  await db.close();
});

const api = (name: string, headers: Record<string, string> = {}, body = '{}', method = 'POST') =>
  request({ method, path: `/api/${name}`, headers: { 'Content-Type': 'application/json', ...headers }, body: method === 'GET' || method === 'HEAD' ? undefined : body });

describe('browser host refuses what is not the app', () => {
  it('answers the app itself (control)', async () => {
    const ok = await api('organisations.list', { [TOKEN_HEADER]: host.token });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).ok).toBe(true);
    expect((await request({ path: '/' })).body).toContain('Samspil');
  });

  it('refuses bad tokens, foreign Host and Origin, non-POST, and path traversal; writes nothing', async () => {
    const before = dumpHash(db.raw());
    const good = { [TOKEN_HEADER]: host.token };
    const create = JSON.stringify({ name: 'Angriber', kind: 'company' });
    const cases: [string, () => Promise<Res>][] = [
      ['no token', () => api('organisations.create', {}, create)],
      ['empty token', () => api('organisations.create', { [TOKEN_HEADER]: '' }, create)],
      ['wrong token', () => api('organisations.create', { [TOKEN_HEADER]: 'x'.repeat(host.token.length) }, create)],
      ['token prefix', () => api('organisations.create', { [TOKEN_HEADER]: host.token.slice(0, -1) }, create)],
      ['token in query only', () => request({ method: 'POST', path: `/api/organisations.create?token=${host.token}`, body: create })],
      ['foreign Host', () => api('organisations.create', { ...good, Host: 'evil.example' }, create)],
      ['DNS rebinding Host', () => api('organisations.create', { ...good, Host: `evil.example:${host.port}` }, create)],
      ['Host other port', () => api('organisations.create', { ...good, Host: `127.0.0.1:${host.port + 1}` }, create)],
      ['foreign Origin', () => api('organisations.create', { ...good, Origin: 'http://evil.example' }, create)],
      ['Origin other port', () => api('organisations.create', { ...good, Origin: `http://127.0.0.1:${host.port + 1}` }, create)],
      ['Origin null', () => api('organisations.create', { ...good, Origin: 'null' }, create)],
      ['Origin https lookalike', () => api('organisations.create', { ...good, Origin: `https://127.0.0.1:${host.port}.evil.example` }, create)],
      ['GET on api', () => api('organisations.create', good, '', 'GET')],
      ['PUT on api', () => api('organisations.create', good, create, 'PUT')],
      ['DELETE on api', () => api('organisations.delete', good, '{"id":1}', 'DELETE')],
      ['unknown channel', () => api('__proto__', good)],
      ['channel traversal', () => api('../organisations.create', good, create)],
      ['invalid JSON', () => api('organisations.create', good, '{"name":')],
      ['POST to static', () => request({ method: 'POST', path: '/index.html', body: 'x' })],
      ...['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/..\\secret.txt', '/%2e%2e%5csecret.txt', '/....//secret.txt',
        '/../renderer-evil.txt', '/%252e%252e/secret.txt', '/index.html%00.js', '/%c0%ae%c0%ae/secret.txt', '//etc/passwd', '/%2fetc%2fpasswd', '/.%2e/secret.txt']
        .map((p): [string, () => Promise<Res>] => [`traversal ${p}`, () => request({ path: p })]),
    ];
    const accepted: string[] = [];
    for (const [name, run] of cases) {
      const res = await run();
      if (process.env.HOST_DEBUG) console.log(name, res.status);
      const leaked = res.body.includes('HEMMELIG') || res.body.includes('root:');
      const dispatched = res.status === 200 && /"ok":true/.test(res.body);
      // An error envelope (ok:false, e.g. UNKNOWN_CHANNEL) is a refusal too; only a handler's answer or a file counts.
      if (leaked || dispatched || (name.startsWith('traversal') && res.status === 200)) accepted.push(`${name} → ${res.status}`);
    }
    expect(dumpHash(db.raw())).toBe(before);
    recordFigure('Browser host hostile requests', cases.length, accepted.length, 'token, Host, Origin, method, traversal');
    expect(accepted).toEqual([]);
  });
});
