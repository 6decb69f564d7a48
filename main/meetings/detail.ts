import { inTurn } from '../../db/inTurn';
import { type EntityManager, In, IsNull } from 'typeorm';
import { ActionItemEntity, AgendaItemEntity, AttachmentEntity, DecisionEntity, InviteeEntity, MeetingEntity, MeetingSeriesEntity, type MeetingRow, type MeetingSeriesRow } from '../../db/entities/meetings';
import { ERASED_PERSON, type Invitee, type Meeting, type MeetingSummary } from '../../preload/contract';
import { actionViews } from './actionViews';
import { loadMeeting } from './load';
import { namesFor } from './names';
import { itemTimes, overrun } from './schedule';
import { versionOf } from '../versions/versions';
import { followedUpAt, followUpFrom, followUpSources } from './followUp';
import type { SeriesCodes } from '../../preload/texts/seriesRule';

export async function summaries(m: EntityManager, rows: MeetingRow[]): Promise<MeetingSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const count = async (entity: typeof AgendaItemEntity | typeof InviteeEntity) => {
    const raw: { mid: number; n: number }[] = await m
      .getRepository(entity)
      .createQueryBuilder('x')
      .select('x.meeting_id', 'mid')
      .addSelect('COUNT(*)', 'n')
      .where('x.meeting_id IN (:...ids)', { ids })
      .groupBy('x.meeting_id')
      .getRawMany();
    return new Map(raw.map((r) => [Number(r.mid), Number(r.n)]));
  };
  const [items, invitees, names] = await inTurn(() => count(AgendaItemEntity), () => count(InviteeEntity), () => namesFor(m, { bodies: rows.map((r) => r.bodyId) }));
  const open: { mid: number; n: number }[] = await m
    .getRepository(ActionItemEntity)
    .createQueryBuilder('a')
    .select('a.meeting_id', 'mid')
    .addSelect('COUNT(*)', 'n')
    .where('a.meeting_id IN (:...ids)', { ids })
    .andWhere("a.status = 'open'")
    .groupBy('a.meeting_id')
    .getRawMany();
  const openMap = new Map(open.map((r) => [Number(r.mid), Number(r.n)]));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    type: r.type,
    bodyId: r.bodyId,
    bodyName: r.bodyId === null ? null : (names.body.get(r.bodyId) ?? null),
    date: r.date,
    startTime: r.startTime,
    endTime: r.endTime,
    place: r.place,
    status: r.status,
    seriesId: r.seriesId,
    itemCount: items.get(r.id) ?? 0,
    inviteeCount: invitees.get(r.id) ?? 0,
    openActionCount: openMap.get(r.id) ?? 0,
  }));
}

/** Earlier meetings of the same body (by date, then id), not in the trash. */
export async function earlierMeetingIds(m: EntityManager, row: MeetingRow): Promise<number[]> {
  if (row.bodyId === null) return [];
  const rows = await m
    .getRepository(MeetingEntity)
    .createQueryBuilder('mt')
    .select(['mt.id'])
    .where('mt.body_id = :body AND mt.deleted_at IS NULL', { body: row.bodyId })
    .andWhere('(mt.date < :date OR (mt.date = :date AND mt.id < :id))', { date: row.date, id: row.id })
    .getMany();
  return rows.map((r) => r.id);
}

/** Open action items from earlier meetings of the body, and those ticked off at this meeting. */
export async function followUpRows(m: EntityManager, row: MeetingRow) {
  const earlier = await followUpSources(m, row);
  if (earlier.length === 0) return [];
  const repo = m.getRepository(ActionItemEntity);
  return repo.find({
    where: [
      { meetingId: In(earlier), status: 'open' },
      { meetingId: In(earlier), closedAtMeetingId: row.id },
    ],
    order: { dueDate: 'ASC', id: 'ASC' },
  });
}

