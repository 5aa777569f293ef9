import { spawn } from 'node:child_process';
import { distCli, ensureBuilt, projectRoot } from '../support/build';
import { HttpResult, postJson } from '../support/http';
import { syntheticArticle, writeSyntheticJsonl } from '../support/synthetic-articles';
import { itOnPostgres, itOnSqlite, sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';
import path from 'node:path';
import pg from 'pg';

/**
 * Reads while writes happen: a `newsgraph ingest` child process writing into the file the server
 * reads, and many ingestArticle mutations at once. Every query is answered without errors, counts
 * only grow, and once the writing stops the answers (response cache included) show every article.
 * And a write through the API while another process holds SQLite's write lock waits its turn
 * instead of failing with "database is locked".
 */
const KEY = 'concurrency-key';
const auth = { authorization: `Bearer ${KEY}` };
const INGEST = 'mutation I($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id quotes { totalCount } } } }';
const READS = [
  '{ quotes(filter: { speaker: "Lindqvist" }, first: 5) { totalCount edges { node { text speaker { ... on Person { name } } article { title } } } } }',
  '{ search(query: "railway", first: 5) { totalCount edges { snippet } } }',
  '{ people(first: 10, orderBy: { field: QUOTE_COUNT }) { edges { node { name quoteCount } } } }',
  '{ quoteStats(groupBy: SPEAKER, first: 5) { key count } }',
];

/** Answers that were not a clean 200 without errors. */
type Failures = Array<{ label: string; status: number; body: unknown }>;
const record = (failures: Failures, label: string, response: HttpResult) => {
  if (response.status !== 200 || response.json?.errors) failures.push({ label, status: response.status, body: response.json });
};

/** Reads in a loop while `running()`: the article count it sees, in order. */
async function reader(gateway: TestGateway, running: () => boolean, failures: Failures): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; running(); i++) {
    const count = await postJson(gateway.url, { query: '{ articles { totalCount } }' });
    record(failures, 'count', count);
    if (count.json?.data) seen.push(count.json.data.articles.totalCount);
    const query = READS[i % READS.length];
    record(failures, query, await postJson(gateway.url, { query }));
  }
  return seen;
}

const nonDecreasing = (seen: number[]) => seen.every((n, i) => i === 0 || n >= seen[i - 1]);

async function articleCount(gateway: TestGateway): Promise<number> {
  const [{ n }] = await gateway.sql('SELECT count(*) AS n FROM article');
  return n;
}

