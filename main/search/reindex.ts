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

/**
 * Empties the search index and writes it again from all features, with the same functions the
 * writes use. It runs as many short transactions (each about `sliceMs` of work) with a turn of the
 * event loop between them, so the main process is never held for long, and no transaction stays
 * open across a turn (see transactionQueue in db/database.ts). It runs at start, before any window
 * or host exists, so no one searches a half-built index; a command that did run in between would
 * index its own object as usual (an upsert, never a duplicate), and ids are read afresh in every
 * transaction, so a deleted object is not put back. The chunks commit without fsync (derived data,
 * see withoutCommitSync); the version is stored last, durably, so a rebuild stopped halfway (crash,
 * power cut) runs again at the next start.
 */
export async function rebuildSearchIndex(db: Database, sliceMs = 8): Promise<void> {
  const pause = createYielder(sliceMs);
  await db.withoutCommitSync(async () => {
    for (let more = true; more; ) {
      await pause();
      more = await db.tx((m) => db.storage.search.clearSome(m, 1000));
    }
    for (const [entity, index] of sources) {
      let after = 0;
      for (let more = true; more; ) {
        await pause();
        ({ after, more } = await db.tx((m) => indexSome(m, entity, index, after, performance.now() + sliceMs)));
      }
    }
  });
  await db.tx((m) => m.getRepository(SettingEntity).save({ key: VERSION_KEY, value: String(SEARCH_INDEX_VERSION) }));
  await db.checkpoint();
}

const BATCH = 50;

/** Indexes ids above `after` in id order until `until` (a performance.now() time) or the end of the table. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function indexSome(m: EntityManager, entity: EntitySchema<any>, index: Indexer, after: number, until: number): Promise<{ after: number; more: boolean }> {
  for (;;) {
    const rows: { id: number }[] = await m.getRepository(entity).find({ select: { id: true }, where: { id: MoreThan(after) }, order: { id: 'ASC' }, take: BATCH });
    for (const r of rows) {
      await index(m, r.id);
      after = r.id;
      if (performance.now() >= until) return { after, more: true };
    }
    if (rows.length < BATCH) return { after, more: false };
  }
}

/**
 * Bump when a feature starts putting new kinds (or new text) into the index. Version 1 is what
 * migration 0051 built (actors only); 2 adds involvement, milestones, meetings with their items,
 * initiatives, goals and memos.
 *
 * Why at start and not in a migration: a reindex runs the features' current index functions, which
 * read through the current entity schemas. Inside a migration those would meet an older schema as
 * soon as a later migration adds a column, so a migration could not stay frozen as shipped. At start
 * the schema is always current; the rebuild runs once (after the pre-migration backup) and is skipped
 * while the stored version is up to date.
 */
export const SEARCH_INDEX_VERSION = 2;
const VERSION_KEY = 'search.indexVersion';

/** For a writer that indexed every object as it wrote it (the generator): the index is current. */
export async function markSearchIndexCurrent(db: Database): Promise<void> {
  await db.tx((m) => m.getRepository(SettingEntity).save({ key: VERSION_KEY, value: String(SEARCH_INDEX_VERSION) }));
}

export async function ensureSearchIndex(db: Database): Promise<boolean> {
  const row = await db.tx((m) => m.getRepository(SettingEntity).findOneBy({ key: VERSION_KEY }));
  if (row && Number(row.value) >= SEARCH_INDEX_VERSION) return false;
  await rebuildSearchIndex(db);
  return true;
}
