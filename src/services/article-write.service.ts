import { DataSource } from 'typeorm';
import { annotateArticle } from '../ingestion/pipeline';
import { parseJsonArticle } from '../ingestion/parse/json-article.parser';
import { badInput } from './bad-input';
import { storeArticle, StoreResult } from './article-store.service';
import { markDataChanged } from './data-version';

/** An article as a client sends it. */
export interface ArticleInput {
  title: string;
  body: string;
  url?: string | null;
  publishedAt?: string | null;
  source?: string | null;
}

/**
 * Ingests one article sent through the API with the same pipeline as the CLI (JSON article rules:
 * body kept exactly as given). Idempotent: an article with the same body or url is not stored
 * again (`status: 'duplicate'`, with the stored article's id). Invalid input is a BAD_USER_INPUT
 * error naming the field; nothing is written then.
 */
export async function ingestArticle(dataSource: DataSource, input: ArticleInput): Promise<StoreResult> {
  let parsed;
  try {
    parsed = parseJsonArticle({ ...input }, 'input');
  } catch (error) {
    throw badInput((error as Error).message);
  }
  return storeArticle(dataSource, parsed, annotateArticle(parsed));
}

/**
 * Deletes an article with its quotes and mentions (one transaction), then the entities no
 * article names or quotes any more and nothing else points to. Returns false when there was no
 * such article.
 */
export async function deleteArticle(dataSource: DataSource, articleId: number): Promise<boolean> {
  const deleted = await dataSource.transaction(async (manager) => {
    const result = await manager.query('DELETE FROM article WHERE id = ? RETURNING id', [articleId]);
    if (result.length === 0) return false;
    for (;;) {
      const orphans = await manager.query(
        `DELETE FROM entity WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.entity_id = entity.id)
           AND NOT EXISTS (SELECT 1 FROM quote q WHERE q.speaker_id = entity.id)
           AND NOT EXISTS (SELECT 1 FROM entity c WHERE c.within_id = entity.id OR c.affiliation_id = entity.id)
         RETURNING id`,
      );
      if (orphans.length === 0) return true;
    }
  });
  if (deleted) markDataChanged(dataSource);
  return deleted;
}
