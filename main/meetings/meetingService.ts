import { textsFor, type DocLanguage } from '../documents/texts';
import { seriesRuleText, type SeriesCodes } from '../../preload/texts/seriesRule';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { isLive } from '../actors/lookup';
import { AgendaItemEntity, MeetingEntity, MeetingSeriesEntity, type AgendaItemRow } from '../../db/entities/meetings';
import { settingValue } from '../settings/lookup';
import { saveSetting } from '../settings/seams';
import { sortKey } from '../../db/textKeys';
import { DEFAULT_TYPE_MINUTES, hhmm, meetingTypes, minutesOfDay, type ChannelParsed, type Meeting, type MeetingSummary, type StandardItem, type TypeDefaults } from '../../preload/contract';
import { notFound, ServiceError } from '../api/serviceError';
import { meetingDetail, summaries } from './detail';
import { syncMeetingInvolvements } from './involvementSync';
import { loadMeeting, now } from './load';
import { seriesDates } from './schedule';
import { indexMeeting } from './searchDocs';
import { checkFollowsUp, followUpSources } from './followUp';
import { claimVersion } from '../versions/versions';

type MeetingData = ChannelParsed<'meetings.update'>['data'];

export const STANDARD_ITEMS: Record<StandardItem, Pick<AgendaItemRow, 'title' | 'kind' | 'durationMinutes'>> = {
  approval: { title: 'Godkendelse af dagsorden', kind: 'decision', durationMinutes: 5 },
  followup: { title: 'Opfølgning på referat fra sidste møde', kind: 'orientation', durationMinutes: 10 },
  aob: { title: 'Eventuelt', kind: 'orientation', durationMinutes: 5 },
};

const TYPE_DEFAULTS_KEY = 'meetings.typeMinutes';

export async function readTypeDefaults(m: EntityManager): Promise<TypeDefaults> {
  const value = await settingValue(m, TYPE_DEFAULTS_KEY);
  const stored = value ? (JSON.parse(value) as Partial<TypeDefaults>) : {};
  return Object.fromEntries(meetingTypes.map((t) => [t, typeof stored[t] === 'number' ? stored[t] : DEFAULT_TYPE_MINUTES[t]])) as TypeDefaults;
}

export const getTypeDefaults = (db: Database) => readTypeDefaults(db.ds.manager);

export async function setTypeDefaults(db: Database, input: TypeDefaults): Promise<TypeDefaults> {
  return db.tx(async (m) => {
    await saveSetting(m, TYPE_DEFAULTS_KEY, JSON.stringify(input));
    return readTypeDefaults(m);
  });
}

async function checkBody(m: EntityManager, bodyId: number | null) {
  if (bodyId === null) return;
  if (!(await isLive(m, 'body', bodyId))) throw new ServiceError('VALIDATION', 'missing.body', { bodyId: 'field.body' });
}

const columns = (d: MeetingData) => ({ ...d, sortKey: sortKey(d.title) });

/**
 * Standard items get their titles in the app's language (documents show them in the reader's, see
 * standardItems.ts). They fit the meeting: "Opfølgning på referat fra sidste møde" only when there is a
 * meeting to follow up (an earlier one of its series or body, or one it follows up on).
 */
async function addStandardItems(m: EntityManager, meetingId: number) {
  const repo = m.getRepository(AgendaItemEntity);
  const lang = (await settingValue(m, 'language')) === 'en' ? 'en' : 'da';
  const titles = textsFor(lang).documents.standardItem;
  const firstMeeting = (await followUpSources(m, await loadMeeting(m, meetingId))).length === 0;
  let position = 0;
  for (const standard of ['approval', 'followup', 'aob'] as const) {
    if (standard === 'followup' && firstMeeting) continue;
    await repo.save({ meetingId, position: position++, isBreak: false, standard, ...STANDARD_ITEMS[standard], title: titles[standard], presenterId: null, description: null, minutes: null });
  }
}

async function copyAgenda(m: EntityManager, fromId: number, toId: number) {
  await loadMeeting(m, fromId);
  const repo = m.getRepository(AgendaItemEntity);
  const items = await repo.find({ where: { meetingId: fromId }, order: { position: 'ASC', id: 'ASC' } });
  for (const [position, it] of items.entries()) {
    await repo.save({
      meetingId: toId, position, isBreak: it.isBreak, standard: it.standard, title: it.title, kind: it.kind,
      presenterId: it.presenterId, durationMinutes: it.durationMinutes, description: it.description, minutes: null,
    });
  }
}

