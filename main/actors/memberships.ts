import { inTurn } from '../../db/inTurn';
import { type EntityManager, In } from 'typeorm';
import type { MembershipView } from '../../preload/contract';
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
