/**
 * `newsgraph eval-entities [FILE.jsonl | FILE.txt] [--errors [--top N]] [--out FILE.json]` (`npm run eval:entities`):
 * runs the ingest pipeline on every document of a GUM-format entity file (by default
 * ../shared/corpus/entities/gum_news.jsonl) or of an inline-gold .txt file (inline-gold.reader) and prints exact span-and-type precision, recall and F1
 * per PER/ORG/LOC and overall, the type-agnostic overlap figure, the same finding figures by CoNLL-2003's types
 * (GUM's national teams retyped LOC), the error counts by kind, and
 * linking (within documents, within for differing strings, across documents), and the calibration
 * of the mentions' confidence by band; with --errors the
 * most frequent errors of each kind (--top of them, 15 by default, 0 for all), then the linking
 * errors inside documents (splits and merges, those that cost the most pairs first, --top of each). The figures go as JSON to FILE.json, by default
 * `<os.tmpdir()>/newsgraph-eval/entities-<the scored file's name>.json` (eval-figures.writer).
 */
import * as path from 'node:path';
import { ENTITY_LABELS, ERROR_KINDS, groupErrors, type Counts, type LinkingScore, type PRF } from '../eval/entity-eval';
import { evaluateEntities, WARM_PASSES, type EntityEvaluation } from '../eval/entity-eval.runner';
import { readGumFile } from '../eval/gum.reader';
import { readInlineGoldFile } from '../eval/inline-gold.reader';
import { parseCommandArgs, usageError, wholeNumber } from './command-args';
import { defaultFiguresPath, EVAL_FIGURES_DIR, writeFigures } from './eval-figures.writer';

/** The development set read when no file is given. */
export const DEFAULT_ENTITY_FILE = path.join('..', 'shared', 'corpus', 'entities', 'gum_news.jsonl');
const DEFAULT_ERRORS = 15;

export const evalEntitiesUsage = `usage: newsgraph eval-entities [FILE.jsonl | FILE.txt] [--errors [--top N]] [--out FILE.json]
  runs the ingest pipeline on every document of a GUM-format entity file (default ${DEFAULT_ENTITY_FILE})
  or of an inline-gold FILE.txt ("=== ID DATE" heads, names marked [[surface|TYPE]] or [[surface|TYPE|canonical]]) and prints
  exact span+type P/R/F1 per PER, ORG, LOC and overall, overlap, error counts by kind, and linking
  (pairwise within documents, where the strings differ, and across documents)
  --errors          also list the most frequent errors of each kind (missed, spurious, wrong type, wrong boundary)
                    and the linking errors inside documents (split, merged)
  --top N           how many errors of each kind --errors lists (default ${DEFAULT_ERRORS}; 0: all)
  --out FILE.json   where the figures go as JSON (default ${path.join(EVAL_FIGURES_DIR, 'entities-<FILE\'s name>.json')})`;

const f3 = (x: number) => x.toFixed(3);
const row = (label: string, m: Counts & PRF) =>
  `${label.padEnd(9)} P ${f3(m.precision)} (${m.correct}/${m.predicted})  R ${f3(m.recall)} (${m.correct}/${m.gold})  F1 ${f3(m.f1)}`;
const linkRow = (label: string, l: LinkingScore) =>
  `${label.padEnd(26)} P ${f3(l.precision)} (${l.pairs.both}/${l.pairs.linked})  R ${f3(l.recall)} (${l.pairs.both}/${l.pairs.same})  F1 ${f3(l.f1)}  kept apart ${f3(l.keptApart)} (${l.pairs.keptApart}/${l.pairs.different})`;

