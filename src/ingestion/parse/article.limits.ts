import type { Limits } from '../../config/config';

/** The limits on one article that ingestion checks, passed in by its callers (ingestion never reads the environment). */
export type ArticleLimits = Pick<Limits, 'maxArticleBytes' | 'maxQuotesPerArticle'>;

/**
 * Why an article of `bytes` UTF-8 bytes (null: not known, only that it is over) is refused, naming
 * the limit and its variable: `the article is 52428800 bytes, larger than the limit of 1048576
 * bytes (NEWSGRAPH_MAX_ARTICLE_BYTES)`.
 */
export function articleSizeRefusal(bytes: number | null, limits: ArticleLimits): string {
  const size = bytes === null ? 'the article is' : `the article is ${bytes} bytes,`;
  return `${size} larger than the limit of ${limits.maxArticleBytes} bytes (NEWSGRAPH_MAX_ARTICLE_BYTES)`;
}

/**
 * Why an article in which annotation found `quotes` quotes is refused, or null when that is within
 * the limit: `the article has 1200 quotes, more than the limit of 1000 quotes per article
 * (NEWSGRAPH_MAX_QUOTES_PER_ARTICLE)`.
 */
export function quoteCountRefusal(quotes: number, limits: ArticleLimits): string | null {
  if (quotes <= limits.maxQuotesPerArticle) return null;
  return `the article has ${quotes} quotes, more than the limit of ${limits.maxQuotesPerArticle} quotes per article (NEWSGRAPH_MAX_QUOTES_PER_ARTICLE)`;
}
