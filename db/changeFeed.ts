/**
 * Colleagues' changes on a shared server (issue 16): every committed command announces itself with
 * NOTIFY inside its own transaction (so only commits are heard, once, and never a rolled-back attempt),
 * and every client LISTENs on a connection of its own, outside the pool. A lost connection is opened
 * again, and the gap is reported as one "something changed" so the renderer refreshes what it shows.
 */
import type pg from 'pg';
import type { Runner } from './storage';
import { connectionParts, loadPg, sslOf, type ServerOptions } from './postgres';

export const CHANGE_CHANNEL = 'samspil_changes';

/** Inside the command's transaction: delivered to every listener when (and only if) it commits. */
export async function notifyChange(m: Runner, payload: unknown): Promise<void> {
  await m.query('SELECT pg_notify(?, ?)', [CHANGE_CHANNEL, JSON.stringify(payload)]);
}

export type ChangeListener = (payload: unknown) => void;

export interface ChangeFeed {
  subscribe(listener: ChangeListener): () => void;
  close(): Promise<void>;
}

/** What a listener hears after its connection came back: changes in the gap are unknown. */
export const RESYNC = { channel: '*', action: 'update', subject: null } as const;

export function listenForChanges(server: ServerOptions, log: (e: unknown) => void = () => undefined): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  let client: pg.Client | null = null;
  let closed = false;
  let starting: Promise<void> | null = null;
  let retry: NodeJS.Timeout | null = null;
  let failures = 0;
  const emit = (payload: unknown) => {
    for (const l of listeners) l(payload);
  };

  const connect = async (resync: boolean) => {
    const { username, ...parts } = connectionParts(server);
    const { Client } = await loadPg();
    const c = new Client({ ...parts, user: username, ssl: sslOf(server.tls), application_name: 'Samspil (ændringer)' });
    c.on('notification', (n) => {
      if (n.channel !== CHANGE_CHANNEL || !n.payload) return;
      try {
        emit(JSON.parse(n.payload));
      } catch (err) {
        log(err);
      }
    });
    const lost = (err?: unknown) => {
      if (client !== c) return;
      client = null;
      if (err) log(err);
      void c.end().catch(() => undefined);
      schedule();
    };
    c.on('error', lost);
    c.on('end', () => lost());
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (err) {
      void c.end().catch(() => undefined);
      throw err;
    }
    if (closed) {
      await c.end().catch(() => undefined);
      return;
    }
    client = c;
    failures = 0;
    if (resync) emit(RESYNC);
  };

  const schedule = () => {
    if (closed || retry || listeners.size === 0) return;
    const wait = Math.min(10_000, 500 * 2 ** failures++);
    retry = setTimeout(() => {
      retry = null;
      starting = connect(true)
        .catch((err) => {
          log(err);
          schedule();
        })
        .finally(() => (starting = null));
    }, wait);
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!client && !starting && !retry && !closed) {
        starting = connect(false)
          .catch((err) => {
            log(err);
            schedule();
          })
          .finally(() => (starting = null));
      }
      return () => void listeners.delete(listener);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await starting;
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
