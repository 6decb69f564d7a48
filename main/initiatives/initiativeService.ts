import { inTurn } from '../../db/inTurn';
import { In, type EntityManager } from 'typeorm';
import type { Database } from '../../db/database';
import { notLive, organisationRefs, personRefs } from '../actors/lookup';
import {
  BudgetLineEntity,
  InitiativeEntity,
  InitiativePartnerEntity,
  InitiativeTargetGroupEntity,
  TargetGroupEntity,
  TrackEntity,
  type InitiativeRow,
} from '../../db/entities/initiatives';
import type { BudgetLine, ChannelParsed, Initiative, InitiativeSummary, Ref } from '../../preload/contract';
import { type ErrorKey, notFound, ServiceError } from '../api/serviceError';
import { keysFor } from '../../db/textKeys';
import { nowIso as now } from '../app/days';
import { syncInitiativeInvolvements } from './involvementSync';
import { indexInitiative } from './searchDoc';
import { historyOf, initiativeOfStatus, removeStatusChange, setInitiativeStatus } from './statusHistory';
import { claimVersion } from '../versions/versions';
import { activeClock } from '../app/clock';

type InitiativeData = ChannelParsed<'initiatives.update'>['data'];

const byIds = async (m: EntityManager, entity: typeof TrackEntity | typeof TargetGroupEntity, ids: number[]) => {
  if (ids.length === 0) return new Map<number, string>();
  const rows = await m.getRepository(entity).findBy({ id: In(ids) });
  return new Map(rows.map((r) => [r.id, r.name]));
};
/** Actors in the trash are not shown as owner, partner or contact (they come back when restored). */
const liveNames = (refs: Map<number, { name: string; live: boolean }>) => new Map([...refs].filter(([, r]) => r.live).map(([id, r]) => [id, r.name]));
const ref = (names: Map<number, string>, id: number | null): Ref | null => (id !== null && names.has(id) ? { id, name: names.get(id)! } : null);

interface Loaded {
  rows: InitiativeRow[];
  tracks: Map<number, string>;
  orgs: Map<number, string>;
  people: Map<number, string>;
  groups: Map<number, Ref[]>;
  partners: Map<number, Ref[]>;
  budgets: Map<number, BudgetLine[]>;
}

async function loadRelated(m: EntityManager, rows: InitiativeRow[]): Promise<Loaded> {
  const ids = rows.map((r) => r.id);
  const [links, partnerLinks, lines] = ids.length
    ? await inTurn(
        () => m.getRepository(InitiativeTargetGroupEntity).findBy({ initiativeId: In(ids) }),
        () => m.getRepository(InitiativePartnerEntity).findBy({ initiativeId: In(ids) }),
        () => m.getRepository(BudgetLineEntity).find({ where: { initiativeId: In(ids) }, order: { year: 'ASC', id: 'ASC' } }))
    : [[], [], []];
  const [tracks, orgs, people, groupNames] = await inTurn(
    () => byIds(m, TrackEntity, [...new Set(rows.map((r) => r.trackId))]),
    () => organisationRefs(m, [...rows.map((r) => r.ownerOrganisationId), ...partnerLinks.map((p) => p.organisationId)]).then(liveNames),
    () => personRefs(m, rows.map((r) => r.contactPersonId)).then(liveNames),
    () => byIds(m, TargetGroupEntity, [...new Set(links.map((l) => l.targetGroupId))]));
  const group = <T>(items: T[], key: (t: T) => number) => {
    const map = new Map<number, T[]>();
    for (const it of items) map.set(key(it), [...(map.get(key(it)) ?? []), it]);
    return map;
  };
  const refsSorted = (list: Ref[]) => list.sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const groups = new Map([...group(links, (l) => l.initiativeId)].map(([k, v]) => [k, v.map((l) => ref(groupNames, l.targetGroupId)!).filter(Boolean)]));
  const partners = new Map([...group(partnerLinks, (l) => l.initiativeId)].map(([k, v]) => [k, refsSorted(v.map((l) => ref(orgs, l.organisationId)!).filter(Boolean))]));
  const budgets = new Map(
    [...group(lines, (l) => l.initiativeId)].map(([k, v]) => [k, v.map((l) => ({ id: l.id, year: l.year, amount: l.amount, fundingSource: l.fundingSource, note: l.note }))]),
  );
  return { rows, tracks, orgs, people, groups, partners, budgets };
}

function summaryOf(r: InitiativeRow, l: Loaded): InitiativeSummary {
  const lines = l.budgets.get(r.id) ?? [];
  return {
    id: r.id,
    name: r.name,
    track: { id: r.trackId, name: l.tracks.get(r.trackId) ?? '' },
    targetGroups: l.groups.get(r.id) ?? [],
    status: r.status,
    statusDate: r.statusDate,
    ownerOrganisation: ref(l.orgs, r.ownerOrganisationId),
    startDate: r.startDate,
    endDate: r.endDate,
    budgetTotal: lines.reduce((s, b) => s + b.amount, 0),
  };
}

/** Every initiative with its full detail, for documents. */
export async function allInitiativesIn(m: EntityManager): Promise<Initiative[]> {
  const rows = await m.getRepository(InitiativeEntity).find({ order: { sortKey: 'ASC', id: 'ASC' } });
  return detailsOf(m, rows);
}

