/**
 * Issue 16: every editable row carries a version, who changed it last and (where the table had none)
 * when. Migration 0240 adds the columns; main/versions refuses a save based on an older version.
 */
export const versionColumns = {
  version: { type: 'integer', default: 1 },
  updatedBy: { name: 'updated_by', type: 'varchar', length: 100, nullable: true },
} as const;

/** For tables that had no updated_at before migration 0240 (rows from before it have none). */
export const laterUpdatedAt = {
  updatedAt: { name: 'updated_at', type: 'varchar', length: 30, nullable: true },
} as const;

export interface Versioned {
  version: number;
  updatedBy: string | null;
}

export interface VersionedLater extends Versioned {
  updatedAt: string | null;
}
