import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ingestCommand } from '../../src/cli/ingest.command';
import { loadConfig } from '../../src/config/config';
import { sampleDir } from '../support/test-gateway';

/** Runs `newsgraph ingest` in-process, capturing what it prints. */
async function ingest(databasePath: string, paths: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = jest.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const code = await ingestCommand(paths, loadConfig({ DATABASE_PATH: databasePath }));
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

function counts(databasePath: string) {
  const db = new Database(databasePath, { readonly: true });
  try {
    const n = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: n('article'), quotes: n('quote'), mentions: n('mention') };
  } finally {
    db.close();
  }
}

describe('newsgraph ingest', () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-ingest-'));
    db = path.join(dir, 'store', 'news.sqlite');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  const good = { title: 'Port strike ends', body: '“The strike is over,” said Marta Lindqvist, a spokeswoman for the union.' };

  it('ingests a folder, creates the database, and prints a summary', async () => {
    const result = await ingest(db, [sampleDir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ingested 1 article, 8 quotes, \d+ new entities; skipped 0 already stored; failed 0$/);
    expect(counts(db)).toMatchObject({ articles: 1, quotes: 8 });
    const again = await ingest(db, [sampleDir]);
    expect(again.stdout).toMatch(/^ingested 0 articles, 0 quotes, 0 new entities; skipped 1 already stored; failed 0$/);
    expect(counts(db)).toMatchObject({ articles: 1, quotes: 8 });
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
    expect(result.stdout).toMatch(/^ingested 2 articles, \d+ quotes, .*failed 7$/);
    expect(counts(db).articles).toBe(2);
  });

  it('writes nothing of an article whose store fails half-way', async () => {
    await ingest(db, [sampleDir]);
    const before = counts(db);
    const raw = new Database(db);
    raw.exec(`CREATE TRIGGER refuse_quotes BEFORE INSERT ON quote WHEN NEW.text LIKE '%strike%' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    raw.close();
    const result = await ingest(db, [write('strike.json', JSON.stringify(good))]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('strike.json: could not store the article, nothing of it was written: disk full');
    expect(counts(db)).toEqual(before);
  });

  it('explains its usage when given no path', async () => {
    const result = await ingest(db, []);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: newsgraph ingest PATH...');
  });
});
