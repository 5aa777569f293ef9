import type { Annotated, AnnotateTask } from './annotate.pool';
import { quoteCountRefusal } from './parse/article.limits';
import { annotateArticle } from './article.annotator';

/**
 * The task of AnnotatePool's worker threads (piscina runs this file's default export), also run
 * inline on the calling thread: annotates each article of the task with `annotateArticle`, in
 * order. An article whose annotation throws is answered with the error's message; one with more
 * quotes than `limits.maxQuotesPerArticle` with a refusal naming its origin and the limit. The
 * extractor's word lists and gazetteer load once per thread, on first use.
 */
export default function annotateTask({ articles, limits }: AnnotateTask): Annotated[] {
  return articles.map((article): Annotated => {
    let annotations;
    try {
      annotations = annotateArticle(article);
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
    const refusal = quoteCountRefusal(annotations.quotes.length, limits);
    return refusal === null ? { ok: true, annotations } : { ok: false, refused: `${article.origin}: ${refusal}` };
  });
}
