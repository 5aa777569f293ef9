import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Article } from '../../entities/article.entity';
import { Mention } from '../../entities/mention.entity';
import { findArticles } from '../../services/article.service';
import { Context } from '../context';
import { operationReads } from '../operation-reads';
import { ArticleFilter } from '../types/article-filter.input';
import { ArticleConnection, QuoteConnection } from '../types/connections';
import { rowIdOf } from '../../types/bad-input';
import { ArticleOrder } from '../types/order.input';
import { PageArgs } from '../types/page-args';
import { QuotePageArgs } from '../types/quote-page.args';
import { DEFAULT_QUOTE_KINDS } from '../../types/quote-kind';
import { TextSpan, textSpan } from '../../entities/text-span.type';
import { Reads } from '../../entities/reads.decorator';
import { ARTICLE_TEXT_BYTES, Size } from '../../entities/size.decorator';
import { joinsOf } from './joined-reads';
import { MentionListArgs } from '../types/mention-list.args';

/** `article`, `articles` and the fields of Article. */
@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: 'One article by ID.' })
  article(@Arg('id', () => ID, { description: 'The global ID of the article.' }) id: string, @Ctx() { loaders }: Context): Promise<Article | null> {
    return loaders.article.load(rowIdOf(id, ['Article'], 'id'));
  }

  @Query(() => ArticleConnection, { description: 'Articles that match the filter, a page at a time (default: in ingest order).' })
  async articles(
    @Arg('filter', () => ArticleFilter, { nullable: true, description: 'Which articles; all when left out.' }) filter: ArticleFilter | null,
    @Arg('orderBy', () => ArticleOrder, { nullable: true, description: 'Default: ingest order.' }) orderBy: ArticleOrder | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { dataSource, limits }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ArticleConnection.fromPage(await findArticles(dataSource, filter, orderBy, args, limits.maxSearchTerms, operationReads(info, 'Article')));
  }

  @FieldResolver(() => [TextSpan], { description: 'The body paragraphs (without title, caption, subheadings or boilerplate).' })
  @Reads('paragraphSpans')
  @Size(ARTICLE_TEXT_BYTES)
  async paragraphs(@Root() article: Article, @Ctx() { loaders }: Context): Promise<TextSpan[]> {
    const body = await loaders.articleBody.load(article.rowId);
    return article.paragraphSpans.map(({ start, end }) => textSpan(start, end, body.slice(start, end)));
  }

  @FieldResolver(() => String, { description: 'The full text every span points into: the raw page for page-text files, `body` exactly as given for JSON.' })
  @Size(ARTICLE_TEXT_BYTES)
  body(@Root() article: Article, @Ctx() { loaders }: Context): Promise<string> {
    return loaders.articleBody.load(article.rowId);
  }

  @FieldResolver(() => QuoteConnection, { description: 'The quotes in this article of the kinds `kind` (DIRECT when left out), in text order.' })
  quotes(@Root() article: Article, @Args(() => QuotePageArgs) { kind, ...args }: QuotePageArgs, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const kinds = kind ?? DEFAULT_QUOTE_KINDS;
    return loaders.articleQuotes(operationReads(info, 'Quote'), joinsOf(info, 'Quote')).load({ parentId: article.rowId, args, kinds }).then(QuoteConnection.fromPage);
  }

  @FieldResolver(() => [Mention], { description: 'Every place the article names an entity (by default by a name; `forms` for demonyms), in text order.' })
  mentions(@Root() article: Article, @Args(() => MentionListArgs) { forms }: MentionListArgs, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Promise<Mention[]> {
    return loaders.articleMentions(forms)(operationReads(info, 'Mention'), joinsOf(info, 'Mention')).load(article.rowId);
  }
}
