import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { isLive } from '../actors/lookup';
import { ActionItemEntity, AgendaItemEntity, DecisionEntity, MeetingEntity, type MeetingRow } from '../../db/entities/meetings';
import type { ActionItem, ChannelParsed, Meeting } from '../../preload/contract';
import { notFound, said, ServiceError } from '../api/serviceError';
import { actionViews } from './actionViews';
import { activeClock } from '../app/clock';
import { isHeld } from './held';
import { meetingDetail } from './detail';
import { loadMeeting, loadUnlocked, now, touch } from './load';
import { claimVersion } from '../versions/versions';

async function checkItem(m: EntityManager, meetingId: number, itemId: number | null) {
  if (itemId === null) return;
  const it = await m.getRepository(AgendaItemEntity).findOneBy({ id: itemId });
  if (!it || it.meetingId !== meetingId) throw new ServiceError('VALIDATION', 'meetings.itemNotOfMeeting', { itemId: 'field.notItemOfMeeting' });
}

export async function setItemMinutes(db: Database, { itemId, minutes, version }: ChannelParsed<'minutes.setItem'>): Promise<Meeting> {
  return db.tx(async (m) => {
    const it = await m.getRepository(AgendaItemEntity).findOneBy({ id: itemId });
    if (!it) throw notFound('agendaItem');
    await loadUnlocked(m, it.meetingId);
    await claimVersion(m, 'agenda_item', itemId, version);
    await m.getRepository(AgendaItemEntity).update({ id: itemId }, { minutes });
    await touch(m, it.meetingId);
    return meetingDetail(m, it.meetingId);
  });
}

/** Approving (at a later meeting, usually) locks the minutes; the meeting's status follows. */
export async function approveMinutes(db: Database, { id, version, approvedAtMeetingId }: ChannelParsed<'minutes.approve'>, today = activeClock().today()): Promise<Meeting> {
  return db.tx(async (m) => {
    const row = await loadUnlocked(m, id);
    await claimVersion(m, 'meeting', id, version);
    if (!isHeld(row, today)) {
      throw new ServiceError('CONFLICT', said('meetings.notHeldYet', { date: { date: row.date } }));
    }
    if (approvedAtMeetingId !== null) {
      if (approvedAtMeetingId === id) throw new ServiceError('VALIDATION', 'meetings.chooseLater', { approvedAtMeetingId: 'field.laterMeeting' });
      const at = await loadMeeting(m, approvedAtMeetingId);
      if (`${at.date} ${at.startTime}` <= `${row.date} ${row.startTime}`) {
        throw new ServiceError('VALIDATION', said('meetings.approveAtEarlier', { title: at.title, date: { date: at.date } }), { approvedAtMeetingId: 'field.laterMeeting' });
      }
      if (!isHeld(at, today)) {
        throw new ServiceError('VALIDATION', said('meetings.approveAtUnheld', { title: at.title, date: { date: at.date } }), { approvedAtMeetingId: 'field.notHeldYet' });
      }
    }
    await m.getRepository(MeetingEntity).update({ id }, { minutesStatus: 'approved', minutesApprovedAtMeetingId: approvedAtMeetingId, status: 'minutes_approved', updatedAt: now() });
    return meetingDetail(m, id);
  });
}

export async function reopenMinutes(db: Database, id: number, version?: number): Promise<Meeting> {
  return db.tx(async (m) => {
    const row = await loadMeeting(m, id);
    await claimVersion(m, 'meeting', id, version);
    if (row.minutesStatus !== 'approved') throw new ServiceError('CONFLICT', 'meetings.minutesNotApproved');
    await m.getRepository(MeetingEntity).update({ id }, { minutesStatus: 'draft', minutesApprovedAtMeetingId: null, status: 'held', updatedAt: now() });
    return meetingDetail(m, id);
  });
}

export async function addDecision(db: Database, d: ChannelParsed<'decisions.add'>): Promise<Meeting> {
  return db.tx(async (m) => {
    await loadUnlocked(m, d.meetingId);
    await checkItem(m, d.meetingId, d.itemId);
    await m.getRepository(DecisionEntity).save({ ...d, createdAt: now() });
    await touch(m, d.meetingId);
    return meetingDetail(m, d.meetingId);
  });
}

async function loadDecision(m: EntityManager, id: number) {
  const row = await m.getRepository(DecisionEntity).findOneBy({ id });
  if (!row) throw notFound('decision');
  await loadUnlocked(m, row.meetingId);
  return row;
}

export async function updateDecision(db: Database, { id, itemId, text, version }: ChannelParsed<'decisions.update'>): Promise<Meeting> {
  return db.tx(async (m) => {
    const row = await loadDecision(m, id);
    await claimVersion(m, 'decision', id, version);
    await checkItem(m, row.meetingId, itemId);
    await m.getRepository(DecisionEntity).update({ id }, { itemId, text });
    await touch(m, row.meetingId);
    return meetingDetail(m, row.meetingId);
  });
}

export async function removeDecision(db: Database, id: number, version?: number): Promise<Meeting> {
  return db.tx(async (m) => {
    const row = await loadDecision(m, id);
    await claimVersion(m, 'decision', id, version);
    await m.getRepository(DecisionEntity).delete({ id });
    await touch(m, row.meetingId);
    return meetingDetail(m, row.meetingId);
  });
}

