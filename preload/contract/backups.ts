import { z } from 'zod';

export const backupKinds = ['auto', 'manual', 'premigration', 'prerestore'] as const;
export type BackupKind = (typeof backupKinds)[number];

export interface BackupInfo {
  fileName: string;
  /** ISO 8601, UTC */
  createdAt: string;
  kind: BackupKind;
  sizeBytes: number;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The backup of the state before the restore (restore it to undo). */
  undo: BackupInfo | null;
}

/** Only a name from backups.list; never a path. */
export const backupRef = z.strictObject({
  fileName: z.string().max(200).regex(/^[\w.-]+\.sqlite$/, { message: 'Ugyldigt navn på sikkerhedskopi' }),
});

/** The background full check after a fast open, and what the user can do when it found damage. */
export interface DataHealth {
  state: 'checking' | 'ok' | 'damaged';
  /** For the user, when damaged: what happened and which backup is offered. */
  message: string | null;
  /** The newest good backup offered (ISO time), when damaged and one exists. */
  backupCreatedAt: string | null;
}
