import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { dialectOf } from '../db/dialect';
import { Annotated, annotateInline, sharedAnnotatePool, workersAvailable } from '../ingestion/annotate.pool';
import type { ParsedArticle } from '../ingestion/annotations';
import { articleSizeRefusal, type ArticleLimits } from '../ingestion/parse/article.limits';
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

/** What bounds one ingestArticle: the article limits, and a signal that stops it (the operation's time limit). */
export interface IngestArticleOptions {
  limits: ArticleLimits;
  signal?: AbortSignal;
}

/**
 * Ingests one article sent through the API with the same pipeline as the CLI (JSON article rules:
 * body kept exactly as given), annotating it on the shared worker pool (sharedAnnotatePool; on the
 * calling thread when running from the TypeScript sources), so the event loop stays free.
 * Idempotent: an article with the same body or url is not stored again (`status: 'duplicate'`,
 * with the stored article's id). Invalid input (a text that is not well-formed Unicode, a url
 * that is not http(s), an article over `limits.maxArticleBytes` or with more quotes than
 * `limits.maxQuotesPerArticle`) is a BAD_USER_INPUT error naming the field or the limit; nothing
 * is written then. When `signal` aborts before the article is stored, the annotation is
 * abandoned, nothing is written and the error is OPERATION_TIMEOUT.
 */
export async function ingestArticle(dataSource: DataSource, input: ArticleInput, { limits, signal }: IngestArticleOptions): Promise<StoreResult> {
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
  const size = articleBytes(input);
  if (size.bytes > limits.maxArticleBytes) throw badInput(`input: ${articleSizeRefusal(size.bytes, limits)}; its largest field is "${size.largest}"`);
  let parsed;
  try {
    parsed = parseJsonArticle({ ...input }, 'input');
  } catch (error) {
    throw badInput((error as Error).message);
  }
  const [annotated] = await annotate(parsed, limits, signal);
  if (!annotated.ok) {
    if ('refused' in annotated) throw badInput(annotated.refused);
    throw new Error(`input: could not annotate the article: ${annotated.message}`);
  }
  stopWhenAborted(signal);
  try {
    return await retryWhileBusy(() => storeArticle(dataSource, parsed, annotated.annotations, signal));
  } catch (error) {
    stopWhenAborted(signal);
    throw error;
  }
}

/** The UTF-8 bytes of an article's record (its fields as JSON, as a JSONL line holds them), and its largest field. */
function articleBytes(input: ArticleInput): { bytes: number; largest: string } {
  const fields = Object.entries(input).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  const [largest] = fields.reduce((a, b) => (b[1].length > a[1].length ? b : a), ['body', '']);
  return { bytes: Buffer.byteLength(JSON.stringify(input)), largest };
}

/** Annotates one article on the shared pool (inline from the TypeScript sources); an abort of `signal` ends it with OPERATION_TIMEOUT. */
async function annotate(parsed: ParsedArticle, limits: ArticleLimits, signal: AbortSignal | undefined): Promise<Annotated[]> {
  stopWhenAborted(signal);
  const task = { articles: [parsed], limits };
  if (!workersAvailable()) return annotateInline(task);
  try {
    return await sharedAnnotatePool().annotate(task, signal);
  } catch (error) {
    stopWhenAborted(signal);
    throw error;
  }
}

/** Throws OPERATION_TIMEOUT when `signal` has aborted: the operation ran out of time (or its client left), and nothing is written. */
function stopWhenAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new GraphQLError('The operation ran out of time and was stopped: the article was not stored', { extensions: { code: 'OPERATION_TIMEOUT' } });
  }
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
