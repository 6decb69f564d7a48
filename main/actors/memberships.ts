import { inTurn } from '../../db/inTurn';
import { type EntityManager, In } from 'typeorm';
import type { MembershipView } from '../../preload/contract';
import type { Database } from '../../db/database';
import { readerOf } from '../../db/managerReads';
import { BodyEntity, MembershipEntity, OrganisationEntity, PersonEntity } from '../../db/entities/actors';

type Owner = 'person' | 'organisation' | 'body';

/** Memberships with names resolved, for one or more owners. Bodies in the trash are left out. */
export async function membershipViews(m: EntityManager, owner: Owner, ids: number[]): Promise<MembershipView[]> {
  if (ids.length === 0) return [];
  const column = owner === 'person' ? 'personId' : owner === 'organisation' ? 'organisationId' : 'bodyId';
  const rows = await m.getRepository(MembershipEntity).find({ where: { [column]: In(ids) }, order: { id: 'ASC' } });
  if (rows.length === 0) return [];
  const bodyIds = [...new Set(rows.map((r) => r.bodyId))];
  const personIds = [...new Set(rows.map((r) => r.personId).filter((v): v is number => v !== null))];
  const orgIds = [...new Set(rows.map((r) => r.organisationId).filter((v): v is number => v !== null))];
  const [bodies, people, orgs] = await inTurn(
    () => m.getRepository(BodyEntity).find({ where: { id: In(bodyIds) } }),
    () => personIds.length ? m.getRepository(PersonEntity).find({ where: { id: In(personIds) }, select: { id: true, name: true, deletedAt: true } }) : [],
    () => orgIds.length ? m.getRepository(OrganisationEntity).find({ where: { id: In(orgIds) }, select: { id: true, name: true, deletedAt: true } }) : []);
  const body = new Map(bodies.filter((b) => !b.deletedAt).map((b) => [b.id, b]));
  const person = new Map(people.filter((p) => !p.deletedAt).map((p) => [p.id, p.name]));
  const org = new Map(orgs.filter((o) => !o.deletedAt).map((o) => [o.id, o.name]));
  return rows
    .filter((r) => body.has(r.bodyId) && (r.personId === null || person.has(r.personId)) && (r.organisationId === null || org.has(r.organisationId)))
    .map((r) => ({
      id: r.id,
      bodyId: r.bodyId,
      bodyName: body.get(r.bodyId)!.name,
      bodyKind: body.get(r.bodyId)!.kind,
      personId: r.personId,
      personName: r.personId === null ? null : person.get(r.personId)!,
      organisationId: r.organisationId,
      organisationName: r.organisationId === null ? null : org.get(r.organisationId)!,
      role: r.role,
      fromDate: r.fromDate,
      toDate: r.toDate,
    }));
}

interface ViewRow {
  id: number; body_id: number; body_name: string; body_kind: MembershipView['bodyKind']; person_id: number | null; person_name: string | null;
  organisation_id: number | null; organisation_name: string | null; role: MembershipView['role']; from_date: string | null; to_date: string | null;
}

/** A membership counts as membershipViews shows it: its person or organisation is not in the trash. */
const live = (mb: string, p: string, o: string) =>
  `(${mb}.person_id IS NULL OR (${p}.id IS NOT NULL AND ${p}.deleted_at IS NULL)) AND (${mb}.organisation_id IS NULL OR (${o}.id IS NOT NULL AND ${o}.deleted_at IS NULL))`;

/** Live members of body b, as a correlated count (index on membership.body_id, then primary keys). */
export const MEMBER_COUNT_SQL = `(SELECT COUNT(*) FROM membership mc LEFT JOIN person pc ON pc.id = mc.person_id LEFT JOIN organisation oc ON oc.id = mc.organisation_id
  WHERE mc.body_id = b.id AND ${live('mc', 'pc', 'oc')})`;

/**
 * The first `limit` live memberships of every live body (by id, as membershipViews orders them), with names:
 * one statement, each body's ids from a correlated subquery with LIMIT, so only those rows are read (issue 17:
 * the bodies list sent all 18,000 memberships at region scale).
 */
