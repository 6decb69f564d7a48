import type { Database } from '../../../db/database';
import type { GenRefs } from './part';
import { fixedClock, withClock } from '../../../main/app/clock';
import { markSearchIndexCurrent } from '../../../main/search/reindex';
import { genParts } from './parts';
import { createRng } from './random';
import type { Size } from './sizes';

export const DEFAULT_SEED = 'samspil-2026';
export const WORLD_NOW = '2026-11-02T08:00:00.000Z';

export interface GenResult {
  counts: Record<string, number>;
  ms: number;
}

/**
 * A generated file is thrown away if generation fails, so its commits need no fsync (thousands of service
 * calls each commit) and a large page cache keeps the indexes in memory. The file is left as the app
 * leaves it: synchronous=FULL again and the WAL folded in.
 */
async function withBulkWrites<T>(db: Database, work: () => Promise<T>): Promise<T> {
  if (db.engine !== 'sqlite') return work();
  const raw = db.raw();
  const cache = raw.pragma('cache_size', { simple: true });
  raw.pragma('synchronous = OFF');
  raw.pragma('cache_size = -262144');
  try {
    return await work();
  } finally {
    raw.pragma('synchronous = FULL');
    raw.pragma(`cache_size = ${Number(cache)}`);
  }
}

/** Fills an empty database with a deterministic world of the given size. */
export async function generate(db: Database, size: Size | number, opts: { seed?: string; log?: (m: string) => void } = {}): Promise<GenResult> {
  const started = performance.now();
  const refs: GenRefs = { organisationIds: [], personIds: [], bodyIds: [] };
  const counts: Record<string, number> = {};
  const log = opts.log ?? (() => undefined);
  // The world is written as of WORLD_NOW: services that refuse dates in the future judge by it, not by the machine's date.
  await withBulkWrites(db, () =>
    withClock(fixedClock(WORLD_NOW), async () => {
      for (const part of genParts) {
        const t = performance.now();
        const cpu = process.cpuUsage();
        const rng = createRng(`${opts.seed ?? DEFAULT_SEED}/${part.name}`);
        Object.assign(counts, await part.run({ db, size, rng, stamp: WORLD_NOW, refs, log }));
        const used = process.cpuUsage(cpu);
        log(`${part.name}: ${Math.round(performance.now() - t)} ms (CPU ${Math.round((used.user + used.system) / 1000)} ms)`);
      }
    }),
  );
  // As the app would leave the file: every part indexed its objects as it wrote them, and the planner has statistics.
  await markSearchIndexCurrent(db);
  await db.optimize();
  return { counts, ms: performance.now() - started };
}