describe('concurrent reads and writes', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    await ensureBuilt();
    gateway = await startTestGateway([sampleDir], { env: { NEWSGRAPH_API_KEYS: KEY }, config: { limits: { ratePerMinute: 0 } } });
  }, 180_000);
  afterAll(() => gateway.close());

  it('answers queries without errors while a `newsgraph ingest` process writes into the same file', async () => {
    const articles = 400;
    const jsonl = path.join(gateway.dir, 'cli.jsonl');
    writeSyntheticJsonl(jsonl, articles, 'cli');
    const before = await articleCount(gateway);
    const child = spawn(process.execPath, [distCli, 'ingest', jsonl], {
      env: { PATH: process.env.PATH, ...gateway.storeEnv, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let running = true;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => ((running = false), resolve(code))));

    const failures: Failures = [];
    const [a, b, code] = await Promise.all([reader(gateway, () => running, failures), reader(gateway, () => running, failures), exited]);
    expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
    expect(failures).toEqual([]);
    expect(a.length + b.length).toBeGreaterThan(2);
    expect(nonDecreasing(a) && nonDecreasing(b)).toBe(true);

    // Once it is done, every answer shows every article: the response cache saw the other connection's commits.
    for (let i = 0; i < 2; i++) {
      const final = await postJson(gateway.url, { query: '{ articles { totalCount } }' });
      expect(final.json.data.articles.totalCount).toBe(before + articles);
    }
    expect(await articleCount(gateway)).toBe(before + articles);
  }, 60_000);

  it('answers queries without errors while many ingestArticle mutations write at once', async () => {
    const before = await articleCount(gateway);
    const writers = 4;
    const each = 15;
    let writing = writers;
    const failures: Failures = [];
    const writer = async (w: number) => {
      let created = 0;
      for (let i = 0; i < each; i++) {
        const response = await postJson(gateway.url, { query: INGEST, variables: { input: syntheticArticle(w * each + i, 'api') } }, auth);
        record(failures, `writer ${w}`, response);
        if (response.json?.data?.ingestArticle?.created) created++;
      }
      writing--;
      return created;
    };
    // The same article from two clients at once: stored once, the other answer says so.
    const twins = Promise.all([0, 1].map(() => postJson(gateway.url, { query: INGEST, variables: { input: syntheticArticle(0, 'twin') } }, auth)));
    const results = await Promise.all([
      reader(gateway, () => writing > 0, failures),
      reader(gateway, () => writing > 0, failures),
      ...Array.from({ length: writers }, (_, w) => writer(w)),
    ]);
    const [seenA, seenB, ...created] = results as [number[], number[], ...number[]];
    const twinAnswers = await twins;
    expect(failures).toEqual([]);
    expect(created).toEqual(Array(writers).fill(each));
    expect(twinAnswers.map((r) => r.json.data.ingestArticle.created).sort()).toEqual([false, true]);
    expect(twinAnswers[0].json.data.ingestArticle.article.id).toBe(twinAnswers[1].json.data.ingestArticle.article.id);
    expect(nonDecreasing(seenA) && nonDecreasing(seenB)).toBe(true);
    const final = await postJson(gateway.url, { query: '{ articles { totalCount } quotes { totalCount } }' });
    expect(final.json.data.articles.totalCount).toBe(before + writers * each + 1);
    const [{ n: quotes }] = await gateway.sql("SELECT count(*) AS n FROM quote WHERE kind = 'DIRECT'");
    expect(final.json.data.quotes.totalCount).toBe(quotes);
  }, 60_000);

  itOnSqlite('lets an API write wait its turn while another process holds the write lock, instead of failing', "SQLite's file write lock, held by a better-sqlite3 process; the PostgreSQL twin follows", async () => {
    const deletable = (await postJson(gateway.url, { query: INGEST, variables: { input: syntheticArticle(0, 'to-delete') } }, auth)).json.data.ingestArticle.article.id;
    // Another process takes the write lock, writes, and holds it for half a second.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const Database = require('better-sqlite3');
         const db = new Database(process.argv[1]);
         db.pragma('busy_timeout = 5000');
         db.exec('BEGIN IMMEDIATE');
         db.prepare("INSERT INTO article (url, title, subheadings, body, paragraph_spans, content_hash, origin, ingested_at) VALUES ('https://example.test/holder', 'Held', '[]', 'Held.', '[]', 'held-hash', 'test', '2024-01-01')").run();
         console.log('locked');
         setTimeout(() => { db.exec('COMMIT'); db.close(); }, 500);`,
        gateway.databasePath,
      ],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const holderExited = new Promise<number | null>((resolve) => holder.once('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk) => String(chunk).includes('locked') && resolve());
      holder.once('exit', () => reject(new Error('the lock holder exited before taking the lock')));
    });

    // A write that begins by reading (the duplicate check) is refused at once by SQLite while the
    // lock is held; the server must try again rather than answer INTERNAL_SERVER_ERROR.
    const [ingested, deleted] = await Promise.all([
      postJson(gateway.url, { query: INGEST, variables: { input: syntheticArticle(1, 'while-locked') } }, auth),
      postJson(gateway.url, { query: 'mutation D($id: ID!) { deleteArticle(id: $id) }', variables: { id: deletable } }, auth),
    ]);
    expect(ingested.json.errors).toBeUndefined();
    expect(ingested.json.data.ingestArticle.created).toBe(true);
    expect(deleted.json.errors).toBeUndefined();
    expect(deleted.json.data.deleteArticle).toBe(true);
    expect(await holderExited).toBe(0);
    const [{ n }] = await gateway.sql("SELECT count(*) AS n FROM article WHERE url = 'https://example.test/holder'");
    expect(n).toBe(1);
  }, 30_000);

  itOnPostgres('lets an API write wait its turn while another connection is in the middle of a write, instead of failing', 'the twin of the SQLite write-lock test', async () => {
    const deletable = (await postJson(gateway.url, { query: INGEST, variables: { input: syntheticArticle(0, 'pg-to-delete') } }, auth)).json.data.ingestArticle.article.id;
    // Another writer (another gateway instance, the CLI) in the middle of its transaction: it has
    // written an article and holds the store's write turn (the data_version row) for half a second.
    const holder = new pg.Client({ connectionString: gateway.databaseUrl! });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT version FROM data_version WHERE id = 1 FOR UPDATE');
      await holder.query(
        "INSERT INTO article (url, title, subheadings, body, paragraph_spans, content_hash, origin, ingested_at) VALUES ('https://example.test/pg-holder', 'Held', '[]', 'Held.', '[]', 'pg-held-hash', 'test', '2024-01-01')",
      );
      const release = new Promise((resolve) => setTimeout(resolve, 500)).then(async () => {
        await holder.query('UPDATE data_version SET version = version + 1 WHERE id = 1');
        await holder.query('COMMIT');
      });
      const [ingested, deleted] = await Promise.all([
        postJson(gateway.url, { query: INGEST, variables: { input: syntheticArticle(1, 'pg-while-locked') } }, auth),
        postJson(gateway.url, { query: 'mutation D($id: ID!) { deleteArticle(id: $id) }', variables: { id: deletable } }, auth),
        release,
      ]);
      expect(ingested.json.errors).toBeUndefined();
      expect(ingested.json.data.ingestArticle.created).toBe(true);
      expect(deleted.json.errors).toBeUndefined();
      expect(deleted.json.data.deleteArticle).toBe(true);
    } finally {
      await holder.end();
    }
    const [{ n }] = await gateway.sql("SELECT count(*) AS n FROM article WHERE url = 'https://example.test/pg-holder'");
    expect(n).toBe(1);
    // The holder's commit and both API writes reached the response cache.
    const { json } = await postJson(gateway.url, { query: '{ articles(filter: { source: "nowhere" }) { totalCount } a: articles { totalCount } }' });
    expect(json.data.a.totalCount).toBe(await articleCount(gateway));
  }, 30_000);
});
