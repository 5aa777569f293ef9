import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { corpusSynthCommand } from '../src/cli/corpus-synth.command';
import { countInputs } from '../src/ingestion/input.counter';

/**
 * `npm run bench:ingest -- [--articles N] [--seed S] [--file FILE.jsonl] [--database-url URL]
 * [--rounds R] [--base DB.sqlite] [--keep] [--json]`: the product's ingest, end to end. Writes N synthetic articles
 * (default 20,000; src/synth) to a JSONL file (or takes --file), runs the real CLI (`node
 * dist/src/cli/main.js ingest FILE`) in a child process on a fresh SQLite database, and reports
 * articles per second (wall clock from spawn to exit: start-up, migrations, counting, parsing,
 * annotating, storing) and the child's peak resident memory (VmHWM from /proc, sampled every
 * 100 ms). With --database-url (postgres://user:password@host/db of a role that may create
 * databases) each round also ingests the same file into a fresh PostgreSQL database made on that
 * server (dropped afterwards), right after SQLite, and prints the ratio. --rounds repeats the
 * measurement (interleaved: SQLite, PostgreSQL, SQLite...). --base starts each SQLite round from a
 * copy of that database (never written; its -wal copied too) instead of an empty one: the ingest
 * rate into a big store (give a --seed whose articles it does not hold, or they are all skipped as
 * already stored). --keep keeps the temporary folder.
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

/** Runs `work` with a client connected to the PostgreSQL `url`. */
async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'newsgraph bench:ingest' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Where one measured ingest writes: the `DATABASE_PATH`/`DATABASE_URL` of the child, and how to
 * remove the database. A SQLite store starts as a copy of `base` (and its -wal) when given.
 */
async function freshStore(store: string, base?: string): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  if (!/^postgres(ql)?:\/\//.test(store)) {
    const remove = () => {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(store + suffix, { force: true });
    };
    remove();
    if (base) for (const suffix of ['', '-wal']) if (fs.existsSync(base + suffix)) fs.copyFileSync(base + suffix, store + suffix);
    return { env: { DATABASE_PATH: store, DATABASE_URL: '' }, drop: async () => remove() };
  }
  const name = `newsgraph_bench_ingest_${randomBytes(4).toString('hex')}`;
  await withClient(store, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(store);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_PATH: path.join(os.tmpdir(), `${name}.unused.sqlite`), DATABASE_URL: url.toString() },
    drop: async () => void (await withClient(store, (client) => client.query(`DROP DATABASE IF EXISTS "${name}"`))),
  };
}

/**
 * Runs `newsgraph ingest file` in a child process on a fresh database, and resolves with its rate
 * and peak memory. `store`: a SQLite file path (removed first), or a postgres:// URL of a role
 * that may create databases, on whose server a database of its own is made for the run and
 * dropped after it. `articles` is the number of articles the file holds. `base`: a SQLite database
 * the SQLite store starts as a copy of (else it starts empty).
 */
export async function measureIngest(
  file: string,
  articles: number,
  store: string,
  onLine?: (line: string) => void,
  base?: string,
): Promise<IngestBenchResult> {
  const database = await freshStore(store, base);
  try {
    return await runIngest(file, articles, database.env, onLine);
  } finally {
    await database.drop();
  }
}

async function runIngest(file: string, articles: number, storeEnv: Record<string, string>, onLine?: (line: string) => void): Promise<IngestBenchResult> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [CLI, 'ingest', file], {
    env: { ...process.env, ...storeEnv, LOG_LEVEL: 'silent' },
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
function parseIngestBenchArgs(args: string[]): {
  articles: number;
  seed: number;
  file: string | null;
  databaseUrl: string | null;
  rounds: number;
  base: string | null;
  keep: boolean;
  json: boolean;
} {
  const usage = 'usage: npm run bench:ingest -- [--articles N] [--seed S] [--file FILE.jsonl] [--database-url postgres://...] [--rounds R] [--base DB.sqlite] [--keep] [--json]';
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: 'string', default: '20000' },
      seed: { type: 'string', default: '1' },
      file: { type: 'string' },
      'database-url': { type: 'string' },
      rounds: { type: 'string', default: '1' },
      base: { type: 'string' },
      keep: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const whole = (option: string, value: string, min: number): number => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new Error(`--${option} takes a whole number${min > 0 ? ' above 0' : ''}, got "${value}" (${usage})`);
    return Number(value);
  };
  const databaseUrl = values['database-url'] ?? null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error(`--database-url takes a postgres:// URL, got "${databaseUrl}" (${usage})`);
  return {
    articles: whole('articles', values.articles, 1),
    seed: whole('seed', values.seed, 0),
    file: values.file ?? null,
    databaseUrl,
    rounds: whole('rounds', values.rounds, 1),
    base: values.base ?? null,
    keep: values.keep,
    json: values.json,
  };
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
    const stores = [{ name: 'SQLite', store: path.join(dir, 'bench.sqlite') }];
    if (options.databaseUrl) stores.push({ name: 'PostgreSQL', store: options.databaseUrl });
    for (let round = 1; round <= options.rounds; round++) {
      const rates: number[] = [];
      for (const { name, store } of stores) {
        console.error(`round ${round}: ingesting ${file} (${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MiB) into a ${name === 'SQLite' && options.base ? `copy of ${options.base}` : `fresh ${name} database`}; ` +
          `load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
        const result = await measureIngest(file, articles, store, (line) => console.error(`  ${line}`), options.base ?? undefined);
        const mib = result.peakRssBytes === null ? '?' : (result.peakRssBytes / 2 ** 20).toFixed(0);
        if (options.json) console.log(JSON.stringify({ store: name, round, ...result }));
        else {
          console.log(`${name}: ${result.summary}`);
          console.log(`${name}: ${articles} articles in ${result.seconds.toFixed(1)} s: ${result.articlesPerSecond.toFixed(0)} articles/s, peak RSS ${mib} MiB ` +
            `(${os.cpus().length} cores, Node ${process.version})`);
        }
        if (result.exitCode !== 0) process.exitCode = 1;
        rates.push(result.articlesPerSecond);
      }
      if (rates.length === 2 && !options.json) console.log(`round ${round}: PostgreSQL/SQLite ${(rates[1] / rates[0]).toFixed(2)}x`);
    }
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
