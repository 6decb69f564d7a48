import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { likePattern, searchTokens } from '../../db/textKeys';

/** Adds the shared filters of the actor lists: free-text search, relation, body. */
export function applyActorFilters<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  filter: { search: string; relation: 'core' | 'adhoc' | 'none' | null; bodyId?: number | null },
): SelectQueryBuilder<T> {
  const tokens = searchTokens(filter.search);
  // A search must read every live row's search_text, and a body filter is answered from the membership
  // index: both are fastest without the (deleted_at, sort_key) index, whose per-row table lookups made a
  // search 4–5× slower at 50,000 people. Written this way, no index applies to the live test (see
  // EXPLAIN QUERY PLAN in `npm run bench`); deleted_at is NULL or an ISO timestamp, never ''.
  qb.where(tokens.length > 0 || filter.bodyId ? `COALESCE(${alias}.deleted_at, '') = ''` : `${alias}.deleted_at IS NULL`);
  tokens.forEach((token, i) => {
    qb.andWhere(`${alias}.search_text LIKE :tok${i} ESCAPE '\\'`, { [`tok${i}`]: likePattern(token) });
  });
  if (filter.relation === 'none') qb.andWhere(`${alias}.relation IS NULL`);
  else if (filter.relation) qb.andWhere(`${alias}.relation = :relation`, { relation: filter.relation });
  return qb;
}
