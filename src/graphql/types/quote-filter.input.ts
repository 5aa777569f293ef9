import { Field, Float, ID, InputType, registerEnumType } from 'type-graphql';
import { DEFAULT_MAX_SEARCH_TERMS } from '../../services/search-terms.limit';
import { MAX_FILTER_CONDITIONS, MAX_FILTER_DEPTH, MAX_FILTER_LIST_ITEMS } from '../../services/filter-logic';
import { AboutScope, QuoteCriteria } from '../../types/quote-criteria';
import { QuoteKind } from '../../types/quote-kind';

registerEnumType(AboutScope, {
  name: 'AboutScope',
  description: 'Which text must name an `about` entity.',
  valuesConfig: {
    QUOTE: { description: "The quote's own words." },
    PARAGRAPH: { description: 'The paragraph that holds the quote (the default).' },
    ARTICLE: { description: 'The article that holds the quote.' },
  },
});

/** Conditions on quotes; all given conditions must hold. Nest with `and`, `or`, `not`. */
@InputType({ description: `Conditions on quotes; all given conditions must hold. Combine filters with \`and\`, \`or\` and \`not\`, ${MAX_FILTER_DEPTH} levels deep at most; every list holds at most ${MAX_FILTER_LIST_ITEMS} items, and a filter at most ${MAX_FILTER_CONDITIONS} filters and list items in all.` })
export class QuoteFilter implements QuoteCriteria {
  @Field(() => [QuoteFilter], { nullable: true, description: `Every one of these filters holds (at most ${MAX_FILTER_LIST_ITEMS}).` })
  and?: QuoteFilter[] | null;

  @Field(() => [QuoteFilter], { nullable: true, description: `At least one of these filters holds (at most ${MAX_FILTER_LIST_ITEMS}).` })
  or?: QuoteFilter[] | null;

  @Field(() => QuoteFilter, { nullable: true, description: 'This filter does not hold.' })
  not?: QuoteFilter | null;

  @Field(() => String, {
    nullable: true,
    description: 'Speaker name or alias, case- and accent-insensitive; a surname alone works ("Stoltenberg").',
  })
  speaker?: string | null;

  @Field(() => ID, { nullable: true, description: 'Speaker by ID (a Person or an Organization).' })
  speakerId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      `Entities the quote is about (all of them), by name or alias; a place also through the places within it and its demonym ("Ukraine" finds "Kiev" and "Ukrainian"). At most ${MAX_FILTER_LIST_ITEMS}.`,
  })
  about?: string[] | null;

  @Field(() => [String], { nullable: true, description: `Like \`about\`, but at least one of the entities is enough. At most ${MAX_FILTER_LIST_ITEMS}.` })
  aboutAny?: string[] | null;

  @Field(() => AboutScope, { nullable: true, description: 'Where `about` and `aboutAny` entities must be named; default PARAGRAPH.' })
  aboutScope?: AboutScope | null;

  @Field(() => String, {
    nullable: true,
    description:
      `Full-text search inside the quoted words: English stemming, "phrases", prefix*, accents ignored. At most NEWSGRAPH_MAX_SEARCH_TERMS (default ${DEFAULT_MAX_SEARCH_TERMS}) search terms in all \`text\` fields of a filter together, each word of a phrase counting.`,
  })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Articles published on or after this date (YYYY-MM-DD).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Articles published on or before this date (YYYY-MM-DD).' })
  to?: string | null;

  @Field(() => Float, { nullable: true, description: 'Speaker confidence at least this (0..1).' })
  minConfidence?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only quotes in this article.' })
  articleId?: string | null;

  @Field(() => [QuoteKind], {
    nullable: true,
    description:
      'Only quotes of these kinds. When no level of the filter names `kind`, the filter means `kind: [DIRECT]`, applied once to the whole filter (so existing queries keep getting only verbatim words); once any level names `kind` (inside `and`, `or` or `not` too), that is an ordinary condition of its level and no default applies. `kind: []` matches nothing.',
  })
  kind?: QuoteKind[] | null;
}
