import { hitContext, mapRows, rowsById, type ContextResolver } from '../search/hitContext';
import { bodyNamesFor } from './memberships';

/** An organisation: the bodies it sits in. */
const organisationContext: ContextResolver = async (m, ids) => {
  const bodies = await bodyNamesFor(m, 'organisation', ids);
  return new Map(ids.map((id) => [id, hitContext(null, ...(bodies.get(id) ?? []))]));
};

/** A person: title, organisation and bodies. */
const personContext: ContextResolver = async (m, ids) => {
  const rows = await rowsById<{ id: number; title: string | null; organisation: string | null }>(
    m,
    (ins) => `SELECT p.id AS id, p.title AS title, o.name AS organisation
      FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id AND o.deleted_at IS NULL WHERE p.id IN (${ins})`,
    ids,
  );
  const bodies = await bodyNamesFor(m, 'person', ids);
  return mapRows(rows, (r) => hitContext(null, r.title, r.organisation, ...(bodies.get(Number(r.id)) ?? [])));
};

export const actorContexts: Record<string, ContextResolver> = { organisation: organisationContext, person: personContext };
