import path from 'node:path';
import { ensureBuilt, projectRoot } from '../support/build';
import { parseJsonArticle } from '../../src/ingestion/parse/json-article.parser';
import { annotateInline } from '../../src/ingestion/annotate.pool';
import { CorpusGenerator } from '../../src/synth/corpus.generator';

/**
 * The compiled annotation pool (worker threads run only from dist/: Jest runs the TypeScript
 * sources) gives, chunk by chunk and in order, exactly what annotating on the calling thread gives.
 */
test('worker threads annotate exactly as the calling thread does, in order', async () => {
  await ensureBuilt();
  const compiled = require(path.join(projectRoot, 'dist/src/ingestion/annotate.pool.js')) as typeof import('../../src/ingestion/annotate.pool');
  expect(compiled.workersAvailable()).toBe(true);
  const articles = [...new CorpusGenerator({ seed: 11 }).articles(40)].map(({ article }, i) => parseJsonArticle(article, `pool:${i}`));
  const pool = new compiled.AnnotatePool(2);
  try {
    const chunks = [];
    for (let i = 0; i < articles.length; i += 8) chunks.push(pool.annotate(articles.slice(i, i + 8)));
    const results = (await Promise.all(chunks)).flat();
    expect(results).toEqual(annotateInline(articles));
    expect(results.every((r) => r.ok)).toBe(true);
  } finally {
    await pool.close();
  }
}, 120_000);
