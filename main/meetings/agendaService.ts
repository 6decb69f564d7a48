import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { isLive } from '../actors/lookup';
import { AgendaItemEntity, AttachmentEntity, type AgendaItemRow } from '../../db/entities/meetings';
import { MAX_ATTACHMENT_BYTES, type ChannelParsed, type FileResult, type Meeting } from '../../preload/contract';
import { notFound, said, ServiceError } from '../api/serviceError';
import { meetingDetail } from './detail';
import { syncMeetingInvolvements } from './involvementSync';
import { loadUnlocked, now, touch } from './load';
import { claimVersion, claimVersions, StaleVersionError } from '../versions/versions';

type ItemData = ChannelParsed<'agenda.add'>['data'];

async function checkPresenter(m: EntityManager, presenterId: number | null) {
  if (presenterId === null) return;
  if (!(await isLive(m, 'person', presenterId))) throw new ServiceError('VALIDATION', 'missing.person', { presenterId: 'field.person' });
}

const fields = (d: ItemData) => ({ ...d, kind: d.isBreak ? ('orientation' as const) : d.kind, presenterId: d.isBreak ? null : d.presenterId });

async function loadItem(m: EntityManager, id: number): Promise<AgendaItemRow> {
  const row = await m.getRepository(AgendaItemEntity).findOneBy({ id });
  if (!row) throw notFound('agendaItem');
  await loadUnlocked(m, row.meetingId);
  return row;
}

async function renumber(m: EntityManager, ordered: AgendaItemRow[]) {
  for (const [position, it] of ordered.entries()) if (it.position !== position) await m.getRepository(AgendaItemEntity).update({ id: it.id }, { position });
}

/** New items go before a trailing "Eventuelt", where a secretary would put them. */
export async function addItem(db: Database, { meetingId, data }: ChannelParsed<'agenda.add'>): Promise<Meeting> {
  return db.tx(async (m) => {
    await loadUnlocked(m, meetingId);
    await checkPresenter(m, data.presenterId);
    const repo = m.getRepository(AgendaItemEntity);
    const items = await repo.find({ where: { meetingId }, order: { position: 'ASC', id: 'ASC' } });
    const last = items[items.length - 1];
    const at = last?.standard === 'aob' ? items.length - 1 : items.length;
    const saved = await repo.save({ meetingId, position: at, standard: null, minutes: null, ...fields(data) });
    await renumber(m, [...items.slice(0, at), saved, ...items.slice(at)]);
    await touch(m, meetingId);
    await syncMeetingInvolvements(m, meetingId);
    return meetingDetail(m, meetingId);
  });
}

export async function updateItem(db: Database, { id, data, version }: ChannelParsed<'agenda.update'>): Promise<Meeting> {
  return db.tx(async (m) => {
    const row = await loadItem(m, id);
    await claimVersion(m, 'agenda_item', id, version);
    await checkPresenter(m, data.presenterId);
    await m.getRepository(AgendaItemEntity).update({ id }, fields(data));
    await touch(m, row.meetingId);
    await syncMeetingInvolvements(m, row.meetingId);
    return meetingDetail(m, row.meetingId);
  });
}

export async function removeItem(db: Database, id: number, version?: number): Promise<Meeting> {
  const stored: string[] = [];
  const result = await db.tx(async (m) => {
    const row = await loadItem(m, id);
    await claimVersion(m, 'agenda_item', id, version);
    stored.push(...(await m.getRepository(AttachmentEntity).find({ where: { itemId: id } })).map((a) => a.storedName));
    await m.getRepository(AgendaItemEntity).delete({ id });
    await renumber(m, await m.getRepository(AgendaItemEntity).find({ where: { meetingId: row.meetingId }, order: { position: 'ASC', id: 'ASC' } }));
    await touch(m, row.meetingId);
    await syncMeetingInvolvements(m, row.meetingId);
    return meetingDetail(m, row.meetingId);
  });
  for (const name of stored) fs.rmSync(path.join(attachmentDir(db), name), { force: true });
  return result;
}

