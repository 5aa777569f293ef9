import { DataSource } from 'typeorm';
import { dialectOf } from '../db/dialect';
import { readEntities } from '../db/entity.reader';
import { Quote } from '../entities/quote.entity';
import { QuoteCriteria } from '../types/quote-criteria';
import { compileQuoteFilter } from './quote-filter.compiler';
import { quotesAdded } from './quote-events';

/**
 * The quotes stored from now on that match `filter` (checked in SQL, the same compiled filter as
 * `quotes`), as they are committed. The filter is compiled once, up front, so a bad filter fails
 * the subscription at once; `maxSearchTerms` caps its full-text terms (see `compileQuoteFilter`).
 */
export function matchingQuotesAdded(
  dataSource: DataSource,
  filter: QuoteCriteria | null | undefined,
  maxSearchTerms: number,
  signal?: AbortSignal,
): AsyncGenerator<Quote> {
  const { sql, params } = compileQuoteFilter(filter, dialectOf(dataSource), maxSearchTerms);
  return (async function* () {
    for await (const id of quotesAdded(dataSource, signal)) {
      const { entities } = await readEntities(dataSource, Quote, {
        from: 'quote q',
        alias: 'q',
        where: `q.id = :quoteId AND (${sql})`,
        params: { ...params, quoteId: id },
        orderBy: 'q.id',
      });
      if (entities.length) yield entities[0];
    }
  })();
}