async function detailsOf(m: EntityManager, rows: InitiativeRow[]): Promise<Initiative[]> {
  const l = await loadRelated(m, rows);
  const history = await historyOf(m, rows.map((r) => r.id));
  return rows.map((r) => ({
    ...summaryOf(r, l),
    description: r.description,
    partnerOrganisations: l.partners.get(r.id) ?? [],
    contactPerson: ref(l.people, r.contactPersonId),
    budgetLines: l.budgets.get(r.id) ?? [],
    history: history.get(r.id) ?? [],
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: Number(r.version),
    updatedBy: r.updatedBy,
  }));
}

async function detail(m: EntityManager, id: number): Promise<Initiative> {
  const row = await m.getRepository(InitiativeEntity).findOneBy({ id });
  if (!row) throw notFound('initiative');
  return (await detailsOf(m, [row]))[0]!;
}

export const getInitiative = (db: Database, id: number) => detail(db.ds.manager, id);

async function checkRefs(m: EntityManager, d: InitiativeData) {
  const errors: Record<string, ErrorKey> = {};
  if (!(await m.getRepository(TrackEntity).findOneBy({ id: d.trackId }))) errors.trackId = 'field.track';
  const orgIds = [...new Set([...(d.ownerOrganisationId ? [d.ownerOrganisationId] : []), ...d.partnerOrganisationIds])];
  const orgs = await organisationRefs(m, orgIds);
  if (d.ownerOrganisationId && notLive(orgs, [d.ownerOrganisationId]).length) errors.ownerOrganisationId = 'field.organisation';
  if (notLive(orgs, d.partnerOrganisationIds).length) errors.partnerOrganisationIds = 'field.someOrganisation';
  if (d.contactPersonId && notLive(await personRefs(m, [d.contactPersonId]), [d.contactPersonId]).length) errors.contactPersonId = 'field.person';
  const groups = await m.getRepository(TargetGroupEntity).findBy({ id: In(d.targetGroupIds) });
  if (groups.length !== new Set(d.targetGroupIds).size) errors.targetGroupIds = 'field.someTargetGroup';
  if (Object.keys(errors).length) throw new ServiceError('VALIDATION', 'initiatives.fields', errors);
}

async function writeChildren(m: EntityManager, id: number, d: InitiativeData) {
  await m.getRepository(InitiativeTargetGroupEntity).delete({ initiativeId: id });
  await m.getRepository(InitiativePartnerEntity).delete({ initiativeId: id });
  await m.getRepository(BudgetLineEntity).delete({ initiativeId: id });
  for (const targetGroupId of new Set(d.targetGroupIds)) await m.getRepository(InitiativeTargetGroupEntity).insert({ initiativeId: id, targetGroupId });
  for (const organisationId of new Set(d.partnerOrganisationIds)) await m.getRepository(InitiativePartnerEntity).insert({ initiativeId: id, organisationId });
  for (const b of d.budgetLines) await m.getRepository(BudgetLineEntity).insert({ initiativeId: id, ...b });
}

const columns = (d: InitiativeData) => ({
  name: d.name,
  description: d.description,
  trackId: d.trackId,
  ownerOrganisationId: d.ownerOrganisationId,
  contactPersonId: d.contactPersonId,
  startDate: d.startDate,
  endDate: d.endDate,
  ...keysFor(d.name, d.description),
});

/** Today's date where the secretariat sits (local time, not UTC: at 00.30 in Denmark it is already tomorrow). */
export const today = () => activeClock().today();

export async function createInitiative(db: Database, input: ChannelParsed<'initiatives.create'>): Promise<Initiative> {
  return db.tx(async (m) => {
    await checkRefs(m, input.data);
    const stamp = now();
    const date = input.statusDate ?? today();
    const saved = await m.getRepository(InitiativeEntity).save({ ...columns(input.data), status: input.status, statusDate: date, createdAt: stamp, updatedAt: stamp });
    await writeChildren(m, saved.id, input.data);
    await setInitiativeStatus(m, saved.id, input.status, date, null);
    await syncInitiativeInvolvements(m, saved.id);
    await indexInitiative(m, saved.id);
    return detail(m, saved.id);
  });
}

export async function updateInitiative(db: Database, id: number, data: InitiativeData, version?: number): Promise<Initiative> {
  return db.tx(async (m) => {
    await detail(m, id);
    await claimVersion(m, 'initiative', id, version);
    await checkRefs(m, data);
    await m.getRepository(InitiativeEntity).update({ id }, { ...columns(data), updatedAt: now() });
    await writeChildren(m, id, data);
    await syncInitiativeInvolvements(m, id);
    await indexInitiative(m, id);
    return detail(m, id);
  });
}

export async function changeStatus(db: Database, input: ChannelParsed<'initiatives.setStatus'>): Promise<Initiative> {
  return db.tx(async (m) => {
    await claimVersion(m, 'initiative', input.id, input.version);
    await setInitiativeStatus(m, input.id, input.status, input.date, input.note);
    return detail(m, input.id);
  });
}

/** `version`: the initiative's as the user saw it; refused when a colleague has changed the initiative since. */
export async function removeStatus(db: Database, statusId: number, version?: number): Promise<Initiative> {
  return db.tx(async (m) => {
    const initiativeId = await initiativeOfStatus(m, statusId);
    await claimVersion(m, 'initiative', initiativeId, version);
    return detail(m, await removeStatusChange(m, statusId));
  });
}

export async function deleteInitiative(db: Database, id: number, version?: number): Promise<{ deleted: true }> {
  return db.tx(async (m) => {
    await detail(m, id);
    await claimVersion(m, 'initiative', id, version);
    await m.getRepository(InitiativeEntity).delete({ id });
    await syncInitiativeInvolvements(m, id);
    await indexInitiative(m, id);
    return { deleted: true };
  });
}
