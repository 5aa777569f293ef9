import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SEARCH_WINDOW } from '../../src/services/search.service';
import { CorpusGenerator } from '../../src/synth/corpus.generator';
import { distCli, distMain, ensureBuilt } from '../support/build';
import { freePort, slowestAnswer, responsiveBound } from '../support/server-probes';
import { writeSyntheticJsonl } from '../support/synthetic-articles';
import { describeOnSqlite } from '../support/test-gateway';
import { createScratchStore, ScratchStore } from '../support/test-store';

const KEY = 'heavy-requests-key';

/** 13 prefixes that every synthetic article matches, all types, a full page: a search that reads every article. */
const HEAVY_SEARCH = '{ search(query: "d* o* m* r* n* w* a* i* s* t* p* b* h*", first: 100) { totalCount totalCountIsExact edges { snippet } } }';
/** The widest facet: every place named beside every quote. */
const HEAVY_FACET = '{ quoteStats(groupBy: MENTIONED_LOCATION) { key count } speakers: quoteStats(groupBy: SPEAKER) { key count } }';
const INGEST = 'mutation I($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }';

/** A wire story copied until it is `bytes` long: about the largest article the size limit lets in. */
function largestArticle(bytes: number): { title: string; body: string } {
  const [{ article }] = [...new CorpusGenerator({ seed: 7 }).articles(1)];
  const copies = Math.max(1, Math.floor(bytes / Buffer.byteLength(article.body)));
  return { title: 'The largest article allowed', body: Array.from({ length: copies }, () => article.body).join('\n\n') };
}

/**
 * Issue 13: no request keeps the event loop busy. The compiled gateway, in a process of its own
 * as in production, over a store of 4,000 articles: the heaviest search, the widest facets, a CSV
 * export of every quote and an ingestArticle of about the largest allowed article run at once
 * while a client polls /healthz. The bound grows with the work's time (responsiveBound: a loaded
 * 2-core machine slows both), and the operation timeout is out of the way (a loaded machine takes
 * more than its 10 s default to annotate 0.9 MiB; the timeout has tests of its own); the figures are logged.
 */
describeOnSqlite('heavy requests off the event loop', 'the read pool reads SQLite files; PostgreSQL queries are asynchronous already', () => {
  let store: ScratchStore;
  let child: ChildProcess;
  let origin: string;
  beforeAll(async () => {
    await ensureBuilt();
    store = await createScratchStore('newsgraph-heavy-');
    const file = path.join(store.dir, 'heavy.jsonl');
    writeSyntheticJsonl(file, 4000, 'heavy');
    const env = { PATH: process.env.PATH, ...store.env, LOG_LEVEL: 'silent' };
    const ingest = spawnSync(process.execPath, [distCli, 'ingest', file], { env, encoding: 'utf8' });
    expect(ingest.status).toBe(0);
    const port = await freePort();
    child = spawn(process.execPath, [distMain], {
      env: { ...env, PORT: String(port), LOAD_SAMPLE: 'false', NEWSGRAPH_API_KEYS: KEY, NEWSGRAPH_RATE_LIMIT: '0', NEWSGRAPH_MAX_QUOTES_PER_ARTICLE: '10000000', NEWSGRAPH_TIMEOUT_MS: '120000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const seen = (chunk: Buffer) => {
        output += chunk;
        if (output.includes('newsgraph serving')) resolve();
      };
      child.stdout!.on('data', seen);
      child.stderr!.on('data', seen);
      child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
    });
    origin = `http://127.0.0.1:${port}`;
  }, 180_000);
  afterAll(async () => {
    child?.kill('SIGKILL');
    await store?.drop();
  });

  const gql = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
    fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    }).then((response) => response.json() as Promise<any>);


  it('answers /healthz while the heaviest search, facet, export and ingest run together', async () => {
    const article = largestArticle(1024 * 1024 * 0.9);
    await gql('{ __typename }');
    const started = performance.now();
    const timed = async <T>(work: Promise<T>): Promise<[T, number]> => [await work, performance.now() - started];
    const all = Promise.all([
      timed(gql(HEAVY_SEARCH)),
      timed(gql(HEAVY_FACET)),
      timed(fetch(`${origin}/export/quotes.csv`).then((response) => response.text())),
      timed(gql(INGEST, { input: article }, { authorization: `Bearer ${KEY}` })),
    ]);
    const slowestHealth = await slowestAnswer(`${origin}/healthz`, all);
    const [[search, searchMs], [facet, facetMs], [csv, exportMs], [ingest, ingestMs]] = await all;
    console.log(
      `together: search ${searchMs.toFixed(0)} ms (${search.data?.search?.totalCount} hits), facets ${facetMs.toFixed(0)} ms, ` +
        `export ${exportMs.toFixed(0)} ms (${(csv.length / 2 ** 20).toFixed(1)} MiB), ingest of ${(Buffer.byteLength(article.body) / 2 ** 20).toFixed(2)} MiB ${ingestMs.toFixed(0)} ms; ` +
        `slowest /healthz ${slowestHealth.toFixed(0)} ms`,
    );
    expect(search.errors).toBeUndefined();
    // More matches than the search's window (SEARCH_WINDOW a type): a count that says it is a lower bound.
    expect(search.data.search).toMatchObject({ totalCount: expect.any(Number), totalCountIsExact: false });
    expect(search.data.search.totalCount).toBeGreaterThanOrEqual(SEARCH_WINDOW);
    expect(facet.errors).toBeUndefined();
    expect(facet.data.speakers.length).toBeGreaterThan(0);
    expect(csv.split('\n').length).toBeGreaterThan(8000);
    expect(ingest.errors).toBeUndefined();
    expect(ingest.data.ingestArticle.created).toBe(true);
    expect(slowestHealth).toBeLessThan(responsiveBound(Math.max(searchMs, facetMs, exportMs, ingestMs)));
  }, 120_000);
});
