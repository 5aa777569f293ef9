import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Writable } from 'node:stream';
import v8 from 'node:v8';
import vm from 'node:vm';
import Database from 'better-sqlite3';
import { exportCommand } from '../../src/cli/export.command';
import { loadConfig } from '../../src/config/config';
import { QUOTE_EXPORT_COLUMNS } from '../../src/services/quote-export.format';
import { EXPORT_APPLICATION_NAME } from '../../src/services/quote-export.service';
import { distCli, ensureBuilt } from '../support/build';
import { parseCsv } from '../support/rfc4180';
import { onStore, sampleDir, startTestGateway, TestGateway, testStore } from '../support/test-gateway';

const fixtures = path.resolve(__dirname, '..', 'fixtures', 'articles.jsonl');

/** The same quotes through GraphQL, flattened to the export's columns. */
const GQL_QUOTES = `query Q($filter: QuoteFilter, $after: String) { quotes(filter: $filter, first: 100, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id text kind span { start end } paragraph attribution confidence cue { text } speakerMention { text }
    speaker { __typename ... on Person { id name } ... on Organization { id name } }
    article { id title url publishedAt } } } } }`;

async function graphqlRows(gateway: TestGateway, filter: Record<string, unknown>): Promise<Array<Record<string, unknown>>> {
  const rows: Array<Record<string, unknown>> = [];
  let after: string | null = null;
  for (;;) {
    const { data, errors }: { data?: any; errors?: unknown } = await gateway.gql(GQL_QUOTES, { filter, after });
    expect(errors).toBeUndefined();
    for (const { node } of data.quotes.edges) {
      rows.push({
        id: node.id,
        text: node.text,
        kind: node.kind,
        start: node.span.start,
        end: node.span.end,
        paragraph: node.paragraph,
        speakerName: node.speaker?.name ?? null,
        speakerType: node.speaker?.__typename ?? null,
        speakerId: node.speaker?.id ?? null,
        speakerMention: node.speakerMention?.text ?? null,
        cue: node.cue?.text ?? null,
        attribution: node.attribution,
        confidence: node.confidence,
        articleId: node.article.id,
        articleTitle: node.article.title,
        articleUrl: node.article.url,
        publishedAt: node.article.publishedAt,
      });
    }
    if (!data.quotes.pageInfo.hasNextPage) return rows;
    after = data.quotes.pageInfo.endCursor;
  }
}

/** A title a spreadsheet would run as a formula (a link that looks like text). */
const FORMULA_TITLE = '=HYPERLINK("http://evil.example","click")';

/** What a CSV cell holds for a value: empty for null, a ' before a text a spreadsheet would run as a formula. */
const csvCell = (value: unknown) => (value === null ? '' : /^[=+\-@\t\r]/.test(String(value)) ? `'${String(value)}` : String(value));

const ndjson = (body: string) => body.split('\n').filter(Boolean).map((line) => JSON.parse(line));

/** Runs `newsgraph export` in-process on the store `storeEnv` points at, capturing standard output (into `stdout`) and stderr. */
async function runExport(storeEnv: NodeJS.ProcessEnv, args: string[], stdout?: NodeJS.WritableStream) {
  const err: string[] = [];
  const log: string[] = [];
  const error = jest.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  const info = jest.spyOn(console, 'log').mockImplementation((...a) => void log.push(a.join(' ')));
  try {
    const code = await exportCommand(args, loadConfig({ ...storeEnv, LOG_LEVEL: 'silent' }), stdout);
    return { code, stderr: err.join('\n'), log: log.join('\n') };
  } finally {
    error.mockRestore();
    info.mockRestore();
  }
}

/**
 * Runs the built `newsgraph export` (dist/src/cli/main.js, as `npx newsgraph export` does) in a
 * process of its own on the store `storeEnv` points at; resolves with its exit code and what it
 * wrote to standard output and standard error. With `stdoutBytes`, standard output is closed after
 * that many bytes (a reader such as `head -c` that goes away).
 */
