import { createUnionType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Article } from '../../entities/article.entity';
import { Location } from '../../entities/location.entity';
import { Organization } from '../../entities/organization.entity';
import { Person } from '../../entities/person.entity';
import { Quote } from '../../entities/quote.entity';
import { SearchType } from '../../types/search-type';
import { SEARCH_WINDOW, SearchTotal } from '../../services/search.service';
import { PageInfo } from './page-info.type';

registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'What `search` looks in.',
  valuesConfig: {
    ARTICLE: { description: 'Articles: title, dek and body (a word in the title counts most).' },
    QUOTE: { description: 'The words of quotes (statements only: no scare quotes or titles).' },
    ENTITY: { description: 'People, organizations and places, by any name, alias, surname or demonym.' },
  },
});

/** A search result: an article, a quote, or a person, organization or location (by the class of the value: type-graphql's default `resolveType`, synchronous). */
export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'What `search` finds: an article, a quote, or a person, organization or location.',
  types: () => [Article, Quote, Person, Organization, Location] as const,
});

/** One search result with its cursor, its highlighted passage and its score. */
@ObjectType({ simpleResolvers: true, description: 'One search result in a page, with the passage that matched.' })
export class SearchEdge {
  @Field({ description: 'Opaque cursor for `after` (valid for the same query and types).' })
  cursor!: string;

  @Field(() => SearchResult, { description: 'The article, quote, person, organization or place found.' })
  node!: typeof SearchResult;

  @Field({
    description:
      'The best-matching passage as HTML, safe to render: about 12 words (for an article from its title, dek or body, whichever matches best; for an entity, the name that matched), the text HTML-escaped, matches wrapped in `<mark>`…`</mark>`, cuts shown as `…`.',
  })
  snippet!: string;

  @Field(() => Float, {
    description:
      'Relevance, higher is better: 20 for an entity; for an article, the weight of the first of its parts that holds the whole search (title 10, dek 4, body 1); for a quote, 800 / (100 + its length in characters), so a shorter quote ranks higher (between 8 and 0; a quote of 100 characters scores 4).',
  })
  score!: number;
}

/** A page of search results, best first; `totalCount` and `totalCountIsExact` are computed only when asked for (one count for both). */
@ObjectType({ simpleResolvers: true, description: `A page of search results, best match first, among the ${SEARCH_WINDOW.toLocaleString('en')} matches of each type stored last (for quotes: of every kind, those of the kinds asked listed).` })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: 'The results of this page, best first, each with its cursor and snippet.' })
  edges!: SearchEdge[];

  @Field(() => PageInfo, { description: 'Whether more results follow, and the cursors of this page.' })
  pageInfo!: PageInfo;

  total!: () => Promise<SearchTotal>;

  @Field(() => Int, {
    description: `Number of results across all requested types, not only this page: every result the search lists, each type counted up to ${SEARCH_WINDOW.toLocaleString('en')}. When a type has more matches, it counts as ${SEARCH_WINDOW.toLocaleString('en')} and \`totalCountIsExact\` is false: there are at least this many matches (narrow the search to see the others).`,
  })
  async totalCount(): Promise<number> {
    return (await this.total()).count;
  }

  @Field(() => Boolean, {
    description: `True when \`totalCount\` is the number of every match; false when some type has more than ${SEARCH_WINDOW.toLocaleString('en')} matches, so that \`totalCount\` is a lower bound (as Elasticsearch's hits.total.relation "gte"). Costs the same count as \`totalCount\`, once for both.`,
  })
  async totalCountIsExact(): Promise<boolean> {
    return (await this.total()).exact;
  }

  /** Builds a connection from edges (in rank order) and the page's flags and lazy count. */
  static of(
    edges: Array<Pick<SearchEdge, 'cursor' | 'node' | 'snippet' | 'score'>>,
    page: { hasNextPage: boolean; hasPreviousPage: boolean; total: () => Promise<SearchTotal> },
  ): SearchConnection {
    const built = edges.map((edge) => Object.assign(new SearchEdge(), edge));
    return Object.assign(new SearchConnection(), {
      edges: built,
      pageInfo: Object.assign(new PageInfo(), {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: built[0]?.cursor ?? null,
        endCursor: built[built.length - 1]?.cursor ?? null,
      }),
      total: page.total,
    });
  }
}
