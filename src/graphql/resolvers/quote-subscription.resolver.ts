import { Arg, Resolver, Root, Subscription } from 'type-graphql';
import { Quote } from '../../entities/quote.entity';
import { matchingQuotesAdded } from '../../services/quote-feed.service';
import { Context } from '../context';
import { QuoteFilter } from '../types/quote-filter.input';

/** `quoteAdded`: live quotes over graphql-ws. */
@Resolver()
export class QuoteSubscriptionResolver {
  @Subscription(() => Quote, {
    description:
      'Every quote stored from now on (by ingestArticle, or an ingest in this server process) that matches the filter, as it is committed. Over graphql-ws on the same URL.',
    subscribe: ({ args, context }) => {
      const { dataSource, limits } = context as Context;
      return matchingQuotesAdded(dataSource, args.filter as QuoteFilter | null, limits.maxSearchTerms);
    },
  })
  quoteAdded(
    @Root() quote: Quote,
    @Arg('filter', () => QuoteFilter, { nullable: true, description: 'Which quotes; all statement quotes when left out.' }) _filter: QuoteFilter | null,
  ): Quote {
    return quote;
  }
}
