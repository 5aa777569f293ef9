import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { DEFAULT_MAX_SEARCH_TERMS } from '../../services/search-terms.limit';
import { Article } from '../../entities/article.entity';
import { Location } from '../../entities/location.entity';
import { Organization } from '../../entities/organization.entity';
import { Person } from '../../entities/person.entity';
import { Quote } from '../../entities/quote.entity';
import { Loaders } from '../../loaders/loaders';
import { SEARCH_WINDOW, SearchHit, searchContent } from '../../services/search.service';
import { Context } from '../context';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../types/page';
import { QuoteKind } from '../../types/quote-kind';
import { SearchType } from '../../types/search-type';
import { SearchConnection } from '../types/search.types';
import { operationReads } from '../operation-reads';
import { entityReads } from './entity-reads';

type SearchNode = Article | Quote | Person | Organization | Location;

/**
 * The node of a hit, through this request's DataLoaders (one batch per type), reading the columns
 * the operation `info` reads of its type; null when it is gone.
 */
async function nodeOf(hit: SearchHit, loaders: Loaders, info: GraphQLResolveInfo): Promise<SearchNode | null> {
  if (hit.type === SearchType.ARTICLE) return loaders.articleReading(operationReads(info, 'Article')).load(hit.rowId);
  if (hit.type === SearchType.QUOTE) return loaders.quoteReading(operationReads(info, 'Quote')).load(hit.rowId);
  const entity = await loaders.entityReading(entityReads(info)).load(hit.rowId);
  return entity instanceof Person || entity instanceof Organization || entity instanceof Location ? entity : null;
}

/**
 * `search`: full-text search over articles, quotes and entities. Checks nothing itself: the
 * service validates the arguments and ranks; nodes come through the request's DataLoaders, so a
 * page costs the same number of SQL statements whatever its size. When the operation reads the
 * count (`totalCount`, `totalCountIsExact`), the page's statement counts too.
 */
@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description: `Full-text search over articles (title, dek, body), quotes (statements of the kinds \`kind\` names, DIRECT when left out) and entities (any name or alias), best match first among the ${SEARCH_WINDOW.toLocaleString('en')} matches of each type stored last (the newest; older ones are not listed: narrow the search to reach them): entities whose name or alias matches, then articles whose title holds the whole search, then quotes (shorter first) and articles whose dek holds it, then articles whose body alone holds it (see \`SearchEdge.score\`); ties by type, then newest first. The cost of a page does not grow with the number of matches. Words are all required; English stemming ("guarantee" finds "guarantees"), case and accents are ignored ("zurich" finds "Zürich"); "quoted words" must appear as a phrase; a trailing * matches a prefix ("milit*"). Other punctuation and operators (AND, OR, NOT, -) are taken as plain text. A query with no words to search for (empty, punctuation only) gives an empty connection, not an error; one with more search terms than the server's NEWSGRAPH_MAX_SEARCH_TERMS (default ${DEFAULT_MAX_SEARCH_TERMS}; each word of a phrase counts) is refused with BAD_USER_INPUT.`,
  })
  async search(
    @Arg('query', () => String, { description: `What to look for: words, "phrases", prefix*; at most NEWSGRAPH_MAX_SEARCH_TERMS (default ${DEFAULT_MAX_SEARCH_TERMS}) terms.` }) query: string,
    @Arg('types', () => [SearchType], { nullable: true, description: 'Where to look; all types when omitted; an empty list finds nothing.' })
    types: SearchType[] | null,
    @Arg('kind', () => [QuoteKind], { nullable: true, description: 'The kinds of the quotes it finds; [DIRECT] when left out (articles and entities are found whatever it says).' })
    kind: QuoteKind[] | null,
    @Arg('first', () => Int, { nullable: true, description: `Results to return (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the result to start after, from the same query, types and kinds.' })
    after: string | null,
    @Ctx() { dataSource, loaders, limits, cancel }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchConnection> {
    const connection = operationReads(info, 'SearchConnection');
    const withTotal = connection.has('totalCount') || connection.has('totalCountIsExact');
    const page = await searchContent(dataSource, { query, types, quoteKinds: kind, first, after, maxTerms: limits.maxSearchTerms, signal: cancel.signal, withTotal });
    const nodes = await Promise.all(page.hits.map((hit) => nodeOf(hit, loaders, info)));
    const edges = page.hits.flatMap((hit, i) => {
      const node = nodes[i];
      return node ? [{ cursor: hit.cursor, node, snippet: hit.snippet, score: hit.score }] : [];
    });
    return SearchConnection.of(edges, page);
  }
}
