import type BetterSqlite3 from 'better-sqlite3';
import { call } from '../../helpers/db';
import type { ActionItem, Meeting, MeetingSummary } from '../../../preload/contract';
import { all, one, todayUtc } from './floorSql';
import type { CaseSource, QueryCase } from './queryCase';

const listKey = (r: unknown) => {
  const p = r as { total: number; items: MeetingSummary[] };
  return { total: p.total, items: p.items.map((s) => [s.id, s.title, s.date, s.startTime, s.place, s.bodyName, s.itemCount, s.inviteeCount, s.openActionCount]) };
};

function meetingsFloor(raw: BetterSqlite3.Database, q: { bodyId?: number; when: 'all' | 'upcoming' }) {
  const where = ['mt.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (q.bodyId) {
    where.push('mt.body_id = ?');
    params.push(q.bodyId);
  }
  if (q.when === 'upcoming') {
    where.push('mt.date >= ?');
    params.push(todayUtc());
  }
  const total = one<{ n: number }>(raw, `SELECT COUNT(*) AS n FROM meeting mt WHERE ${where.join(' AND ')}`, ...params).n;
  const items = all<MeetingSummary>(
    raw,
    `SELECT mt.id, mt.title, mt.type, mt.body_id AS bodyId, b.name AS bodyName, mt.date, mt.start_time AS startTime, mt.end_time AS endTime,
       mt.place, mt.status, mt.series_id AS seriesId,
       (SELECT COUNT(*) FROM agenda_item a WHERE a.meeting_id = mt.id) AS itemCount,
       (SELECT COUNT(*) FROM meeting_invitee i WHERE i.meeting_id = mt.id) AS inviteeCount,
       (SELECT COUNT(*) FROM action_item x WHERE x.meeting_id = mt.id AND x.status = 'open') AS openActionCount
     FROM meeting mt LEFT JOIN body b ON b.id = mt.body_id WHERE ${where.join(' AND ')} ORDER BY mt.date, mt.start_time, mt.id LIMIT 100`,
    ...params,
  );
  return { total, items };
}

const meetingList = (name: string, q: { bodyId?: number; when: 'all' | 'upcoming' }): QueryCase => ({
  name,
  screen: 'Møder › Liste',
  service: (ctx) => call(ctx, 'meetings.list', { when: q.when, bodyId: q.bodyId ?? null, limit: 100 }),
  floor: (raw) => meetingsFloor(raw, q),
  key: listKey,
});

const danish = new Intl.Collator('da');

/** What an action item row shows, as the screen's lists (own and follow-up) show it. */
const ACTION_SQL = `SELECT a.id, a.status, a.due_date AS dueDate, mt.title AS meetingTitle, b.name AS bodyName, COALESCE(p.name, o.name) AS ownerName,
    CASE WHEN ai.id IS NULL OR ai.is_break THEN NULL ELSE (SELECT COUNT(*) FROM agenda_item n WHERE n.meeting_id = ai.meeting_id AND NOT n.is_break
      AND (n.position < ai.position OR (n.position = ai.position AND n.id <= ai.id))) END AS itemNumber
  FROM action_item a JOIN meeting mt ON mt.id = a.meeting_id LEFT JOIN body b ON b.id = mt.body_id
    LEFT JOIN person p ON p.id = a.owner_person_id LEFT JOIN organisation o ON o.id = a.owner_organisation_id LEFT JOIN agenda_item ai ON ai.id = a.item_id`;
type FloorAction = { id: number; status: string; dueDate: string | null; meetingTitle: string; bodyName: string | null; ownerName: string | null; itemNumber: number | null };

/**
 * The meeting screen with everything it shows, as a hand-written data layer would read it: the meeting
 * with body, series and approving meeting; agenda with presenters and numbers; attachments; invitees
 * with names and organisations; decisions; own action items and the follow-up of the earlier meetings
 * of its series (else body), each with meeting, body, owner and item number; where follow-up comes from
 * and the first later meeting that takes it up. (A meeting with a picked "Følger op på" is not benched.)
 */
