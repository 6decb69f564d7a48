import type { DataSource, QueryRunner } from 'typeorm';
import { appendOnlyTriggers } from './sqlite';
import { createPrefixedSearchIndex, createSearchIndex, dropPrefixedSearchIndex, fillSearchRefs } from './sqliteSearch';
import { createActorTrigrams, dropActorTrigrams } from './sqliteActorSearch';
import { createPgActorTrigrams, createPgSearchIndex, dropPgActorTrigrams, pgAppendOnlyStatements, resyncSequence } from './pgSearch';
import { postgresStorage } from './postgresStorage';
import { sqliteStorage } from './sqliteStorage';
import type { EngineKind, Storage } from './storage';

/** The engine behind a DataSource (or a migration's query runner). */
export function engineOf(ds: DataSource): EngineKind {
  return ds.options.type === 'postgres' ? 'postgres' : 'sqlite';
}

export function storageOf(ds: DataSource): Storage {
  return engineOf(ds) === 'postgres' ? postgresStorage : sqliteStorage;
}

/** Is this location a PostgreSQL server (a postgres:// URL) rather than a data file? */
export const isServerLocation = (location: string) => /^postgres(ql)?:\/\//i.test(location);

/**
 * The few schema statements that differ between the engines, for migrations. Everything else in a
 * migration is TypeORM's portable Table API.
 */
export const schemaOf = (q: QueryRunner) => {
  const pg = engineOf(q.connection) === 'postgres';
  return {
    /** UPDATE and DELETE on the table raise an error (the audit log). */
    appendOnly: async (table: string) => {
      for (const sql of pg ? pgAppendOnlyStatements(table) : appendOnlyTriggers(table)) await q.query(sql);
    },
    createSearchIndex: () => (pg ? createPgSearchIndex(q) : createSearchIndex(q)),
    /**
     * Migration 0310: SQLite's FTS5 table again with prefix indexes (the old one set aside for the
     * background rebuild to empty); PostgreSQL's GIN index already serves `:*` prefixes.
     */
    prefixSearchIndex: async () => {
      if (!pg) await createPrefixedSearchIndex(q);
    },
    unprefixSearchIndex: async () => {
      if (!pg) await dropPrefixedSearchIndex(q);
    },
    fillSearchRefs: async () => {
      await fillSearchRefs(q);
      if (pg) await resyncSequence(q, 'search_ref');
    },
    createActorTrigrams: () => (pg ? createPgActorTrigrams(q) : createActorTrigrams(q)),
    dropActorTrigrams: () => (pg ? dropPgActorTrigrams(q) : dropActorTrigrams(q)),
  };
};
