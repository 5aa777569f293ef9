import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Article } from '../../entities/article.entity';
import { Mention } from '../../entities/mention.entity';
import { Organization } from '../../entities/organization.entity';
import { Person } from '../../entities/person.entity';
import { Quote } from '../../entities/quote.entity';
import { findQuotes } from '../../services/quote.service';
import { Context } from '../context';
import { operationReads } from '../operation-reads';
import { QuoteConnection } from '../types/connections';
import { QuoteOrder } from '../types/order.input';
import { PageArgs } from '../types/page-args';
import { QuoteFilter } from '../types/quote-filter.input';
import { Speaker } from '../types/speaker.union';
import { Reads } from '../../entities/reads.decorator';
import { entityReads } from './entity-reads';
import { joinedOf } from '../../types/joined-read';
import { NamedEntity } from '../../entities/named-entity.entity';
import { articleOf, joinsOf } from './joined-reads';
import { MentionListArgs } from '../types/mention-list.args';

/** A speaker as the API shows it: a person or an organization (a place said to speak is none). */
function asSpeaker(entity: NamedEntity | null): Person | Organization | null {
  return entity instanceof Person || entity instanceof Organization ? entity : null;
}

/** Quote.speaker: the speaker read with the quote (see joinsOf), else loaded by id. */
export function quoteSpeaker(quote: Quote, { loaders }: Context, info: GraphQLResolveInfo): Person | Organization | null | Promise<Person | Organization | null> {
  if (quote.speakerId === null) return null;
  const joined = joinedOf<NamedEntity>(quote, 'speaker');
  if (joined !== undefined) return asSpeaker(joined);
  return loaders.entityReading(entityReads(info)).load(quote.speakerId).then(asSpeaker);
}

/** `quotes` and the fields of Quote (some resolved by plain calls when executed: see lean-fields.ts). */
@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => QuoteConnection, { description: 'Quotes that match the filter, a page at a time.' })
  async quotes(
    @Arg('filter', () => QuoteFilter, { nullable: true, description: 'Which quotes; all DIRECT statement quotes when left out (name `kind` in the filter for others).' }) filter: QuoteFilter | null,
    @Arg('orderBy', () => QuoteOrder, { nullable: true, description: 'Default: POSITION (article by article, in text order).' }) orderBy: QuoteOrder | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { dataSource, limits }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return QuoteConnection.fromPage(await findQuotes(dataSource, filter, orderBy, args, limits.maxSearchTerms, operationReads(info, 'Quote'), joinsOf(info, 'Quote')));
  }

  @FieldResolver(() => Speaker, { nullable: true, description: 'Who said it, when known.' })
  @Reads('speakerId')
  speaker(@Root() quote: Quote, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Person | Organization | null | Promise<Person | Organization | null> {
    return quoteSpeaker(quote, context, info);
  }

  @FieldResolver(() => Article, { description: 'The article it appears in.' })
  @Reads('articleId')
  article(@Root() quote: Quote, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Article | Promise<Article> {
    return articleOf(quote, context, info);
  }

  @FieldResolver(() => [Mention], { description: 'The entities named in the quoted words (their names; `forms` for demonyms), in text order.' })
  mentions(@Root() quote: Quote, @Args(() => MentionListArgs) { forms }: MentionListArgs, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Promise<Mention[]> {
    return loaders.quoteMentions(forms)(operationReads(info, 'Mention'), joinsOf(info, 'Mention')).load(quote.rowId);
  }
}
