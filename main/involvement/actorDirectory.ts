import type { EntityManager } from 'typeorm';
import { actorRegister } from '../actors/lookup';
import type { ActorKind, OrganisationKind, Relation } from '../../preload/contract';

export interface ActorInfo {
  kind: ActorKind;
  id: number;
  name: string;
  sortKey: string;
  relation: Relation | null;
  organisationId: number | null;
  organisationKind: OrganisationKind | null;
  bodyIds: Set<number>;
}

export const actorKey = (kind: ActorKind, id: number) => `${kind}:${id}`;

/** Every live organisation and person, with what the involvement views filter on. */
export async function actorDirectory(m: EntityManager): Promise<Map<string, ActorInfo>> {
  const { organisations: orgs, people, memberships } = await actorRegister(m);
  const out = new Map<string, ActorInfo>();
  for (const o of orgs) {
    if (!o.live) continue;
    out.set(actorKey('organisation', o.id), { kind: 'organisation', id: o.id, name: o.name, sortKey: o.sortKey, relation: o.relation, organisationId: null, organisationKind: o.kind, bodyIds: new Set() });
  }
  for (const p of people) {
    if (!p.live) continue;
    const org = p.organisationId === null ? undefined : out.get(actorKey('organisation', p.organisationId));
    out.set(actorKey('person', p.id), {
      kind: 'person', id: p.id, name: p.name, sortKey: p.sortKey, relation: p.relation,
      organisationId: org ? org.id : null, organisationKind: org?.organisationKind ?? null, bodyIds: new Set(),
    });
  }
  for (const mb of memberships) {
    const a = mb.personId !== null ? out.get(actorKey('person', mb.personId)) : mb.organisationId !== null ? out.get(actorKey('organisation', mb.organisationId)) : undefined;
    a?.bodyIds.add(mb.bodyId);
  }
  // A person sits in a body for their organisation, and the organisation's members speak for its people.
  for (const a of out.values()) {
    if (a.kind !== 'person' || a.organisationId === null) continue;
    const org = out.get(actorKey('organisation', a.organisationId))!;
    for (const b of a.bodyIds) org.bodyIds.add(b);
    for (const b of org.bodyIds) a.bodyIds.add(b);
  }
  return out;
}
