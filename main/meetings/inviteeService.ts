import type { EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { InviteeEntity, MeetingEntity } from '../../db/entities/meetings';
import type { ChannelParsed, Meeting } from '../../preload/contract';
import { membershipViews, notLive, organisationRefs, personRefs } from '../actors/lookup';
import { addAdhocPerson } from '../actors/seams';
import { textsIn } from '../app/startLanguage';
import { appLanguage } from '../settings/lookup';
import { notFound, ServiceError } from '../api/serviceError';
import { meetingDetail } from './detail';
import { syncMeetingInvolvements } from './involvementSync';
import { loadUnlocked, now, touch } from './load';
import { claimVersion } from '../versions/versions';

async function live(m: EntityManager, kind: 'person' | 'organisation', ids: number[], field: string) {
  if (ids.length === 0) return;
  const refs = kind === 'person' ? await personRefs(m, ids) : await organisationRefs(m, ids);
  if (notLive(refs, ids).length) throw new ServiceError('VALIDATION', kind === 'person' ? 'missing.somePerson' : 'missing.someOrganisation', { [field]: kind === 'person' ? 'field.somePerson' : 'field.someOrganisation' });
}

/** Invites people, organisations or a whole body's current members; someone already invited is not added twice. */
export async function invite(db: Database, input: ChannelParsed<'invitees.add'>): Promise<Meeting> {
  return db.tx(async (m) => {
    const meeting = await loadUnlocked(m, input.meetingId);
    await live(m, 'person', input.personIds, 'personIds');
    await live(m, 'organisation', input.organisationIds, 'organisationIds');
    const people = new Set(input.personIds);
    const orgs = new Set(input.organisationIds);
    if (input.bodyId !== null) {
      for (const v of await membershipViews(m, 'body', [input.bodyId])) {
        if (v.toDate && v.toDate < meeting.date) continue;
        if (v.fromDate && v.fromDate > meeting.date) continue;
        if (v.personId !== null) people.add(v.personId);
        else if (v.organisationId !== null) orgs.add(v.organisationId);
      }
    }
    const repo = m.getRepository(InviteeEntity);
    const existing = await repo.find({ where: { meetingId: input.meetingId } });
    const stamp = now();
    for (const personId of people) {
      if (!existing.some((e) => e.personId === personId)) await repo.save({ meetingId: input.meetingId, personId, organisationId: null, reply: 'invited', attendance: null, invitedAt: stamp });
    }
    for (const organisationId of orgs) {
      if (!existing.some((e) => e.organisationId === organisationId)) await repo.save({ meetingId: input.meetingId, personId: null, organisationId, reply: 'invited', attendance: null, invitedAt: stamp });
    }
    await touch(m, input.meetingId);
    await syncMeetingInvolvements(m, input.meetingId);
    return meetingDetail(m, input.meetingId);
  });
}

/** A guest not in the register is added to it (involved ad hoc) and invited in one step. */
export async function inviteGuest(db: Database, g: ChannelParsed<'invitees.addGuest'>): Promise<Meeting> {
  return db.tx(async (m) => {
    const meeting = await loadUnlocked(m, g.meetingId);
    const stamp = now();
    // The reason is the user's own text from then on (editable on the person); it starts in the app's language.
    const reason = textsIn(await appLanguage(db)).rowTexts.guestReason.replace('{{title}}', meeting.title);
    const person = await addAdhocPerson(m, { name: g.name, title: g.title, email: g.email, reason }, stamp);
    await m.getRepository(InviteeEntity).save({ meetingId: g.meetingId, personId: person.id, organisationId: null, reply: 'invited', attendance: null, invitedAt: stamp });
    await touch(m, g.meetingId);
    await syncMeetingInvolvements(m, g.meetingId);
    return meetingDetail(m, g.meetingId);
  });
}

export async function updateInvitee(db: Database, { id, reply, attendance, version }: ChannelParsed<'invitees.update'>): Promise<Meeting> {
  return db.tx(async (m) => {
    const row = await m.getRepository(InviteeEntity).findOneBy({ id });
    if (!row) throw notFound('invitee');
    await claimVersion(m, 'meeting_invitee', id, version);
    await loadUnlocked(m, row.meetingId);
    await m.getRepository(InviteeEntity).update({ id }, { reply, attendance });
    await touch(m, row.meetingId);
    await syncMeetingInvolvements(m, row.meetingId);
    return meetingDetail(m, row.meetingId);
  });
}

export async function removeInvitee(db: Database, id: number, version?: number): Promise<Meeting> {
  return db.tx(async (m) => {
    const row = await m.getRepository(InviteeEntity).findOneBy({ id });
    if (!row) throw notFound('invitee');
    await claimVersion(m, 'meeting_invitee', id, version);
    await loadUnlocked(m, row.meetingId);
    await m.getRepository(InviteeEntity).delete({ id });
    await touch(m, row.meetingId);
    await syncMeetingInvolvements(m, row.meetingId);
    return meetingDetail(m, row.meetingId);
  });
}

/** An invitation going out moves a planned meeting to "invited". */
export async function markInvited(m: EntityManager, meetingId: number) {
  await m.getRepository(MeetingEntity).update({ id: meetingId, status: 'planned' }, { status: 'invited' });
}
