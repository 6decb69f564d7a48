import { inTurn } from '../../db/inTurn';
import { type EntityManager, In } from 'typeorm';
import type { Database } from '../../db/database';
import { readerOf } from '../../db/managerReads';
import { actorRefs, isLive, organisationRefs, personRefs } from '../actors/lookup';
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

/**
 * The involvements of an actor, and for an organisation those of its live people (they are part of it):
 * two index-driven branches, so only the actor's own rows are read.
 */
function memberInvolvement(ref: ActorRef, cols: string, where = '', whereParams: unknown[] = []): { sql: string; params: unknown[] } {
  const own = `SELECT ${cols} FROM involvement i WHERE i.actor_kind = ? AND i.actor_id = ?${where}`;
  if (ref.actorKind !== 'organisation') return { sql: own, params: [ref.actorKind, ref.actorId, ...whereParams] };
  const people = `SELECT ${cols} FROM person p JOIN involvement i ON i.actor_kind = 'person' AND i.actor_id = p.id WHERE p.organisation_id = ? AND p.deleted_at IS NULL${where}`;
  return { sql: `${own} UNION ALL ${people}`, params: [ref.actorKind, ref.actorId, ...whereParams, ref.actorId, ...whereParams] };
}

type Paged = ActorRef & { offset?: number; limit?: number };

interface LogRow extends Omit<InvolvementRow, 'auto' | 'createdAt'> {
  auto: boolean | number;
  actorName: string | null;
}

/** The page's rows with what the timeline shows, the actor's name joined (an organisation's log names its people). */
const LOG_PAGE = (members: string) => `SELECT i.id AS id, i.actor_kind AS "actorKind", i.actor_id AS "actorId", i.date AS date, i.form AS form, i.topic AS topic,
    i.outcome AS outcome, i.follow_up_date AS "followUpDate", i.source_kind AS "sourceKind", i.source_id AS "sourceId", i.auto AS auto,
    i.version AS version, i.updated_by AS "updatedBy", i.updated_at AS "updatedAt", COALESCE(pn.name, o.name) AS "actorName"
  FROM (SELECT id FROM (${members}) u ORDER BY date DESC, id DESC LIMIT ? OFFSET ?) page
  JOIN involvement i ON i.id = page.id
  LEFT JOIN person pn ON i.actor_kind = 'person' AND pn.id = i.actor_id
  LEFT JOIN organisation o ON i.actor_kind = 'organisation' AND o.id = i.actor_id
  ORDER BY i.date DESC, i.id DESC`;

/** One page of the actor's log (newest first) with its total, its rule, its latest past involvement and when the next is due. */
export async function actorInvolvement(m: EntityManager, q: Paged, today = todayIso()): Promise<ActorInvolvement> {
  const ref = { actorKind: q.actorKind, actorId: q.actorId };
  const [offset, limit] = [q.offset ?? 0, q.limit ?? 50];
  await assertActor(m, ref.actorKind, ref.actorId);
  const all = memberInvolvement(ref, 'i.id AS id, i.date AS date');
  // Plain SQL on the storage's fast path (cached statements): at a page of 50 the ORM's own work cost as much as the reads.
  const read = readerOf(m);
  const [head] = await read<{ n: number | string; d: string | null }>(`SELECT COUNT(*) AS n, MAX(CASE WHEN date <= ? THEN date END) AS d FROM (${all.sql}) u`, [today, ...all.params]);
  const rows = await read<LogRow>(LOG_PAGE(all.sql), [...all.params, limit, offset]);
  const [rule] = await read<{ intervalDays: number | string; createdAt: string }>(
    'SELECT interval_days AS "intervalDays", created_at AS "createdAt" FROM involvement_rule WHERE actor_kind = ? AND actor_id = ?', [ref.actorKind, ref.actorId]);
  const lastDate = head?.d ?? null;
  const intervalDays = rule ? Number(rule.intervalDays) : null;
  const dueDate = rule ? plusDays(lastDate ?? rule.createdAt.slice(0, 10), Number(rule.intervalDays)) : null;
  const items = rows.map((r): Involvement => ({
    id: Number(r.id), actorKind: r.actorKind, actorId: Number(r.actorId), actorName: r.actorName ?? '–', date: r.date, form: r.form, topic: r.topic,
    outcome: r.outcome, followUpDate: r.followUpDate, sourceKind: r.sourceKind, sourceId: r.sourceId === null ? null : Number(r.sourceId), auto: !!Number(r.auto),
    ...versionOf({ version: r.version, updatedBy: r.updatedBy, updatedAt: r.updatedAt }),
  }));
  return { items, total: Number(head?.n ?? 0), offset, intervalDays, lastDate, dueDate };
}

export const getActorInvolvement = (db: Database, q: Paged, today?: string) => actorInvolvement(db.ds.manager, q, today);

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
