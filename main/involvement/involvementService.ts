import { inTurn } from '../../db/inTurn';
import { type EntityManager, In } from 'typeorm';
import type { Database } from '../../db/database';
import { actorRefs, isLive, livePeopleOf, organisationRefs, personRefs } from '../actors/lookup';
import { InvolvementEntity, InvolvementRuleEntity, type InvolvementRow } from '../../db/entities/involvement';
import type { ActorInvolvement, ActorKind, ActorRef, ChannelParsed, Involvement, InvolvementForm } from '../../preload/contract';
import { notFound, ServiceError } from '../api/serviceError';
import { plusDays, todayIso } from './dates';
import { indexInvolvement, involvementDocument } from './searchDoc';
import { indexDocument, removeDocument } from '../search/searchIndex';
import { activeClock } from '../app/clock';
import { claimVersion, versionOf } from '../versions/versions';

type Input = ChannelParsed<'involvement.create'>;
const now = () => activeClock().now().toISOString();

async function actorNames(m: EntityManager, rows: { actorKind: ActorKind; actorId: number }[]): Promise<Map<string, string>> {
  const ids = (kind: ActorKind) => [...new Set(rows.filter((r) => r.actorKind === kind).map((r) => r.actorId))];
  const [orgIds, personIds] = [ids('organisation'), ids('person')];
  const [orgs, people] = (await inTurn(() => organisationRefs(m, orgIds), () => personRefs(m, personIds))).map((refs) => [...refs.values()]);
  return new Map([...orgs!.map((o) => [`organisation:${o.id}`, o.name] as const), ...people!.map((p) => [`person:${p.id}`, p.name] as const)]);
}

export async function views(m: EntityManager, rows: InvolvementRow[]): Promise<Involvement[]> {
  const names = await actorNames(m, rows);
  return rows.map((r) => ({
    id: r.id,
    actorKind: r.actorKind,
    actorId: r.actorId,
    actorName: names.get(`${r.actorKind}:${r.actorId}`) ?? '–',
    date: r.date,
    form: r.form,
    topic: r.topic,
    outcome: r.outcome,
    followUpDate: r.followUpDate,
    sourceKind: r.sourceKind,
    sourceId: r.sourceId,
    auto: !!r.auto,
    ...versionOf({ version: r.version, updatedBy: r.updatedBy, updatedAt: r.updatedAt }),
  }));
}

async function assertActor(m: EntityManager, kind: ActorKind, id: number): Promise<void> {
  if (!(await isLive(m, kind, id))) {
    throw new ServiceError('VALIDATION', 'missing.actor', { actorId: 'field.actor' });
  }
}

/** The people of an organisation are part of it: their involvements count for it too. */
async function memberRefs(m: EntityManager, ref: ActorRef): Promise<{ actorKind: ActorKind; actorId: number }[]> {
  const refs = [{ actorKind: ref.actorKind, actorId: ref.actorId }];
  if (ref.actorKind === 'organisation') {
    for (const p of await livePeopleOf(m, ref.actorId)) refs.push({ actorKind: 'person', actorId: p.id });
  }
  return refs;
}

export async function actorInvolvement(m: EntityManager, ref: ActorRef, today = todayIso()): Promise<ActorInvolvement> {
  await assertActor(m, ref.actorKind, ref.actorId);
  const refs = await memberRefs(m, ref);
  const rows = await m.getRepository(InvolvementEntity).find({ where: refs, order: { date: 'DESC', id: 'DESC' } });
  const rule = await m.getRepository(InvolvementRuleEntity).findOneBy({ actorKind: ref.actorKind, actorId: ref.actorId });
  const lastDate = rows.find((r) => r.date <= today)?.date ?? null;
  const intervalDays = rule?.intervalDays ?? null;
  const dueDate = intervalDays === null ? null : plusDays(lastDate ?? rule!.createdAt.slice(0, 10), intervalDays);
  return { items: await views(m, rows), intervalDays, lastDate, dueDate };
}

export const getActorInvolvement = (db: Database, ref: ActorRef) => actorInvolvement(db.ds.manager, ref);

async function load(m: EntityManager, id: number): Promise<InvolvementRow> {
  const row = await m.getRepository(InvolvementEntity).findOneBy({ id });
  if (!row) throw notFound('involvement');
  return row;
}

function assertManual(row: InvolvementRow) {
  if (row.auto) {
    throw new ServiceError('CONFLICT', 'involvement.automatic');
  }
}

