import { Field, InputType } from 'type-graphql';
import { DEFAULT_MAX_SEARCH_TERMS } from '../../services/search-terms.limit';
import { MAX_FILTER_CONDITIONS, MAX_FILTER_DEPTH, MAX_FILTER_LIST_ITEMS } from '../../services/filter-logic';
import { ArticleCriteria } from '../../types/article-criteria';

/** Conditions on articles; all given conditions must hold. Nest with `and`, `or`, `not`. */
@InputType({ description: `Conditions on articles; all given conditions must hold. Combine filters with \`and\`, \`or\` and \`not\`, ${MAX_FILTER_DEPTH} levels deep at most; every list holds at most ${MAX_FILTER_LIST_ITEMS} items, and a filter at most ${MAX_FILTER_CONDITIONS} filters and list items in all.` })
export class ArticleFilter implements ArticleCriteria {
  @Field(() => [ArticleFilter], { nullable: true, description: `Every one of these filters holds (at most ${MAX_FILTER_LIST_ITEMS}).` })
  and?: ArticleFilter[] | null;

  @Field(() => [ArticleFilter], { nullable: true, description: `At least one of these filters holds (at most ${MAX_FILTER_LIST_ITEMS}).` })
  or?: ArticleFilter[] | null;

  @Field(() => ArticleFilter, { nullable: true, description: 'This filter does not hold.' })
  not?: ArticleFilter | null;

  @Field(() => String, {
    nullable: true,
    description:
      `Full-text search in title, dek and body: English stemming, "phrases", prefix*, accents ignored. At most NEWSGRAPH_MAX_SEARCH_TERMS (default ${DEFAULT_MAX_SEARCH_TERMS}) search terms in all \`text\` fields of a filter together, each word of a phrase counting.`,
  })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Published on or after this date (YYYY-MM-DD).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Published on or before this date (YYYY-MM-DD).' })
  to?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `Entities the article names (all of them), by name or alias; a place also through the places within it and its demonym. At most ${MAX_FILTER_LIST_ITEMS}.`,
  })
  mentions?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Publisher or feed, case-insensitive.' })
  source?: string | null;
}
