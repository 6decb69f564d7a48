import type { Database } from '../../db/database';

/**
 * Long work in the main process (imports, reports, rebuilds) runs on the same event loop as IPC and
 * the window. Such work calls the returned function between small steps; it gives the loop a turn
 * whenever `sliceMs` have passed, so no single stretch blocks the main process for long (issue 7:
 * never more than 100 ms at a time).
 */
export function createYielder(sliceMs = 25): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    last = performance.now();
  };
}

/**
 * The same database, but each outermost db.tx first gives the event loop a turn when `sliceMs` have
 * passed: for long work made of many commands in a row (demo data), where every command is already
 * its own transaction. The turn comes before a transaction starts, never inside one (see
 * transactionQueue in db/database.ts); a db.tx nested in another runs at once.
 */
export function yieldingBetweenTransactions(db: Database, sliceMs = 15): Database {
  const pause = createYielder(sliceMs);
  let depth = 0;
  const tx: Database['tx'] = async (work) => {
    if (depth === 0) await pause();
    depth++;
    try {
      return await db.tx(work);
    } finally {
      depth--;
    }
  };
  return Object.assign(Object.create(db) as Database, { tx });
}
