import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleAnnotations, ParsedArticle } from '../src/ingestion/annotations';
import { parseJsonArticle } from '../src/ingestion/parse/json-article.parser';
import { annotateArticle } from '../src/ingestion/annotate-article';
import { CorpusGenerator } from '../src/synth/corpus.generator';

/** A chunk of generated, parsed and annotated articles, in index order. */
export interface AnnotatedChunk {
  from: number;
  items: Array<{ parsed: ParsedArticle; annotations: ArticleAnnotations }>;
}

/**
 * Worker thread of the benchmark's database build: generates the synthetic articles it is asked
 * for (`{ from, count }`), parses them as JSON articles and runs the real extraction pipeline
 * (`annotateArticle`) on each; posts back an AnnotatedChunk. Storing stays on the main thread.
 */
const generator = new CorpusGenerator({ seed: (workerData as { seed: number }).seed });
parentPort!.on('message', ({ from, count }: { from: number; count: number }) => {
  const items: AnnotatedChunk['items'] = [];
  for (let i = from; i < from + count; i++) {
    const { article } = generator.article(i);
    const parsed = parseJsonArticle(article, `synth:${generator.seed}:${i}`);
    items.push({ parsed, annotations: annotateArticle(parsed) });
  }
  parentPort!.postMessage({ from, items } satisfies AnnotatedChunk);
});