async function invitees(m: EntityManager, meetingId: number): Promise<Invitee[]> {
  const rows = await m.getRepository(InviteeEntity).find({ where: { meetingId }, order: { id: 'ASC' } });
  const names = await namesFor(m, { people: rows.map((r) => r.personId), orgs: rows.map((r) => r.organisationId) });
  const list = rows.map((r) => {
    const p = r.personId === null ? null : names.person.get(r.personId);
    const orgId = p ? p.organisationId : r.organisationId;
    return {
      id: r.id,
      personId: r.personId,
      organisationId: r.organisationId,
      // Neither person nor organisation: the person was erased from minutes that are kept.
      name: p ? p.name : r.organisationId === null ? ERASED_PERSON : (names.org.get(r.organisationId) ?? ''),
      organisationName: p && orgId !== null ? (names.org.get(orgId) ?? null) : null,
      email: p?.email ?? null,
      reply: r.reply,
      attendance: r.attendance,
      ...versionOf(r),
    };
  });
  return list.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

function seriesCodes(s: MeetingSeriesRow): SeriesCodes | null {
  if (s.everyMonths === null || s.weekday === null || s.ordinal === null || s.startTime === null || s.durationMinutes === null) return null;
  return { everyMonths: s.everyMonths, weekday: s.weekday, ordinal: s.ordinal, startTime: s.startTime, durationMinutes: s.durationMinutes };
}

export async function meetingDetail(m: EntityManager, id: number, today?: string): Promise<Meeting> {
  const row = await loadMeeting(m, id);
  const [summary] = await summaries(m, [row]);
  const itemRows = await m.getRepository(AgendaItemEntity).find({ where: { meetingId: id }, order: { position: 'ASC', id: 'ASC' } });
  const attachments = itemRows.length
    ? await m.getRepository(AttachmentEntity).find({ where: { itemId: In(itemRows.map((i) => i.id)) }, order: { id: 'ASC' } })
    : [];
  const [decisionRows, actionRows, follow, inv] = await inTurn(
    () => m.getRepository(DecisionEntity).find({ where: { meetingId: id }, order: { id: 'ASC' } }),
    () => m.getRepository(ActionItemEntity).find({ where: { meetingId: id }, order: { id: 'ASC' } }),
    () => followUpRows(m, row),
    () => invitees(m, id));
  const names = await namesFor(m, { people: itemRows.map((i) => i.presenterId) });
  const items = itemTimes(row.startTime, itemRows).map((i) => ({
    id: i.id,
    position: i.position,
    number: i.number,
    isBreak: i.isBreak,
    standard: i.standard,
    title: i.title,
    kind: i.kind,
    presenterId: i.presenterId,
    presenterName: i.presenterId === null ? null : (names.person.get(i.presenterId)?.name ?? null),
    durationMinutes: i.durationMinutes,
    startTime: i.startTime,
    endTime: i.endTime,
    description: i.description,
    minutes: i.minutes,
    attachments: attachments.filter((a) => a.itemId === i.id).map((a) => ({ id: a.id, fileName: a.fileName, size: a.size })),
    ...versionOf(i),
  }));
  const number = new Map(items.map((i) => [i.id, i.number]));
  let approvedAt: Meeting['minutesApprovedAt'] = null;
  if (row.minutesStatus === 'approved') {
    const at = row.minutesApprovedAtMeetingId === null ? null : await m.getRepository(MeetingEntity).findOneBy({ id: row.minutesApprovedAtMeetingId, deletedAt: IsNull() });
    approvedAt = { meetingId: at?.id ?? null, title: at?.title ?? null, date: at?.date ?? null };
  }
  const series = row.seriesId === null ? null : await m.getRepository(MeetingSeriesEntity).findOneBy({ id: row.seriesId });
  // Both lists in one pass: their meetings, owners and item numbers are looked up once, not twice.
  const views = await actionViews(m, [...actionRows, ...follow], today);
  return {
    ...summary!,
    ...versionOf(row),
    seriesRule: series ? { codes: seriesCodes(series), text: series.rule } : null,
    followsUpMeetingId: row.followsUpMeetingId ?? null,
    followUpFrom: await followUpFrom(m, row),
    followedUpAt: await followedUpAt(m, row),
    onlineLink: row.onlineLink,
    purpose: row.purpose,
    notes: row.notes,
    minutesStatus: row.minutesStatus,
    minutesApprovedAt: approvedAt,
    overrunMinutes: overrun(row.startTime, row.endTime, itemRows),
    items,
    invitees: inv,
    decisions: decisionRows.map((d) => ({ id: d.id, meetingId: d.meetingId, itemId: d.itemId, itemNumber: d.itemId === null ? null : (number.get(d.itemId) ?? null), text: d.text, ...versionOf(d) })),
    actionItems: views.slice(0, actionRows.length),
    followUp: views.slice(actionRows.length),
  };
}
