#!/usr/bin/env node
/**
 * `npm run corpus:synth -- --articles N --out FILE.jsonl [--seed S]`: writes N synthetic news
 * articles (see src/synth/corpus.generator.ts) as JSONL in the ingest format, one article a line,
 * streaming (memory stays flat whatever N). The same seed always gives the same file.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import * as path from 'node:path';
import { CorpusGenerator } from '../synth/corpus.generator';

const USAGE = 'usage: npm run corpus:synth -- --articles N --out FILE.jsonl [--seed S]';

/** The parsed arguments, or a usage error message. */
export function parseSynthArgs(args: string[]): { articles: number; out: string; seed: number } | string {
  let articles: number | null = null;
  let out: string | null = null;
  let seed = 1;
  for (let i = 0; i < args.length; i++) {
    const value = args[i + 1];
    if (args[i] === '--articles' && /^\d+$/.test(value ?? '')) (articles = Number(value)), i++;
    else if (args[i] === '--out' && value) (out = value), i++;
    else if (args[i] === '--seed' && /^\d+$/.test(value ?? '')) (seed = Number(value)), i++;
    else return `unexpected argument "${args[i]}"\n${USAGE}`;
  }
  if (articles === null || out === null) return USAGE;
  return { articles, out, seed };
}

/** Writes the corpus; resolves to the exit code (0, or 2 for a usage error). */
export async function corpusSynthCommand(args: string[], log: (line: string) => void = console.log): Promise<number> {
  const parsed = parseSynthArgs(args);
  if (typeof parsed === 'string') {
    console.error(parsed);
    return 2;
  }
  const { articles, out, seed } = parsed;
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const stream = createWriteStream(out, { encoding: 'utf8' });
  const generator = new CorpusGenerator({ seed });
  const started = Date.now();
  let quotes = 0;
  for (const { article, truth } of generator.articles(articles)) {
    quotes += truth.quotes.filter((q) => q.statement).length;
    if (!stream.write(`${JSON.stringify(article)}\n`)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  log(`wrote ${articles} articles (${quotes} quotes) to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed})`);
  return 0;
}

if (require.main === module) {
  corpusSynthCommand(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`corpus:synth: ${(error as Error).stack ?? error}`);
      process.exitCode = 1;
    },
  );
}
