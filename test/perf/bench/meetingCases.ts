import type BetterSqlite3 from 'better-sqlite3';
import { call } from '../../helpers/db';
import type { ActionItem, Meeting, MeetingSummary } from '../../../preload/contract';
import { all, one, todayUtc } from './floorSql';
import type { CaseSource, QueryCase } from './queryCase';

const listKey = (r: unknown) => (r as MeetingSummary[]).map((s) => [s.id, s.bodyName, s.itemCount, s.inviteeCount, s.openActionCount]);

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
  return all<Pick<MeetingSummary, 'id' | 'bodyName' | 'itemCount' | 'inviteeCount' | 'openActionCount'>>(
    raw,
    `SELECT mt.id, b.name AS bodyName,
       (SELECT COUNT(*) FROM agenda_item a WHERE a.meeting_id = mt.id) AS itemCount,
       (SELECT COUNT(*) FROM meeting_invitee i WHERE i.meeting_id = mt.id) AS inviteeCount,
       (SELECT COUNT(*) FROM action_item x WHERE x.meeting_id = mt.id AND x.status = 'open') AS openActionCount
     FROM meeting mt LEFT JOIN body b ON b.id = mt.body_id WHERE ${where.join(' AND ')} ORDER BY mt.date, mt.start_time, mt.id`,
    ...params,
  );
}

const meetingList = (name: string, q: { bodyId?: number; when: 'all' | 'upcoming' }): QueryCase => ({
  name,
  screen: 'Møder › Liste',
  service: (ctx) => call(ctx, 'meetings.list', { when: q.when, bodyId: q.bodyId ?? null }),
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

function actionsFloor(raw: BetterSqlite3.Database, ownerPersonId?: number) {
  const rows = all<{ id: number; due: string | null; ownerName: string | null; meetingTitle: string }>(
    raw,
    `SELECT a.id, a.due_date AS due, COALESCE(p.name, o.name) AS ownerName, mt.title AS meetingTitle FROM action_item a
     JOIN meeting mt ON mt.id = a.meeting_id AND mt.deleted_at IS NULL
     LEFT JOIN person p ON p.id = a.owner_person_id LEFT JOIN organisation o ON o.id = a.owner_organisation_id
     WHERE a.status = 'open'${ownerPersonId ? ' AND a.owner_person_id = ?' : ''} ORDER BY a.id`,
    ...(ownerPersonId ? [ownerPersonId] : []),
  );
  rows.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.id - b.id);
  return rows;
}

const actionKey = (r: unknown) => (r as ActionItem[]).map((a) => [a.id, a.ownerName, a.meetingTitle]);

export const meetingCases: CaseSource = (raw) => {
  const steering = one<{ id: number }>(raw, "SELECT id FROM body WHERE kind = 'steering_group' ORDER BY id LIMIT 1").id;
  const busiest = one<{ id: number }>(raw, 'SELECT meeting_id AS id FROM agenda_item GROUP BY meeting_id ORDER BY COUNT(*) DESC, meeting_id LIMIT 1').id;
  const owner = one<{ id: number }>(raw, "SELECT owner_person_id AS id FROM action_item WHERE owner_person_id IS NOT NULL AND status = 'open' GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1").id;
  return [
    meetingList('meetings: all six years', { when: 'all' }),
    meetingList('meetings: upcoming', { when: 'upcoming' }),
    meetingList('meetings: of the steering group', { bodyId: steering, when: 'all' }),
    { name: 'meeting: agenda, minutes and follow-up of the busiest meeting', screen: 'Møder › Møde', service: (ctx) => call(ctx, 'meetings.get', { id: busiest }), floor: (r) => meetingFloor(r, busiest), key: meetingKey },
    { name: 'action items: open, all', screen: 'Møder › Opfølgning', service: (ctx) => call(ctx, 'actionItems.list', { status: 'open' }), floor: (r) => actionsFloor(r), key: actionKey },
    { name: 'action items: open, of one person', screen: 'Møder › Opfølgning', service: (ctx) => call(ctx, 'actionItems.list', { status: 'open', ownerPersonId: owner }), floor: (r) => actionsFloor(r, owner), key: actionKey },
  ];
};