/** A reorder saves the whole agenda: refused when an item came or went, or (with versions) one was saved since the user saw it. */
export async function reorderItems(db: Database, { meetingId, itemIds, versions }: ChannelParsed<'agenda.reorder'>): Promise<Meeting> {
  if (versions && versions.length !== itemIds.length) throw new ServiceError('VALIDATION', 'meetings.versionPerItem', { versions: 'field.versionPerItem' });
  return db.tx(async (m) => {
    const meeting = await loadUnlocked(m, meetingId);
    const items = await m.getRepository(AgendaItemEntity).find({ where: { meetingId } });
    const known = new Set(items.map((i) => i.id));
    if (itemIds.length !== items.length || new Set(itemIds).size !== itemIds.length || !itemIds.every((i) => known.has(i))) {
      throw new StaleVersionError('agenda', meeting.updatedBy, meeting.updatedAt, meeting.version);
    }
    await claimVersions(m, 'agenda_item', itemIds.map((id, i) => ({ id, version: versions?.[i] })));
    const byId = new Map(items.map((i) => [i.id, i]));
    await renumber(m, itemIds.map((i) => byId.get(i)!));
    await touch(m, meetingId);
    return meetingDetail(m, meetingId);
  });
}

/** Pre-reading is copied into the data folder next to the database file (server mode: a folder on this PC, not shared yet). */
export function attachmentDir(db: Database): string {
  const local = db.file === ':memory:' || db.engine !== 'sqlite';
  const base = local ? path.join(os.tmpdir(), `samspil-memory-${process.pid}`) : path.dirname(db.file);
  return path.join(base, 'bilag');
}

export async function attachFile(db: Database, { itemId, fileName, base64 }: ChannelParsed<'agenda.attach'>): Promise<Meeting> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new ServiceError('VALIDATION', said('meetings.attachmentTooLarge', { size: Math.round((bytes.length / 1024 / 1024) * 10) / 10 }), { base64: 'field.fileTooLarge' });
  }
  if (bytes.length === 0) throw new ServiceError('VALIDATION', 'meetings.attachmentEmpty', { base64: 'field.fileEmpty' });
  const dir = attachmentDir(db);
  fs.mkdirSync(dir, { recursive: true });
  const ext = path.extname(fileName).replace(/[^.A-Za-z0-9]/g, '').slice(0, 10);
  const storedName = `${randomUUID()}${ext}`;
  const file = path.join(dir, storedName);
  fs.writeFileSync(file, bytes);
  try {
    return await db.tx(async (m) => {
      const item = await loadItem(m, itemId);
      await m.getRepository(AttachmentEntity).save({ itemId, fileName: path.basename(fileName), storedName, size: bytes.length, createdAt: now() });
      await touch(m, item.meetingId);
      return meetingDetail(m, item.meetingId);
    });
  } catch (err) {
    fs.rmSync(file, { force: true });
    throw err;
  }
}

export async function detachFile(db: Database, id: number): Promise<Meeting> {
  let stored = '';
  const result = await db.tx(async (m) => {
    const row = await m.getRepository(AttachmentEntity).findOneBy({ id });
    if (!row) throw notFound('attachment');
    const item = await loadItem(m, row.itemId);
    stored = row.storedName;
    await m.getRepository(AttachmentEntity).delete({ id });
    return meetingDetail(m, item.meetingId);
  });
  fs.rmSync(path.join(attachmentDir(db), stored), { force: true });
  return result;
}

export async function attachmentFile(db: Database, id: number): Promise<FileResult> {
  const row = await db.ds.manager.getRepository(AttachmentEntity).findOneBy({ id });
  if (!row) throw notFound('attachment');
  const file = path.join(attachmentDir(db), row.storedName);
  if (!fs.existsSync(file)) throw notFound('attachmentFile');
  return { fileName: row.fileName, mimeType: 'application/octet-stream', base64: fs.readFileSync(file).toString('base64') };
}
