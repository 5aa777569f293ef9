import { DataSource } from 'typeorm';
import { Dialect, dialectOf, postgresDialect, sqlRows, sqliteDialect } from '../db/dialect';
import { Page } from '../types/page';
import { Order, QuoteOrderField } from '../types/order';
import { PageRequest } from '../types/page';
import { QuoteCriteria } from '../types/quote-criteria';
import { Quote } from '../entities/quote.entity';
import { badInput } from '../types/bad-input';
import { OrderingTable, orderingOf, paginate } from '../db/paginate';
import { JoinedRead } from '../types/joined-read';
import { aboutKeysOf, compileQuoteFilter, compileSubjectCount, ScopeIds, scopesOfNames, speakerKeysOf, SpeakerIds } from './quote-filter.compiler';

/** The orderings of quotes in a dialect (RELEVANCE ranks by full text: bm25 on SQLite, ts_rank on PostgreSQL). */
const orderingsOf = (dialect: Dialect): OrderingTable<QuoteOrderField> => ({
  POSITION: { expression: 'q.id', direction: 'ASC' },
  DATE: { expression: 'q.published_at', direction: 'DESC', nullable: true },
  CONFIDENCE: { expression: 'q.confidence', direction: 'DESC' },
  RELEVANCE: { expression: dialect.quoteRelevance('q', ':relevance'), direction: 'DESC' },
});
const orderings = { sqlite: orderingsOf(sqliteDialect), postgres: orderingsOf(postgresDialect) };

/** The ids of the entities that go by each of the folded names `keys` (one indexed read of entity_name; none for no names). */
async function speakerIdsOf(dataSource: DataSource, keys: readonly string[]): Promise<SpeakerIds> {
  if (!keys.length) return idsByKey(keys, []);
  const rows = await sqlRows<{ key: string; id: number }>(
    dataSource,
    `SELECT DISTINCT key, entity_id AS id FROM entity_name WHERE key IN (${keys.map(() => '?').join(', ')}) ORDER BY id`,
    [...keys],
  );
  return idsByKey(keys, rows);
}

/** Each of `keys` with the ids of its rows, in row order (none for a key without rows). */
function idsByKey(keys: readonly string[], rows: ReadonlyArray<{ key: string; id: number }>): Map<string, number[]> {
  const ids = new Map<string, number[]>(keys.map((key) => [key, []]));
  for (const row of rows) ids.get(row.key)?.push(row.id);
  return ids;
}

/**
 * On PostgreSQL, the ids of the entities each of the folded `about` names `keys` stands for,
 * places within included (one statement, `scopesOfNames`; none for no names); on SQLite nothing
 * (its filters keep the scope as a subquery). Bound as `= ANY($n)`, a scope's ids let the planner
 * estimate the quotes about it from the column statistics; as a recursive subquery it guesses
 * thousands of entities, and then walks a busy speaker's quotes in id order instead of reading the
 * few about the place (Q1 at 20,000 articles, "Freja Moller" about "Pakistan": 46 ms -> 2.7 ms a
 * page, its count 14 -> 2.3 ms; EXPLAIN ANALYZE, warm).
 */
async function scopeIdsOf(dataSource: DataSource, dialect: Dialect, keys: readonly string[]): Promise<ScopeIds | undefined> {
  if (dialect !== postgresDialect || !keys.length) return undefined;
  return idsByKey(keys, await sqlRows<{ key: string; id: number }>(dataSource, scopesOfNames('?'), [keys]));
}

/**
 * One page of the quotes that match `filter`, in the order asked for (default POSITION: article
 * by article, then text order). RELEVANCE ranks by the top-level `filter.text` and is refused
 * without it. `maxSearchTerms`: the cap on the filter's full-text terms (see `compileQuoteFilter`).
 * `properties` and `joins`: see `paginate`. The speakers the filter names, and on PostgreSQL the
 * entities it asks quotes to be about, are looked up first and their ids bound (see `compileQuoteFilter`).
 */
export async function findQuotes(
  dataSource: DataSource,
  filter: QuoteCriteria | null | undefined,
  orderBy: Order<QuoteOrderField> | null | undefined,
  args: PageRequest,
  maxSearchTerms: number,
  properties?: ReadonlySet<string>,
  joins: readonly JoinedRead[] = [],
): Promise<Page<Quote>> {
  const dialect = dialectOf(dataSource);
  const [speakerIds, scopeIds] = await Promise.all([speakerIdsOf(dataSource, speakerKeysOf(filter)), scopeIdsOf(dataSource, dialect, aboutKeysOf(filter))]);
  const { sql, params } = compileQuoteFilter(filter, dialect, maxSearchTerms, speakerIds, scopeIds);
  const query = { entity: Quote, alias: 'q', where: sql, params, count: compileSubjectCount(filter, speakerIds, scopeIds) };
  const field = orderBy?.field ?? QuoteOrderField.POSITION;
  if (field === QuoteOrderField.RELEVANCE) {
    const match = filter?.text ? dialect.fullTextQuery(filter.text) : null;
    if (!match) throw badInput('orderBy RELEVANCE needs a full-text filter: give "filter.text"');
    query.params = { ...params, relevance: match };
  }
  return paginate(dataSource, query, orderingOf(orderings[dialect.name], field, orderBy?.direction, 'q.id'), args, properties, joins);
}
