import { DataSource } from 'typeorm';
import { dialectOf } from '../db/dialect';
import { annotateArticle } from '../ingestion/annotate-article';
import { parseJsonArticle } from '../ingestion/parse/json-article.parser';
import { badInput } from '../types/bad-input';
import { articleDeletion } from './article-deletion.plan';
import { runWritePlan, storeArticle, StoreResult } from './article-store.service';
import { markDataChanged } from './data-version';
import { retryWhileBusy } from './busy-retry';

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
 * again (`status: 'duplicate'`, with the stored article's id). Invalid input (a text that is not
 * well-formed Unicode included) is a BAD_USER_INPUT error naming the field; nothing is written then.
 */
export async function ingestArticle(dataSource: DataSource, input: ArticleInput): Promise<StoreResult> {
  // A lone UTF-16 surrogate cannot be stored as given (SQLite keeps UTF-8: it would come back as
  // three U+FFFD), so the stored body would differ from the one the spans were computed on.
  const dialect = dialectOf(dataSource);
  for (const [field, value] of Object.entries(input)) {
    const lone = typeof value === 'string' ? /[\uD800-\uDFFF]/u.exec(value) : null;
    if (lone) throw badInput(`input: field "${field}" is not well-formed Unicode (a lone surrogate at offset ${lone.index})`);
    // PostgreSQL's text cannot hold NUL: refused here rather than failing in the database.
    const nul = typeof value === 'string' ? dialect.unstorableAt(value) : -1;
    if (nul >= 0) throw badInput(`input: field "${field}" holds a NUL character (U+0000) at offset ${nul}, which the store cannot keep`);
  }
  let parsed;
  try {
    parsed = parseJsonArticle({ ...input }, 'input');
  } catch (error) {
    throw badInput((error as Error).message);
  }
  const annotations = annotateArticle(parsed);
  return retryWhileBusy(() => storeArticle(dataSource, parsed, annotations));
}

/**
 * Deletes an article with its quotes and mentions (one transaction), then the entities no
 * article names or quotes any more and nothing else points to. Returns false when there was no
 * such article.
 */
export async function deleteArticle(dataSource: DataSource, articleId: number): Promise<boolean> {
  const deleted = await retryWhileBusy(() => runWritePlan(dataSource, articleDeletion(articleId), (found) => found));
  if (deleted) markDataChanged(dataSource);
  return deleted;
}
