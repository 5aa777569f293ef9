import { parentPort } from 'node:worker_threads';
import type { ParsedArticle } from './annotations';
import { annotateArticle } from './article.annotator';
import type { AnnotateReply, AnnotateRequest, Annotated } from './annotate.pool';

/**
 * Worker thread of AnnotatePool (annotate.pool.ts): annotates each chunk of parsed articles it is
 * sent with `annotateArticle` and posts the results back in the same order; an article whose
 * annotation throws is answered with the error's message. The extractor's word lists and
 * gazetteer load once per thread, on first use.
 */
parentPort!.on('message', ({ id, articles }: AnnotateRequest) => {
  const results = articles.map((article: ParsedArticle): Annotated => {
    try {
      return { ok: true, annotations: annotateArticle(article) };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  });
  parentPort!.postMessage({ id, results } satisfies AnnotateReply);
});
