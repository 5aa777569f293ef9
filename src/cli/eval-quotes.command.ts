/**
 * `newsgraph eval FILE.jsonl [--out FILE.json] [--rounds N]` (`npm run eval:quotes -- ...`): runs the ingest pipeline on
 * every PolNeAR article of FILE.jsonl, prints the direct-quote figures (precision, recall, F1, exact-span
 * F1, speaker accuracy by source class, calibration per attribution method, articles per second,
 * the worst misses), then the figures of all attributions (attribution and token F1, speaker and
 * kind accuracy, recall by gold type, precision by predicted kind, the kind confusion, the
 * outcome per attribution method, speaker calibration by confidence band) on standard output and writes them as JSON to FILE.json, by default
 * `<os.tmpdir()>/newsgraph-eval/quotes-<the scored file's name>.json` (eval-figures.writer).
 */
import * as path from 'node:path';
import { readPolnearFile } from '../eval/polnear.reader';
import { evaluateQuotes, type QuoteEvaluation } from '../eval/quote-eval.runner';
import type { PrecisionRecall } from '../eval/quote-eval';
import { GOLD_TYPES, STATEMENT_KINDS, type AttributionMetrics } from '../eval/attribution-eval';
import { parseCommandArgs, usageError, wholeNumber } from './command-args';
import { defaultFiguresPath, EVAL_FIGURES_DIR, writeFigures } from './eval-figures.writer';


export const evalUsage = `usage: newsgraph eval FILE.jsonl [--out FILE.json] [--rounds N]
  runs the ingest pipeline on every article of a PolNeAR-format JSONL file and prints quote precision, recall and F1,
  exact-span F1, speaker accuracy, calibration, speed and the worst misses, then the scores of all attributions
  (direct, mixed, indirect: attribution F1, speaker and kind accuracy, recall per kind, confusion tables)
  --out FILE.json   where the figures go as JSON (default ${path.join(EVAL_FIGURES_DIR, 'quotes-<FILE\'s name>.json')})
  --rounds N        timed passes for the speed figure (0: none, scores only; default: the runner's)`;

const pct = (x: number) => x.toFixed(3);
const pr = (label: string, m: PrecisionRecall) =>
  `${label.padEnd(18)} P ${pct(m.precision)} (${m.predictedRight}/${m.predictedCounted})  R ${pct(m.recall)} (${m.goldMatched}/${m.goldPieces})  F1 ${pct(m.f1)}`;

const cell = (n: number | string, width = 9) => String(n).padStart(width);

/** The lines reporting every attribution (attribution-eval.ts): figures, then the confusion and calibration tables. */
export function formatAttributions(a: AttributionMetrics): string[] {
  const acc = (x: { accuracy: number; right: number; count: number }) => `${pct(x.accuracy)} (${x.right}/${x.count})`;
  return [
    `all attributions (direct, mixed, indirect): ${a.gold} gold, ${a.predictions} statements predicted (${a.excluded} left out)`,
    `attributions       P ${pct(a.attribution.precision)} (${a.attribution.matched}/${a.attribution.counted})  R ${pct(a.attribution.recall)} (${a.attribution.found}/${a.attribution.gold})  F1 ${pct(a.attribution.f1)}`,
    `content tokens     P ${pct(a.token.precision)}  R ${pct(a.token.recall)}  F1 ${pct(a.token.f1)}`,
    `speaker accuracy   ${acc(a.speaker)} (found, with a gold source)`,
    `kind accuracy      ${acc(a.kind)} (found)`,
    '  gold type      gold  found  recall   speaker              kind',
    ...GOLD_TYPES.map((t) => {
      const f = a.byGoldType[t];
      return `  ${t.padEnd(10)} ${cell(f.gold, 8)} ${cell(f.found, 6)} ${cell(pct(f.recall), 7)}   ${acc(f.speaker).padEnd(20)} ${acc(f.kind)}`;
    }),
    '  predicted kind  predicted  left out  precision',
    ...STATEMENT_KINDS.map((k) => {
      const f = a.byPredictedKind[k];
      return `  ${k.padEnd(14)} ${cell(f.predictions, 10)} ${cell(f.excluded)}  ${pct(f.precision)} (${f.matched}/${f.counted})`;
    }),
    'kind confusion (gold type by the kind of the statement that found it):',
    `  gold \\ found  ${[...STATEMENT_KINDS, 'missed'].map((k) => cell(k)).join('')}`,
    ...GOLD_TYPES.map((t) => `  ${t.padEnd(12)} ${[...STATEMENT_KINDS, 'missed' as const].map((k) => cell(a.kindConfusion[t][k])).join('')}`),
    'per attribution method (statements predicted; found with the speaker right / wrong / no gold source; unmatched; left out):',
    '  method        predicted    right    wrong  no source  unmatched  left out',
    ...Object.entries(a.byMethod)
      .sort((x, y) => y[1].predictions - x[1].predictions)
      .map(([m, r]) => `  ${m.padEnd(13)} ${cell(r.predictions)} ${cell(r.speakerRight, 8)} ${cell(r.speakerWrong, 8)} ${cell(r.noGoldSource, 10)} ${cell(r.wrong, 10)} ${cell(r.excluded, 9)}`),
    'speaker calibration (found attributions with a gold source, by confidence):',
    '  confidence   count  mean confidence  share right',
    ...a.calibration.map((b) => `  ${`${b.from.toFixed(2)}-${b.to.toFixed(2)}`.padEnd(11)} ${cell(b.count, 6)}  ${cell(pct(b.meanConfidence), 15)}  ${cell(pct(b.shareRight), 11)}`),
  ];
}