async function insertMeeting(m: EntityManager, data: MeetingData, seriesId: number | null): Promise<number> {
  await checkBody(m, data.bodyId);
  await checkFollowsUp(m, null, data.date, data.followsUpMeetingId);
  const stamp = now();
  const saved = await m.getRepository(MeetingEntity).save({
    ...columns(data), seriesId, status: 'planned', minutesStatus: 'draft', minutesApprovedAtMeetingId: null, createdAt: stamp, updatedAt: stamp, deletedAt: null,
  });
  return saved.id;
}

export async function createMeeting(db: Database, input: ChannelParsed<'meetings.create'>): Promise<Meeting> {
  return db.tx(async (m) => {
    const id = await insertMeeting(m, input.data, null);
    if (input.copyFromId !== null) await copyAgenda(m, input.copyFromId, id);
    else if (input.standardItems) await addStandardItems(m, id);
    await syncMeetingInvolvements(m, id);
    await indexMeeting(m, id);
    return meetingDetail(m, id);
  });
}

export async function updateMeeting(db: Database, id: number, data: MeetingData, version?: number): Promise<Meeting> {
  return db.tx(async (m) => {
    await loadMeeting(m, id);
    await claimVersion(m, 'meeting', id, version);
    await checkBody(m, data.bodyId);
    await checkFollowsUp(m, id, data.date, data.followsUpMeetingId);
    await m.getRepository(MeetingEntity).update({ id }, { ...columns(data), updatedAt: now() });
    await syncMeetingInvolvements(m, id);
    await indexMeeting(m, id);
    return meetingDetail(m, id);
  });
}

export async function setMeetingStatus(db: Database, { id, status, version }: ChannelParsed<'meetings.setStatus'>): Promise<Meeting> {
  return db.tx(async (m) => {
    const row = await loadMeeting(m, id);
    await claimVersion(m, 'meeting', id, version);
    if (status === 'minutes_approved' || row.minutesStatus === 'approved') {
      throw new ServiceError('CONFLICT', 'meetings.statusApproved');
    }
    await m.getRepository(MeetingEntity).update({ id }, { status, updatedAt: now() });
    return meetingDetail(m, id);
  });
}

export async function deleteMeeting(db: Database, id: number, version?: number): Promise<MeetingSummary> {
  return db.tx(async (m) => {
    const row = await loadMeeting(m, id);
    await claimVersion(m, 'meeting', id, version);
    await m.getRepository(MeetingEntity).update({ id }, { deletedAt: now() });
    await syncMeetingInvolvements(m, id);
    await indexMeeting(m, id);
    return (await summaries(m, [row]))[0]!;
  });
}

export async function restoreMeeting(db: Database, id: number): Promise<MeetingSummary> {
  return db.tx(async (m) => {
    const row = await m.getRepository(MeetingEntity).findOneBy({ id });
    if (!row) throw notFound('meeting');
    await m.getRepository(MeetingEntity).update({ id }, { deletedAt: null });
    await syncMeetingInvolvements(m, id);
    await indexMeeting(m, id);
    return (await summaries(m, [{ ...row, deletedAt: null }]))[0]!;
  });
}

/** A series rule from its codes, in the reader's language (the words live beside the texts, for the screen too). */
export const seriesRule = (s: SeriesCodes, lang: DocLanguage = 'da'): string => seriesRuleText(s, lang);

/** "Steering group every other month, 2 hours, first Tuesday": dated meetings that can then be moved one by one. */
export async function createSeries(db: Database, s: ChannelParsed<'meetings.createSeries'>): Promise<MeetingSummary[]> {
  const end = minutesOfDay(s.startTime) + s.durationMinutes;
  if (end >= 24 * 60) throw new ServiceError('VALIDATION', 'meetings.sameDay', { durationMinutes: 'meetings.sameDay' });
  return db.tx(async (m) => {
    const series = await m.getRepository(MeetingSeriesEntity).save({ title: s.title, rule: '', everyMonths: s.everyMonths, weekday: s.weekday, ordinal: s.ordinal, startTime: s.startTime, durationMinutes: s.durationMinutes, createdAt: now() });
    const ids: number[] = [];
    for (const date of seriesDates(s.fromDate, s.everyMonths, s.weekday, s.ordinal, s.count)) {
      const id = await insertMeeting(m, {
        title: s.title, type: s.type, bodyId: s.bodyId, date, startTime: s.startTime, endTime: hhmm(end), place: s.place, onlineLink: null, purpose: null, notes: null, followsUpMeetingId: null,
      }, series.id);
      if (s.standardItems) await addStandardItems(m, id);
      await indexMeeting(m, id);
      ids.push(id);
    }
    const rows = await m.getRepository(MeetingEntity).find({ where: ids.map((id) => ({ id })), order: { date: 'ASC' } });
    return summaries(m, rows);
  });
}

export const getMeeting = (db: Database, id: number) => meetingDetail(db.ds.manager, id);
