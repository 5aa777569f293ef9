import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { Page, PageRequest } from '../types/page';
import { isPostgres, sqlRows } from './dialect';
import { readRowsOffThread } from './sqlite-read.pool';
import { entityReader, joinedSql, joinedVia, keepJoined } from './entity.reader';
import { JoinedRead } from '../types/joined-read';
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
  /**
   * The expression can be NULL (a date): NULLs sort below every value, first ascending and last
   * descending, as SQLite orders them natively (PostgreSQL is told: NULLS FIRST / NULLS LAST), so
   * that an index on the bare column serves the order.
   */
  nullable?: boolean;
}

/** The rows a connection pages through: one entity class, on table alias `alias`, filtered by `where`. */
export interface PagedQuery<T> {
  entity: EntityTarget<T>;
  /** The alias of the entity's table in `where` and in the ordering (e.g. "q"). */
  alias: string;
  /** A condition with `:name` placeholders, bound to `params` (what the filter compilers write). */
  where: string;
  params: Record<string, unknown>;
  /** A cheaper statement that counts the rows `where` matches, for `totalCount` (default: COUNT over the query's own table). */
  count?: CountStatement | null;
}

/** A count of the rows a query matches, read another way: COUNT(`select`) over `fromWhere` ("FROM ... WHERE ..."), with its named parameters. */
export interface CountStatement {
  select: string;
  fromWhere: string;
  params: Record<string, unknown>;
}

/**
 * SQL for "the row lies after (or, `inclusive`, at) `position` in the direction `direction`"; the
 * position's value is bound to `names[0]`, its id to `names[1]`. A nullable ordering's NULLs lie
 * below every value: after a NULL ascending comes every value, after a value descending every NULL.
 */
function beyond(ordering: Ordering, direction: 'ASC' | 'DESC', inclusive: boolean, names: [string, string], position: SortPosition): string {
  const op = direction === 'ASC' ? '>' : '<';
  const idOp = inclusive ? `${op}=` : op;
  const { expression, idColumn } = ordering;
  if (expression === idColumn) return `${idColumn} ${idOp} :${names[1]}`;
  const tie = `${idColumn} ${idOp} :${names[1]}`;
  if (!ordering.nullable) return `(${expression} ${op} :${names[0]} OR (${expression} = :${names[0]} AND ${tie}))`;
  if (position.value === null) return direction === 'ASC' ? `(${expression} IS NOT NULL OR (${expression} IS NULL AND ${tie}))` : `(${expression} IS NULL AND ${tie})`;
  const nulls = direction === 'DESC' ? ` OR ${expression} IS NULL` : '';
  return `(${expression} ${op} :${names[0]}${nulls} OR (${expression} = :${names[0]} AND ${tie}))`;
}

/** A sort expression, its natural direction and whether it can be NULL (see Ordering), one per value of an order-field enum. */
export type OrderingTable<F extends string> = Record<F, { expression: string; direction: 'ASC' | 'DESC'; nullable?: boolean }>;

/** The Ordering for `field` of `table`, in `direction` or else the field's natural one. */
export function orderingOf<F extends string>(
  table: OrderingTable<F>,
  field: F,
  direction: 'ASC' | 'DESC' | null | undefined,
  idColumn: string,
): Ordering {
  const dir = direction ?? table[field].direction;
  return { name: `${field}_${dir}`, expression: table[field].expression, direction: dir, idColumn, nullable: table[field].nullable };
}

const flip = (direction: 'ASC' | 'DESC') => (direction === 'ASC' ? 'DESC' : 'ASC');

/** Matches that SQLite counts on the event loop (about a millisecond); past them, the whole count runs off it. */
const COUNT_ON_LOOP = 2000;

/**
 * The number of rows `count` counts (COUNT(select) over "FROM ... WHERE ..."). The one read of a
 * page whose cost grows with the matches (12,830 quotes of a speaker about a place at 1M articles
 * took 16-30 ms over the quotes; compileSubjectCount now counts them in quote_subject's index):
 * on SQLite, up to COUNT_ON_LOOP rows are counted on the event loop, as a thread costs more than
 * such a count; a larger count runs again, whole, on a read thread (`readRowsOffThread`), so that
 * it holds up no other request. On PostgreSQL one count, whose driver does not block.
 */
async function countMatches(dataSource: DataSource, { select, fromWhere, params }: CountStatement): Promise<number> {
  if (!isPostgres(dataSource)) {
    const [{ n }] = await sqlRows<{ n: number }>(dataSource, `SELECT COUNT(*) AS n FROM (SELECT ${select} ${fromWhere} LIMIT ${COUNT_ON_LOOP + 1})`, params);
    if (n <= COUNT_ON_LOOP) return n;
  }
  const [{ n }] = await readRowsOffThread<{ n: number | string }>(dataSource, `SELECT COUNT(${select === '1' ? '*' : select}) AS n ${fromWhere}`, params);
  return Number(n);
}

