import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { ingestCommand } from '../../src/cli/ingest.command';
import { loadConfig } from '../../src/config/config';
import { sampleDir } from '../support/test-gateway';
import { createScratchStore, ScratchStore } from '../support/test-store';

/** Where the CLI writes: a SQLite file in a folder it must create, or a scratch PostgreSQL database. */
interface Target {
  env: NodeJS.ProcessEnv;
  /** Runs SQL on the store (SQLite: one better-sqlite3 connection; PostgreSQL: one client). */
  exec(sql: string): Promise<Array<Record<string, any>>>;
}

function targetOf(store: ScratchStore): Target {
  if (store.kind === 'postgres') {
    return {
      env: store.env,
      async exec(sql) {
        const client = new pg.Client({ connectionString: store.databaseUrl! });
        await client.connect();
        try {
          return (await client.query(sql)).rows;
        } finally {
          await client.end();
        }
      },
    };
  }
  const file = path.join(store.dir, 'store', 'news.sqlite');
  return {
    env: { DATABASE_PATH: file },
    async exec(sql) {
      const db = new Database(file);
      try {
        const statement = db.prepare(sql);
        return statement.reader ? (statement.all() as Array<Record<string, any>>) : (statement.run(), []);
      } finally {
        db.close();
      }
    },
  };
}

/** Runs `newsgraph ingest` in-process, capturing what it prints. */
function ingest(target: Target, paths: string[]) {
  return ingestWith(target, {}, paths);
}

