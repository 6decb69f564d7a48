import { In, type EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { MembershipEntity, PersonEntity } from '../../db/entities/actors';
import { RetentionHoldEntity } from '../../db/entities/gdpr';
import { InitiativeEntity } from '../../db/entities/initiatives';
import { InvolvementEntity, InvolvementRuleEntity, StakeholderPositionEntity } from '../../db/entities/involvement';
import { ActionItemEntity, AgendaItemEntity, InviteeEntity, MeetingEntity } from '../../db/entities/meetings';
import { storageOf } from '../../db/engine';
import type { ActorKind, ErasurePlan } from '../../preload/contract';
import { notFound } from '../api/serviceError';
import { indexOrganisation, indexPerson } from '../actors/searchDocs';
import { indexGoal } from '../goals/searchDoc';
import { indexInitiative } from '../initiatives/searchDoc';
import { indexInvolvement } from '../involvement/searchDoc';
import { indexMeeting } from '../meetings/searchDocs';
import { indexMemo } from '../memos/searchDoc';
import { indexMilestone } from '../planning/searchDoc';
import { removeDocument } from '../search/searchIndex';
import { needlesFor, ownRows } from './needles';
import { redactTexts } from './redactTexts';
import type { Owner } from './textSources';

const indexers: Record<NonNullable<Owner>['kind'], (m: EntityManager, id: number) => Promise<void>> = {
  meeting: indexMeeting,
  memo: indexMemo,
  involvement: indexInvolvement,
  initiative: indexInitiative,
  goal: indexGoal,
  milestone: indexMilestone,
  organisation: indexOrganisation,
  person: indexPerson,
};

/** Involvements, involvement rules and stakeholder placements of one actor (no FK ties them to it). */
async function actorRecords(m: EntityManager, actorKind: ActorKind, actorId: number, write: boolean) {
  const involvements = await m.getRepository(InvolvementEntity).find({ where: { actorKind, actorId }, select: { id: true } });
  const rules = await m.getRepository(InvolvementRuleEntity).countBy({ actorKind, actorId });
  const positions = await m.getRepository(StakeholderPositionEntity).countBy({ actorKind, actorId });
  if (write) {
    await m.getRepository(InvolvementEntity).delete({ actorKind, actorId });
    for (const i of involvements) await removeDocument(m, 'involvement', i.id);
    await m.getRepository(InvolvementRuleEntity).delete({ actorKind, actorId });
    await m.getRepository(StakeholderPositionEntity).delete({ actorKind, actorId });
  }
  return { involvements: involvements.length, other: rules + positions };
}

/** When an organisation is purged from the trash, its involvement log and map placement go with it. */
export async function purgeActorRecords(m: EntityManager, kind: 'organisation' | 'person' | 'body', id: number): Promise<void> {
  if (kind === 'person') await erasePersonTraces(m, id, true);
  if (kind === 'organisation') await actorRecords(m, 'organisation', id, true);
}

/** Meeting invitations: kept (without the person) where the minutes are approved, deleted elsewhere. */
async function invitations(m: EntityManager, personId: number, write: boolean) {
  const rows = await m.getRepository(InviteeEntity).find({ where: { personId } });
  const meetings = rows.length ? await m.getRepository(MeetingEntity).find({ where: { id: In(rows.map((r) => r.meetingId)) }, select: { id: true, minutesStatus: true } }) : [];
  const approved = new Set(meetings.filter((x) => x.minutesStatus === 'approved').map((x) => x.id));
  const keep = rows.filter((r) => approved.has(r.meetingId));
  const drop = rows.filter((r) => !approved.has(r.meetingId));
  if (write) {
    if (keep.length) await m.getRepository(InviteeEntity).update({ id: In(keep.map((r) => r.id)) }, { personId: null, organisationId: null });
    if (drop.length) await m.getRepository(InviteeEntity).delete({ id: In(drop.map((r) => r.id)) });
  }
  return { kept: keep.length, deleted: drop.length, meetingIds: rows.map((r) => r.meetingId) };
}

/** Presenter, action item owner and initiative contact: the link is cleared, the item stays. */
async function links(m: EntityManager, personId: number, write: boolean) {
  const presenter = await m.getRepository(AgendaItemEntity).find({ where: { presenterId: personId }, select: { id: true, meetingId: true } });
  const owner = await m.getRepository(ActionItemEntity).find({ where: { ownerPersonId: personId }, select: { id: true, meetingId: true } });
  const contact = await m.getRepository(InitiativeEntity).countBy({ contactPersonId: personId });
  if (write) {
    await m.getRepository(AgendaItemEntity).update({ presenterId: personId }, { presenterId: null });
    await m.getRepository(ActionItemEntity).update({ ownerPersonId: personId }, { ownerPersonId: null });
    await m.getRepository(InitiativeEntity).update({ contactPersonId: personId }, { contactPersonId: null });
  }
  return { count: presenter.length + owner.length + contact, meetingIds: [...presenter, ...owner].map((r) => r.meetingId) };
}

/**
 * Everything about the person except their own row: counted (write = false) or done. One code path
 * for the preview, the erasure and a purge from the trash, so the dialog never promises what is not done.
 */
async function erasePersonTraces(m: EntityManager, personId: number, write: boolean): Promise<ErasurePlan> {
  const person = await m.getRepository(PersonEntity).findOneBy({ id: personId });
  if (!person) throw notFound('person');
  if (write) await storageOf(m.connection).search.secureDelete(m);
  const records = await actorRecords(m, 'person', personId, write);
  const invites = await invitations(m, personId, write);
  const linked = await links(m, personId, write);
  const memberships = await m.getRepository(MembershipEntity).countBy({ personId });
  const holds = await m.getRepository(RetentionHoldEntity).countBy({ personId });
  if (write) {
    await m.getRepository(MembershipEntity).delete({ personId });
    await m.getRepository(RetentionHoldEntity).delete({ personId });
  }
  const texts = await redactTexts(m, needlesFor(person), write, ownRows(personId));
  if (write) {
    const owners = new Map<string, NonNullable<Owner>>();
    for (const o of [...texts.owners, ...[...invites.meetingIds, ...linked.meetingIds].map((id) => ({ kind: 'meeting' as const, id }))]) {
      if (o) owners.set(`${o.kind}:${o.id}`, o);
    }
    for (const o of owners.values()) await indexers[o.kind](m, o.id);
  }
  return {
    personId,
    involvements: records.involvements,
    memberships,
    invitations: invites.deleted,
    links: linked.count,
    other: records.other + holds,
    keptDocumentReferences: texts.kept + invites.kept,
    otherTextReferences: texts.other,
  };
}

export const previewErasure = (db: Database, personId: number) => db.tx((m) => erasePersonTraces(m, personId, false));

/** Erases one person inside the caller's transaction: traces, then the person's own row and search entry. */
export async function erasePersonIn(m: EntityManager, personId: number): Promise<ErasurePlan> {
  const plan = await erasePersonTraces(m, personId, true);
  await m.getRepository(PersonEntity).delete({ id: personId });
  await removeDocument(m, 'person', personId);
  return plan;
}

/** Dispatch logs the erasure with its reason and flushes the deleted bytes out of the WAL afterwards. */
export const erasePerson = (db: Database, personId: number) => db.tx((m) => erasePersonIn(m, personId));