async function runCli(storeEnv: NodeJS.ProcessEnv, args: string[], { stdoutBytes }: { stdoutBytes?: number } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: undefined, ...storeEnv, LOG_LEVEL: 'silent' };
  const child = spawn(process.execPath, [distCli, 'export', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let received = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    out.push(chunk);
    received += chunk.length;
    if (stdoutBytes !== undefined && received >= stdoutBytes) child.stdout.destroy();
  });
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8').trim() };
}

/** A Writable that keeps what it is given. */
function collector() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('GET /export/quotes.ndjson and /export/quotes.csv', () => {
  let gateway: TestGateway;
  let trickyText: string;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir, fixtures]);
    // An article whose title holds double quotes and a comma, through the real pipeline; and,
    // since the extractor never keeps an ASCII double quote inside a quote, one quote whose text
    // the test sets itself to the worst a CSV field can hold.
    const extra = path.join(gateway.dir, 'extra.jsonl');
    fs.writeFileSync(
      extra,
      JSON.stringify({
        url: 'https://example.org/news/port-vote',
        title: 'Union rejects "final" offer, again',
        publishedAt: '2024-08-01',
        body: 'The dock workers\u2019 union rejected the offer on Tuesday.\n\n\u201cWe will not sign this, not now and not later,\u201d said Marta Lindqvist, a spokeswoman for the union.',
      }) + '\n',
    );
    expect((await gateway.ingest([extra])).quotes).toBe(1);
    // An article and quotes that a spreadsheet would run as formulas (OWASP CSV injection).
    const formula = path.join(gateway.dir, 'formula.jsonl');
    fs.writeFileSync(
      formula,
      JSON.stringify({
        url: 'https://example.org/news/formula',
        title: FORMULA_TITLE,
        publishedAt: '2024-08-02',
        body:
          'The harbour froze on Monday.\n\n\u201c-20 degrees is nothing for this port,\u201d said Marta Lindqvist, a spokeswoman for the union.' +
          '\n\n\u201c+1 more ship will come tomorrow,\u201d said Jonas Berg, the harbour master.',
      }) + '\n',
    );
    expect((await gateway.ingest([formula])).quotes).toBe(2);
    trickyText = 'He called it "a farce", then left,\r\nslamming\nthe door \u201cloudly\u201d';
    await gateway.sql(`UPDATE quote SET text = ? WHERE article_id = (SELECT id FROM article WHERE url = ?)`, [
      trickyText,
      'https://example.org/news/port-vote',
    ]);
  });
  afterAll(() => gateway.close());

  const get = (pathAndQuery: string, headers: Record<string, string> = {}) => fetch(`${gateway.origin}${pathAndQuery}`, { headers });

  it('streams the 5 Stoltenberg quotes about Ukraine as NDJSON, the same rows as GraphQL', async () => {
    const response = await get('/export/quotes.ndjson?speaker=Stoltenberg&about=Ukraine');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers.get('content-length')).toBeNull();
    const rows = ndjson(await response.text());
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.speakerName === 'Jens Stoltenberg' && r.speakerType === 'Person')).toBe(true);
    expect(Object.keys(rows[0])).toEqual(QUOTE_EXPORT_COLUMNS);
    expect(rows).toEqual(await graphqlRows(gateway, { speaker: 'Stoltenberg', about: ['Ukraine'] }));
  });

  it.each([
    ['about=Ukraine&about=NATO', { about: ['Ukraine', 'NATO'] }],
    ['aboutAny=Norway&aboutAny=Spain', { aboutAny: ['Norway', 'Spain'] }],
    ['about=Ukraine&aboutScope=QUOTE', { about: ['Ukraine'], aboutScope: 'QUOTE' }],
    ['about=Ukraine&aboutScope=ARTICLE', { about: ['Ukraine'], aboutScope: 'ARTICLE' }],
    ['text=military', { text: 'military' }],
    ['from=2024-04-01&to=2024-07-31', { from: '2024-04-01', to: '2024-07-31' }],
    ['minConfidence=0.9', { minConfidence: 0.9 }],
    ['speaker=NATO', { speaker: 'NATO' }],
    ['', {}],
  ])('filters ?%s exactly as GraphQL does', async (query, filter) => {
    const expected = await graphqlRows(gateway, filter);
    const rows = ndjson(await (await get(`/export/quotes.ndjson?${query}`)).text());
    expect(rows).toEqual(expected);
    if (query === '') expect(rows.length).toBeGreaterThan(20);
  });

  it('filters by article and speaker ID', async () => {
    const [first] = await graphqlRows(gateway, { speaker: 'Stoltenberg' });
    const byArticle = ndjson(await (await get(`/export/quotes.ndjson?articleId=${first.articleId}&speakerId=${first.speakerId}`)).text());
    expect(byArticle).toEqual(await graphqlRows(gateway, { articleId: first.articleId, speakerId: first.speakerId }));
    expect(byArticle.length).toBeGreaterThan(1);
  });

  it('serves CSV with a header and RFC 4180 quoting that parses back to the same values', async () => {
    const response = await get('/export/quotes.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="quotes.csv"');
    const [header, ...records] = parseCsv(await response.text());
    expect(header).toEqual(QUOTE_EXPORT_COLUMNS);
    const expected = await graphqlRows(gateway, {});
    const asCsv = (row: Record<string, unknown>) => QUOTE_EXPORT_COLUMNS.map((c) => csvCell(row[c]));
    expect(records).toEqual(expected.map(asCsv));
    const tricky = records.find((r) => r[header.indexOf('articleUrl')] === 'https://example.org/news/port-vote')!;
    expect(tricky[header.indexOf('text')]).toBe(trickyText);
    expect(tricky[header.indexOf('articleTitle')]).toBe('Union rejects "final" offer, again');
  });

  it('neutralises formula cells in CSV (a \' in front) and keeps them as stored in NDJSON', async () => {
    const [header, ...records] = parseCsv(await (await get('/export/quotes.csv')).text());
    const formula = records.filter((r) => r[header.indexOf('articleUrl')] === 'https://example.org/news/formula');
    expect(formula.map((r) => r[header.indexOf('articleTitle')])).toEqual([`'${FORMULA_TITLE}`, `'${FORMULA_TITLE}`]);
    expect(formula.map((r) => r[header.indexOf('text')])).toEqual(["'-20 degrees is nothing for this port,", "'+1 more ship will come tomorrow,"]);
    const rows = ndjson(await (await get('/export/quotes.ndjson')).text()).filter((r) => r.articleUrl === 'https://example.org/news/formula');
    expect(rows.map((r) => [r.articleTitle, r.text])).toEqual([
      [FORMULA_TITLE, '-20 degrees is nothing for this port,'],
      [FORMULA_TITLE, '+1 more ship will come tomorrow,'],
    ]);
  });

  it.each([
    ['sort=date', 'unknown parameter "sort"; known parameters: speaker, speakerId, about, aboutAny, aboutScope, text, from, to, minConfidence, articleId, kind'],
    ['aboutScope=SIDEWAYS', '"aboutScope" must be one of QUOTE, PARAGRAPH, ARTICLE, got "SIDEWAYS"'],
    ['from=2024-13-01', '"from" must be a date as YYYY-MM-DD, got "2024-13-01"'],
    ['to=yesterday', '"to" must be a date as YYYY-MM-DD, got "yesterday"'],
    ['articleId=nonsense', '"articleId" is not an Article ID: "nonsense"'],
    ['text=%21%21', '"text" has no words to search for: "!!"'],
    ['minConfidence=high', '"minConfidence" must be a number from 0 to 1, got "high"'],
    ['speaker=a&speaker=b', '"speaker" is given more than once'],
    ['speaker=', '"speaker" is empty'],
    ['about%5B%5D=Ukraine', 'unknown parameter "about[]"; known parameters: speaker, speakerId, about, aboutAny, aboutScope, text, from, to, minConfidence, articleId, kind'],
  ])('refuses ?%s with a 400 naming the parameter', async (query, message) => {
    for (const format of ['ndjson', 'csv']) {
      const response = await get(`/export/quotes.${format}?${query}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body: any = await response.json();
      expect(body.errors[0].message).toBe(message);
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a bad value with the same message as GraphQL', async () => {
    const { errors } = await gateway.gql('{ quotes(filter: { from: "2024-13-01" }) { totalCount } }');
    const body: any = await (await get('/export/quotes.ndjson?from=2024-13-01')).json();
    expect(body.errors[0].message).toBe(errors?.[0].message);
  });

  describe('newsgraph export (the built CLI, in a process of its own)', () => {
    beforeAll(() => ensureBuilt(), 180_000);

    it('writes NDJSON to standard output, byte for byte what HTTP serves, and nothing else', async () => {
      const result = await runCli(gateway.storeEnv, ['--speaker', 'Stoltenberg', '--about', 'Ukraine']);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const overHttp = await (await get('/export/quotes.ndjson?speaker=Stoltenberg&about=Ukraine')).text();
      expect(result.stdout).toBe(overHttp);
      expect(ndjson(result.stdout)).toHaveLength(5);
    });

    it('writes CSV to standard output, byte for byte what HTTP serves', async () => {
      const result = await runCli(gateway.storeEnv, ['--format', 'csv']);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toBe(await (await get('/export/quotes.csv')).text());
      const [header, ...records] = parseCsv(result.stdout);
      expect(header).toEqual(QUOTE_EXPORT_COLUMNS);
      expect(records.map((r) => r[0])).toEqual((await graphqlRows(gateway, {})).map((r) => r.id));
    });

    it('writes --out FILE whole, and says how many quotes it wrote on standard error only', async () => {
      const file = path.join(gateway.dir, 'quotes.csv');
      const result = await runCli(gateway.storeEnv, ['--format=csv', '--out', file, '--speaker', 'NATO']);
      expect(result).toEqual({ code: 0, stdout: '', stderr: `exported 3 quotes to ${file}` });
      const [header, ...records] = parseCsv(fs.readFileSync(file, 'utf8'));
      expect(header).toEqual(QUOTE_EXPORT_COLUMNS);
      expect(records.map((r) => r[1])).toEqual(['has not been seen as such', 'optimistic, but cautious', 'to support Ukraine']);
      expect(fs.readdirSync(gateway.dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
    });

    it('ends with status 0 when the reader of standard output goes away early (| head)', async () => {
      const result = await runCli(gateway.storeEnv, ['--format', 'csv'], { stdoutBytes: 1 });
      expect(result).toMatchObject({ code: 0, stderr: '' });
    });

    it('prints its usage for --help, and refuses a bad option on standard error with status 2', async () => {
      const help = await runCli(gateway.storeEnv, ['--help']);
      expect(help).toMatchObject({ code: 0, stderr: '' });
      expect(help.stdout).toMatch(/^usage: newsgraph export \[--format ndjson\|csv\]/);
      for (const option of ['--speaker', '--about', '--about-scope', '--from', '--to', '--min-confidence', '--article-id', '--kind', '--out']) {
        expect(help.stdout).toContain(option);
      }
      const bad = await runCli(gateway.storeEnv, ['--about-scope', 'SIDEWAYS']);
      expect(bad).toEqual({ code: 2, stdout: '', stderr: 'newsgraph export: --about-scope must be one of QUOTE, PARAGRAPH, ARTICLE, got "SIDEWAYS"' });
    });
  });

  describe('newsgraph export (in-process)', () => {
    it('writes CSV to process.stdout by default, without ending it', async () => {
      const written: string[] = [];
      const write = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
        written.push(String(chunk));
        const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
        callback?.();
        return true;
      }) as typeof process.stdout.write);
      let result;
      try {
        result = await runExport(gateway.storeEnv, ['--format', 'csv', '--about', 'Ukraine', '--about-scope', 'ARTICLE']);
      } finally {
        write.mockRestore();
      }
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(process.stdout.writableEnded).toBe(false);
      const [header, ...records] = parseCsv(written.join(''));
      expect(header).toEqual(QUOTE_EXPORT_COLUMNS);
      expect(records.map((r) => r[0])).toEqual((await graphqlRows(gateway, { about: ['Ukraine'], aboutScope: 'ARTICLE' })).map((r) => r.id));
    });

    it('refuses bad options with exit code 2, naming the option', async () => {
      const cases: Array<[string[], RegExp]> = [
        [['--about-scope', 'SIDEWAYS'], /^newsgraph export: --about-scope must be one of QUOTE, PARAGRAPH, ARTICLE, got "SIDEWAYS"$/],
        [['--from', '2024-13-01'], /^newsgraph export: --from must be a date as YYYY-MM-DD, got "2024-13-01"$/],
        [['--article-id', 'nonsense'], /^newsgraph export: --article-id is not an Article ID: "nonsense"$/],
        [['--format', 'xml'], /^newsgraph export: --format must be ndjson or csv, got "xml"$/],
        [['--speaker', 'a', '--speaker', 'b'], /^newsgraph export: --speaker is given more than once$/],
        [['--sort', 'date'], /^newsgraph export: Unknown option '--sort'/],
        [['stray'], /^newsgraph export: Unexpected argument 'stray'/],
      ];
      for (const [args, message] of cases) {
        const out = collector();
        const result = await runExport(gateway.storeEnv, args, out.stream);
        expect({ args, code: result.code }).toEqual({ args, code: 2 });
        expect(result.stderr).toMatch(message);
        expect(out.text()).toBe('');
      }
      const nowhere = path.join(gateway.dir, 'nothing-here.sqlite');
      const elsewhere = gateway.databaseUrl && Object.assign(new URL(gateway.databaseUrl), { pathname: '/newsgraph_nothing_here' }).toString();
      const missing = await runExport(elsewhere ? { DATABASE_PATH: nowhere, DATABASE_URL: elsewhere } : { DATABASE_PATH: nowhere }, []);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(
        onStore({ sqlite: /no database at .*nothing-here\.sqlite/, postgres: /cannot open the database at .*newsgraph_nothing_here: .*does not exist/ }),
      );
      expect(fs.existsSync(path.join(gateway.dir, 'nothing-here.sqlite'))).toBe(false);
    });
  });
});

describe('exports when reads need an API key', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir], { config: { requireKeyForReads: true, apiKeys: ['export-test-key'] } });
  });
  afterAll(() => gateway.close());

  it('refuses a request without a known key with 401, and serves one with it', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong-key' }] as Array<Record<string, string>>) {
      const response = await fetch(`${gateway.origin}/export/quotes.csv`, { headers });
      expect(response.status).toBe(401);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const response = await fetch(`${gateway.origin}/export/quotes.ndjson?speaker=Stoltenberg`, { headers: { authorization: 'Bearer export-test-key' } });
    expect(response.status).toBe(200);
    expect(ndjson(await response.text()).length).toBeGreaterThan(0);
  });
});

describe('export of many quotes: streamed, with constant memory', () => {
  const ROWS = 40_000;
  let gateway: TestGateway;
  let gc: () => void;
  beforeAll(async () => {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc');
    gateway = await startTestGateway([sampleDir]);
    // 40,000 quotes of about 1.5 kB each: an export of about 70 MB.
    const filler = 'They said, "the harbour will stay open", and nobody believed it. '.repeat(22);
    await gateway.sql(
      onStore({
        sqlite: `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
          INSERT INTO quote (article_id, text, start, "end", paragraph, attribution, confidence, is_statement, published_at)
          SELECT (SELECT MIN(id) FROM article), printf('Row %d. ', i) || ?, 0, 10, 0, 'NONE', 0, 1, NULL FROM n`,
        postgres: `INSERT INTO quote (article_id, text, start, "end", paragraph, attribution, confidence, is_statement, published_at)
          SELECT (SELECT MIN(id) FROM article), 'Row ' || i || '. ' || ?::text, 0, 10, 0, 'NONE', 0, TRUE, NULL FROM generate_series(1, ?::int) AS i`,
      }),
      onStore({ sqlite: [ROWS, filler], postgres: [filler, ROWS] }),
    );
  }, 120_000);
  afterAll(() => gateway.close());

  /**
   * The read-only connections closed so far (an export reads on a connection of its own, and
   * must close it however the export ends). Spies on better-sqlite3's `close`, calling through.
   */
  let close: jest.SpyInstance;
  const closedReadOnly = () => (close.mock.contexts as Database.Database[]).filter((db) => db.readonly);
  beforeEach(() => {
    close = jest.spyOn(Database.prototype, 'close');
  });
  afterEach(() => close.mockRestore());
  /**
   * How many export connections are open (each test runs one export): on SQLite, the one
   * read-only connection until it is closed; on PostgreSQL, the sessions pg_stat_activity shows
   * with the export's application name.
   */
  const openExports = async (): Promise<number> => {
    if (testStore === 'sqlite') return 1 - closedReadOnly().length;
    const [{ n }] = await gateway.sql(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = ?`, [
      EXPORT_APPLICATION_NAME,
    ]);
    return Number(n);
  };
  const until = async (condition: () => boolean | Promise<boolean>) => {
    for (let i = 0; i < 100 && !(await condition()); i++) await new Promise((r) => setTimeout(r, 20));
  };

  /** JavaScript heap plus Buffers and other memory outside it (where socket writes wait), after a full GC. */
  const heap = () => {
    gc();
    gc(); // a second pass frees the Buffers whose owners the first one collected
    const { heapUsed, external } = process.memoryUsage();
    return heapUsed + external;
  };

  it('sends the rows in many chunks as the client reads them, with heap growth far below the body size', async () => {
    const baseline = heap();
    let peak = baseline;
    let openWhilePaused = -1;
    let bytes = 0;
    let chunks = 0;
    let lines = 0;
    let tail = '';
    let nextSample = 0;
    let pausedAt = -1;
    let pausedHeap = 0;
    const status = await new Promise<number>((resolve, reject) => {
      http
        .get(`${gateway.origin}/export/quotes.ndjson`, (response) => {
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            chunks++;
            bytes += Buffer.byteLength(chunk);
            const parts = (tail + chunk).split('\n');
            tail = parts.pop()!;
            lines += parts.length;
            if (bytes >= nextSample) {
              peak = Math.max(peak, heap());
              nextSample += 8 * 1024 * 1024;
            }
            if (pausedAt < 0 && bytes > 4 * 1024 * 1024) {
              // A client that stops reading: the server must stop reading rows, not buffer them.
              pausedAt = bytes;
              response.pause();
              setTimeout(async () => {
                try {
                  pausedHeap = heap();
                  openWhilePaused = await openExports();
                  // Writes through the gateway's connection go on while the export's cursor is open.
                  const summary = await gateway.ingest([fixtures]);
                  expect(summary.articles).toBe(6);
                  response.resume();
                } catch (error) {
                  response.destroy();
                  reject(error);
                }
              }, 300);
            }
          });
          response.on('end', () => resolve(response.statusCode!));
          response.on('error', reject);
        })
        .on('error', reject);
    });
    expect(status).toBe(200);
    expect(tail).toBe('');
    expect(lines).toBe(ROWS + 8); // 8 sample quotes; the fixtures came in after the export began
    expect(bytes).toBeGreaterThan(60 * 1024 * 1024);
    expect(chunks).toBeGreaterThan(100);
    const growth = peak - baseline;
    const pausedGrowth = pausedHeap - baseline;
    console.log(
      `export of ${lines} quotes, ${(bytes / 2 ** 20).toFixed(1)} MiB in ${chunks} chunks: peak heap+external growth ${(growth / 2 ** 20).toFixed(1)} MiB, ` +
        `${(pausedGrowth / 2 ** 20).toFixed(1)} MiB while the client was paused after ${(pausedAt / 2 ** 20).toFixed(1)} MiB`,
    );
    expect(growth).toBeLessThan(16 * 1024 * 1024);
    expect(pausedGrowth).toBeLessThan(16 * 1024 * 1024);
    expect(openWhilePaused).toBe(1);
    await until(async () => (await openExports()) === 0);
    expect(await openExports()).toBe(0);
    if (testStore === 'sqlite') {
      expect(closedReadOnly()).toHaveLength(1);
      expect(closedReadOnly()[0].open).toBe(false);
    }
  }, 120_000);

  it('stops reading and closes its connection when the client goes away', async () => {
    let openDuring = -1;
    await new Promise<void>((resolve, reject) => {
      const request = http.get(`${gateway.origin}/export/quotes.csv`, (response) => {
        response.once('data', async () => {
          openDuring = await openExports();
          request.destroy();
          resolve();
        });
      });
      request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? undefined : reject(error)));
    });
    expect(openDuring).toBe(1);
    await until(async () => (await openExports()) === 0);
    expect(await openExports()).toBe(0);
    if (testStore === 'sqlite') expect(closedReadOnly()).toHaveLength(1);
    const { data } = await gateway.gql('{ quotes(first: 1) { totalCount } }');
    expect(data.quotes.totalCount).toBeGreaterThan(ROWS);
  });
  it('cuts the response (an incomplete body, never a short export that looks whole) when the store fails mid-stream', async () => {
    // The store fails after the first rows: on SQLite a read error from the export's statement
    // (its read-only connection), on PostgreSQL the export's session killed by the server.
    const prepare = Database.prototype.prepare;
    const failing = jest.spyOn(Database.prototype, 'prepare').mockImplementation(function (this: Database.Database, source: string) {
      const statement = prepare.call(this, source);
      if (this.readonly) {
        const iterate = statement.iterate.bind(statement) as (...parameters: unknown[]) => IterableIterator<unknown>;
        statement.iterate = function* (...parameters: unknown[]) {
          let read = 0;
          for (const row of iterate(...parameters)) {
            if (++read > 2000) throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
            yield row;
          }
        } as typeof statement.iterate;
      }
      return statement;
    });
    try {
      const outcome = await new Promise<{ status: number; complete: boolean; bytes: number }>((resolve, reject) => {
        http
          .get(`${gateway.origin}/export/quotes.csv`, (response) => {
            let bytes = 0;
            let killed = testStore === 'sqlite';
            response.on('data', async (chunk: Buffer) => {
              bytes += chunk.length;
              if (!killed) {
                killed = true;
                response.pause();
                await gateway.sql('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?', [EXPORT_APPLICATION_NAME]);
                response.resume();
              }
            });
            response.on('error', () => undefined); // "aborted": what this test expects
            response.on('close', () => resolve({ status: response.statusCode!, complete: response.complete, bytes }));
          })
          .on('error', reject);
      });
      expect(outcome.status).toBe(200);
      expect(outcome.bytes).toBeGreaterThan(0);
      expect(outcome.bytes).toBeLessThan(60 * 1024 * 1024);
      expect(outcome.complete).toBe(false);
    } finally {
      failing.mockRestore();
    }
    await until(async () => (await openExports()) === 0);
    expect(await openExports()).toBe(0);
    if (testStore === 'sqlite') expect(closedReadOnly()).toHaveLength(1);
    const { data } = await gateway.gql('{ quotes(first: 1) { totalCount } }');
    expect(data.quotes.totalCount).toBeGreaterThan(ROWS);
  });
});
