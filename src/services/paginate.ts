import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Page } from '../graphql/types/connection.type';
import { PageArgs } from '../graphql/types/page-args';
import { pageWindow } from './page-window';

/**
 * Runs one page of a filtered query with keyset pagination on the row id (`idColumn`, e.g.
 * "q.id"), ascending. Fetches `limit + 1` rows to know whether more follow; `totalCount` runs a
 * COUNT over the same filter only when called. Page arguments are checked by `pageWindow`.
 */
export async function paginate<T extends ObjectLiteral & { rowId: number }>(
  query: SelectQueryBuilder<T>,
  idColumn: string,
  args: PageArgs,
): Promise<Page<T>> {
  const { limit, direction, afterId, beforeId } = pageWindow(args);
  const bounded = (qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> => {
    if (afterId !== null) qb.andWhere(`${idColumn} > :pageAfter`, { pageAfter: afterId });
    if (beforeId !== null) qb.andWhere(`${idColumn} < :pageBefore`, { pageBefore: beforeId });
    return qb;
  };
  const rows = await bounded(query.clone())
    .orderBy(idColumn, direction === 'forward' ? 'ASC' : 'DESC')
    .limit(limit + 1)
    .getMany();
  const more = rows.length > limit;
  const nodes = rows.slice(0, limit);
  if (direction === 'backward') nodes.reverse();
  const exists = (condition: string, id: number | null): Promise<boolean> =>
    id === null ? Promise.resolve(false) : query.clone().andWhere(condition, { pageEdge: id }).limit(1).getExists();
  return {
    nodes,
    hasNextPage: direction === 'forward' ? more : await exists(`${idColumn} >= :pageEdge`, beforeId),
    hasPreviousPage: direction === 'backward' ? more : await exists(`${idColumn} <= :pageEdge`, afterId),
    totalCount: () => query.clone().getCount(),
  };
}