/** The report printed for an evaluation: the figures, then the worst misses with their context. */
export function formatEvaluation(file: string, e: QuoteEvaluation): string {
  const lines = [
    `quote evaluation of ${file}: ${e.articles} articles, ${e.predictions} statement quotes predicted (${e.excludedShortPredictions} short unmatched left out)`,
    pr('quotes (0.8 overlap)', e.quote),
    pr('quotes (exact span)', e.exact),
    `speaker accuracy   ${pct(e.speaker.accuracy)} (${e.speaker.right}/${e.speaker.count})` +
      Object.entries(e.speaker.byClass)
        .map(([c, a]) => `  ${c} ${pct(a.accuracy)} (${a.right}/${a.count})`)
        .join(''),
    'calibration (matched gold pieces with a source):',
    '  method        count  mean confidence  share right',
    ...Object.entries(e.calibration)
      .sort((a, b) => b[1].count - a[1].count)
      .map(([method, r]) => `  ${method.padEnd(13)} ${String(r.count).padStart(5)}  ${pct(r.meanConfidence).padStart(15)}  ${pct(r.shareRight).padStart(11)}`),
    `speed              ${e.articlesPerSecond.toFixed(0)} articles/s (parse + annotate on one core, warm: median of ${e.timedRounds} passes by CPU time; ` +
      `${e.wallArticlesPerSecond.toFixed(0)}/s by wall clock; cold first pass ${e.coldArticlesPerSecond.toFixed(0)}/s)`,
    '',
    ...formatAttributions(e.attributions),
    '',
    `${e.worstMisses.length} worst misses (longest first):`,
    ...e.worstMisses.flatMap((m, i) => [
      `${String(i + 1).padStart(2)}. ${m.kind} in ${m.article} @${m.span.start} (${m.words} words)` +
        (m.goldSource !== null ? `  gold source: ${m.goldSource}` : '') +
        (m.kind !== 'missed' ? `  predicted: ${m.predictedSpeaker ?? '(none)'} [${m.attribution}]` : ''),
      `    ${m.context}`,
    ]),
  ];
  return lines.join('\n');
}

/**
 * Runs the command on `args` and returns the exit code: 0 after printing and writing the figures,
 * 2 for a usage error, 1 when the file cannot be read or parsed (the message on stderr).
 */
export function evalQuotesCommand(
  args: string[],
  log: (line: string) => void = console.log,
  note: (line: string) => void = console.error,
): number {
  const parsed = parseCommandArgs('eval', args, { out: { type: 'string' }, rounds: { type: 'string' } }, evalUsage, true, log);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed as { values: { out?: string; rounds?: string }; positionals: string[] };
  let rounds: number | undefined;
  try {
    if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'no FILE.jsonl given' : `one FILE.jsonl, got ${positionals.length}`);
    rounds = values.rounds === undefined ? undefined : wholeNumber('rounds', values.rounds);
  } catch (error) {
    return usageError('eval', (error as Error).message, evalUsage);
  }
  const [file] = positionals;
  const out = values.out ?? defaultFiguresPath('quotes', file);
  let evaluation: QuoteEvaluation;
  try {
    evaluation = evaluateQuotes(readPolnearFile(file), { rounds });
  } catch (error) {
    console.error(`newsgraph eval: ${(error as Error).message}`);
    return 1;
  }
  log(formatEvaluation(file, evaluation));
  try {
    writeFigures(out, file, evaluation);
  } catch (error) {
    console.error(`newsgraph eval: ${(error as Error).message}`);
    return 1;
  }
  note(`figures written to ${out}`);
  return 0;
}
