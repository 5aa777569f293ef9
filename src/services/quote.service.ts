import { DataSource } from 'typeorm';
import { Page } from '../graphql/types/connection.type';
import { QuoteOrder, QuoteOrderField } from '../graphql/types/order.input';
import { PageArgs } from '../graphql/types/page-args';
import { QuoteFilter } from '../graphql/types/quote-filter.input';
import { Quote } from '../entities/quote.entity';
import { badInput } from './bad-input';
import { ftsQuery } from './fts-query';
import { OrderingTable, orderingOf, paginate } from './paginate';
import { compileQuoteFilter } from './quote-filter.compiler';

const orderings: OrderingTable<QuoteOrderField> = {
  POSITION: { expression: 'q.id', direction: 'ASC' },
  DATE: { expression: "COALESCE(q.published_at, '')", direction: 'DESC' },
  CONFIDENCE: { expression: 'q.confidence', direction: 'DESC' },
  RELEVANCE: {
    expression: '-(SELECT bm25(quote_fts) FROM quote_fts WHERE quote_fts MATCH :relevance AND quote_fts.rowid = q.id)',
    direction: 'DESC',
  },
};

/**
 * One page of the quotes that match `filter`, in the order asked for (default POSITION: article
 * by article, then text order). RELEVANCE ranks by the top-level `filter.text` and is refused
 * without it.
 */
export function findQuotes(
  dataSource: DataSource,
  filter: QuoteFilter | null | undefined,
  orderBy: QuoteOrder | null | undefined,
  args: PageArgs,
): Promise<Page<Quote>> {
  const { sql, params } = compileQuoteFilter(filter);
  const query = dataSource.getRepository(Quote).createQueryBuilder('q').where(sql, params);
  const field = orderBy?.field ?? QuoteOrderField.POSITION;
  if (field === QuoteOrderField.RELEVANCE) {
    const match = filter?.text ? ftsQuery(filter.text) : null;
    if (!match) throw badInput('orderBy RELEVANCE needs a full-text filter: give "filter.text"');
    query.setParameter('relevance', match);
  }
  return paginate(query, orderingOf(orderings, field, orderBy?.direction, 'q.id'), args);
}