export const PREVIEW_SQL = `SELECT mb.id AS id, mb.body_id AS body_id, b.name AS body_name, b.kind AS body_kind, mb.person_id AS person_id, p.name AS person_name,
       mb.organisation_id AS organisation_id, o.name AS organisation_name, mb.role AS role, mb.from_date AS from_date, mb.to_date AS to_date
  FROM body b
  JOIN membership mb ON mb.id IN (SELECT m2.id FROM membership m2 LEFT JOIN person p2 ON p2.id = m2.person_id LEFT JOIN organisation o2 ON o2.id = m2.organisation_id
                                   WHERE m2.body_id = b.id AND ${live('m2', 'p2', 'o2')} ORDER BY m2.id LIMIT ?)
  LEFT JOIN person p ON p.id = mb.person_id
  LEFT JOIN organisation o ON o.id = mb.organisation_id
 WHERE b.deleted_at IS NULL
 ORDER BY mb.body_id, mb.id`;

/** body id → its first `limit` members, for the bodies list. */
export async function bodyPreviews(db: Database, limit: number): Promise<Map<number, MembershipView[]>> {
  const rows = await db.storage.all<ViewRow>(db.ds, PREVIEW_SQL, [limit]);
  const out = new Map<number, MembershipView[]>();
  for (const r of rows) {
    const bodyId = Number(r.body_id);
    const list = out.get(bodyId) ?? [];
    list.push({
      id: Number(r.id), bodyId, bodyName: r.body_name, bodyKind: r.body_kind,
      personId: r.person_id === null ? null : Number(r.person_id), personName: r.person_name,
      organisationId: r.organisation_id === null ? null : Number(r.organisation_id), organisationName: r.organisation_name,
      role: r.role, fromDate: r.from_date, toDate: r.to_date,
    });
    out.set(bodyId, list);
  }
  return out;
}

const MEMBER_FROM = `FROM membership mb LEFT JOIN person p ON p.id = mb.person_id LEFT JOIN organisation o ON o.id = mb.organisation_id
 WHERE mb.body_id = ? AND ${live('mb', 'p', 'o')}`;

/**
 * One page of a body's live members, by id as membershipViews orders them (the body's membership index
 * holds them in that order, so only the page's rows are read with names), and every live member's ids
 * (from the same index and the members' primary keys: their number is the total). Issue 17: the largest
 * body at region scale has 848 members, 190 KB sent in one answer.
 */
export async function bodyMemberPage(
  m: EntityManager, body: { id: number; name: string; kind: MembershipView['bodyKind'] }, offset: number, limit: number,
): Promise<{ members: MembershipView[]; total: number; memberIds: { people: number[]; organisations: number[] } }> {
  const read = readerOf(m);
  const all = await read<{ person_id: number | null; organisation_id: number | null }>(`SELECT mb.person_id AS person_id, mb.organisation_id AS organisation_id ${MEMBER_FROM}`, [body.id]);
  const ids = (k: 'person_id' | 'organisation_id') => [...new Set(all.map((r) => r[k]).filter((v): v is number => v !== null).map(Number))].sort((a, b) => a - b);
  const rows = all.length > offset
    ? await read<Omit<ViewRow, 'body_id' | 'body_name' | 'body_kind'>>(
      `SELECT mb.id AS id, mb.person_id AS person_id, p.name AS person_name, mb.organisation_id AS organisation_id, o.name AS organisation_name,
              mb.role AS role, mb.from_date AS from_date, mb.to_date AS to_date
       ${MEMBER_FROM} ORDER BY mb.id LIMIT ? OFFSET ?`,
      [body.id, limit, offset],
    )
    : [];
  return {
    total: all.length,
    memberIds: { people: ids('person_id'), organisations: ids('organisation_id') },
    members: rows.map((r) => ({
      id: Number(r.id), bodyId: body.id, bodyName: body.name, bodyKind: body.kind,
      personId: r.person_id === null ? null : Number(r.person_id), personName: r.person_name,
      organisationId: r.organisation_id === null ? null : Number(r.organisation_id), organisationName: r.organisation_name,
      role: r.role, fromDate: r.from_date, toDate: r.to_date,
    })),
  };
}

/** owner id → names of the bodies it belongs to (sorted, unique). */
export async function bodyNamesFor(m: EntityManager, owner: 'person' | 'organisation', ids: number[]): Promise<Map<number, string[]>> {
  const views = await membershipViews(m, owner, ids);
  const out = new Map<number, string[]>();
  for (const v of views) {
    const key = (owner === 'person' ? v.personId : v.organisationId)!;
    const list = out.get(key) ?? [];
    if (!list.includes(v.bodyName)) list.push(v.bodyName);
    out.set(key, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.localeCompare(b, 'da'));
  return out;
}
