import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { deleteArticle, ingestArticle } from '../../services/article-write.service';
import { rowIdOf } from '../../types/bad-input';
import { Context, requireApiKey } from '../context';
import { IngestArticleInput, IngestArticlePayload } from '../types/ingest-article.input';

/** The writes: `ingestArticle` and `deleteArticle`, both behind an API key. */
@Resolver()
export class ArticleWriteResolver {
  @Mutation(() => IngestArticlePayload, {
    description: 'Ingests one article with the same pipeline as `newsgraph ingest`. Needs an API key (Authorization: Bearer KEY).',
  })
  async ingestArticle(@Arg('input', () => IngestArticleInput, { description: 'The article.' }) input: IngestArticleInput, @Ctx() context: Context): Promise<IngestArticlePayload> {
    requireApiKey(context);
    const result = await ingestArticle(context.dataSource, input, { limits: context.limits, signal: context.cancel.signal });
    const article = await context.loaders.article.load(result.articleId);
    return Object.assign(new IngestArticlePayload(), { article: article!, created: result.status === 'stored' });
  }

  @Mutation(() => Boolean, {
    description: 'Deletes an article with its quotes and mentions, and the entities left with none. Needs an API key. False when there was no such article.',
  })
  async deleteArticle(@Arg('id', () => ID, { description: 'The global ID of the article to delete.' }) id: string, @Ctx() context: Context): Promise<boolean> {
    requireApiKey(context);
    return deleteArticle(context.dataSource, rowIdOf(id, ['Article'], 'id'));
  }
}
