import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { sortKey } from '../../db/textKeys';
import { InitiativeEntity, InitiativeTargetGroupEntity, TargetGroupEntity, TrackEntity, type TargetGroupRow, type TrackRow } from '../../db/entities/initiatives';
import type { ChannelParsed, TargetGroup, Track } from '../../preload/contract';
import { notFound, said, ServiceError } from '../api/serviceError';
import { nowIso as now } from '../app/days';
import { claimVersion, versionOf } from '../versions/versions';

async function countBy(m: EntityManager, table: 'initiative' | 'initiative_target_group', column: string): Promise<Map<number, number>> {
  const rows: { k: number; n: number }[] = await m.query(`SELECT ${column} AS k, COUNT(*) AS n FROM ${table} GROUP BY ${column}`);
  return new Map(rows.map((r) => [Number(r.k), Number(r.n)]));
}

const trackView = (r: TrackRow, n: number): Track => ({ id: r.id, name: r.name, description: r.description, sortOrder: r.sortOrder, initiativeCount: n, ...versionOf(r) });

/** Tracks in the secretariat's order (sort order, then name). */
export async function listTracksIn(m: EntityManager): Promise<Track[]> {
  const rows = await m.getRepository(TrackEntity).find({ order: { sortOrder: 'ASC', sortKey: 'ASC', id: 'ASC' } });
  const counts = await countBy(m, 'initiative', 'track_id');
  return rows.map((r) => trackView(r, counts.get(r.id) ?? 0));
}

export const listTracks = (db: Database) => listTracksIn(db.ds.manager);

async function trackById(m: EntityManager, id: number): Promise<Track> {
  const t = (await listTracksIn(m)).find((x) => x.id === id);
  if (!t) throw notFound('track');
  return t;
}

async function uniqueName(m: EntityManager, entity: typeof TrackEntity | typeof TargetGroupEntity, name: string, selfId?: number) {
  const clash = (await m.getRepository(entity).find()).find((r) => sortKey(r.name) === sortKey(name) && r.id !== selfId);
  if (clash) throw new ServiceError('CONFLICT', said('tracks.exists', { name }), { name: 'field.nameTaken' });
}

export async function createTrack(db: Database, input: ChannelParsed<'tracks.create'>): Promise<Track> {
  return db.tx(async (m) => {
    await uniqueName(m, TrackEntity, input.name);
    const stamp = now();
    const saved = await m.getRepository(TrackEntity).save({ ...input, sortKey: sortKey(input.name), createdAt: stamp, updatedAt: stamp });
    return trackById(m, saved.id);
  });
}

export async function updateTrack(db: Database, id: number, input: ChannelParsed<'tracks.create'>, version?: number): Promise<Track> {
  return db.tx(async (m) => {
    await trackById(m, id);
    await claimVersion(m, 'track', id, version);
    await uniqueName(m, TrackEntity, input.name, id);
    await m.getRepository(TrackEntity).update({ id }, { ...input, sortKey: sortKey(input.name), updatedAt: now() });
    return trackById(m, id);
  });
}

export async function deleteTrack(db: Database, id: number, version?: number): Promise<{ deleted: true }> {
  return db.tx(async (m) => {
    const t = await trackById(m, id);
    await claimVersion(m, 'track', id, version);
    const n = await m.getRepository(InitiativeEntity).countBy({ trackId: id });
    if (n > 0) throw new ServiceError('CONFLICT', said('tracks.trackInUse', { name: t.name, count: n }));
    await m.getRepository(TrackEntity).delete({ id });
    return { deleted: true };
  });
}

const groupView = (r: TargetGroupRow, n: number): TargetGroup => ({ id: r.id, name: r.name, ageFrom: r.ageFrom, ageTo: r.ageTo, initiativeCount: n, ...versionOf(r) });

/** Target groups ordered by age band (youngest first), then name. */
export async function listTargetGroupsIn(m: EntityManager): Promise<TargetGroup[]> {
  const rows = await m.getRepository(TargetGroupEntity).find();
  rows.sort((a, b) => (a.ageFrom ?? 999) - (b.ageFrom ?? 999) || (a.ageTo ?? 999) - (b.ageTo ?? 999) || a.sortKey.localeCompare(b.sortKey));
  const counts = await countBy(m, 'initiative_target_group', 'target_group_id');
  return rows.map((r) => groupView(r, counts.get(r.id) ?? 0));
}

export const listTargetGroups = (db: Database) => listTargetGroupsIn(db.ds.manager);

async function groupById(m: EntityManager, id: number): Promise<TargetGroup> {
  const g = (await listTargetGroupsIn(m)).find((x) => x.id === id);
  if (!g) throw notFound('targetGroup');
  return g;
}

export async function createTargetGroup(db: Database, input: ChannelParsed<'targetGroups.create'>): Promise<TargetGroup> {
  return db.tx(async (m) => {
    await uniqueName(m, TargetGroupEntity, input.name);
    const saved = await m.getRepository(TargetGroupEntity).save({ ...input, sortKey: sortKey(input.name) });
    return groupById(m, saved.id);
  });
}

export async function updateTargetGroup(db: Database, id: number, input: ChannelParsed<'targetGroups.create'>, version?: number): Promise<TargetGroup> {
  return db.tx(async (m) => {
    await groupById(m, id);
    await claimVersion(m, 'target_group', id, version);
    await uniqueName(m, TargetGroupEntity, input.name, id);
    await m.getRepository(TargetGroupEntity).update({ id }, { ...input, sortKey: sortKey(input.name) });
    return groupById(m, id);
  });
}

export async function deleteTargetGroup(db: Database, id: number, version?: number): Promise<{ deleted: true }> {
  return db.tx(async (m) => {
    const g = await groupById(m, id);
    await claimVersion(m, 'target_group', id, version);
    const n = await m.getRepository(InitiativeTargetGroupEntity).countBy({ targetGroupId: id });
    if (n > 0) throw new ServiceError('CONFLICT', said('tracks.groupInUse', { name: g.name, count: n }));
    await m.getRepository(TargetGroupEntity).delete({ id });
    return { deleted: true };
  });
}
