import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { sqlRows } from '../db/dialect';
import { BatchScheduler, newLoader } from './batch-scheduler';
import { entityReader, joinedSql, joinedVia, keepJoined } from '../db/entity.reader';
import { JoinedRead } from '../types/joined-read';
import { inList } from './in-list';
import { Quote } from '../entities/quote.entity';
import { Page } from '../types/page';
import { PageRequest } from '../types/page';
import { pageWindow, toCursor } from '../db/page-window';
import { QuoteKind } from '../types/quote-kind';
import { quoteKindsSql } from '../db/quote-kinds.sql';

/** Nested quote lists are in text order: the ordering their cursors name. */
export const POSITION_ORDER = 'POSITION';

/** A page of the quotes of one parent (an article, or a speaker), of the kinds `kinds`. */
export interface QuotePageKey {
  parentId: number;
  args: PageRequest;
  kinds: readonly QuoteKind[];
}

/** The kinds of a key as one canonical text: sorted, each once ("DIRECT,MIXED"). */
function kindsKey(kinds: readonly QuoteKind[]): string {
  return [...new Set(kinds)].sort().join(',');
}

/** The cache key of a page request: its parent, its kinds and its arguments. */
function keyOf(parentId: number, kinds: readonly QuoteKind[], args: PageRequest): string {
  return `${parentId}|${kindsKey(kinds)}|${args.first ?? ''}|${args.after ?? ''}|${args.last ?? ''}|${args.before ?? ''}`;
}


/** The quote column that names the parent. */
export type QuoteParentColumn = 'article_id' | 'speaker_id';

/**
 * A DataLoader for the quote pages of many parents at once: for all keys that share the same kinds
 * and page arguments it runs one windowed SQL query (ROW_NUMBER per parent) that reads the
 * quotes themselves (the columns of `properties`, as `readEntities` would); `totalCount` comes from `counts(kinds)` (statement quotes of those kinds per
 * parent), batched in turn. A page read without a cursor counts its parent's quotes in the same
 * windowed query (COUNT per parent) and primes `counts(kinds)` with them, so that `totalCount`
 * costs no statement of its own.
 */
export function createQuotePageLoader(
  dataSource: DataSource,
  column: QuoteParentColumn,
  counts: (kinds: readonly QuoteKind[]) => DataLoader<number, number>,
  scheduler: BatchScheduler | undefined,
  properties: ReadonlySet<string>,
  joins: readonly JoinedRead[] = [],
): DataLoader<QuotePageKey, Page<Quote>, string> {
  const reader = entityReader(dataSource, Quote);
  const columns = reader.columns('q', joins.length ? new Set([...properties, ...joinedVia(joins)]) : properties);
  const joined = joinedSql(dataSource, Quote, 'numbered', joins);
  const loadPages = async (parentIds: number[], kinds: readonly QuoteKind[], args: PageRequest): Promise<Map<number, Page<Quote>>> => {
    const { limit, direction, after, before } = pageWindow(args, POSITION_ORDER);
    const afterId = after?.id ?? null;
    const beforeId = before?.id ?? null;
    const parents = inList(parentIds);
    const params: unknown[] = [...parents.params];
    let bounds = '';
    if (afterId !== null) {
      bounds += ' AND q.id > ?';
      params.push(afterId);
    }
    if (beforeId !== null) {
      bounds += ' AND q.id < ?';
      params.push(beforeId);
    }
    params.push(limit + 1);
    const rows = await sqlRows<Record<string, unknown> & { parent: number; n: number | string }>(
      dataSource,
      `SELECT numbered.*${joined.columns} FROM (
         SELECT ${columns}, q.${column} AS parent,
                ROW_NUMBER() OVER (PARTITION BY q.${column} ORDER BY q.id ${direction === 'forward' ? 'ASC' : 'DESC'}) AS rn,
                COUNT(*) OVER (PARTITION BY q.${column}) AS n
         FROM quote q WHERE q.is_statement = TRUE AND ${quoteKindsSql(kinds, 'q.kind')} AND q.${column} IN (${parents.sql})${bounds}
       ) AS numbered${joined.tables} WHERE rn <= ? ORDER BY parent, rn`,
      params,
    );
    const built = rows.map(reader.build);
    if (joins.length) keepJoined(dataSource, rows, built, joins);
    if (afterId === null && beforeId === null) {
      // No cursor bounds the window: each parent's count is its total (none for a parent without rows).
      const totals = new Map(rows.map((r) => [r.parent, Number(r.n)]));
      for (const parentId of parentIds) counts(kinds).prime(parentId, totals.get(parentId) ?? 0);
    }
    const byParent = new Map<number, Quote[]>(parentIds.map((parentId) => [parentId, []]));
    for (let i = 0; i < rows.length; i++) byParent.get(rows[i].parent)?.push(built[i]);
    const pages = new Map<number, Page<Quote>>();
    for (const parentId of parentIds) {
      const quotes = byParent.get(parentId)!;
      const more = quotes.length > limit;
      const nodes = quotes.slice(0, limit);
      if (direction === 'backward') nodes.reverse();
      pages.set(parentId, {
        nodes,
        cursors: nodes.map((quote) => toCursor(POSITION_ORDER, { value: quote.rowId, id: quote.rowId })),
        hasNextPage: direction === 'forward' ? more : beforeId !== null,
        hasPreviousPage: direction === 'backward' ? more : afterId !== null,
        totalCount: () => counts(kinds).load(parentId),
      });
    }
    return pages;
  };

  return newLoader<QuotePageKey, Page<Quote>, string>(
    scheduler,
    async (keys) => {
      const groups = new Map<string, { args: PageRequest; kinds: readonly QuoteKind[]; parentIds: number[] }>();
      for (const key of keys) {
        const argsKey = keyOf(0, key.kinds, key.args);
        const group = groups.get(argsKey) ?? { args: key.args, kinds: key.kinds, parentIds: [] };
        group.parentIds.push(key.parentId);
        groups.set(argsKey, group);
      }
      const results = new Map<string, Page<Quote>>();
      for (const group of groups.values()) {
        const pages = await loadPages([...new Set(group.parentIds)], group.kinds, group.args);
        for (const [parentId, page] of pages) results.set(keyOf(parentId, group.kinds, group.args), page);
      }
      return keys.map((key) => results.get(keyOf(key.parentId, key.kinds, key.args))!);
    },
    { cacheKeyFn: (key) => keyOf(key.parentId, key.kinds, key.args) },
  );
}
