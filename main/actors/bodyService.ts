import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { sortKey } from '../../db/textKeys';
import { BodyEntity, MembershipEntity, OrganisationEntity, PersonEntity, type BodyRow } from '../../db/entities/actors';
import { BODY_PAGE, BODY_PREVIEW, type Body, type BodyKind, type BodyOption, type BodySummary, type ChannelParsed, type MembershipView, type TrashItem } from '../../preload/contract';
import { notFound, ServiceError } from '../api/serviceError';
import { now } from './keys';
import { claimVersion, versionOf } from '../versions/versions';
import { bodyMemberPage, bodyPreviews, MEMBER_COUNT_SQL, membershipViews } from './memberships';

export async function loadBody(m: EntityManager, id: number): Promise<BodyRow> {
  const row = await m.getRepository(BodyEntity).findOneBy({ id });
  if (!row || row.deletedAt) throw notFound('body');
  return row;
}

/** The body with one page of its members (the first page after a save). */
async function bodyDetail(m: EntityManager, row: BodyRow, offset = 0, limit = BODY_PAGE): Promise<Body> {
  const { members, total, memberIds } = await bodyMemberPage(m, row, offset, limit);
  return { id: row.id, name: row.name, kind: row.kind, description: row.description, memberCount: total, members, offset, memberIds, ...versionOf(row) };
}

interface SummaryRow {
  id: number; name: string; kind: BodyKind; description: string | null; member_count: number | string;
  version: number; updated_by: string | null; updated_at: string | null;
}

/**
 * What the Organer list shows, in two statements on the storage's fast path: each live body with its
 * member count, and its first BODY_PREVIEW members. The rest are on the body's page (issue 17: the list
 * sent all 18,000 memberships at region scale).
 */
export async function listBodies(db: Database): Promise<BodySummary[]> {
  const rows = await db.storage.all<SummaryRow>(
    db.ds,
    `SELECT b.id AS id, b.name AS name, b.kind AS kind, b.description AS description, b.version AS version, b.updated_by AS updated_by,
            b.updated_at AS updated_at, ${MEMBER_COUNT_SQL} AS member_count
       FROM body b WHERE b.deleted_at IS NULL ORDER BY b.sort_key, b.id`,
    [],
  );
  const previews = await bodyPreviews(db, BODY_PREVIEW);
  return rows.map((r) => ({
    id: Number(r.id), name: r.name, kind: r.kind, description: r.description, memberCount: Number(r.member_count),
    preview: previews.get(Number(r.id)) ?? [],
    ...versionOf({ version: Number(r.version), updatedBy: r.updated_by, updatedAt: r.updated_at }),
  }));
}

/** Counts members as membershipViews does: memberships of people or organisations in the trash are left out. */
export async function listBodyOptions(db: Database): Promise<BodyOption[]> {
  const rows: { id: number; name: string; kind: BodyKind; memberCount: number | string }[] = await db.ds.manager
    .getRepository(BodyEntity)
    .createQueryBuilder('b')
    .select(['b.id AS id', 'b.name AS name', 'b.kind AS kind'])
    .addSelect(
      `(SELECT COUNT(*) FROM membership mb LEFT JOIN person mp ON mp.id = mb.person_id LEFT JOIN organisation mo ON mo.id = mb.organisation_id
        WHERE mb.body_id = b.id AND (mb.person_id IS NULL OR mp.deleted_at IS NULL) AND (mb.organisation_id IS NULL OR mo.deleted_at IS NULL))`,
      'memberCount',
    )
    .where('b.deleted_at IS NULL')
    .orderBy('b.sort_key', 'ASC')
    .addOrderBy('b.id', 'ASC')
    .getRawMany();
  return rows.map((r) => ({ id: Number(r.id), name: r.name, kind: r.kind, memberCount: Number(r.memberCount) }));
}

export async function getBody(db: Database, q: ChannelParsed<'bodies.get'>): Promise<Body> {
  const m = db.ds.manager;
  return bodyDetail(m, await loadBody(m, q.id), q.offset, q.limit);
}

type BodyInput = ChannelParsed<'bodies.create'>;

export async function createBody(db: Database, input: BodyInput): Promise<Body> {
  return db.tx(async (m) => {
    const stamp = now();
    const saved = await m.getRepository(BodyEntity).save({ ...input, sortKey: sortKey(input.name), createdAt: stamp, updatedAt: stamp, deletedAt: null });
    return bodyDetail(m, saved);
  });
}

export async function updateBody(db: Database, id: number, input: BodyInput, version?: number): Promise<Body> {
  return db.tx(async (m) => {
    await loadBody(m, id);
    await claimVersion(m, 'body', id, version);
    await m.getRepository(BodyEntity).update({ id }, { ...input, sortKey: sortKey(input.name), updatedAt: now() });
    return bodyDetail(m, await loadBody(m, id));
  });
}

export async function deleteBody(db: Database, id: number, version?: number): Promise<TrashItem> {
  return db.tx(async (m) => {
    const row = await loadBody(m, id);
    await claimVersion(m, 'body', id, version);
    const deletedAt = now();
    await m.getRepository(BodyEntity).update({ id }, { deletedAt });
    return { kind: 'body', id, name: row.name, deletedAt };
  });
}

export async function addMembership(db: Database, input: ChannelParsed<'memberships.add'>): Promise<MembershipView> {
  return db.tx(async (m) => {
    await loadBody(m, input.bodyId);
    if (input.personId !== null) {
      const p = await m.getRepository(PersonEntity).findOneBy({ id: input.personId });
      if (!p || p.deletedAt) throw new ServiceError('VALIDATION', 'missing.person', { personId: 'field.person' });
    }
    if (input.organisationId !== null) {
      const o = await m.getRepository(OrganisationEntity).findOneBy({ id: input.organisationId });
      if (!o || o.deletedAt) throw new ServiceError('VALIDATION', 'missing.organisation', { organisationId: 'field.organisation' });
    }
    const saved = await m.getRepository(MembershipEntity).save({ ...input });
    const [view] = (await membershipViews(m, 'body', [input.bodyId])).filter((v) => v.id === saved.id);
    return view!;
  });
}

/** Removes a membership and returns it, so the screen can offer "Fortryd" by adding it again. */
export async function removeMembership(db: Database, id: number): Promise<MembershipView> {
  return db.tx(async (m) => {
    const row = await m.getRepository(MembershipEntity).findOneBy({ id });
    if (!row) throw notFound('membership');
    const [view] = (await membershipViews(m, 'body', [row.bodyId])).filter((v) => v.id === id);
    await m.getRepository(MembershipEntity).delete({ id });
    if (!view) throw notFound('membership');
    return view;
  });
}