/** The report of an evaluation: finding, overlap, errors by kind, linking; then, with `errors` set, that many error groups of each kind (0: all). */
export function formatEntityEvaluation(file: string, e: EntityEvaluation, errors: number | null): string {
  const lines = [
    `entity evaluation of ${file}: ${e.documents} documents, ${e.overall.gold} gold mentions, ${e.overall.predicted} predicted (annotation on one core: ${e.documentsPerSecond.toFixed(0)} documents/s cold, lists loading included; ${e.warmDocumentsPerSecond.toFixed(0)} warm, median of ${WARM_PASSES} more passes)`,
    'finding (exact span and type):',
    ...ENTITY_LABELS.map((t) => `  ${row(t, e.byType[t])}`),
    `  ${row('overall', e.overall)}`,
    `  ${row('overlap', e.overlap)} (one to one, any type)`,
    `by CoNLL-2003's types (${e.conll.retyped} gold mentions retyped: countries standing for national teams are LOC there, ORG in GUM): ${ENTITY_LABELS.map((t) => `${t} F1 ${f3(e.conll.byType[t].f1)}`).join(', ')}, overall F1 ${f3(e.conll.overall.f1)} (P ${f3(e.conll.overall.precision)} R ${f3(e.conll.overall.recall)})`,
    `errors: ${ERROR_KINDS.map((k) => `${k} ${e.errorCounts[k]}`).join(', ')}`,
    'linking (pairs of gold mentions matched by overlap):',
    `  ${linkRow('within documents', e.linking.within)}`,
    `  ${linkRow('within, strings differ', e.linking.withinDiffering)}`,
    `  ${linkRow('across documents (titled)', e.linking.across)}`,
    'calibration (predicted mentions, by confidence; right: exact span and type):',
    '  confidence   count  mean confidence  share right',
    ...e.calibration.map((b) => `  ${`${b.from.toFixed(2)}-${b.to.toFixed(2)}`.padEnd(11)} ${String(b.count).padStart(6)}  ${f3(b.meanConfidence).padStart(15)}  ${f3(b.shareRight).padStart(11)}`),
  ];
  if (errors !== null) {
    const groups = groupErrors(e.errors);
    for (const kind of ERROR_KINDS) {
      const of = groups.filter((g) => g.kind === kind);
      lines.push('', `${kind} (${e.errorCounts[kind]}; gold -> predicted, most frequent first):`);
      for (const g of errors === 0 ? of : of.slice(0, errors)) lines.push(`  ${String(g.count).padStart(4)}  ${g.label}`);
    }
    for (const [kind, what] of [['split', 'one name in gold, several entities in the product'], ['merged', 'one entity in the product, several names in gold']] as const) {
      const of = e.linkingErrors.filter((l) => l.kind === kind);
      lines.push('', `linking, ${kind} (${of.length}; ${what}; pairs it costs, document: the mentions by side, most pairs first):`);
      for (const l of errors === 0 ? of : of.slice(0, errors)) lines.push(`  ${String(l.pairs).padStart(4)}  ${l.document}: ${l.groups.map((side) => side.map((t) => (t.count > 1 ? `${t.text} x${t.count}` : t.text)).join(', ')).join(' | ')}`);
    }
  }
  return lines.join('\n');
}

/**
 * Runs the command on `args` and returns the exit code: 0 after printing and writing the figures,
 * 2 for a usage error, 1 when the file cannot be read or parsed (the message on stderr).
 */
export function evalEntitiesCommand(args: string[], log: (line: string) => void = console.log, note: (line: string) => void = console.error): number {
  const parsed = parseCommandArgs('eval-entities', args, { out: { type: 'string' }, errors: { type: 'boolean' }, top: { type: 'string' } }, evalEntitiesUsage, true, log);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed as { values: { out?: string; errors?: boolean; top?: string }; positionals: string[] };
  let errors: number | null = null;
  try {
    if (positionals.length > 1) throw new Error(`at most one FILE.jsonl, got ${positionals.length}`);
    const top = values.top === undefined ? DEFAULT_ERRORS : wholeNumber('top', values.top);
    errors = values.errors ? top : null;
  } catch (error) {
    return usageError('eval-entities', (error as Error).message, evalEntitiesUsage);
  }
  const file = positionals[0] ?? DEFAULT_ENTITY_FILE;
  const out = values.out ?? defaultFiguresPath('entities', file);
  let evaluation: EntityEvaluation;
  try {
    evaluation = evaluateEntities(file.endsWith('.txt') ? readInlineGoldFile(file) : readGumFile(file));
  } catch (error) {
    console.error(`newsgraph eval-entities: ${(error as Error).message}`);
    return 1;
  }
  log(formatEntityEvaluation(file, evaluation, errors));
  try {
    writeFigures(out, file, evaluation);
  } catch (error) {
    console.error(`newsgraph eval-entities: ${(error as Error).message}`);
    return 1;
  }
  note(`figures written to ${out}`);
  return 0;
}
