import { inTurn } from '../../db/inTurn';
import type { EntityManager } from 'typeorm';
import { ActionItemEntity, AgendaItemEntity, InviteeEntity, type MeetingRow } from '../../db/entities/meetings';
import { ERASED_PERSON, type ActionItem, type AgendaItem, type Attachment, type Invitee, type Meeting, type MeetingSummary } from '../../preload/contract';
import type { SeriesCodes } from '../../preload/texts/seriesRule';
import { notFound } from '../api/serviceError';
import { activeClock } from '../app/clock';
import { ACTION_COLUMNS, ACTION_JOINS, actionItemOf, type ActionRow } from './actionPage';
import { followUpOf } from './followUp';
import { namesFor } from './names';
import { readerOf, type Read } from '../../db/managerReads';
import { itemTimes, overrun } from './schedule';

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

type MeetingRec = {
  id: number; title: string; type: Meeting['type']; body_id: number | null; body_name: string | null; series_id: number | null; date: string; start_time: string; end_time: string;
  place: string | null; online_link: string | null; status: Meeting['status']; purpose: string | null; notes: string | null; minutes_status: Meeting['minutesStatus'];
  follows_up_meeting_id: number | null; version: number; updated_by: string | null; updated_at: string | null; deleted_at: string | null;
  series_rule: string | null; every_months: number | null; weekday: number | null; ordinal: number | null; series_start: string | null; duration_minutes: number | null;
  approved_id: number | null; approved_title: string | null; approved_date: string | null;
};
type ItemRec = {
  id: number; position: number; is_break: number | boolean; standard: AgendaItem['standard']; title: string; kind: AgendaItem['kind']; presenter_id: number | null; presenter_name: string | null;
  duration_minutes: number; description: string | null; minutes: string | null; version: number; updated_by: string | null; updated_at: string | null;
};
type InviteeRec = {
  id: number; person_id: number | null; organisation_id: number | null; reply: Invitee['reply']; attendance: Invitee['attendance']; version: number; updated_by: string | null; updated_at: string | null;
  person_found: number | null; person_name: string | null; email: string | null; org_name: string | null;
};
type DecisionRec = { id: number; item_id: number | null; text: string; version: number; updated_by: string | null; updated_at: string | null };

const num = (v: number | string | null) => (v === null ? null : Number(v));
const stamp = (r: { version: number | string; updated_by: string | null; updated_at: string | null }) => ({ version: Number(r.version), updatedBy: r.updated_by, updatedAt: r.updated_at });
// As the earlier ORM read ordered them on SQLite: undated first, then by due date and id.
const byDue = (a: ActionItem, b: ActionItem) => (a.dueDate === b.dueDate ? a.id - b.id : (a.dueDate ?? '') < (b.dueDate ?? '') ? -1 : 1);
/** One collator: `localeCompare(…, 'da')` builds one per comparison. */
const danish = new Intl.Collator('da');

/**
 * The meeting screen (and the documents made from it) in a few plain statements, each selecting what
 * the screen shows: the meeting with its body, series and approving meeting; the agenda with presenters;
 * attachments; invitees with names; decisions; its own action items; the follow-up from earlier
 * meetings; where follow-up comes from and goes to. Inside a command's transaction it sees the writes.
 */
