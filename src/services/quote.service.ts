import { DataSource } from 'typeorm';
import { Page } from '../graphql/types/connection.type';
import { PageArgs } from '../graphql/types/page-args';
import { QuoteFilter } from '../graphql/types/quote-filter.input';
import { Quote } from '../entities/quote.entity';
import { paginate } from './paginate';
import { compileQuoteFilter } from './quote-filter.compiler';

/** One page of the quotes that match `filter`, in article order (ingest order, then position). */
export function findQuotes(dataSource: DataSource, filter: QuoteFilter | null | undefined, args: PageArgs): Promise<Page<Quote>> {
  const { sql, params } = compileQuoteFilter(filter);
  return paginate(dataSource.getRepository(Quote).createQueryBuilder('q').where(sql, params), 'q.id', args);
}
