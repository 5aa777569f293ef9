import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Article } from '../../entities/article.entity';
import { Mention } from '../../entities/mention.entity';
import { Organization } from '../../entities/organization.entity';
import { Person } from '../../entities/person.entity';
import { Quote } from '../../entities/quote.entity';
import { findQuotes } from '../../services/quote.service';
import { Context } from '../context';
import { QuoteConnection } from '../types/connections';
import { QuoteOrder } from '../types/order.input';
import { PageArgs } from '../types/page-args';
import { QuoteFilter } from '../types/quote-filter.input';
import { Speaker } from '../types/speaker.union';
import { TextSpan, textSpan } from '../types/text-span.type';

/** `quotes` and the fields of Quote. */
@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => QuoteConnection, { description: 'Quotes that match the filter, a page at a time.' })
  async quotes(
    @Arg('filter', () => QuoteFilter, { nullable: true, description: 'Which quotes; all statement quotes when left out.' }) filter: QuoteFilter | null,
    @Arg('orderBy', () => QuoteOrder, { nullable: true, description: 'Default: POSITION (article by article, in text order).' }) orderBy: QuoteOrder | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { dataSource }: Context,
  ) {
    return QuoteConnection.fromPage(await findQuotes(dataSource, filter, orderBy, args));
  }

  @FieldResolver(() => TextSpan, { description: 'Where the quoted words are in `Article.body` (without the marks).' })
  span(@Root() quote: Quote): TextSpan {
    return textSpan(quote.start, quote.end, quote.text);
  }

  @FieldResolver(() => TextSpan, { nullable: true, description: 'The cue words ("said", "pointed out", "according to").' })
  cue(@Root() quote: Quote): TextSpan | null {
    return quote.cueText === null ? null : textSpan(quote.cueStart!, quote.cueEnd!, quote.cueText);
  }

  @FieldResolver(() => TextSpan, {
    nullable: true,
    description: 'The speaker as written next to the quote: a name, "he", "the company".',
  })
  speakerMention(@Root() quote: Quote): TextSpan | null {
    return quote.speakerMentionText === null
      ? null
      : textSpan(quote.speakerMentionStart!, quote.speakerMentionEnd!, quote.speakerMentionText);
  }

  @FieldResolver(() => Speaker, { nullable: true, description: 'Who said it, when known.' })
  async speaker(@Root() quote: Quote, @Ctx() { loaders }: Context): Promise<Person | Organization | null> {
    if (quote.speakerId === null) return null;
    const entity = await loaders.entity.load(quote.speakerId);
    return entity instanceof Person || entity instanceof Organization ? entity : null;
  }

  @FieldResolver(() => Article, { description: 'The article it appears in.' })
  async article(@Root() quote: Quote, @Ctx() { loaders }: Context): Promise<Article> {
    return (await loaders.article.load(quote.articleId))!;
  }

  @FieldResolver(() => [Mention], { description: 'The entities named in the quoted words.' })
  mentions(@Root() quote: Quote, @Ctx() { loaders }: Context): Promise<Mention[]> {
    return loaders.quoteMentions.load(quote.rowId);
  }
}
