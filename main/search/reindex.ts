import type { EntityManager, EntitySchema } from 'typeorm';
import type { Database } from '../../db/database';
import { OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import { GoalEntity, InitiativeEntity } from '../../db/entities/initiatives';
import { InvolvementEntity } from '../../db/entities/involvement';
import { MeetingEntity } from '../../db/entities/meetings';
import { MemoEntity } from '../../db/entities/memos';
import { MilestoneEntity } from '../../db/entities/planning';
import { SettingEntity } from '../../db/entities/settings';
import { clearSearchRows } from '../../db/sqliteSearch';
import { indexOrganisation, indexPerson } from '../actors/searchDocs';
import { indexGoal } from '../goals/searchDoc';
import { indexInitiative } from '../initiatives/searchDoc';
import { indexInvolvement } from '../involvement/searchDoc';
import { indexMeeting } from '../meetings/searchDocs';
import { indexMemo } from '../memos/searchDoc';
import { indexMilestone } from '../planning/milestoneService';

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

/** Empties the search index and writes it again from all features, with the same functions the writes use. */
export async function reindexAll(m: EntityManager): Promise<void> {
  await clearSearchRows(m);
  for (const [entity, index] of sources) {
    const rows: { id: number }[] = await m.getRepository(entity).find({ select: { id: true } });
    for (const r of rows) await index(m, r.id);
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
 * the schema is always current; the rebuild runs once (in one transaction, after the pre-migration
 * backup) and is skipped while the stored version is up to date.
 */
export const SEARCH_INDEX_VERSION = 2;
const VERSION_KEY = 'search.indexVersion';

export async function ensureSearchIndex(db: Database): Promise<boolean> {
  return db.tx(async (m) => {
    const row = await m.getRepository(SettingEntity).findOneBy({ key: VERSION_KEY });
    if (row && Number(row.value) >= SEARCH_INDEX_VERSION) return false;
    await reindexAll(m);
    await m.getRepository(SettingEntity).save({ key: VERSION_KEY, value: String(SEARCH_INDEX_VERSION) });
    return true;
  });
}
