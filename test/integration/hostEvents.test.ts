import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import { createEventHub, type EventHub } from '../../main/app/events';
import { startHost, type RunningHost } from '../../main/host/httpHost';
import { ctxOf } from '../helpers/db';

/** The browser host's Server-Sent Events: only with the token, only loopback, and the hub's events arrive in order. */
let db: Database;
let host: RunningHost;
let events: EventHub;
beforeAll(async () => {
  db = await openDatabase({ file: ':memory:' });
  events = createEventHub();
  host = await startHost({ ctx: { ...ctxOf(db), events }, staticDir: '/nonexistent', log: () => undefined });
});
afterAll(async () => {
  await host.close();
  await db.close();
});

function open(path: string, headers: Record<string, string> = {}): Promise<{ status: number; res: http.IncomingMessage; req: http.ClientRequest }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: host.port, path, headers: { Host: `127.0.0.1:${host.port}`, ...headers } }, (res) => resolve({ status: res.statusCode ?? 0, res, req }));
    req.on('error', reject);
  });
}

describe('Server-Sent Events from the browser host', () => {
  it('refuses a missing or wrong token and a foreign Origin', async () => {
    for (const [path, headers] of [['/events', {}], ['/events?token=forkert', {}], [`/events?token=${host.token}`, { Origin: 'http://evil.example' }]] as const) {
      const r = await open(path, headers);
      r.res.resume();
      expect([401, 403]).toContain(r.status);
    }
  });

  it('streams the hub\'s events with the token, and stops on close', async () => {
    const r = await open(`/events?token=${encodeURIComponent(host.token)}`);
    expect(r.status).toBe(200);
    expect(r.res.headers['content-type']).toMatch(/text\/event-stream/);
    let text = '';
    r.res.on('data', (d: Buffer) => (text += d.toString('utf8')));
    await new Promise((res) => setTimeout(res, 50));
    events.emit('data.changed', { channel: 'meetings.update', action: 'update', subject: 'meetings:7' });
    events.emit('transfer.progress', { phase: 'copy', table: 'organisation', done: 3, of: 40 });
    await expect.poll(() => text).toContain('event: transfer.progress');
    expect(text).toContain('event: data.changed\ndata: {"channel":"meetings.update","action":"update","subject":"meetings:7"}\n\n');
    expect(text).toContain('data: {"phase":"copy","table":"organisation","done":3,"of":40}');
    r.req.destroy();
  });

  it('a payload outside the contract is refused at the source', () => {
    expect(() => events.emit('data.changed', { channel: 'x', action: 'drop' as 'update', subject: null })).toThrow();
  });
});