async function viewOf(m: EntityManager, id: number): Promise<Involvement> {
  return (await views(m, [await load(m, id)]))[0]!;
}

export async function createInvolvement(db: Database, input: Input): Promise<Involvement> {
  return db.tx(async (m) => {
    await assertActor(m, input.actorKind, input.actorId);
    const stamp = now();
    const saved = await m.getRepository(InvolvementEntity).save({ ...input, sourceKind: null, sourceId: null, auto: false, createdAt: stamp, updatedAt: stamp });
    await indexInvolvement(m, saved.id);
    return viewOf(m, saved.id);
  });
}

export async function updateInvolvement(db: Database, id: number, input: Input, version?: number): Promise<Involvement> {
  return db.tx(async (m) => {
    assertManual(await load(m, id));
    await claimVersion(m, 'involvement', id, version);
    await assertActor(m, input.actorKind, input.actorId);
    await m.getRepository(InvolvementEntity).update({ id }, { ...input, updatedAt: now() });
    await indexInvolvement(m, id);
    return viewOf(m, id);
  });
}

export async function deleteInvolvement(db: Database, id: number, version?: number): Promise<Involvement> {
  return db.tx(async (m) => {
    const row = await load(m, id);
    assertManual(row);
    await claimVersion(m, 'involvement', id, version);
    const view = await viewOf(m, id);
    await m.getRepository(InvolvementEntity).delete({ id });
    await indexInvolvement(m, id);
    return view;
  });
}

export async function setInvolvementRule(db: Database, input: ChannelParsed<'involvement.setRule'>): Promise<ActorInvolvement> {
  return db.tx(async (m) => {
    await assertActor(m, input.actorKind, input.actorId);
    const repo = m.getRepository(InvolvementRuleEntity);
    const existing = await repo.findOneBy({ actorKind: input.actorKind, actorId: input.actorId });
    if (input.intervalDays === null) {
      if (existing) await repo.delete({ id: existing.id });
    } else if (existing) {
      await repo.update({ id: existing.id }, { intervalDays: input.intervalDays });
    } else {
      await repo.save({ actorKind: input.actorKind, actorId: input.actorId, intervalDays: input.intervalDays, createdAt: now() });
    }
    return actorInvolvement(m, input);
  });
}

/** What another feature knows about one actor's involvement through one of its objects. */
export interface AutoInvolvement {
  actorKind: ActorKind;
  actorId: number;
  date: string;
  form: InvolvementForm;
  topic: string;
  outcome?: string | null;
}

/**
 * Replaces the automatic involvement records of one source (a meeting's invitations, an initiative's
 * partners, …) with `records`. Call it inside the feature's own transaction whenever the source
 * changes; pass [] when the source is cancelled or deleted. Manual records are never touched.
 */
export async function syncAutoInvolvements(m: EntityManager, sourceKind: string, sourceId: number, records: AutoInvolvement[]): Promise<void> {
  const repo = m.getRepository(InvolvementEntity);
  const old = await repo.find({ where: { sourceKind, sourceId, auto: true }, select: { id: true } });
  if (old.length) await repo.delete({ id: In(old.map((o) => o.id)) });
  for (const o of old) await removeDocument(m, 'involvement', o.id);
  if (records.length === 0) return;
  const stamp = now();
  // One insert and one name lookup per kind for all records (a meeting has dozens; a save each cost ~1 ms).
  const values = records.map((r) => ({
    actorKind: r.actorKind, actorId: r.actorId, date: r.date, form: r.form, topic: r.topic.slice(0, 300),
    outcome: r.outcome ?? null, followUpDate: null, sourceKind, sourceId, auto: true, createdAt: stamp, updatedAt: stamp,
  }));
  const ids: number[] = [];
  for (let i = 0; i < values.length; i += 200) ids.push(...(await repo.insert(values.slice(i, i + 200))).identifiers.map((r) => Number(r.id)));
  const names = new Map<string, string>();
  for (const kind of ['person', 'organisation'] as const) {
    for (const [id, ref] of await actorRefs(m, kind, values.filter((v) => v.actorKind === kind).map((v) => v.actorId))) names.set(`${kind}:${id}`, ref.name);
  }
  for (const [k, v] of values.entries()) await indexDocument(m, involvementDocument({ ...v, id: ids[k]! }, names.get(`${v.actorKind}:${v.actorId}`)));
}
