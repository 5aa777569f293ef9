import type { ArticleAnnotations, ParsedArticle } from './annotations';
import { extractEntities } from './extract/entity.extractor';
import { extractQuotes } from './extract/quote.extractor';

/**
 * Runs every extraction step on one parsed article: entities and their mentions first, then the
 * quotes, whose speakers are looked up among those mentions. Pure: no store, no I/O (so it runs
 * as well on a worker thread: annotate.worker.ts).
 */
export function annotateArticle(article: ParsedArticle): ArticleAnnotations {
  const found = extractEntities(article);
  return { ...found, quotes: extractQuotes(article, found) };
}