/** Runs `newsgraph ingest` in-process with more environment (limits), capturing what it prints. */
async function ingestWith(target: Target, env: NodeJS.ProcessEnv, paths: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = jest.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const code = await ingestCommand(paths, loadConfig({ ...target.env, ...env }));
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

async function counts(target: Target) {
  const n = async (table: string) => Number((await target.exec(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  return { articles: await n('article'), quotes: await n("quote WHERE kind = 'DIRECT'"), reported: await n("quote WHERE kind <> 'DIRECT'"), mentions: await n('mention') };
}

describe('newsgraph ingest', () => {
  let store: ScratchStore;
  let dir: string;
  let db: Target;
  beforeEach(async () => {
    store = await createScratchStore('newsgraph-ingest-');
    dir = store.dir;
    db = targetOf(store);
  });
  afterEach(() => store.drop());

  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  const good = { title: 'Port strike ends', body: '“The strike is over,” said Marta Lindqvist, a spokeswoman for the union.' };

  it('ingests a folder, creates the database, and prints a summary on standard error (standard output carries only data)', async () => {
    const result = await ingest(db, [sampleDir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^ingested 1 article, 8 quotes, 5 reported statements, \d+ new entities; skipped 0 already stored; failed 0$/m);
    expect(await counts(db)).toMatchObject({ articles: 1, quotes: 8, reported: 5 });
    const again = await ingest(db, [sampleDir]);
    expect(again.stderr).toMatch(/^ingested 0 articles, 0 quotes, 0 reported statements, 0 new entities; skipped 1 already stored; failed 0$/m);
    expect(await counts(db)).toMatchObject({ articles: 1, quotes: 8, reported: 5 });
  });

  it('names each bad input, exits non-zero, and still ingests the good ones', async () => {
    const files = [
      path.join(dir, 'missing.txt'),
      write('empty.txt', ''),
      write('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xfe])),
      write('malformed.json', '{ "title": "A", "body": "text" '),
      write('nobody.json', JSON.stringify({ title: 'No body here' })),
      write('lines.jsonl', `${JSON.stringify(good)}\n{ not json\n${JSON.stringify({ title: 'x', body: 42 })}\n`),
      write('good.json', JSON.stringify([{ ...good, title: 'Another', body: `${good.body} “We won,” she said.` }])),
    ];
    const result = await ingest(db, files);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n');
    const expectLine = (pattern: RegExp) => expect(lines.some((line) => pattern.test(line))).toBe(true);
    expectLine(/missing\.txt: no such file or directory/);
    expectLine(/empty\.txt: the file is empty/);
    expectLine(/binary\.txt: is not a text file/);
    expectLine(/malformed\.json: malformed JSON/);
    expectLine(/nobody\.json: field "body" is missing/);
    expectLine(/lines\.jsonl:2: malformed JSON/);
    expectLine(/lines\.jsonl:3: field "body" must be a string/);
    expect(result.stderr).toMatch(/^ingested 2 articles, \d+ quotes, .*failed 7$/m);
    expect((await counts(db)).articles).toBe(2);
  });

  it('refuses an article whose url is not http or https, naming the file, line and field, and ingests the rest', async () => {
    const lines = [
      { ...good, url: 'https://example.org/ok' },
      { ...good, title: 'Script', url: 'javascript:alert(document.cookie)' },
      { ...good, title: 'Data', url: 'data:text/html;base64,PHNjcmlwdD4=' },
      { ...good, title: 'File', url: 'file:///etc/passwd' },
    ];
    const result = await ingest(db, [
      write('urls.jsonl', lines.map((line) => JSON.stringify(line)).join('\n')),
      write('ftp.json', JSON.stringify({ ...good, title: 'Ftp', url: 'ftp://example.org/a' })),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('urls.jsonl:2: field "url" must be an http: or https: URL (got a javascript: URL)');
    expect(result.stderr).toContain('urls.jsonl:3: field "url" must be an http: or https: URL (got a data: URL)');
    expect(result.stderr).toContain('urls.jsonl:4: field "url" must be an http: or https: URL (got a file: URL)');
    expect(result.stderr).toContain('ftp.json: field "url" must be an http: or https: URL (got a ftp: URL)');
    expect(result.stderr).toMatch(/^ingested 1 article, .*failed 4$/m);
    expect(await db.exec('SELECT url FROM article')).toEqual([{ url: 'https://example.org/ok' }]);
  });

  it('refuses a 50 MB single-line page quickly by the size limit, without reading it whole, and ingests the rest', async () => {
    const huge = path.join(dir, 'huge.txt');
    fs.writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const started = Date.now();
    const result = await ingest(db, [huge, write('good.json', JSON.stringify(good))]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`error: ${huge}: the article is 52428800 bytes, larger than the limit of 1048576 bytes (NEWSGRAPH_MAX_ARTICLE_BYTES)`);
    expect(result.stderr).toMatch(/^ingested 1 article, .*failed 1$/m);
    expect(await db.exec('SELECT title FROM article')).toEqual([{ title: good.title }]);
  });

  it('skips a JSONL line over NEWSGRAPH_MAX_ARTICLE_BYTES and refuses an article over NEWSGRAPH_MAX_QUOTES_PER_ARTICLE, naming file and line', async () => {
    const quotes = (n: number) => Array.from({ length: n }, (_, i) => `“Point ${i} stands,” said Marta Lindqvist.`).join('\n\n');
    const lines = [
      JSON.stringify({ ...good, title: 'Two quotes', body: quotes(2) }),
      JSON.stringify({ ...good, title: 'Too long', body: 'x'.repeat(5000) }),
      JSON.stringify({ ...good, title: 'Four quotes', body: quotes(4) }),
      JSON.stringify({ ...good, title: 'Three quotes', body: quotes(3) }),
    ];
    const file = write('limits.jsonl', `${lines.join('\n')}\n`);
    const result = await ingestWith(db, { NEWSGRAPH_MAX_ARTICLE_BYTES: '4096', NEWSGRAPH_MAX_QUOTES_PER_ARTICLE: '3' }, [file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `error: ${file}:2: the article is ${Buffer.byteLength(lines[1])} bytes, larger than the limit of 4096 bytes (NEWSGRAPH_MAX_ARTICLE_BYTES); the line was skipped`,
    );
    expect(result.stderr).toContain(`error: ${file}:3: the article has 4 quotes, more than the limit of 3 quotes per article (NEWSGRAPH_MAX_QUOTES_PER_ARTICLE)`);
    expect(result.stderr).toMatch(/^ingested 2 articles, 5 quotes, .*failed 2$/m);
    expect(await db.exec('SELECT title FROM article ORDER BY id')).toEqual([{ title: 'Two quotes' }, { title: 'Three quotes' }]);
  });

  it('writes nothing of an article whose store fails half-way', async () => {
    await ingest(db, [sampleDir]);
    const before = await counts(db);
    if (store.kind === 'sqlite') {
      await db.exec(`CREATE TRIGGER refuse_quotes BEFORE INSERT ON quote WHEN NEW.text LIKE '%strike%' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    } else {
      await db.exec(`CREATE FUNCTION refuse_quotes() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.text LIKE '%strike%' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`);
      await db.exec('CREATE TRIGGER refuse_quotes BEFORE INSERT ON quote FOR EACH ROW EXECUTE FUNCTION refuse_quotes()');
    }
    const result = await ingest(db, [write('strike.json', JSON.stringify(good))]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('strike.json: could not store the article, nothing of it was written: disk full');
    expect(await counts(db)).toEqual(before);
  });

  it('explains its usage when given no path', async () => {
    const result = await ingest(db, []);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: newsgraph ingest PATH...');
  });
});