function meetingFloor(raw: BetterSqlite3.Database, id: number) {
  const mt = one<{ id: number; bodyId: number | null; seriesId: number | null; date: string; startTime: string; bodyName: string | null; rule: string | null; minutesStatus: string; approvedId: number | null }>(
    raw,
    `SELECT mt.id, mt.body_id AS bodyId, mt.series_id AS seriesId, mt.date, mt.start_time AS startTime, b.name AS bodyName, s.rule, mt.minutes_status AS minutesStatus, ap.id AS approvedId
     FROM meeting mt LEFT JOIN body b ON b.id = mt.body_id LEFT JOIN meeting_series s ON s.id = mt.series_id LEFT JOIN meeting ap ON ap.id = mt.minutes_approved_at_meeting_id AND ap.deleted_at IS NULL
     WHERE mt.id = ? AND mt.deleted_at IS NULL`,
    id,
  );
  const items = all<{ id: number; isBreak: number; duration: number; presenterName: string | null }>(
    raw,
    'SELECT a.id, a.is_break AS isBreak, a.duration_minutes AS duration, a.title, a.description, a.minutes, p.name AS presenterName FROM agenda_item a LEFT JOIN person p ON p.id = a.presenter_id WHERE a.meeting_id = ? ORDER BY a.position, a.id',
    id,
  );
  const attachments = all<{ itemId: number }>(raw, 'SELECT t.id, t.item_id AS itemId, t.file_name, t.size FROM agenda_attachment t JOIN agenda_item a ON a.id = t.item_id WHERE a.meeting_id = ? ORDER BY t.id', id);
  let n = 0;
  const number = new Map(items.map((i) => [i.id, i.isBreak ? null : String(++n)]));
  const invitees = all<{ id: number; name: string; organisationName: string | null; email: string | null }>(
    raw,
    `SELECT i.id, CASE WHEN p.id IS NOT NULL THEN p.name WHEN i.organisation_id IS NULL THEN '[slettet person]' ELSE COALESCE(o.name, '') END AS name, CASE WHEN p.id IS NULL THEN NULL ELSE o.name END AS organisationName, p.email, i.reply, i.attendance
     FROM meeting_invitee i LEFT JOIN person p ON p.id = i.person_id LEFT JOIN organisation o ON o.id = CASE WHEN p.id IS NULL THEN i.organisation_id ELSE p.organisation_id END
     WHERE i.meeting_id = ? ORDER BY i.id`,
    id,
  ).sort((a, b) => danish.compare(a.name, b.name));
  const decisions = all<{ id: number; itemId: number | null }>(raw, 'SELECT id, item_id AS itemId, text FROM decision WHERE meeting_id = ? ORDER BY id', id);
  const own = all<FloorAction>(raw, `${ACTION_SQL} WHERE a.meeting_id = ? ORDER BY a.id`, id);
  const scope = mt.seriesId !== null ? ['series_id', mt.seriesId] : mt.bodyId !== null ? ['body_id', mt.bodyId] : null;
  const earlier = scope && `mt.${scope[0]} = ? AND mt.deleted_at IS NULL AND mt.date <= ? AND (mt.date < ? OR mt.id < ?)`;
  const from = earlier ? one<{ id: number } | undefined>(raw, `SELECT mt.id, mt.title, mt.date FROM meeting mt WHERE ${earlier} ORDER BY mt.date DESC, mt.id DESC LIMIT 1`, scope[1], mt.date, mt.date, id) : undefined;
  const followUp = from
    ? all<FloorAction>(raw, `${ACTION_SQL} WHERE ${earlier} AND (a.status = 'open' OR a.closed_at_meeting_id = ?)`, scope![1], mt.date, mt.date, id, id)
        .sort((a, b) => (a.dueDate === b.dueDate ? a.id - b.id : (a.dueDate ?? '') < (b.dueDate ?? '') ? -1 : 1))
    : [];
  const later = all<{ id: number; seriesId: number | null; bodyId: number | null }>(
    raw,
    `SELECT mt.id, mt.title, mt.date, mt.series_id AS seriesId, mt.body_id AS bodyId FROM meeting mt
     WHERE mt.deleted_at IS NULL AND mt.date >= ? AND (mt.date > ? OR mt.id > ?) AND (mt.follows_up_meeting_id = ? OR mt.series_id = ? OR mt.body_id = ?)
     ORDER BY mt.date, mt.id LIMIT 20`,
    mt.date, mt.date, id, id, mt.seriesId, mt.bodyId,
  ).find((c) => (c.seriesId !== null ? c.seriesId === mt.seriesId : c.bodyId === mt.bodyId));
  const action = (a: FloorAction) => [a.id, a.meetingTitle, a.bodyName, a.ownerName, a.itemNumber === null ? null : String(a.itemNumber)];
  return {
    head: [mt.bodyName, mt.rule, mt.minutesStatus === 'approved' ? mt.approvedId : undefined, from?.id ?? null, later?.id ?? null],
    counts: [items.length, invitees.length, own.filter((a) => a.status === 'open').length],
    items: items.map((i) => [i.id, number.get(i.id), i.presenterName, attachments.filter((t) => t.itemId === i.id).length]),
    invitees: invitees.map((i) => [i.id, i.name, i.organisationName, i.email]),
    decisions: decisions.map((d) => [d.id, d.itemId === null ? null : (number.get(d.itemId) ?? null)]),
    actions: own.map(action),
    followUp: followUp.map(action),
  };
}

