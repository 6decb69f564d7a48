import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { likePattern, searchTokens } from '../../db/textKeys';

/** Adds the shared filters of the actor lists: free-text search, relation, body. */
export function applyActorFilters<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  filter: { search: string; relation: 'core' | 'adhoc' | 'none' | null },
): SelectQueryBuilder<T> {
  qb.where(`${alias}.deleted_at IS NULL`);
  searchTokens(filter.search).forEach((token, i) => {
    qb.andWhere(`${alias}.search_text LIKE :tok${i} ESCAPE '\\'`, { [`tok${i}`]: likePattern(token) });
  });
  if (filter.relation === 'none') qb.andWhere(`${alias}.relation IS NULL`);
  else if (filter.relation) qb.andWhere(`${alias}.relation = :relation`, { relation: filter.relation });
  return qb;
}