export async function meetingDetail(m: EntityManager, id: number, today = activeClock().today()): Promise<Meeting> {
  const read = readerOf(m);
  const [row] = await read<MeetingRec>(
    `SELECT mt.id, mt.title, mt.type, mt.body_id, b.name AS body_name, mt.series_id, mt.date, mt.start_time, mt.end_time, mt.place, mt.online_link, mt.status,
       mt.purpose, mt.notes, mt.minutes_status, mt.follows_up_meeting_id, mt.version, mt.updated_by, mt.updated_at, mt.deleted_at,
       s.rule AS series_rule, s.every_months, s.weekday, s.ordinal, s.start_time AS series_start, s.duration_minutes,
       ap.id AS approved_id, ap.title AS approved_title, ap.date AS approved_date
     FROM meeting mt LEFT JOIN body b ON b.id = mt.body_id LEFT JOIN meeting_series s ON s.id = mt.series_id
       LEFT JOIN meeting ap ON ap.id = mt.minutes_approved_at_meeting_id AND ap.deleted_at IS NULL
     WHERE mt.id = ?`,
    [id],
  );
  if (!row || row.deleted_at) throw notFound('meeting');
  const ref = { id: Number(row.id), date: row.date, bodyId: num(row.body_id), seriesId: num(row.series_id), followsUpMeetingId: num(row.follows_up_meeting_id) };
  const itemRows = await read<ItemRec>(
    `SELECT a.id, a.position, a.is_break, a.standard, a.title, a.kind, a.presenter_id, p.name AS presenter_name, a.duration_minutes, a.description, a.minutes,
       a.version, a.updated_by, a.updated_at
     FROM agenda_item a LEFT JOIN person p ON p.id = a.presenter_id WHERE a.meeting_id = ? ORDER BY a.position, a.id`,
    [id],
  );
  const attachments = itemRows.length
    ? await read<{ id: number; item_id: number; file_name: string; size: number }>(
        'SELECT t.id, t.item_id, t.file_name, t.size FROM agenda_attachment t JOIN agenda_item a ON a.id = t.item_id WHERE a.meeting_id = ? ORDER BY t.id',
        [id],
      )
    : [];
  const byItem = new Map<number, Attachment[]>();
  for (const t of attachments) byItem.set(Number(t.item_id), [...(byItem.get(Number(t.item_id)) ?? []), { id: Number(t.id), fileName: t.file_name, size: Number(t.size) }]);
  const items = itemTimes(row.start_time, itemRows.map((i) => ({ ...i, isBreak: Boolean(Number(i.is_break)), durationMinutes: Number(i.duration_minutes) }))).map((i): AgendaItem => ({
    id: Number(i.id),
    position: Number(i.position),
    number: i.number,
    isBreak: i.isBreak,
    standard: i.standard,
    title: i.title,
    kind: i.kind,
    presenterId: num(i.presenter_id),
    presenterName: i.presenter_id === null ? null : i.presenter_name,
    durationMinutes: i.durationMinutes,
    startTime: i.startTime,
    endTime: i.endTime,
    description: i.description,
    minutes: i.minutes,
    attachments: byItem.get(Number(i.id)) ?? [],
    ...stamp(i),
  }));
  const invitees = await inviteesOf(read, id);
  const number = new Map(items.map((i) => [i.id, i.number]));
  const decisions = (await read<DecisionRec>('SELECT id, item_id, text, version, updated_by, updated_at FROM decision WHERE meeting_id = ? ORDER BY id', [id])).map((d) => {
    const itemId = num(d.item_id);
    return { id: Number(d.id), meetingId: ref.id, itemId, itemNumber: itemId === null ? null : (number.get(itemId) ?? null), text: d.text, ...stamp(d) };
  });
  const own = (await read<ActionRow>(`SELECT ${ACTION_COLUMNS} FROM action_item a ${ACTION_JOINS} WHERE a.meeting_id = ? ORDER BY a.id`, [id])).map((r) => actionItemOf(r, today));
  const follow = await followUpOf(m, ref);
  const followUp = follow.sources
    ? (await read<ActionRow>(
        `SELECT ${ACTION_COLUMNS} FROM action_item a ${ACTION_JOINS} WHERE ${follow.sources.sql} AND (a.status = 'open' OR a.closed_at_meeting_id = ?)`,
        [...follow.sources.params, id],
      )).map((r) => actionItemOf(r, today)).sort(byDue)
    : [];
  const seriesCodes: SeriesCodes | null =
    row.every_months === null || row.weekday === null || row.ordinal === null || row.series_start === null || row.duration_minutes === null
      ? null
      : { everyMonths: Number(row.every_months), weekday: Number(row.weekday), ordinal: Number(row.ordinal), startTime: row.series_start, durationMinutes: Number(row.duration_minutes) };
  return {
    id: ref.id,
    title: row.title,
    type: row.type,
    bodyId: ref.bodyId,
    bodyName: row.body_name,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    place: row.place,
    status: row.status,
    seriesId: ref.seriesId,
    itemCount: items.length,
    inviteeCount: invitees.length,
    openActionCount: own.filter((a) => a.status === 'open').length,
    ...stamp(row),
    seriesRule: row.series_rule === null ? null : { codes: seriesCodes, text: row.series_rule },
    followsUpMeetingId: ref.followsUpMeetingId,
    followUpFrom: follow.from,
    followedUpAt: follow.at,
    onlineLink: row.online_link,
    purpose: row.purpose,
    notes: row.notes,
    minutesStatus: row.minutes_status,
    minutesApprovedAt: row.minutes_status === 'approved' ? { meetingId: num(row.approved_id), title: row.approved_title, date: row.approved_date } : null,
    overrunMinutes: overrun(row.start_time, row.end_time, items),
    items,
    invitees,
    decisions,
    actionItems: own,
    followUp,
  };
}

/** The invitees with names (trashed actors keep theirs), in Danish order of name. */
async function inviteesOf(read: Read, meetingId: number): Promise<Invitee[]> {
  // The organisation shown is the person's own, else the invited organisation's.
  const rows = await read<InviteeRec>(
    `SELECT i.id, i.person_id, i.organisation_id, i.reply, i.attendance, i.version, i.updated_by, i.updated_at,
       p.id AS person_found, p.name AS person_name, p.email, o.name AS org_name
     FROM meeting_invitee i LEFT JOIN person p ON p.id = i.person_id
       LEFT JOIN organisation o ON o.id = CASE WHEN p.id IS NULL THEN i.organisation_id ELSE p.organisation_id END
     WHERE i.meeting_id = ? ORDER BY i.id`,
    [meetingId],
  );
  const list = rows.map((r): Invitee => {
    const found = r.person_found !== null;
    return {
      id: Number(r.id),
      personId: num(r.person_id),
      organisationId: num(r.organisation_id),
      // Neither person nor organisation: the person was erased from minutes that are kept.
      name: found ? r.person_name! : r.organisation_id === null ? ERASED_PERSON : (r.org_name ?? ''),
      organisationName: found ? r.org_name : null,
      email: found ? r.email : null,
      reply: r.reply,
      attendance: r.attendance,
      ...stamp(r),
    };
  });
  return list.sort((a, b) => danish.compare(a.name, b.name));
}
