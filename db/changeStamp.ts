import { AsyncLocalStorage } from 'node:async_hooks';
import os from 'node:os';
import { EventSubscriber, type EntitySubscriberInterface, type InsertEvent, type ObjectLiteral, type UpdateEvent } from 'typeorm';

/**
 * Who changes data, and when (issue 16). dispatch runs each command with the client's user (in server
 * mode every client has its own) and its clock; rows record them as updated_by / updated_at, and the
 * change log as its user.
 */
export interface ChangeStamp {
  user: string;
  now: () => Date;
}

const running = new AsyncLocalStorage<ChangeStamp>();

let osUser: string | null = null;
/** The operating-system user of this process: who uses a local data file when nobody named one. */
export function osUserName(): string {
  return (osUser ??= (() => {
    try {
      return os.userInfo().username.slice(0, 100) || 'ukendt';
    } catch {
      return 'ukendt';
    }
  })());
}

export function withChangeStamp<T>(stamp: ChangeStamp, fn: () => T): T {
  return running.run({ user: stamp.user.slice(0, 100), now: stamp.now }, fn);
}

/** The user of the command being handled (the OS user outside a command). */
export const changeUser = (): string => running.getStore()?.user ?? osUserName();
export const changeTime = (): string => (running.getStore()?.now() ?? new Date()).toISOString();

const has = (meta: { findColumnWithPropertyName(p: string): unknown }, prop: string) => !!meta.findColumnWithPropertyName(prop);

/**
 * Stamps versioned rows without every service saying so: an insert records its creator (and, on tables
 * that had no updated_at before migration 0240, the time); an update through TypeORM that stamps
 * updated_at also records who. Version checks are explicit (main/versions/versions.ts).
 */
export class ChangeStampSubscriber implements EntitySubscriberInterface<ObjectLiteral> {
  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    const row = event.entity;
    if (!row || !has(event.metadata, 'updatedBy')) return;
    if (row.updatedBy === undefined) row.updatedBy = changeUser();
    if (row.updatedAt === undefined || row.updatedAt === null) row.updatedAt = changeTime();
  }

  beforeUpdate(event: UpdateEvent<ObjectLiteral>): void {
    const row = event.entity;
    if (!row || !has(event.metadata, 'updatedBy')) return;
    if ('updatedAt' in row && row.updatedBy === undefined) row.updatedBy = changeUser();
  }
}

// Registered as @EventSubscriber() would (the DataSource option lists only registered classes).
EventSubscriber()(ChangeStampSubscriber);
