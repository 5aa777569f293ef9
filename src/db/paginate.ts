import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Page } from '../types/page';
import { PageRequest } from '../types/page';
import { entityReader } from './entity.reader';
import { pageWindow, SortPosition, toCursor } from './page-window';

/** How a connection is ordered: a SQL expression, its direction, and the id column that breaks ties. */
export interface Ordering {
  /** Names the ordering in cursors, so a cursor is only accepted by the ordering that made it. */
  name: string;
  /** The sort expression (e.g. "q.confidence"); the id column itself for id order. */
  expression: string;
  direction: 'ASC' | 'DESC';
  /** The row id column (e.g. "q.id"), the tie-break, in the same direction. */
  idColumn: string;
}

/** SQL for "the row lies after (or, `inclusive`, at) `position` in the direction `direction`". */
function beyond(ordering: Ordering, direction: 'ASC' | 'DESC', inclusive: boolean, names: [string, string]): string {
  const op = direction === 'ASC' ? '>' : '<';
  const idOp = inclusive ? `${op}=` : op;
  const { expression, idColumn } = ordering;
  if (expression === idColumn) return `${idColumn} ${idOp} :${names[1]}`;
  return `(${expression} ${op} :${names[0]} OR (${expression} = :${names[0]} AND ${idColumn} ${idOp} :${names[1]}))`;
}

/** A sort expression and its natural direction, one per value of an order-field enum. */
export type OrderingTable<F extends string> = Record<F, { expression: string; direction: 'ASC' | 'DESC' }>;

/** The Ordering for `field` of `table`, in `direction` or else the field's natural one. */
export function orderingOf<F extends string>(
  table: OrderingTable<F>,
  field: F,
  direction: 'ASC' | 'DESC' | null | undefined,
  idColumn: string,
): Ordering {
  const dir = direction ?? table[field].direction;
  return { name: `${field}_${dir}`, expression: table[field].expression, direction: dir, idColumn };
}

const flip = (direction: 'ASC' | 'DESC') => (direction === 'ASC' ? 'DESC' : 'ASC');

/**
 * Runs one page of a filtered query with keyset pagination under `ordering` (sort value, then
 * id), so pages never repeat or skip rows whatever the order. Fetches `limit + 1` rows to know
 * whether more follow; `hasPreviousPage` / `hasNextPage` toward the cursor side are exact (one
 * EXISTS); `totalCount` runs a COUNT over the same filter only when called. Given the GraphQL
 * `fields` that will be asked of the nodes, reads only the columns those need.
 */
export async function paginate<T extends ObjectLiteral & { rowId: number }>(
  query: SelectQueryBuilder<T>,
  ordering: Ordering,
  args: PageRequest,
  fields?: ReadonlySet<string>,
): Promise<Page<T>> {
  const { limit, direction, after, before } = pageWindow(args, ordering.name);
  const at = (qb: SelectQueryBuilder<T>, position: SortPosition, dir: 'ASC' | 'DESC', inclusive: boolean, tag: string) =>
    qb.andWhere(beyond(ordering, dir, inclusive, [`${tag}Value`, `${tag}Id`]), { [`${tag}Value`]: position.value, [`${tag}Id`]: position.id });

  const page = query.clone();
  if (fields) {
    const reader = entityReader(query.dataSource, query.expressionMap.mainAlias!.target);
    page.select(reader.properties(fields).map((property) => `${query.alias}.${property}`));
  }
  if (after) at(page, after, ordering.direction, false, 'after');
  if (before) at(page, before, flip(ordering.direction), false, 'before');
  const scan = direction === 'forward' ? ordering.direction : flip(ordering.direction);
  const { entities, raw } = await page
    .addSelect(`(${ordering.expression})`, 'sort_value')
    .orderBy(ordering.expression, scan)
    .addOrderBy(ordering.idColumn, scan)
    .limit(limit + 1)
    .getRawAndEntities();
  const sortValues = raw.map((row: { sort_value: string | number | null }) => row.sort_value);
  const more = entities.length > limit;
  const rows = entities.slice(0, limit).map((node, i) => ({ node, position: { value: sortValues[i], id: node.rowId } }));
  if (direction === 'backward') rows.reverse();

  const exists = async (position: SortPosition | null, dir: 'ASC' | 'DESC'): Promise<boolean> =>
    position !== null && (await at(query.clone(), position, dir, true, 'edge').limit(1).getExists());
  return {
    nodes: rows.map((r) => r.node),
    cursors: rows.map((r) => toCursor(ordering.name, r.position)),
    hasNextPage: direction === 'forward' ? more : await exists(before, ordering.direction),
    hasPreviousPage: direction === 'backward' ? more : await exists(after, flip(ordering.direction)),
    totalCount: () => query.clone().getCount(),
  };
}
