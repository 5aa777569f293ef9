import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ensureBuilt, projectRoot } from '../support/build';
import { loadConfig } from '../../src/config/config';
import { parseJsonArticle } from '../../src/ingestion/parse/json-article.parser';
import { annotateInline } from '../../src/ingestion/annotate.pool';
import { CorpusGenerator } from '../../src/synth/corpus.generator';

const limits = loadConfig({}).limits;
type PoolModule = typeof import('../../src/ingestion/annotate.pool');

/** The compiled pool module (worker threads run only from dist/: Jest runs the TypeScript sources). */
async function compiledPool(): Promise<PoolModule> {
  await ensureBuilt();
  const compiled = require(path.join(projectRoot, 'dist/src/ingestion/annotate.pool.js')) as PoolModule;
  expect(compiled.workersAvailable()).toBe(true);
  return compiled;
}

/** An article of about `bytes` bytes: synthetic wire copy, repeated. */
function largeArticle(bytes: number, origin: string) {
  const [{ article }] = [...new CorpusGenerator({ seed: 5 }).articles(1)];
  const copies = Math.max(1, Math.floor(bytes / Buffer.byteLength(article.body)));
  return parseJsonArticle({ ...article, body: Array.from({ length: copies }, () => article.body).join('\n\n') }, origin);
}

/**
 * The compiled annotation pool (piscina) gives, task by task and in order, exactly what annotating
 * on the calling thread gives; refuses an article over the quotes-per-article limit; and stops a
 * running task when its signal aborts, without ever blocking the event loop.
 */
describe('the annotation pool', () => {
  it('annotates on worker threads exactly as the calling thread does, in order', async () => {
    const compiled = await compiledPool();
    const articles = [...new CorpusGenerator({ seed: 11 }).articles(40)].map(({ article }, i) => parseJsonArticle(article, `pool:${i}`));
    const pool = new compiled.AnnotatePool(2);
    try {
      const chunks = [];
      for (let i = 0; i < articles.length; i += 8) chunks.push(pool.annotate({ articles: articles.slice(i, i + 8), limits }));
      const results = (await Promise.all(chunks)).flat();
      expect(results).toEqual(annotateInline({ articles, limits }));
      expect(results.every((r) => r.ok)).toBe(true);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('annotates after a warm-up exactly as the calling thread does: the warm-up result goes nowhere', async () => {
    const compiled = await compiledPool();
    const articles = [...new CorpusGenerator({ seed: 13 }).articles(8)].map(({ article }, i) => parseJsonArticle(article, `warm:${i}`));
    const pool = new compiled.AnnotatePool(1);
    try {
      pool.warmUp();
      expect(await pool.annotate({ articles, limits })).toEqual(annotateInline({ articles, limits }));
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('refuses an article with more quotes than the limit, naming it and the limit', async () => {
    const compiled = await compiledPool();
    const pool = new compiled.AnnotatePool(1);
    const [{ article }] = [...new CorpusGenerator({ seed: 3 }).articles(1)];
    const parsed = parseJsonArticle(article, 'quotes.jsonl:7');
    try {
      const [inline] = annotateInline({ articles: [parsed], limits });
      const quotes = inline.ok ? inline.annotations.quotes.length : 0;
      expect(quotes).toBeGreaterThan(2);
      const tight = { ...limits, maxQuotesPerArticle: quotes - 1 };
      const expected = `quotes.jsonl:7: the article has ${quotes} quotes, more than the limit of ${quotes - 1} quotes per article (NEWSGRAPH_MAX_QUOTES_PER_ARTICLE)`;
      expect(await pool.annotate({ articles: [parsed], limits: tight })).toEqual([{ ok: false, refused: expected }]);
      expect(annotateInline({ articles: [parsed], limits: tight })).toEqual([{ ok: false, refused: expected }]);
      expect(await pool.annotate({ articles: [parsed], limits: { ...limits, maxQuotesPerArticle: quotes } })).toEqual([inline]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('annotates an article at the size limit off the event loop, and stops it when the signal aborts', async () => {
    const compiled = await compiledPool();
    const pool = new compiled.AnnotatePool(1);
    const article = largeArticle(limits.maxArticleBytes * 0.95, 'large');
    // Synthetic wire copy quotes a lot (some 2,000 quotes a MiB): the limit on quotes is lifted, so this is more work than any allowed article.
    const many = { ...limits, maxQuotesPerArticle: 1e7 };
    const delay = monitorEventLoopDelay({ resolution: 10 });
    try {
      await pool.annotate({ articles: [largeArticle(2000, 'warm-up')], limits }); // the thread and its word lists
      delay.enable();
      const started = Date.now();
      const whole = await pool.annotate({ articles: [article], limits: many });
      const fullMs = Date.now() - started;
      delay.disable();
      expect(whole[0].ok).toBe(true);
      // The loop stayed free while a worker annotated the largest allowed article.
      expect(delay.max / 1e6).toBeLessThan(250); // a generous bound: other suites load the 2 cores meanwhile (measured idle: 11 ms)

      const controller = new AbortController();
      const stopped = pool.annotate({ articles: [article], limits: many }, controller.signal);
      // Tasks handed to the same thread meanwhile are not lost with it.
      const beside = [1, 2, 3].map((n) => pool.annotate({ articles: [largeArticle(2000, `beside:${n}`)], limits }));
      setTimeout(() => controller.abort(), Math.min(200, fullMs / 4));
      const abortedAt = Date.now();
      await expect(stopped).rejects.toMatchObject({ name: 'AbortError' });
      expect(Date.now() - abortedAt).toBeLessThan(fullMs);
      expect((await Promise.all(beside)).map(([result]) => result.ok)).toEqual([true, true, true]);
      // The pool goes on with a fresh thread.
      expect((await pool.annotate({ articles: [largeArticle(2000, 'after')], limits }))[0].ok).toBe(true);
    } finally {
      delay.disable();
      await pool.close();
    }
  }, 120_000);
});
