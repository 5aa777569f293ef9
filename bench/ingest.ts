import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusSynthCommand } from '../src/cli/corpus-synth.command';
import { countInputs } from '../src/ingestion/input.counter';

/**
 * `npm run bench:ingest -- [--articles N] [--seed S] [--file FILE.jsonl] [--keep] [--json]`:
 * the product's ingest, end to end. Writes N synthetic articles (default 20,000; src/synth) to a
 * JSONL file (or takes --file), runs the real CLI (`node dist/src/cli/main.js ingest FILE`) in a
 * child process on a fresh SQLite database, and reports articles per second (wall clock from
 * spawn to exit: start-up, migrations, counting, parsing, annotating, storing) and the child's
 * peak resident memory (VmHWM from /proc, sampled every 100 ms). --keep keeps the temporary folder.
 */

/** What one measured ingest did. */
export interface IngestBenchResult {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** Peak resident set size of the ingest process, bytes (null where /proc is not there). */
  peakRssBytes: number | null;
  /** The summary line the CLI printed. */
  summary: string;
  exitCode: number | null;
}

const CLI = path.join(__dirname, '../src/cli/main.js');

/** The VmHWM (peak resident memory) of a process, in bytes, or null. */
function peakRss(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Runs `newsgraph ingest file` in a child process on a fresh database at `databasePath`; resolves
 * with its rate and peak memory. `articles` is the number of articles the file holds.
 */
export async function measureIngest(file: string, articles: number, databasePath: string, onLine?: (line: string) => void): Promise<IngestBenchResult> {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(databasePath + suffix, { force: true });
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [CLI, 'ingest', file], {
    env: { ...process.env, DATABASE_PATH: databasePath, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peak: number | null = null;
  const sample = () => {
    const now = child.pid ? peakRss(child.pid) : null;
    if (now !== null) peak = Math.max(peak ?? 0, now);
  };
  const timer = setInterval(sample, 100);
  // The CLI's standard output carries only data (none for ingest); progress and the summary come on stderr.
  let summary = '';
  let pending = '';
  child.stdout.resume();
  child.stderr.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith('ingested ')) summary = line;
      onLine?.(line);
    }
  });
  const exitCode = await new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    articles,
    seconds,
    articlesPerSecond: articles / seconds,
    peakRssBytes: peak,
    summary,
    exitCode,
  };
}

/** Writes `articles` synthetic articles of `seed` to `file` (streamed). */
export async function writeCorpus(file: string, articles: number, seed: number): Promise<void> {
  const code = await corpusSynthCommand(['--articles', String(articles), '--out', file, '--seed', String(seed)], () => undefined);
  if (code !== 0) throw new Error(`corpus:synth failed with exit code ${code}`);
}

/** The options of `npm run bench:ingest` (node:util parseArgs). */
function parseIngestBenchArgs(args: string[]): { articles: number; seed: number; file: string | null; keep: boolean; json: boolean } {
  const usage = 'usage: npm run bench:ingest -- [--articles N] [--seed S] [--file FILE.jsonl] [--keep] [--json]';
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: 'string', default: '20000' },
      seed: { type: 'string', default: '1' },
      file: { type: 'string' },
      keep: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const whole = (option: string, value: string, min: number): number => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new Error(`--${option} takes a whole number${min > 0 ? ' above 0' : ''}, got "${value}" (${usage})`);
    return Number(value);
  };
  return { articles: whole('articles', values.articles, 1), seed: whole('seed', values.seed, 0), file: values.file ?? null, keep: values.keep, json: values.json };
}

async function main(): Promise<void> {
  const options = parseIngestBenchArgs(process.argv.slice(2));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-ingest-'));
  try {
    let file = options.file;
    let articles = options.articles;
    if (file) {
      articles = await countInputs([file]);
    } else {
      file = path.join(dir, `synth-${articles}-s${options.seed}.jsonl`);
      const t = Date.now();
      await writeCorpus(file, articles, options.seed);
      console.error(`wrote ${articles} synthetic articles (seed ${options.seed}) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    console.error(`ingesting ${file} (${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MiB) into a fresh database; load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    const result = await measureIngest(file, articles, path.join(dir, 'bench.sqlite'), (line) => console.error(`  ${line}`));
    const mib = result.peakRssBytes === null ? '?' : (result.peakRssBytes / 2 ** 20).toFixed(0);
    if (options.json) console.log(JSON.stringify(result));
    else {
      console.log(`${result.summary}`);
      console.log(`${articles} articles in ${result.seconds.toFixed(1)} s: ${result.articlesPerSecond.toFixed(0)} articles/s, peak RSS ${mib} MiB ` +
        `(${os.cpus().length} cores, Node ${process.version})`);
    }
    if (result.exitCode !== 0) process.exitCode = 1;
  } finally {
    if (options.keep) console.error(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`bench:ingest: ${(error as Error).stack ?? error}`);
    process.exitCode = 1;
  });
}
