import { inTurn } from '../../db/inTurn';
import { In } from 'typeorm';
import type { Database } from '../../db/database';
import { MembershipEntity, OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import type { ChannelParsed, MembershipBulkResult, MembershipView } from '../../preload/contract';
import { said, ServiceError } from '../api/serviceError';
import { loadBody } from './bodyService';
import { membershipViews } from './memberships';

type Input = ChannelParsed<'memberships.addMany'>;

/** Two periods overlap; an open end runs forever. */
const overlaps = (a: { fromDate: string | null; toDate: string | null }, b: { fromDate: string | null; toDate: string | null }) =>
  (a.fromDate ?? '0000-00-00') <= (b.toDate ?? '9999-12-31') && (b.fromDate ?? '0000-00-00') <= (a.toDate ?? '9999-12-31');

/**
 * Adds many actors to one body with one role and period, in one transaction. An actor that is not
 * there (deleted, in the trash) refuses the whole request, naming it; an actor already a member in an
 * overlapping period is skipped and returned in `skipped`, so the screen can say who and why.
 */
export async function addMemberships(db: Database, input: Input): Promise<MembershipBulkResult> {
  return db.tx(async (m) => {
    await loadBody(m, input.bodyId);
    const personIds = input.members.map((a) => a.personId).filter((v): v is number => v !== null);
    const orgIds = input.members.map((a) => a.organisationId).filter((v): v is number => v !== null);
    const [people, orgs] = await inTurn(
      () => personIds.length ? m.getRepository(PersonEntity).find({ where: { id: In(personIds) }, select: { id: true, name: true, deletedAt: true } }) : [],
      () => orgIds.length ? m.getRepository(OrganisationEntity).find({ where: { id: In(orgIds) }, select: { id: true, name: true, deletedAt: true } }) : []);
    const personName = new Map(people.filter((p) => !p.deletedAt).map((p) => [p.id, p.name]));
    const orgName = new Map(orgs.filter((o) => !o.deletedAt).map((o) => [o.id, o.name]));
    // Named when they are in the trash, by id when they are gone altogether.
    const trashed = new Map<string, string>([...people.map((p) => [`p${p.id}`, p.name] as const), ...orgs.map((o) => [`o${o.id}`, o.name] as const)]);
    const missing = [
      ...personIds.filter((pid) => !personName.has(pid)).map((pid) => trashed.get(`p${pid}`) ?? `#${pid}`),
      ...orgIds.filter((oid) => !orgName.has(oid)).map((oid) => trashed.get(`o${oid}`) ?? `#${oid}`),
    ];
    if (missing.length) {
      throw new ServiceError('VALIDATION', said('bodies.membersMissing', { names: missing.join(', ') }), { members: 'bodies.membersMissingField' });
    }
    const current = await membershipViews(m, 'body', [input.bodyId]);
    const period = { fromDate: input.fromDate, toDate: input.toDate };
    const skipped: MembershipBulkResult['skipped'] = [];
    const rows: Omit<MembershipView, 'id' | 'bodyName' | 'bodyKind' | 'personName' | 'organisationName'>[] = [];
    for (const a of input.members) {
      const existing = current.find((v) => v.personId === a.personId && v.organisationId === a.organisationId && overlaps(v, period));
      const name = a.personId !== null ? personName.get(a.personId)! : orgName.get(a.organisationId!)!;
      if (existing) skipped.push({ personId: a.personId, organisationId: a.organisationId, name, existing });
      else rows.push({ bodyId: input.bodyId, personId: a.personId, organisationId: a.organisationId, role: input.role, ...period });
    }
    const ids = new Set<number>();
    for (const r of rows) ids.add((await m.getRepository(MembershipEntity).save({ ...r })).id);
    const added = (await membershipViews(m, 'body', [input.bodyId])).filter((v) => ids.has(v.id));
    return { added, skipped };
  });
}
