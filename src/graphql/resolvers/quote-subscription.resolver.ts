import { Arg, Resolver, Root, Subscription } from 'type-graphql';
import { Quote } from '../../entities/quote.entity';
import { matchingQuotesAdded } from '../../services/quote-feed.service';
import { withKinds } from '../../services/quote-filter.compiler';
import { QuoteKind } from '../../types/quote-kind';
import { Context } from '../context';
import { QuoteFilter } from '../types/quote-filter.input';

/** `quoteAdded`: live quotes over graphql-ws. */
@Resolver()
export class QuoteSubscriptionResolver {
  @Subscription(() => Quote, {
    description:
      'Every quote stored from now on (by ingestArticle, or an ingest in this server process) that matches the filter and the kinds, as it is committed. Over graphql-ws on the same URL.',
    subscribe: ({ args, context }) => {
      const { dataSource, limits } = context as Context;
      const filter = withKinds(args.filter as QuoteFilter | null, args.kind as QuoteKind[] | null);
      return matchingQuotesAdded(dataSource, filter, limits.maxSearchTerms);
    },
  })
  quoteAdded(
    @Root() quote: Quote,
    @Arg('filter', () => QuoteFilter, { nullable: true, description: 'Which quotes; all DIRECT statement quotes when left out.' }) _filter: QuoteFilter | null,
    @Arg('kind', () => [QuoteKind], {
      nullable: true,
      description: 'Only quotes of these kinds (with `filter.kind` too: the kinds in both). Left out: the kinds of `filter`, else [DIRECT].',
    })
    _kind: QuoteKind[] | null,
  ): Quote {
    return quote;
  }
}
