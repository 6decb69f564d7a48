import type { Database } from '../../db/database';
import type { SearchIndexStatus } from '../../preload/contract';
import type { EventHub } from '../app/events';
import { afterCommands } from '../app/foreground';
import { clearSearchIndex, countSearchable, markSearchIndexCurrent, rebuildSearchIndex, searchIndexStale } from './reindex';

const READY: SearchIndexStatus = { rebuilding: false, done: 0, of: 0 };
const status = new WeakMap<Database, SearchIndexStatus>();
const running = new WeakMap<Database, Promise<void>>();

/** The index's state for the status line and for search ("results may be incomplete"). */
export function searchIndexStatus(db: Database): SearchIndexStatus {
  return status.get(db) ?? READY;
}

/** Progress reaches the screen at most this often (and always at the end). */
const EVENT_EVERY_MS = 250;

/**
 * At start: when the index is behind this program's version, rebuild it in the background while the
 * app is in use. Progress goes out as 'search.progress' events; search says its results may be
 * incomplete until it is done. Resolves when the rebuild is started (or found not due), not when it ends;
 * `searchIndexRebuilt` waits for the end. A rebuild stopped by the app closing runs again at the next start.
 */
export async function startSearchIndexRebuild(db: Database, events?: EventHub, opts: { sliceMs?: number } = {}): Promise<boolean> {
  if (!(await searchIndexStale(db))) return false;
  // A new file has nothing to index: it is current as it stands (and demo data then indexes itself).
  const of = await countSearchable(db);
  if (of === 0) {
    await markSearchIndexCurrent(db);
    return false;
  }
  // Emptied before the first screen: one short transaction, instead of a long one while the user works.
  await clearSearchIndex(db);
  const state: SearchIndexStatus = { rebuilding: true, done: 0, of };
  status.set(db, state);
  let sent = 0;
  const emit = (force = false) => {
    if (!force && performance.now() - sent < EVENT_EVERY_MS) return;
    sent = performance.now();
    events?.emit('search.progress', { ...state });
  };
  const work = rebuildSearchIndex(db, {
    durable: true,
    cleared: true,
    sliceMs: opts.sliceMs ?? 20,
    stopped: () => !db.ds.isInitialized,
    giveWay: () => afterCommands(),
    onProgress: (p) => {
      Object.assign(state, p);
      emit();
    },
  })
    .catch((err: unknown) => {
      if (db.ds.isInitialized) console.error('Samspil: genopbygningen af søgeindekset stoppede:', err instanceof Error ? err.message : err);
    })
    .finally(() => {
      state.rebuilding = false;
      status.set(db, { ...READY });
      emit(true);
    });
  running.set(db, work.then(() => undefined));
  return true;
}

/** Resolves when a background rebuild started for `db` has ended (at once when none runs). */
export async function searchIndexRebuilt(db: Database): Promise<void> {
  await running.get(db);
}
