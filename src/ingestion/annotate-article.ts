import type { ArticleAnnotations, ParsedArticle } from './annotations';
import type { AnnotateOptions } from './article.annotator';

/**
 * Runs every extraction step on one parsed article (see article.annotator.ts). Pure: no store, no
 * I/O. The extractor is loaded on first use, so that an ingest whose workers annotate never loads
 * it on the main thread.
 */
export function annotateArticle(article: ParsedArticle, options: AnnotateOptions = {}): ArticleAnnotations {
  return (require('./article.annotator') as typeof import('./article.annotator')).annotateArticle(article, options);
}
