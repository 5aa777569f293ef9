import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities, preloadGazetteer } from '../../../../src/ingestion/extract/entity.extractor';
import { ParsedArticle } from '../../../../src/ingestion/annotations';
import { annotateArticle } from '../../../../src/ingestion/annotate-article';
import { readPolnearFile } from '../../../../src/eval/polnear.reader';
import { CORPUS_DIR } from './entity.seed-article';

const POLNEAR = join(CORPUS_DIR, 'polnear', 'dev.jsonl');
const available = existsSync(POLNEAR);
if (!available) {
  // eslint-disable-next-line no-console
  console.warn(`Entity throughput tests skipped: ${POLNEAR} is missing (the shared corpus is not beside this repository).`);
}

/**
 * Articles per second over the best of `rounds` passes, by this process's CPU time: other processes
 * on a shared machine (other test workers) then slow it much less than they slow the wall clock.
 */
function articlesPerSecond(articles: ParsedArticle[], rounds: number, run: (a: ParsedArticle) => unknown): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const started = process.cpuUsage();
    for (const a of articles) run(a);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return (articles.length * 1000) / best;
}

/**
 * The pipeline's budget is 200 articles a second on one core (annotateArticle = extractEntities +
 * extractQuotes). Measured on a quiet machine: loading ~0.2 s, extractEntities ~1,500 articles/s,
 * both together ~800/s. The floors below are several times lower, so that a shared, busy 2-core
 * machine does not fail them, yet a hot spot that costs a multiple of today's time does.
 */
(available ? describe : describe.skip)('extraction speed on the PolNeAR dev articles', () => {
  const articles = available ? readPolnearFile(POLNEAR).map((p) => p.article) : [];

  it('loads the gazetteer, lexicon and name index once, well within two seconds', () => {
    const cpuMs = (since: NodeJS.CpuUsage): number => {
      const used = process.cpuUsage(since);
      return (used.user + used.system) / 1000;
    };
    const started = process.cpuUsage();
    preloadGazetteer();
    const loading = cpuMs(started);
    const again = process.cpuUsage();
    preloadGazetteer();
    const reloading = cpuMs(again);
    // eslint-disable-next-line no-console
    console.log(`preloadGazetteer: ${loading.toFixed(0)} ms`);
    expect(loading).toBeLessThan(2000);
    expect(reloading).toBeLessThan(50);
  });

  it('extracts entities at several times the pipeline budget', () => {
    for (const a of articles) extractEntities(a); // warms the JIT
    const perSecond = articlesPerSecond(articles, 5, extractEntities);
    // eslint-disable-next-line no-console
    console.log(`extractEntities: ~${perSecond.toFixed(0)} articles/s`);
    expect(perSecond).toBeGreaterThan(400);
  });

  it('annotates (entities and quotes) within the pipeline budget of 200 articles a second', () => {
    for (const a of articles) annotateArticle(a);
    const perSecond = articlesPerSecond(articles, 5, annotateArticle);
    // eslint-disable-next-line no-console
    console.log(`extractEntities + extractQuotes: ~${perSecond.toFixed(0)} articles/s`);
    expect(perSecond).toBeGreaterThan(200);
  });

  it('finds the people the articles are about and no weekday, month or lone function word', () => {
    const names = new Set(articles.flatMap((a) => extractEntities(a).entities.map((e) => e.name)));
    for (const person of ['Hillary Clinton', 'Donald Trump', 'Barack Obama', 'Tim Kaine', 'Mike Pence']) expect(names).toContain(person);
    const junk = ['Monday', 'Tuesday', 'Sunday', 'January', 'September', 'The', 'But', 'In', 'This', 'We', 'According'];
    expect([...names].filter((n) => junk.includes(n))).toEqual([]);
  });
});
