/**
 * `npm run bench:extract -- [--file FILE.jsonl] [--rounds N] [--json]`: how fast the extraction
 * code runs on one core, on real news: the PolNeAR dev articles (../shared/corpus/polnear/dev.jsonl,
 * the corpus the extraction and quote-evaluation tests read). Measures, in this order and in one
 * process: loading the gazetteer, lexicon and name index (`preloadLexicons`, cold, then again),
 * `extractEntities`, `annotateArticle` (entities and quotes), the quote evaluator's timed pass
 * (parse the ingest object, then annotate: what `eval:quotes` reports as its speed) and a whole
 * evaluation (`evaluateQuotes`: scoring included). Each rate comes from N timed passes (default 5)
 * after a warm-up pass: the median by this process's CPU time (other processes on a shared
 * machine do not count, V8's helper threads do) and by the wall clock, and the best pass by the
 * wall clock (the nearest to an undisturbed core). Prints a table, or the figures as JSON. Never
 * part of `npm test`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readPolnearFile } from '../src/eval/polnear.reader';
import { evaluateQuotes } from '../src/eval/quote-eval.runner';
import { parseJsonArticle } from '../src/ingestion/parse/json-article.parser';
import { annotateArticle } from '../src/ingestion/annotate-article';
import { extractEntities } from '../src/ingestion/article.annotator';
import { preloadLexicons } from '../src/ingestion/lexicon/entity.dictionary';

/** The PolNeAR dev file beside the repository (this file runs as dist/bench/extract.js). */
const DEFAULT_FILE = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'polnear', 'dev.jsonl');

const USAGE = 'usage: npm run bench:extract -- [--file FILE.jsonl] [--rounds N] [--json]';

/**
 * What the code should reach on one core, articles/s: the ingest pipeline's budget is 200 articles
 * a second (annotateArticle, and so the evaluator's parse + annotate); entity extraction, most of
 * that work, several times it. A row whose best pass is below its budget is marked; the benchmark
 * never fails.
 */
export const BUDGETS = { extractEntities: 400, annotateArticle: 200, parseAndAnnotate: 200 } as const;

/** How fast one step went over the corpus, articles per second. */
export interface Rate {
  /** Median pass by this process's CPU time (user + system, V8's helper threads included). */
  cpuPerSecond: number;
  /** Median pass by the wall clock: lower than the CPU rate when the machine is busy. */
  wallPerSecond: number;
  /** Fastest pass by the wall clock. */
  bestWallPerSecond: number;
}

/** One timed step and its budget. */
export interface RateRow extends Rate {
  step: string;
  /** The articles/s the step should reach (BUDGETS). */
  budget: number;
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
  /** A whole evaluation (evaluateQuotes: the scoring pass and N timed passes), wall clock, and the speed it reports (median pass by CPU time). */
  evaluatorRunSeconds: number;
  evaluatorReportedPerSecond: number;
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
 * Runs `run` on every item once to warm up, then `rounds` timed passes over them all; returns the
 * median articles per second by CPU time and by wall clock, and the best by wall clock. `rounds`
 * must be at least 1.
 */
export function measureRate<T>(items: T[], rounds: number, run: (item: T) => unknown): Rate {
  for (const item of items) run(item);
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const [wallStart, cpuStart] = [performance.now(), cpuMs()];
    for (const item of items) run(item);
    cpu.push((items.length * 1000) / Math.max(cpuMs() - cpuStart, 0.001));
    wall.push((items.length * 1000) / Math.max(performance.now() - wallStart, 0.001));
  }
  return { cpuPerSecond: median(cpu), wallPerSecond: median(wall), bestWallPerSecond: Math.max(...wall) };
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
    {
      step: 'parseJsonArticle + annotateArticle (eval:quotes speed)',
      ...measureRate(polnear, rounds, (p) => annotateArticle(parseJsonArticle(p.ingest, p.origin))),
      budget: BUDGETS.parseAndAnnotate,
    },
  ];
  started = performance.now();
  const evaluation = evaluateQuotes(polnear, { rounds });
  const evaluatorRunSeconds = (performance.now() - started) / 1000;
  return {
    file,
    articles: articles.length,
    rounds,
    lexiconLoadMs,
    lexiconReloadMs,
    rates,
    evaluatorRunSeconds,
    evaluatorReportedPerSecond: evaluation.articlesPerSecond,
    machine: { cores: os.cpus().length, node: process.version, loadAverage: os.loadavg() },
  };
}

/** The result as a Markdown table with a few lines around it. */
export function formatExtractBench(result: ExtractBenchResult): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const rows = result.rates.map(
    (row) =>
      `| ${row.step} | ${n(row.cpuPerSecond)} | ${n(row.wallPerSecond)} | ${n(row.bestWallPerSecond)} | ${n(row.budget)}${row.bestWallPerSecond < row.budget ? ' (below)' : ''} |`,
  );
  return [
    `${result.articles} PolNeAR articles (${result.file}), ${result.rounds} timed passes after a warm-up; ` +
      `${result.machine.cores} cores, Node ${result.machine.node}, load average ${result.machine.loadAverage.map((x) => x.toFixed(2)).join(' ')}`,
    '',
    '| articles/s | median (CPU time) | median (wall) | best (wall) | budget |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `preloadLexicons: ${result.lexiconLoadMs.toFixed(0)} ms cold, ${result.lexiconReloadMs.toFixed(1)} ms again`,
    `evaluateQuotes: ${result.evaluatorRunSeconds.toFixed(1)} s for a whole evaluation (scoring pass and ${result.rounds} timed passes); ` +
      `it reports ${n(result.evaluatorReportedPerSecond)} articles/s (median by CPU time)`,
  ].join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: { file: { type: 'string', default: DEFAULT_FILE }, rounds: { type: 'string', default: '5' }, json: { type: 'boolean', default: false } },
  });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) {
    console.error(`bench:extract: --rounds takes a whole number of at least 1\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
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
