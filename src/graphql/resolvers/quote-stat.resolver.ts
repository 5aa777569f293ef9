import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Article } from '../../entities/article.entity';
import { NamedEntity } from '../../entities/named-entity.entity';
import { quoteStats } from '../../services/quote-stats.service';
import { Context } from '../context';
import { QuoteFilter } from '../types/quote-filter.input';
import { QuoteGroup } from '../../types/quote-group';
import { QuoteStat } from '../types/quote-stat.type';
import { operationReads } from '../operation-reads';
import { entityReads } from './entity-reads';

/** `quoteStats` (facets) and the fields of QuoteStat. */
@Resolver(() => QuoteStat)
export class QuoteStatResolver {
  @Query(() => [QuoteStat], { description: 'Counts of the quotes that match the filter, grouped (facets), largest first.' })
  quoteStats(
    @Arg('filter', () => QuoteFilter, { nullable: true, description: 'Which quotes to count; all DIRECT statement quotes when left out (name `kind` in the filter for others).' }) filter: QuoteFilter | null,
    @Arg('groupBy', () => QuoteGroup, { description: 'What to count them by.' }) groupBy: QuoteGroup,
    @Arg('first', () => Int, { nullable: true, description: 'How many groups (1 to 100, default 10).' }) first: number | null,
    @Ctx() { dataSource, limits, cancel }: Context,
  ): Promise<QuoteStat[]> {
    return quoteStats(dataSource, filter, groupBy, first, limits.maxSearchTerms, cancel.signal);
  }

  @FieldResolver(() => NamedEntity, { nullable: true, description: 'The speaker or entity behind the key (SPEAKER, MENTIONED_*).' })
  entity(@Root() stat: QuoteStat, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Promise<NamedEntity | null> | null {
    return stat.entityId === null ? null : loaders.entityReading(entityReads(info)).load(stat.entityId);
  }

  @FieldResolver(() => Article, { nullable: true, description: 'The article behind the key (ARTICLE).' })
  article(@Root() stat: QuoteStat, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Promise<Article | null> | null {
    return stat.articleId === null ? null : loaders.articleReading(operationReads(info, 'Article')).load(stat.articleId);
  }
}