const meetingKey = (r: unknown) => {
  if (!('followUpFrom' in (r as object))) return r;
  const m = r as Meeting;
  const action = (a: ActionItem) => [a.id, a.meetingTitle, a.bodyName, a.ownerName, a.itemNumber];
  return {
    head: [m.bodyName, m.seriesRule?.text ?? null, m.minutesApprovedAt ? m.minutesApprovedAt.meetingId : undefined, m.followUpFrom.meetingId, m.followedUpAt.meetingId],
    counts: [m.itemCount, m.inviteeCount, m.openActionCount],
    items: m.items.map((i) => [i.id, i.number, i.presenterName, i.attachments.length]),
    invitees: m.invitees.map((i) => [i.id, i.name, i.organisationName, i.email]),
    decisions: m.decisions.map((d) => [d.id, d.itemNumber]),
    actions: m.actionItems.map(action),
    followUp: m.followUp.map(action),
  };
};

/** The first page (100) of open action items with what a row shows: meeting, body, owner and the item's number on its agenda. */
function actionsFloor(raw: BetterSqlite3.Database, ownerPersonId?: number) {
  const where = `a.status = 'open'${ownerPersonId ? ' AND a.owner_person_id = ?' : ''}`;
  const params = ownerPersonId ? [ownerPersonId] : [];
  const total = one<{ n: number }>(raw, `SELECT COUNT(*) AS n FROM action_item a JOIN meeting mt ON mt.id = a.meeting_id AND mt.deleted_at IS NULL WHERE ${where}`, ...params).n;
  // The best plan: the page's ids sorted first, then only they joined and numbered.
  const items = all<{ id: number; what: string; due: string | null; ownerName: string | null; meetingTitle: string; meetingDate: string; bodyName: string | null; itemNumber: number | null }>(
    raw,
    `SELECT a.id, a.what, a.due_date AS due, COALESCE(p.name, o.name) AS ownerName, mt.title AS meetingTitle, mt.date AS meetingDate, b.name AS bodyName,
       CASE WHEN ai.is_break THEN NULL ELSE (SELECT COUNT(*) FROM agenda_item n WHERE n.meeting_id = ai.meeting_id AND n.is_break = 0 AND (n.position < ai.position OR (n.position = ai.position AND n.id <= ai.id))) END AS itemNumber
     FROM (SELECT a.id, a.due_date IS NULL AS undated, a.due_date FROM action_item a JOIN meeting mt ON mt.id = a.meeting_id AND mt.deleted_at IS NULL
           WHERE ${where} ORDER BY a.due_date IS NULL, a.due_date, a.id LIMIT 100) pg
     JOIN action_item a ON a.id = pg.id JOIN meeting mt ON mt.id = a.meeting_id LEFT JOIN body b ON b.id = mt.body_id
     LEFT JOIN person p ON p.id = a.owner_person_id LEFT JOIN organisation o ON o.id = a.owner_organisation_id
     LEFT JOIN agenda_item ai ON ai.id = a.item_id
     ORDER BY pg.undated, pg.due_date, pg.id`,
    ...params,
  );
  return { total, items };
}

const actionKey = (r: unknown) => {
  const p = r as { total: number; items: ActionItem[] };
  return { total: p.total, items: p.items.map((a) => [a.id, a.ownerName, a.meetingTitle]) };
};

export const meetingCases: CaseSource = (raw) => {
  const steering = one<{ id: number }>(raw, "SELECT id FROM body WHERE kind = 'steering_group' ORDER BY id LIMIT 1").id;
  const busiest = one<{ id: number }>(raw, 'SELECT meeting_id AS id FROM agenda_item GROUP BY meeting_id ORDER BY COUNT(*) DESC, meeting_id LIMIT 1').id;
  const owner = one<{ id: number }>(raw, "SELECT owner_person_id AS id FROM action_item WHERE owner_person_id IS NOT NULL AND status = 'open' GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1").id;
  return [
    meetingList('meetings: all six years', { when: 'all' }),
    meetingList('meetings: upcoming', { when: 'upcoming' }),
    meetingList('meetings: of the steering group', { bodyId: steering, when: 'all' }),
    { name: 'meeting: agenda, minutes and follow-up of the busiest meeting', screen: 'Møder › Møde', service: (ctx) => call(ctx, 'meetings.get', { id: busiest }), floor: (r) => meetingFloor(r, busiest), key: meetingKey },
    { name: 'action items: open, all', screen: 'Møder › Opfølgning', service: (ctx) => call(ctx, 'actionItems.list', { status: 'open', limit: 100 }), floor: (r) => actionsFloor(r), key: actionKey },
    { name: 'action items: open, of one person', screen: 'Møder › Opfølgning', service: (ctx) => call(ctx, 'actionItems.list', { status: 'open', ownerPersonId: owner, limit: 100 }), floor: (r) => actionsFloor(r, owner), key: actionKey },
  ];
};
