import { MoreThan, type EntityManager, type EntitySchema } from 'typeorm';
import type { Database } from '../../db/database';
import { OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import { GoalEntity, InitiativeEntity } from '../../db/entities/initiatives';
import { InvolvementEntity } from '../../db/entities/involvement';
import { MeetingEntity } from '../../db/entities/meetings';
import { MemoEntity } from '../../db/entities/memos';
import { MilestoneEntity } from '../../db/entities/planning';
import { SettingEntity } from '../../db/entities/settings';
import { createYielder } from '../app/longWork';
import { indexOrganisation, indexPerson } from '../actors/searchDocs';
import { indexGoal } from '../goals/searchDoc';
import { indexInitiative } from '../initiatives/searchDoc';
import { indexInvolvement } from '../involvement/searchDoc';
import { indexMeeting } from '../meetings/searchDocs';
import { indexMemo } from '../memos/searchDoc';
import { indexMilestone } from '../planning/searchDoc';

type Indexer = (m: EntityManager, id: number) => Promise<void>;

/** Every feature's documents: the table to read ids from and the function that indexes one id. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const sources: [EntitySchema<any>, Indexer][] = [
  [OrganisationEntity, indexOrganisation],
  [PersonEntity, indexPerson],
  [InvolvementEntity, indexInvolvement],
  [MilestoneEntity, indexMilestone],
  [MeetingEntity, indexMeeting],
  [InitiativeEntity, indexInitiative],
  [GoalEntity, indexGoal],
  [MemoEntity, indexMemo],
];

/** How far a rebuild has come: objects indexed of all objects (counted when it starts). */
export interface RebuildProgress {
  done: number;
  of: number;
}

export interface RebuildOptions {
  /** Work per transaction before the event loop gets a turn. */
  sliceMs?: number;
  /** Called after every transaction. */
  onProgress?: (p: RebuildProgress) => void;
  /**
   * While the app is in use (the background rebuild): commits keep their fsync, since a user's command
   * may commit between two of the rebuild's and must be as durable as ever.
   */
  durable?: boolean;
  /** Stops quietly before the next step (the app is closing); the version is not stored. */
  stopped?: () => boolean;
  /** Awaited before every step: the background rebuild lets commands go first (main/app/foreground.ts). */
  giveWay?: () => Promise<void>;
  /** The index was emptied already (clearSearchIndex, before the first screen). */
  cleared?: boolean;
}

/**
 * A rebuild's first step: the index emptied in one short transaction (~0.5 s at L on SQLite, where the
 * old table is replaced; see the storage's `clear`). The background rebuild does it before the first
 * screen, so it holds the start, not a user's work.
 */
export async function clearSearchIndex(db: Database): Promise<void> {
  await db.tx((m) => db.storage.search.clear(m));
}

/**
 * Empties the search index (clearSearchIndex) and writes it again from all features, with the same functions the
 * writes use. It runs as many short transactions (each about `sliceMs` of work) with a turn of the
 * event loop between them, so the main process is never held for long, and no transaction stays
 * open across a turn (see transactionQueue in db/database.ts). A command that runs in between
 * indexes its own object as usual (an upsert, never a duplicate), and ids are read afresh in every
 * transaction, so a deleted object is not put back. At start before anything else (`durable` false)
 * the chunks commit without fsync (derived data, see withoutCommitSync); the version is stored last,
 * durably, so a rebuild stopped halfway (crash, power cut, closed app) runs again at the next start.
 * Returns false when it was stopped.
 */
export async function rebuildSearchIndex(db: Database, opts: RebuildOptions | number = {}): Promise<boolean> {
  const o = typeof opts === 'number' ? { sliceMs: opts } : opts;
  const sliceMs = o.sliceMs ?? 8;
  const pause = createYielder(sliceMs);
  const stopped = o.stopped ?? (() => false);
  const progress: RebuildProgress = { done: 0, of: await countSearchable(db) };
  o.onProgress?.({ ...progress });
  const work = async () => {
    if (!o.cleared) await clearSearchIndex(db);
    for (const [entity, index] of sources) {
      let after = 0;
      for (let more = true; more; ) {
        await pause();
        await o.giveWay?.();
        if (stopped()) return false;
        const step = await db.tx((m) => indexSome(m, entity, index, after, performance.now() + sliceMs));
        ({ after, more } = step);
        progress.done = Math.min(progress.of, progress.done + step.n);
        o.onProgress?.({ ...progress });
      }
    }
    return true;
  };
  const finished = o.durable ? await work() : await db.withoutCommitSync(work);
  if (!finished) return false;
  await db.tx((m) => m.getRepository(SettingEntity).save({ key: VERSION_KEY, value: String(SEARCH_INDEX_VERSION) }));
  await db.checkpoint();
  return true;
}

const BATCH = 50;

/** Indexes ids above `after` in id order until `until` (a performance.now() time) or the end of the table; `n` ids done. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function indexSome(m: EntityManager, entity: EntitySchema<any>, index: Indexer, after: number, until: number): Promise<{ after: number; more: boolean; n: number }> {
  let n = 0;
  for (;;) {
    const rows: { id: number }[] = await m.getRepository(entity).find({ select: { id: true }, where: { id: MoreThan(after) }, order: { id: 'ASC' }, take: BATCH });
    for (const r of rows) {
      await index(m, r.id);
      after = r.id;
      n++;
      if (performance.now() >= until) return { after, more: true, n };
    }
    if (rows.length < BATCH) return { after, more: false, n };
  }
}

/**
 * Bump when a feature starts putting new kinds (or new text) into the index. Version 1 is what
 * migration 0051 built (actors only); 2 adds involvement, milestones, meetings with their items,
 * initiatives, goals and memos; 3 fills the table with prefix indexes that migration 0310 put in
 * place of the old one (issue 17).
 *
 * Why at start and not in a migration: a reindex runs the features' current index functions, which
 * read through the current entity schemas. Inside a migration those would meet an older schema as
 * soon as a later migration adds a column, so a migration could not stay frozen as shipped. At start
 * the schema is always current; the rebuild runs once (after the pre-migration backup, in the
 * background while the app is in use) and is skipped while the stored version is up to date.
 */
export const SEARCH_INDEX_VERSION = 3;
const VERSION_KEY = 'search.indexVersion';

/** For a writer that indexed every object as it wrote it (the generator): the index is current. */
export async function markSearchIndexCurrent(db: Database): Promise<void> {
  await db.tx((m) => m.getRepository(SettingEntity).save({ key: VERSION_KEY, value: String(SEARCH_INDEX_VERSION) }));
}

/** Objects the index holds documents for (a rebuild's total). */
export async function countSearchable(db: Database): Promise<number> {
  let n = 0;
  for (const [entity] of sources) n += await db.ds.manager.getRepository(entity).count();
  return n;
}

/** True when the stored index version is behind this program's (or missing): a rebuild is due. */
export async function searchIndexStale(db: Database): Promise<boolean> {
  const row = await db.ds.manager.getRepository(SettingEntity).findOneBy({ key: VERSION_KEY });
  return !row || Number(row.value) < SEARCH_INDEX_VERSION;
}

/** Rebuilds at once when the index is behind (tests, tools); the app does it in the background (indexStatus.ts). */
export async function ensureSearchIndex(db: Database): Promise<boolean> {
  if (!(await searchIndexStale(db))) return false;
  await rebuildSearchIndex(db);
  return true;
}
