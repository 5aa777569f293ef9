import { DataSource } from 'typeorm';
import { sqlRows } from '../db/dialect';
import { quoteKindsSql } from '../db/quote-kinds.sql';
import { readRowsOffThread } from '../db/sqlite-read.pool';
import { AboutScope, QuoteCriteria } from '../types/quote-criteria';
import { QuoteGroup, QuoteGroupCount } from '../types/quote-group';
import { DEFAULT_QUOTE_KINDS } from '../types/quote-kind';
import { dayAfter } from './quote-filter.compiler';
import { nameKey } from './name-key';

/** The filter fields the kept counts can answer for; any other set field needs the quotes themselves. */
const SERVED_FIELDS = new Set(['about', 'aboutScope', 'kind', 'from', 'to']);

/**
 * `quoteStats` by SPEAKER read from the counts kept at write time (`quote_scope_count`,
 * migrations/1764547200000-QuoteScopeCounts.ts) instead of the quotes: one primary-key range of
 * the entity, a row per speaker and kind, whatever the number of quotes. Serves a filter that
 * names one place or entity in `about` with `aboutScope: ARTICLE`, and at most `kind`, and
 * `from`/`to` bounds that leave out no dated quote of the store (then only dated quotes count,
 * as `published_at >= from` leaves out undated ones); answers as `quoteStats` would (largest
 * first, then by name; `limit` groups). Returns null for any other filter or grouping, and when
 * the name goes to several entities (their scopes overlap: counts cannot be added): the caller
 * then counts the quotes. `filter` must have been checked (compileQuoteFilter). The count runs
 * off the event loop (`readRowsOffThread`) and stops when `signal` aborts.
 */
export async function keptQuoteStats(
  dataSource: DataSource,
  filter: QuoteCriteria | null | undefined,
  groupBy: QuoteGroup,
  limit: number,
  signal?: AbortSignal,
): Promise<QuoteGroupCount[] | null> {
  if (groupBy !== QuoteGroup.SPEAKER || !filter || filter.aboutScope !== AboutScope.ARTICLE || filter.about?.length !== 1) return null;
  if (Object.entries(filter).some(([field, value]) => value != null && !SERVED_FIELDS.has(field))) return null;
  const key = nameKey(filter.about[0]);
  const [store] = await sqlRows<{ entities: number | string; id: number | null; first: string | null; last: string | null }>(
    dataSource,
    `SELECT (SELECT COUNT(DISTINCT entity_id) FROM entity_name WHERE key = ?) AS entities, (SELECT MIN(entity_id) FROM entity_name WHERE key = ?) AS id,
      (SELECT MIN(published_at) FROM quote) AS first, (SELECT MAX(published_at) FROM quote) AS last`,
    [key, key],
  );
  if (Number(store.entities) === 0) return [];
  if (Number(store.entities) > 1) return null;
  const dated = filter.from != null || filter.to != null;
  if (filter.from != null && store.first !== null && filter.from > store.first) return null;
  if (filter.to != null && store.last !== null && dayAfter(filter.to) <= store.last) return null;
  const rows = await readRowsOffThread<QuoteGroupCount>(
    dataSource,
    `SELECT e.name AS "key", g.n AS "count", e.id AS "entityId", NULL AS "articleId"
     FROM (SELECT speaker_id AS id, SUM(n) AS n FROM quote_scope_count
       WHERE entity_id = ? AND ${quoteKindsSql(filter.kind ?? DEFAULT_QUOTE_KINDS)}${dated ? ' AND dated = TRUE' : ''}
       GROUP BY speaker_id HAVING SUM(n) > 0) g INNER JOIN entity e ON e.id = g.id
     ORDER BY "count" DESC, "key" ASC
     LIMIT ${limit}`,
    [store.id],
    signal,
  );
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}
