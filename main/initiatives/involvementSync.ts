import type { EntityManager } from 'typeorm';
import { InitiativeEntity, InitiativePartnerEntity } from '../../db/entities/initiatives';
import type { InvolvementSourceKind } from '../../preload/contract';
import { syncAutoInvolvements } from '../involvement/seams';

export const INITIATIVE_SOURCE: InvolvementSourceKind = 'initiative';

/**
 * The owner and partner organisations of an initiative "joined an initiative", dated at its start (or its
 * creation without one). Call it inside the transaction that writes the initiative; a deleted one leaves none.
 */
export async function syncInitiativeInvolvements(m: EntityManager, initiativeId: number): Promise<void> {
  const row = await m.getRepository(InitiativeEntity).findOneBy({ id: initiativeId });
  if (!row) return syncAutoInvolvements(m, INITIATIVE_SOURCE, initiativeId, []);
  const partners = await m.getRepository(InitiativePartnerEntity).find({ where: { initiativeId }, order: { organisationId: 'ASC' } });
  const orgIds = [...new Set([...(row.ownerOrganisationId !== null ? [row.ownerOrganisationId] : []), ...partners.map((p) => p.organisationId)])];
  const date = row.startDate ?? row.createdAt.slice(0, 10);
  await syncAutoInvolvements(m, INITIATIVE_SOURCE, initiativeId, orgIds.map((actorId) => ({ actorKind: 'organisation' as const, actorId, date, form: 'joined_initiative' as const, topic: row.name })));
}
