import { DataSource } from 'typeorm';
import { dialectOf } from '../db/dialect';
import { QuoteFilter } from '../graphql/types/quote-filter.input';
import { QuoteGroup, QuoteStat } from '../graphql/types/quote-stat.type';
import { compileQuoteFilter } from './quote-filter.compiler';
import { checkPageSize } from './page-window';

/** The SQL of each grouping: what joins in, the group's key, and the ids behind it. */
const groupings: Record<QuoteGroup, { join: string; key: string; entity: string; article: string }> = {
  SPEAKER: { join: 'INNER JOIN entity e ON e.id = q.speaker_id', key: 'e.name', entity: 'e.id', article: 'NULL' },
  ARTICLE: { join: 'INNER JOIN article a ON a.id = q.article_id', key: 'a.title', entity: 'NULL', article: 'a.id' },
  MONTH: { join: '', key: 'substr(q.published_at, 1, 7)', entity: 'NULL', article: 'NULL' },
  MENTIONED_PERSON: mentioned('PERSON'),
  MENTIONED_ORGANIZATION: mentioned('ORGANIZATION'),
  MENTIONED_LOCATION: mentioned('LOCATION'),
};

function mentioned(type: string) {
  return {
    join: `INNER JOIN mention m ON m.article_id = q.article_id AND m.start >= q.start AND m."end" <= q."end"
           INNER JOIN entity e ON e.id = m.entity_id AND e.type = '${type}'`,
    key: 'e.name',
    entity: 'e.id',
    article: 'NULL',
  };
}

/**
 * Counts the quotes that match `filter` by `groupBy` (a facet): the `first` largest groups (1 to
 * MAX_PAGE_SIZE, default 10), by descending count, then by key. One GROUP BY in the database.
 */
export async function quoteStats(
  dataSource: DataSource,
  filter: QuoteFilter | null | undefined,
  groupBy: QuoteGroup,
  first: number | null | undefined,
): Promise<QuoteStat[]> {
  const limit = checkPageSize(first ?? 10, 'first', 1);
  const { sql, params } = compileQuoteFilter(filter, dialectOf(dataSource));
  const { join, key, entity, article } = groupings[groupBy];
  const groupColumn = groupBy === QuoteGroup.MONTH ? key : entity !== 'NULL' ? entity : article;
  const [query, parameters] = dataSource.driver.escapeQueryWithParameters(
    `SELECT ${key} AS "key", COUNT(DISTINCT q.id) AS "count", ${entity} AS "entityId", ${article} AS "articleId"
     FROM quote q ${join}
     WHERE ${sql} AND ${key} IS NOT NULL
     GROUP BY ${groupColumn}
     ORDER BY "count" DESC, "key" ASC
     LIMIT ${limit}`,
    params,
  );
  const rows: Array<{ key: string; count: number; entityId: number | null; articleId: number | null }> = await dataSource.query(
    query,
    parameters,
  );
  return rows.map((row) => Object.assign(new QuoteStat(), { ...row, count: Number(row.count) }));
}
