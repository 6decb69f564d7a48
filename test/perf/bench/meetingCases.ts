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

const byName = <T extends { name: string }>(list: T[]) => list.sort((a, b) => a.name.localeCompare(b.name, 'da'));

/** The meeting screen: agenda with presenters, invitees, decisions, action items and the follow-up from earlier meetings. */
function meetingFloor(raw: BetterSqlite3.Database, id: number) {
  const mt = one<{ body_id: number | null; date: string }>(raw, 'SELECT body_id, date FROM meeting WHERE id = ? AND deleted_at IS NULL', id);
  const items = all<{ id: number; presenterName: string | null }>(raw, 'SELECT a.id, p.name AS presenterName FROM agenda_item a LEFT JOIN person p ON p.id = a.presenter_id WHERE a.meeting_id = ? ORDER BY a.position, a.id', id);
  const invitees = byName(all<{ id: number; name: string }>(
    raw,
    "SELECT i.id, COALESCE(p.name, o.name, '') AS name FROM meeting_invitee i LEFT JOIN person p ON p.id = i.person_id LEFT JOIN organisation o ON o.id = i.organisation_id WHERE i.meeting_id = ? ORDER BY i.id",
    id,
  ));
  const decisions = all<{ id: number }>(raw, 'SELECT id FROM decision WHERE meeting_id = ? ORDER BY id', id);
  const actions = all<{ id: number }>(raw, 'SELECT id FROM action_item WHERE meeting_id = ? ORDER BY id', id);
  const followUp = mt.body_id === null ? [] : all<{ id: number }>(
    raw,
    `SELECT a.id FROM action_item a JOIN meeting e ON e.id = a.meeting_id
     WHERE e.body_id = ? AND e.deleted_at IS NULL AND (e.date < ? OR (e.date = ? AND e.id < ?)) AND (a.status = 'open' OR a.closed_at_meeting_id = ?)
     ORDER BY a.due_date, a.id`,
    mt.body_id, mt.date, mt.date, id, id,
  );
  return { items, invitees, decisions, actionItems: actions, followUp };
}

const meetingKey = (r: unknown) => {
  const m = r as Pick<Meeting, 'items' | 'invitees' | 'decisions' | 'actionItems' | 'followUp'>;
  return {
    items: m.items.map((i) => [i.id, i.presenterName]),
    invitees: m.invitees.map((i) => i.id),
    decisions: m.decisions.map((d) => d.id),
    actions: m.actionItems.map((a) => a.id),
    followUp: m.followUp.map((a) => a.id),
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
