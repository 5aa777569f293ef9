import { Field, InputType } from 'type-graphql';
import { ArticleCriteria } from '../../types/article-criteria';

/** Conditions on articles; all given conditions must hold. Nest with `and`, `or`, `not`. */
@InputType({ description: 'Conditions on articles; all given conditions must hold. Combine filters with `and`, `or` and `not`.' })
export class ArticleFilter implements ArticleCriteria {
  @Field(() => [ArticleFilter], { nullable: true, description: 'Every one of these filters holds.' })
  and?: ArticleFilter[] | null;

  @Field(() => [ArticleFilter], { nullable: true, description: 'At least one of these filters holds.' })
  or?: ArticleFilter[] | null;

  @Field(() => ArticleFilter, { nullable: true, description: 'This filter does not hold.' })
  not?: ArticleFilter | null;

  @Field(() => String, { nullable: true, description: 'Full-text search in title, dek and body: English stemming, "phrases", prefix*, accents ignored.' })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Published on or after this date (YYYY-MM-DD).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Published on or before this date (YYYY-MM-DD).' })
  to?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Entities the article names (all of them), by name or alias; a place also through the places within it and its demonym.',
  })
  mentions?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Publisher or feed, case-insensitive.' })
  source?: string | null;
}
