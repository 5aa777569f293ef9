/**
 * Runs the real ingest pipeline (parseJsonArticle, then annotateArticle) on PolNeAR articles,
 * scores its direct statement quotes with the rules of quote-eval.ts and all its statements
 * (direct, mixed, indirect) with those of attribution-eval.ts, and measures its speed.
 */
import type { QuoteCandidate } from '../ingestion/annotations';
import { scoreAttributions, summarizeAttributions, type AttributionMetrics, type PredictedStatement } from './attribution-eval';
import { parseJsonArticle } from '../ingestion/parse/json-article.parser';
import { annotateArticle } from '../ingestion/annotate-article';
import type { PolnearArticle } from './polnear.reader';
import { scoreArticle, summarize, worstMisses, type Miss, type PredictedQuote, type QuoteMetrics } from './quote-eval';

/** The figures of one evaluation run. */
export interface QuoteEvaluation extends QuoteMetrics {
  /**
   * Articles per second through parseJsonArticle + annotateArticle on one core, warm, file reading
   * excluded: the median timed pass, timed by the CPU time of this process, so that other work on
   * a shared machine does not count (V8's own helper threads do, which errs on the slow side).
   */
  articlesPerSecond: number;
  /** The same by wall-clock time (the median pass): lower when the machine is busy. */
  wallArticlesPerSecond: number;
  /** The CPU-time rate of each timed pass, in order. */
  roundArticlesPerSecond: number[];
  /** The wall-clock rate of the first (cold) pass, which also loads lexicons and gazetteers. */
  coldArticlesPerSecond: number;
  timedRounds: number;
  worstMisses: Miss[];
  /** Every statement (any kind) scored against every gold attribution (attribution-eval.ts). */
  attributions: AttributionMetrics;
}

/** How to run an evaluation. */
export interface EvaluationOptions {
  /** Timed passes over all articles after the scoring pass (default 5). */
  rounds?: number;
  /** How many worst misses to keep (default 20). */
  misses?: number;
  /** Extract reported statements too (annotateArticle's option; default true). */
  reportedSpeech?: boolean;
}

const asPrediction = (q: QuoteCandidate): PredictedQuote => ({
  start: q.start,
  end: q.end,
  speakerMention: q.speakerMention,
  attribution: q.attribution,
  confidence: q.confidence,
});

const asStatement = (q: QuoteCandidate): PredictedStatement => ({ ...asPrediction(q), kind: q.kind ?? 'DIRECT' });
const isDirect = (q: QuoteCandidate): boolean => (q.kind ?? 'DIRECT') === 'DIRECT';

const perSecond = (n: number, ms: number): number => (ms > 0 ? (n * 1000) / ms : 0);
/** Milliseconds of CPU time (user and system) this process has used. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
}

/**
 * Annotates every article with the pipeline once for scoring (the cold pass), then `rounds` more
 * times for the warm speed, each pass parsing the ingest object again. With no timed rounds the
 * cold rate stands for every speed. Only statement quotes (`isStatement`) are predictions: the
 * direct ones for the quote figures, all of them for the attribution figures.
 * Single-threaded: the speed is one core's.
 */
export function evaluateQuotes(articles: PolnearArticle[], options: EvaluationOptions = {}): QuoteEvaluation {
  const rounds = options.rounds ?? 5;
  const annotate = { reportedSpeech: options.reportedSpeech ?? true };
  const coldStart = performance.now();
  const annotated = articles.map((a) => annotateArticle(parseJsonArticle(a.ingest, a.origin), annotate));
  const cold = perSecond(articles.length, performance.now() - coldStart);

  const statements = annotated.map((a) => a.quotes.filter((q) => q.isStatement));
  const scores = articles.map((a, i) => scoreArticle(a.gold, statements[i].filter(isDirect).map(asPrediction)));
  const attributionScores = articles.map((a, i) => scoreAttributions(a.gold, statements[i].map(asStatement)));

  const cpuRates: number[] = [];
  const wallRates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const [wall, cpu] = [performance.now(), cpuMs()];
    for (const a of articles) annotateArticle(parseJsonArticle(a.ingest, a.origin), annotate);
    cpuRates.push(perSecond(articles.length, cpuMs() - cpu));
    wallRates.push(perSecond(articles.length, performance.now() - wall));
  }

  return {
    ...summarize(scores),
    articlesPerSecond: rounds > 0 ? median(cpuRates) : cold,
    wallArticlesPerSecond: rounds > 0 ? median(wallRates) : cold,
    roundArticlesPerSecond: cpuRates,
    coldArticlesPerSecond: cold,
    timedRounds: rounds,
    worstMisses: worstMisses(scores, options.misses ?? 20),
    attributions: summarizeAttributions(attributionScores),
  };
}
