import { Field, ID, InputType, registerEnumType } from 'type-graphql';

/** Which text must name an `about` entity for a quote to count as being about it. */
export enum AboutScope {
  QUOTE = 'QUOTE',
  PARAGRAPH = 'PARAGRAPH',
  ARTICLE = 'ARTICLE',
}

registerEnumType(AboutScope, {
  name: 'AboutScope',
  description: 'Which text must name an `about` entity.',
  valuesConfig: {
    QUOTE: { description: "The quote's own words." },
    PARAGRAPH: { description: 'The paragraph that holds the quote (the default).' },
    ARTICLE: { description: 'The article that holds the quote.' },
  },
});

/** Conditions on quotes; all given conditions must hold. */
@InputType({ description: 'Conditions on quotes; all given conditions must hold.' })
export class QuoteFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Speaker name or alias, case- and accent-insensitive; a surname alone works ("Stoltenberg").',
  })
  speaker?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Entities the quote is about (all of them), by name or alias; a place also through the places within it and its demonym ("Ukraine" finds "Kiev" and "Ukrainian").',
  })
  about?: string[] | null;

  @Field(() => AboutScope, { nullable: true, description: 'Where `about` entities must be named; default PARAGRAPH.' })
  aboutScope?: AboutScope | null;

  @Field(() => ID, { nullable: true, description: 'Only quotes in this article.' })
  articleId?: string | null;
}
