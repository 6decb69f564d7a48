import type { Database } from '../../db/database';
import { DamagedDatabaseError } from '../../db/database';
import { damagedName } from '../../db/damage';
import type { DataHealth } from '../../preload/contract';
import type { Language } from '../../preload/contract';
import { ServiceError } from '../api/serviceError';
import { newestGoodBackup, restoreFileFrom } from './backupService';

/** Damage found while running, with the newest good backup looked up once (a full check per backup). */
const found = new WeakMap<object, DamagedDatabaseError>();

export function runningDamage(db: Database): DamagedDatabaseError | null {
  const health = db.health?.();
  if (health?.state !== 'damaged') return null;
  const key = db.ds;
  let err = found.get(key);
  if (!err) {
    err = new DamagedDatabaseError(db.file, damagedName(db.file), health.problems, 'running').withBackup(newestGoodBackup(db.file));
    found.set(key, err);
  }
  return err;
}

/** The message in the app's language: what happened and which backup is offered. */
export function dataHealth(db: Database, lang: Language): DataHealth {
  const damage = runningDamage(db);
  return {
    state: damage ? 'damaged' : (db.health?.().state ?? 'ok'),
    message: damage ? damage.describe(lang) : null,
    backupCreatedAt: damage?.newestBackup?.createdAt ?? null,
  };
}

/** As at open: the damaged file (with this session's WAL) is moved aside untouched, the backup put in its place. */
export async function restoreAfterDamage(db: Database): Promise<{ restoredFrom: string }> {
  const damage = runningDamage(db);
  if (!damage) throw new ServiceError('CONFLICT', 'backup.notDamaged');
  if (!damage.newestBackup) throw new ServiceError('CONFLICT', 'backup.noGoodBackup');
  await db.close();
  await restoreFileFrom(damage.newestBackup.path, db.file, db.nativeBinding);
  await db.reopen();
  return { restoredFrom: damage.newestBackup.createdAt };
}
