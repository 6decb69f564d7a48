import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import type { DataChanged } from '../../preload/contract';
import { startServices } from '../../main/app/startup';
import { call, ctxOf } from '../helpers/db';
import { CHANGE_CHANNEL, RESYNC } from '../../db/changeFeed';
import { adminQuery, createDatabase, startCluster, type Cluster } from '../helpers/pgCluster';

/**
 * Colleagues' changes (issue 16): two clients on one server; what one commits, the other hears through
 * LISTEN/NOTIFY, once, with channel, action and subject; reads, refused input and failed commands are
 * never announced. A local file announces nothing (single user).
 */
let cluster: Cluster;
let url: string;
let a: Database;
let b: Database;
beforeAll(async () => {
  cluster = startCluster();
  url = await createDatabase(cluster.adminUrl, 'samspil_live');
  a = await openDatabase({ file: url });
  b = await openDatabase({ file: url });
}, 120_000);
afterAll(async () => {
  await a?.close();
  await b?.close();
  cluster?.stop();
});

/** What a client hears, without the probes `listening` sends (they look like a reconnection's RESYNC). */
function collector(db: Database) {
  const heard: DataChanged[] = [];
  const probes: unknown[] = [];
  const stop = db.onChange((p) => ((p as DataChanged).channel === RESYNC.channel ? probes : heard).push(p as DataChanged));
  return { heard, probes, stop };
}

const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

/**
 * Returns once the client's LISTEN connection is up (it connects in the background): NOTIFYs from
 * outside on the app's channel until one is heard. A fixed wait was a guess a loaded machine can miss.
 */
async function listening(probes: unknown[]): Promise<void> {
  const start = probes.length;
  for (let i = 0; probes.length === start; i++) {
    if (i > 600) throw new Error('The LISTEN connection did not come up within 30 s');
    await adminQuery(url, 'SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, JSON.stringify(RESYNC)]);
    await settle(50);
  }
}

describe('live changes between clients of one server', () => {
  it('a committed create and update reach the other client once each, with what changed', async () => {
    const other = collector(b);
    await listening(other.probes);
    const org = await call(ctxOf(a), 'organisations.create', { name: 'Ungdommens Uddannelsesvejledning Vestegnen', kind: 'municipal_department' });
    await call(ctxOf(a), 'organisations.update', { id: org.id, data: { name: 'UU Vestegnen', kind: 'municipal_department' } });
    await expect.poll(() => other.heard.length).toBe(2);
    expect(other.heard).toEqual([
      { channel: 'organisations.create', action: 'create', subject: `organisations:${org.id}` },
      { channel: 'organisations.update', action: 'update', subject: `organisations:${org.id}` },
    ]);
    other.stop();
  });

  it('reads, refused input and a command that fails are not announced', async () => {
    const other = collector(b);
    await settle();
    await call(ctxOf(a), 'organisations.list', { limit: 10 });
    await expect(call(ctxOf(a), 'organisations.create', { name: '', kind: 'municipal_department' })).rejects.toThrow(/VALIDATION/);
    await expect(call(ctxOf(a), 'organisations.update', { id: 999_999, data: { name: 'Findes ikke', kind: 'company' } })).rejects.toThrow();
    await call(ctxOf(a), 'people.create', { name: 'Søren Østergård' });
    await expect.poll(() => other.heard.length).toBe(1);
    await settle();
    expect(other.heard.map((h) => h.channel)).toEqual(['people.create']);
    other.stop();
  });

  it('startServices pushes a colleague\'s change to its renderer as a data.changed event', async () => {
    const ctx = await startServices({ dbFile: url, demo: false }, 'http');
    try {
      const events: { name: string; payload: unknown }[] = [];
      const probes: unknown[] = [];
      // Only data.changed counts here (a search index rebuild at start reports its progress too).
      ctx.events!.subscribe((e) => e.name === 'data.changed' && ((e.payload as DataChanged).channel === RESYNC.channel ? probes : events).push(e));
      await listening(probes);
      await call(ctxOf(a), 'organisations.create', { name: 'Køge Tømrer ApS', kind: 'company' });
      await expect.poll(() => events.length).toBe(1);
      expect(events[0]).toMatchObject({ name: 'data.changed', payload: { channel: 'organisations.create', action: 'create' } });
    } finally {
      await ctx.db.close();
    }
  });

  it('a local file announces nothing', async () => {
    const file = await openDatabase({ file: ':memory:' });
    try {
      let heard = 0;
      file.onChange(() => heard++);
      await call(ctxOf(file), 'organisations.create', { name: 'Hvidovre Gymnasium', kind: 'upper_secondary_school' });
      await settle(100);
      expect(heard).toBe(0);
    } finally {
      await file.close();
    }
  });
});
