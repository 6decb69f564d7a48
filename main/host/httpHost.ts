import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { dispatch } from '../api/dispatch';
import type { HandlerContext } from '../api/handlers';
import { CONTENT_SECURITY_POLICY } from './csp';

export const TOKEN_HEADER = 'x-samspil-token';
const MAX_BODY_BYTES = 16 * 1024 * 1024;
const LOOPBACK = new Set(['127.0.0.1', '::ffff:127.0.0.1', '::1']);

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface HostOptions {
  ctx: HandlerContext;
  staticDir: string;
  port?: number;
  token?: string;
  log?: (e: unknown) => void;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8') {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

const refuse = (res: http.ServerResponse, status: number, message: string) =>
  send(res, status, JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message } }));

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(staticDir: string, urlPath: string, res: http.ServerResponse) {
  const root = path.resolve(staticDir);
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return refuse(res, 400, 'Ugyldig sti');
  }
  const file = path.resolve(root, `.${rel === '/' ? '/index.html' : rel}`);
  if (!file.startsWith(root + path.sep)) return refuse(res, 403, 'Ugyldig sti');
  fs.readFile(file, (err, data) => {
    if (err) return send(res, 404, 'Ikke fundet', 'text/plain; charset=utf-8');
    send(res, 200, data, MIME[path.extname(file)] ?? 'application/octet-stream');
  });
}

/**
 * Server-Sent Events: what main pushes (a colleague's change, transfer progress). EventSource cannot
 * send a header, so the token comes in the query string; the loopback, Host and Origin checks above apply.
 */
function serveEvents(req: http.IncomingMessage, res: http.ServerResponse, url: string, token: string, opts: HostOptions, openStreams: Set<http.ServerResponse>) {
  if (req.method !== 'GET') return refuse(res, 405, 'Kun GET');
  const given = new URL(url, 'http://localhost').searchParams.get('token') ?? '';
  if (!safeEqual(given, token)) return refuse(res, 401, 'Manglende eller forkert nøgle');
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Connection: 'keep-alive',
  });
  res.write(': forbundet\n\n');
  const stop = opts.ctx.events?.subscribe((e) => res.write(`event: ${e.name}\ndata: ${JSON.stringify(e.payload)}\n\n`)) ?? (() => undefined);
  // A comment now and then keeps proxies and idle timeouts from closing a quiet stream.
  const beat = setInterval(() => res.write(': \n\n'), 20_000);
  openStreams.add(res);
  res.on('close', () => {
    clearInterval(beat);
    stop();
    openStreams.delete(res);
  });
}

/** Serves the built renderer and the contract's handlers over HTTP, on 127.0.0.1 only, behind a random token. */
export function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  let port = 0;
  const openStreams = new Set<http.ServerResponse>();
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = http.createServer(async (req, res) => {
    try {
      if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return refuse(res, 403, 'Kun lokal adgang');
      if (!allowedHosts().has(req.headers.host ?? '')) return refuse(res, 403, 'Ugyldig Host');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) return refuse(res, 403, 'Ugyldig Origin');
      const url = req.url ?? '/';
      if (url.split('?')[0] === '/events') return serveEvents(req, res, url, token, opts, openStreams);
      if (url.startsWith('/api/')) {
        if (req.method !== 'POST') return refuse(res, 405, 'Kun POST');
        if (!safeEqual(String(req.headers[TOKEN_HEADER] ?? ''), token)) return refuse(res, 401, 'Manglende eller forkert nøgle');
        const raw = await readBody(req);
        if (raw === null) return refuse(res, 413, 'Forespørgslen er for stor');
        let payload: unknown;
        try {
          payload = raw.length ? JSON.parse(raw) : undefined;
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'Ugyldig JSON' } }));
        }
        // A client that goes away (closed tab, aborted fetch) stops long work such as an import.
        const gone = new AbortController();
        res.on('close', () => {
          if (!res.writableFinished) gone.abort();
        });
        const envelope = await dispatch({ ...opts.ctx, transport: 'http', signal: gone.signal }, url.slice('/api/'.length).split('?')[0]!, payload, opts.log);
        if (gone.signal.aborted) return;
        return send(res, 200, JSON.stringify(envelope));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Metoden er ikke tilladt');
      return serveStatic(opts.staticDir, url, res);
    } catch (err) {
      opts.log?.(err);
      if (!res.headersSent) refuse(res, 500, 'Intern fejl');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((r) => {
            // Event streams never end by themselves; server.close waits for every open connection.
            for (const res of openStreams) res.end();
            server.close(() => r());
          }),
      });
    });
  });
}