type ActionData = ChannelParsed<'actionItems.add'>;

async function checkOwner(m: EntityManager, a: ActionData) {
  if (a.ownerPersonId !== null) {
    if (!(await isLive(m, 'person', a.ownerPersonId))) throw new ServiceError('VALIDATION', 'missing.person', { ownerPersonId: 'field.person' });
  }
  if (a.ownerOrganisationId !== null) {
    if (!(await isLive(m, 'organisation', a.ownerOrganisationId))) throw new ServiceError('VALIDATION', 'missing.organisation', { ownerOrganisationId: 'field.organisation' });
  }
}

/** A due date before the meeting where the item was agreed cannot be met. */
function checkDue(meeting: MeetingRow, dueDate: string | null) {
  if (dueDate !== null && dueDate < meeting.date) {
    throw new ServiceError('VALIDATION', said('meetings.dueBeforeMeeting', { date: { date: meeting.date } }), { dueDate: 'field.beforeMeeting' });
  }
}

export async function addActionItem(db: Database, a: ActionData): Promise<Meeting> {
  return db.tx(async (m) => {
    const meeting = await loadUnlocked(m, a.meetingId);
    await checkItem(m, a.meetingId, a.itemId);
    await checkOwner(m, a);
    checkDue(meeting, a.dueDate);
    const stamp = now();
    await m.getRepository(ActionItemEntity).save({ ...a, status: 'open', doneDate: null, closedAtMeetingId: null, dropReason: null, createdAt: stamp, updatedAt: stamp });
    await touch(m, a.meetingId);
    return meetingDetail(m, a.meetingId);
  });
}

async function loadAction(m: EntityManager, id: number) {
  const row = await m.getRepository(ActionItemEntity).findOneBy({ id });
  if (!row) throw notFound('actionItem');
  return row;
}

export async function updateActionItem(db: Database, { id, data, version }: ChannelParsed<'actionItems.update'>): Promise<Meeting> {
  return db.tx(async (m) => {
    const row = await loadAction(m, id);
    await claimVersion(m, 'action_item', id, version);
    if (row.meetingId !== data.meetingId) throw new ServiceError('VALIDATION', 'meetings.actionMove');
    const meeting = await loadMeeting(m, row.meetingId);
    // Follow-up goes on after the minutes are approved: owner and due date may change, the agreed wording may not.
    if (meeting.minutesStatus === 'approved' && (data.what !== row.what || data.itemId !== row.itemId)) {
      throw new ServiceError('CONFLICT', 'meetings.actionLocked');
    }
    await checkItem(m, row.meetingId, data.itemId);
    await checkOwner(m, data);
    checkDue(meeting, data.dueDate);
    await m.getRepository(ActionItemEntity).update({ id }, { ...data, updatedAt: now() });
    await touch(m, row.meetingId);
    return meetingDetail(m, row.meetingId);
  });
}

export async function removeActionItem(db: Database, id: number, version?: number): Promise<Meeting> {
  return db.tx(async (m) => {
    const row = await loadAction(m, id);
    await claimVersion(m, 'action_item', id, version);
    await loadUnlocked(m, row.meetingId);
    await m.getRepository(ActionItemEntity).delete({ id });
    await touch(m, row.meetingId);
    return meetingDetail(m, row.meetingId);
  });
}

/**
 * Ticking an action item done (on its own meeting or on a later meeting's follow-up item) changes
 * the one record; it is follow-up, not an edit of the minutes, so approved minutes allow it.
 */
export async function setActionStatus(db: Database, s: ChannelParsed<'actionItems.setStatus'>, today = activeClock().today()): Promise<ActionItem> {
  return db.tx(async (m) => {
    const row = await loadAction(m, s.id);
    await claimVersion(m, 'action_item', s.id, s.version);
    const agreed = await loadMeeting(m, row.meetingId);
    if (s.atMeetingId !== null) {
      const at = await loadMeeting(m, s.atMeetingId);
      if (at.date < agreed.date) {
        throw new ServiceError('VALIDATION', said('meetings.followUpEarlier', { date: { date: agreed.date } }), { atMeetingId: 'field.beforeAgreement' });
      }
    }
    const closing = s.status !== 'open';
    const doneDate = closing ? (s.doneDate ?? today) : null;
    if (doneDate !== null && doneDate < agreed.date) {
      throw new ServiceError('VALIDATION', said('meetings.doneBeforeAgreed', { date: { date: agreed.date } }), { doneDate: 'field.beforeAgreed' });
    }
    if (doneDate !== null && doneDate > today) {
      throw new ServiceError('VALIDATION', 'meetings.doneInFuture', { doneDate: 'field.inFuture' });
    }
    await m.getRepository(ActionItemEntity).update(
      { id: s.id },
      { status: s.status, doneDate, closedAtMeetingId: closing ? s.atMeetingId : null, dropReason: s.status === 'dropped' ? s.reason : null, updatedAt: now() },
    );
    return (await actionViews(m, [await loadAction(m, s.id)], today))[0]!;
  });
}

export { listActionItemPage } from './actionPage';
