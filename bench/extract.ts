/**
 * `npm run bench:extract -- [--file FILE.jsonl] [--rounds N] [--json]`: how fast the extraction
 * code runs on one core, on real news: the PolNeAR dev articles (../shared/corpus/polnear/dev.jsonl,
 * the corpus the extraction and quote-evaluation tests read). Measures, in this order and in one
 * process: loading the gazetteer, lexicon and name index (`preloadLexicons`, cold, then again),
 * `extractEntities`, `annotateArticle` (entities and quotes) and the quote evaluator
 * (`evaluateQuotes`: parse and annotate each article, then score). Each rate is the median of N timed passes (default 5) after
 * a warm-up pass, by this process's CPU time (what other processes on a shared machine take does
 * not count) and by the wall clock. Prints a table, or the figures as JSON. Never part of `npm test`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readPolnearFile } from '../src/eval/polnear.reader';
import { evaluateQuotes } from '../src/eval/quote-eval.runner';
import { ParsedArticle } from '../src/ingestion/annotations';
import { annotateArticle } from '../src/ingestion/annotate-article';
import { extractEntities } from '../src/ingestion/article.annotator';
import { preloadLexicons } from '../src/ingestion/lexicon/entity.dictionary';

/** The PolNeAR dev file beside the repository (this file runs as dist/bench/extract.js). */
const DEFAULT_FILE = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'polnear', 'dev.jsonl');

const USAGE = 'usage: npm run bench:extract -- [--file FILE.jsonl] [--rounds N] [--json]';

/**
 * What the code should reach on one core, articles/s: the ingest pipeline's budget is 200 articles
 * a second (annotateArticle, and so the evaluator's parse + annotate); entity extraction, most of
 * that work, several times it. A row below its budget is marked; the benchmark never fails.
 */
export const BUDGETS = { extractEntities: 400, annotateArticle: 200, evaluateQuotes: 200 } as const;

/** One timed step: its rates over the corpus, articles per second. */
export interface RateRow {
  step: string;
  /** Median pass by this process's CPU time (user + system). */
  cpuPerSecond: number;
  /** Median pass by the wall clock: lower than the CPU rate when the machine is busy. */
  wallPerSecond: number;
  /** The articles/s the step should reach (BUDGETS), or null. */
  budget: number | null;
}

/** Everything one run measured. */
export interface ExtractBenchResult {
  file: string;
  articles: number;
  rounds: number;
  /** Milliseconds (wall) of the first preloadLexicons() in this process (gazetteer, lexicon, name index), and of a second call. */
  lexiconLoadMs: number;
  lexiconReloadMs: number;
  rates: RateRow[];
  /** The evaluator's own first pass (cold: what it loads counts) and a whole evaluation, wall clock. */
  evaluatorColdPerSecond: number;
  evaluatorRunSeconds: number;
  machine: { cores: number; node: string; loadAverage: number[] };
}

/** Milliseconds of CPU time this process has used. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
};

/**
 * Runs `run` on every article once to warm up, then `rounds` timed passes; returns the median
 * articles per second by CPU time and by wall clock. `rounds` must be at least 1.
 */
export function measureRate(articles: ParsedArticle[], rounds: number, run: (article: ParsedArticle) => unknown): { cpuPerSecond: number; wallPerSecond: number } {
  for (const article of articles) run(article);
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const [wallStart, cpuStart] = [performance.now(), cpuMs()];
    for (const article of articles) run(article);
    cpu.push((articles.length * 1000) / Math.max(cpuMs() - cpuStart, 0.001));
    wall.push((articles.length * 1000) / Math.max(performance.now() - wallStart, 0.001));
  }
  return { cpuPerSecond: median(cpu), wallPerSecond: median(wall) };
}

/**
 * Measures the extraction steps and the quote evaluator on the PolNeAR-format `file`, `rounds`
 * timed passes each. Call it in a fresh process: the lexicons' load time is only cold once.
 */
export function benchExtract(file: string, rounds: number): ExtractBenchResult {
  const polnear = readPolnearFile(file);
  const articles = polnear.map((p) => p.article);

  let started = performance.now();
  preloadLexicons();
  const lexiconLoadMs = performance.now() - started;
  started = performance.now();
  preloadLexicons();
  const lexiconReloadMs = performance.now() - started;

  const rates: RateRow[] = [
    { step: 'extractEntities', ...measureRate(articles, rounds, extractEntities), budget: BUDGETS.extractEntities },
    { step: 'annotateArticle (entities + quotes)', ...measureRate(articles, rounds, annotateArticle), budget: BUDGETS.annotateArticle },
  ];
  started = performance.now();
  const evaluation = evaluateQuotes(polnear, { rounds });
  const evaluatorRunSeconds = (performance.now() - started) / 1000;
  rates.push({
    step: 'evaluateQuotes (parse + annotate)',
    cpuPerSecond: evaluation.articlesPerSecond,
    wallPerSecond: evaluation.wallArticlesPerSecond,
    budget: BUDGETS.evaluateQuotes,
  });
  return {
    file,
    articles: articles.length,
    rounds,
    lexiconLoadMs,
    lexiconReloadMs,
    rates,
    evaluatorColdPerSecond: evaluation.coldArticlesPerSecond,
    evaluatorRunSeconds,
    machine: { cores: os.cpus().length, node: process.version, loadAverage: os.loadavg() },
  };
}

/** The result as a Markdown table with a few lines around it. */
export function formatExtractBench(result: ExtractBenchResult): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const rows = result.rates.map((row) => {
    const below = row.budget !== null && row.cpuPerSecond < row.budget ? ' (below)' : '';
    return `| ${row.step} | ${n(row.cpuPerSecond)} | ${n(row.wallPerSecond)} | ${row.budget === null ? '' : n(row.budget)}${below} |`;
  });
  return [
    `${result.articles} PolNeAR articles (${result.file}); median of ${result.rounds} warm passes; ` +
      `${result.machine.cores} cores, Node ${result.machine.node}, load average ${result.machine.loadAverage.map((x) => x.toFixed(2)).join(' ')}`,
    '',
    '| step | articles/s (CPU) | articles/s (wall) | budget |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
    '',
    `preloadLexicons: ${result.lexiconLoadMs.toFixed(0)} ms cold, ${result.lexiconReloadMs.toFixed(1)} ms again`,
    `evaluateQuotes: first (cold) pass ${n(result.evaluatorColdPerSecond)} articles/s; whole run (scoring and ${result.rounds} timed passes) ${result.evaluatorRunSeconds.toFixed(1)} s`,
  ].join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: { file: { type: 'string', default: DEFAULT_FILE }, rounds: { type: 'string', default: '5' }, json: { type: 'boolean', default: false } },
  });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds takes a whole number of at least 1 (${USAGE})`);
  const file = path.resolve(values.file!);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: the shared corpus is not beside this repository (or pass --file)`);
  const result = benchExtract(file, rounds);
  console.log(values.json ? JSON.stringify(result) : formatExtractBench(result));
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    const usage = String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
    console.error(`bench:extract: ${(error as Error).message}${usage ? `\n${USAGE}` : ''}`);
    process.exitCode = usage ? 2 : 1;
  }
}
