import 'reflect-metadata';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { Arg, Args, FieldResolver, Int, Query, Resolver, Root, buildSchema } from 'type-graphql';
import { DataSource, In } from 'typeorm';
import { openDataSource } from '../src/db/data-source';
import { Article } from '../src/entities/article.entity';
import { Location } from '../src/entities/location.entity';
import { Mention } from '../src/entities/mention.entity';
import { NamedEntity } from '../src/entities/named-entity.entity';
import { Organization } from '../src/entities/organization.entity';
import { Person } from '../src/entities/person.entity';
import { Quote } from '../src/entities/quote.entity';
import { ArticleFilter } from '../src/graphql/types/article-filter.input';
import { ArticleConnection, QuoteConnection } from '../src/graphql/types/connections';
import { MentionListArgs } from '../src/graphql/types/mention-list.args';
import { PageArgs } from '../src/graphql/types/page-args';
import { QuoteFilter } from '../src/graphql/types/quote-filter.input';
import { QuoteStat } from '../src/graphql/types/quote-stat.type';
import { SearchConnection } from '../src/graphql/types/search.types';
import { QuoteGroup } from '../src/types/quote-group';
import { QuoteKind } from '../src/types/quote-kind';
import { SearchType } from '../src/types/search-type';
import { Speaker } from '../src/graphql/types/speaker.union';
import { TextSpan, textSpan } from '../src/entities/text-span.type';
import { compileArticleFilter } from '../src/services/article-filter.compiler';
import { toCursor } from '../src/db/page-window';
import { compileQuoteFilter } from '../src/services/quote-filter.compiler';
import { quoteStats } from '../src/services/quote-stats.service';
import { searchContent } from '../src/services/search.service';
import { DEFAULT_MAX_SEARCH_TERMS } from '../src/services/search-terms.limit';

/**
 * The naive build: the same schema shape for what the benchmark asks (quotes, articles, search,
 * quoteStats and the relations under them), as a team writes it first: type-graphql resolvers on
 * the same TypeORM entities, the same filters (the project's filter compilers and services for
 * the top-level SQL), but every relation loaded row by row through the repository (findOneBy /
 * find per parent), no DataLoader, no response cache, no plugins. Pages are plain ORDER BY id
 * LIMIT n, counts a separate COUNT.
 */

let ds: DataSource;

const page = <T extends { rowId: number }>(nodes: T[], totalCount: () => Promise<number>) => ({
  nodes,
  cursors: nodes.map((n) => toCursor('POSITION_ASC', { value: n.rowId, id: n.rowId })),
  hasNextPage: false,
  hasPreviousPage: false,
  totalCount,
});

@Resolver()
class NaiveQueryResolver {
  @Query(() => QuoteConnection)
  async quotes(@Arg('filter', () => QuoteFilter, { nullable: true }) filter: QuoteFilter | null, @Args(() => PageArgs) args: PageArgs) {
    const { sql, params } = compileQuoteFilter(filter);
    const query = ds.getRepository(Quote).createQueryBuilder('q').where(sql, params).orderBy('q.id', 'ASC');
    const nodes = await query.clone().take(args.first ?? 10).getMany();
    return QuoteConnection.fromPage(page(nodes, () => query.getCount()));
  }

  @Query(() => ArticleConnection)
  async articles(@Arg('filter', () => ArticleFilter, { nullable: true }) filter: ArticleFilter | null, @Args(() => PageArgs) args: PageArgs) {
    const { sql, params } = compileArticleFilter(filter);
    const query = ds.getRepository(Article).createQueryBuilder('a').where(sql, params).orderBy('a.id', 'ASC');
    const nodes = await query.clone().take(args.first ?? 10).getMany();
    return ArticleConnection.fromPage(page(nodes, () => query.getCount()));
  }

