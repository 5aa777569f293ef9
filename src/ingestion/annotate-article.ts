import type { ArticleAnnotations, ParsedArticle } from './annotations';
import type { AnnotateOptions } from './article.annotator';

/** The extractor, once loaded. */
let annotator: typeof import('./article.annotator') | undefined;

/**
 * Runs every extraction step on one parsed article (see article.annotator.ts). Pure: no store, no
 * I/O. The extractor is loaded on first use, so that an ingest whose workers annotate never loads
 * it on the main thread.
 */
export function annotateArticle(article: ParsedArticle, options: AnnotateOptions = {}): ArticleAnnotations {
  // Loaded once and kept: require() resolves the path again on every call (some 10 µs, and Node's module code to warm up).
  annotator ??= require('./article.annotator') as typeof import('./article.annotator');
  return annotator.annotateArticle(article, options);
}
