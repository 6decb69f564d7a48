import { Not, IsNull, type EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { BodyEntity, OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import type { TrashItem, TrashKind } from '../../preload/contract';
import { notFound } from '../api/serviceError';
import { purgeActorRecords } from '../gdpr/seams';
import { indexActor } from './searchDocs';

const entityOf = { organisation: OrganisationEntity, person: PersonEntity, body: BodyEntity } as const;

export async function listTrash(db: Database): Promise<TrashItem[]> {
  const m = db.ds.manager;
  const items: TrashItem[] = [];
  for (const kind of Object.keys(entityOf) as TrashKind[]) {
    const rows = await m.getRepository(entityOf[kind]).find({ where: { deletedAt: Not(IsNull()) }, select: { id: true, name: true, deletedAt: true } });
    for (const r of rows) items.push({ kind, id: r.id, name: r.name, deletedAt: r.deletedAt! });
  }
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

async function loadTrashed(m: EntityManager, kind: TrashKind, id: number) {
  const row = await m.getRepository(entityOf[kind]).findOneBy({ id });
  if (!row || !row.deletedAt) throw notFound('trashItem');
  return row;
}

export async function restoreFromTrash(db: Database, kind: TrashKind, id: number): Promise<TrashItem> {
  return db.tx(async (m) => {
    const row = await loadTrashed(m, kind, id);
    await m.getRepository(entityOf[kind]).update({ id }, { deletedAt: null });
    await indexActor(m, kind, id);
    return { kind, id, name: row.name, deletedAt: row.deletedAt! };
  });
}

/** Deletes for good: a person through the erasure path, an organisation with its involvement log. */
export async function purgeFromTrash(db: Database, kind: TrashKind, id: number): Promise<{ purged: true }> {
  return db.tx(async (m) => {
    await loadTrashed(m, kind, id);
    await purgeActorRecords(m, kind, id);
    await m.getRepository(entityOf[kind]).delete({ id });
    await indexActor(m, kind, id);
    return { purged: true as const };
  });
}
