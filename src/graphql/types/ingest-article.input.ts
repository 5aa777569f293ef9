import { Field, InputType, ObjectType } from 'type-graphql';
import { Article } from '../../entities/article.entity';

/** An article sent through the API. */
@InputType({ description: 'An article to ingest: the same fields as a JSON file for `newsgraph ingest`.' })
export class IngestArticleInput {
  @Field({ description: 'Headline.' })
  title!: string;

  @Field({ description: 'The text, stored exactly as given: every span the API returns is an offset into it.' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'Where it was published; an article with a url already stored is not stored again.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date or date-time.' })
  publishedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher or feed.' })
  source?: string | null;
}

/** What `ingestArticle` did. */
@ObjectType({ simpleResolvers: true, description: 'What `ingestArticle` did.' })
export class IngestArticlePayload {
  @Field(() => Article, { description: 'The stored article (the one already there, when it was a duplicate).' })
  article!: Article;

  @Field({ description: 'True when the article was new and is now stored; false when the same body or url was already there.' })
  created!: boolean;
}