/**
 * Runs one page of a filtered query with keyset pagination under `ordering` (sort value, then
 * id), so pages never repeat or skip rows whatever the order. Plain SQL through `sqlRows`, the
 * entities built by `entityReader`. Fetches `limit + 1` rows to know whether more follow;
 * `hasPreviousPage` / `hasNextPage` toward the cursor side are exact (one EXISTS); `totalCount`
 * counts the rows that pass the same filter only when called (none when the page holds them all;
 * see countMatches). Given the entity `properties` that will be
 * read of the nodes, reads only their columns; given `joins`, reads the rows they point to in the
 * same statement (see JoinedRead).
 */
export async function paginate<T extends ObjectLiteral & { rowId: number }>(
  dataSource: DataSource,
  query: PagedQuery<T>,
  ordering: Ordering,
  args: PageRequest,
  properties?: ReadonlySet<string>,
  joins: readonly JoinedRead[] = [],
): Promise<Page<T>> {
  const { limit, direction, after, before } = pageWindow(args, ordering.name);
  const reader = entityReader(dataSource, query.entity);
  const from = `${reader.table} ${query.alias}`;
  const joined = joinedSql(dataSource, query.entity, query.alias, joins);
  const read = properties && joins.length ? new Set([...properties, ...joinedVia(joins)]) : properties;
  const filtered = `${reader.scope(query.alias)} AND (${query.where})`;
  const at = (position: SortPosition, dir: 'ASC' | 'DESC', inclusive: boolean, tag: string, params: Record<string, unknown>) => {
    params[`${tag}Value`] = position.value;
    params[`${tag}Id`] = position.id;
    return ` AND ${beyond(ordering, dir, inclusive, [`${tag}Value`, `${tag}Id`], position)}`;
  };

  const params = { ...query.params };
  let bounds = '';
  if (after) bounds += at(after, ordering.direction, false, 'after', params);
  if (before) bounds += at(before, flip(ordering.direction), false, 'before', params);
  const scan = direction === 'forward' ? ordering.direction : flip(ordering.direction);
  // PostgreSQL sorts NULLs above every value unless told otherwise; SQLite below, as wanted.
  const nulls = ordering.nullable && isPostgres(dataSource) ? (scan === 'ASC' ? ' NULLS FIRST' : ' NULLS LAST') : '';
  const order = (expression: string) => `ORDER BY ${expression} ${scan}${nulls}, ${ordering.idColumn} ${scan}`;
  const page = `SELECT ${reader.columns(query.alias, read)}, (${ordering.expression}) AS sort_value FROM ${from}
     WHERE ${filtered}${bounds} ${order(ordering.expression)} LIMIT ${limit + 1}`;
  // The joined rows of the page's rows only: joined before the sort and the limit, they were looked up for every row that matched.
  const { alias } = query;
  const rows = await sqlRows(dataSource, joins.length ? `SELECT ${alias}.*${joined.columns} FROM (${page}) AS ${alias}${joined.tables} ${order(`${alias}.sort_value`)}` : page, params);
  const more = rows.length > limit;
  const kept = rows.slice(0, limit);
  const nodes = kept.map(reader.build);
  if (joins.length) keepJoined(dataSource, kept, nodes, joins);
  const positioned = nodes.map((node, i) => ({ node, position: { value: kept[i].sort_value as SortPosition['value'], id: node.rowId } }));
  if (direction === 'backward') positioned.reverse();

  const exists = async (position: SortPosition | null, dir: 'ASC' | 'DESC'): Promise<boolean> => {
    if (position === null) return false;
    const edge = { ...query.params };
    const found = await sqlRows(dataSource, `SELECT 1 AS found FROM ${from} WHERE ${filtered}${at(position, dir, true, 'edge', edge)} LIMIT 1`, edge);
    return found.length > 0;
  };
  return {
    nodes: positioned.map((r) => r.node),
    cursors: positioned.map((r) => toCursor(ordering.name, r.position)),
    hasNextPage: direction === 'forward' ? more : await exists(before, ordering.direction),
    hasPreviousPage: direction === 'backward' ? more : await exists(after, flip(ordering.direction)),
    totalCount: async () =>
      !after && !before && !more ? kept.length : countMatches(dataSource, query.count ?? { select: '1', fromWhere: `FROM ${from} WHERE ${filtered}`, params: query.params }),
  };
}
