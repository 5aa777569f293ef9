/**
 * `newsgraph synth --articles N --out FILE.jsonl [--seed S]` (`npm run corpus:synth -- ...`):
 * writes N synthetic news articles (see src/synth/corpus.generator.ts) as JSONL in the ingest
 * format, one article a line, streaming (memory stays flat whatever N); `--out -` writes them to
 * standard output. The same seed always gives the same file.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { CorpusGenerator } from '../synth/corpus.generator';
import { wholeNumber } from './command-args';

export const synthUsage = `usage: newsgraph synth --articles N --out FILE.jsonl [--seed S]
  writes N synthetic news articles as JSONL in the ingest format (the same seed, the same file)
  --articles N      how many articles
  --out FILE.jsonl  where they go; - for standard output
  --seed S          the generator's seed (default 1)`;

/** The parsed arguments; a message (with the usage) for a usage error; null for --help. */
export function parseSynthArgs(args: string[]): { articles: number; out: string; seed: number } | string | null {
  try {
    const { values } = parseArgs({
      args,
      options: { articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
    if (values.help) return null;
    if (values.articles === undefined || values.out === undefined) throw new Error(`${values.articles === undefined ? '--articles' : '--out'} is required`);
    return { articles: wholeNumber('articles', values.articles), out: values.out, seed: values.seed === undefined ? 1 : wholeNumber('seed', values.seed) };
  } catch (error) {
    return `${(error as Error).message}\n${synthUsage}`;
  }
}

/**
 * Writes the corpus; resolves to the exit code (0, or 2 for a usage error). `log` takes the
 * closing summary (standard error by default: standard output may be the corpus itself).
 */
export async function corpusSynthCommand(args: string[], log: (line: string) => void = console.error): Promise<number> {
  const parsed = parseSynthArgs(args);
  if (parsed === null) {
    console.log(synthUsage);
    return 0;
  }
  if (typeof parsed === 'string') {
    console.error(`newsgraph synth: ${parsed}`);
    return 2;
  }
  const { articles, out, seed } = parsed;
  const toStdout = out === '-';
  if (!toStdout) mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const stream = toStdout ? process.stdout : createWriteStream(out, { encoding: 'utf8' });
  const generator = new CorpusGenerator({ seed });
  const started = Date.now();
  let quotes = 0;
  for (const { article, truth } of generator.articles(articles)) {
    quotes += truth.quotes.filter((q) => q.statement).length;
    if (!stream.write(`${JSON.stringify(article)}\n`)) await once(stream, 'drain');
  }
  if (toStdout) await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  else {
    stream.end();
    await once(stream, 'finish');
  }
  log(`wrote ${articles} articles (${quotes} quotes) to ${toStdout ? 'standard output' : out} in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed})`);
  return 0;
}