  @Query(() => SearchConnection)
  async search(
    @Arg('query', () => String) query: string,
    @Arg('types', () => [SearchType], { nullable: true }) types: SearchType[] | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
  ): Promise<SearchConnection> {
    const result = await searchContent(ds, { query, types, first, maxTerms: DEFAULT_MAX_SEARCH_TERMS });
    const edges = [];
    for (const hit of result.hits) {
      const node =
        hit.type === SearchType.ARTICLE
          ? await ds.getRepository(Article).findOneBy({ rowId: hit.rowId })
          : hit.type === SearchType.QUOTE
            ? await ds.getRepository(Quote).findOneBy({ rowId: hit.rowId })
            : await ds.getRepository(NamedEntity).findOneBy({ rowId: hit.rowId });
      if (node) edges.push({ cursor: hit.cursor, node, snippet: hit.snippet, score: hit.score });
    }
    return SearchConnection.of(edges, result);
  }

  @Query(() => [QuoteStat])
  quoteStats(
    @Arg('filter', () => QuoteFilter, { nullable: true }) filter: QuoteFilter | null,
    @Arg('groupBy', () => QuoteGroup) groupBy: QuoteGroup,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
  ): Promise<QuoteStat[]> {
    return quoteStats(ds, filter, groupBy, first, DEFAULT_MAX_SEARCH_TERMS);
  }
}

@Resolver(() => Quote)
class NaiveQuoteResolver {
  @FieldResolver(() => Article)
  async article(@Root() quote: Quote): Promise<Article> {
    return (await ds.getRepository(Article).findOneBy({ rowId: quote.articleId }))!;
  }

  @FieldResolver(() => Speaker, { nullable: true })
  async speaker(@Root() quote: Quote): Promise<Person | Organization | null> {
    if (quote.speakerId === null) return null;
    const entity = await ds.getRepository(NamedEntity).findOneBy({ rowId: quote.speakerId });
    return entity instanceof Person || entity instanceof Organization ? entity : null;
  }
}

@Resolver(() => Article)
class NaiveArticleResolver {
  @FieldResolver(() => QuoteConnection)
  async quotes(@Root() article: Article, @Args(() => PageArgs) args: PageArgs) {
    const where = { articleId: article.rowId, isStatement: true, kind: QuoteKind.DIRECT };
    const nodes = await ds.getRepository(Quote).find({ where, order: { rowId: 'ASC' }, take: args.first ?? 10 });
    return QuoteConnection.fromPage(page(nodes, () => ds.getRepository(Quote).count({ where })));
  }

  @FieldResolver(() => [Mention])
  mentions(@Root() article: Article, @Args(() => MentionListArgs) { forms }: MentionListArgs): Promise<Mention[]> {
    return ds.getRepository(Mention).find({ where: { articleId: article.rowId, form: In(forms) }, order: { start: 'ASC' } });
  }
}

@Resolver(() => Mention)
class NaiveMentionResolver {
  @FieldResolver(() => NamedEntity)
  async entity(@Root() mention: Mention): Promise<NamedEntity> {
    return (await ds.getRepository(NamedEntity).findOneBy({ rowId: mention.entityId }))!;
  }

  @FieldResolver(() => TextSpan)
  span(@Root() mention: Mention): TextSpan {
    return textSpan(mention.start, mention.end, mention.text);
  }
}

@Resolver(() => QuoteStat)
class NaiveQuoteStatResolver {
  @FieldResolver(() => NamedEntity, { nullable: true })
  entity(@Root() stat: QuoteStat): Promise<NamedEntity | null> | null {
    return stat.entityId === null ? null : ds.getRepository(NamedEntity).findOneBy({ rowId: stat.entityId });
  }
}

/** Starts the naive build on the database file. */
export async function startNaive(databasePath: string, port = 0): Promise<http.Server> {
  ds = await openDataSource({ databasePath });
  const schema = await buildSchema({
    resolvers: [NaiveQueryResolver, NaiveQuoteResolver, NaiveArticleResolver, NaiveMentionResolver, NaiveQuoteStatResolver],
    orphanedTypes: [Person, Organization, Location],
    validate: false,
  });
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
  const server = http.createServer(app);
  server.keepAliveTimeout = 60000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
