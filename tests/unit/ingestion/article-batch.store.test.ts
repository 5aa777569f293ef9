import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { openDataSource } from '../../../src/db/data-source';
import { countInputs } from '../../../src/ingestion/input.counter';
import { parseJsonArticle } from '../../../src/ingestion/parse/json-article.parser';
import { annotateArticle } from '../../../src/ingestion/annotate-article';
import { ingestPaths } from '../../../src/services/ingest.service';
import { storeArticle } from '../../../src/services/article-store.service';
import { dataVersion } from '../../../src/services/data-version';
import { CorpusGenerator } from '../../../src/synth/corpus.generator';
import { solbergArticles as solberg } from '../../support/surname-articles';

/**
 * The batched write path (ingestPaths: many articles per transaction, each in a savepoint) stores
 * exactly what the per-article path (storeArticle: one transaction per article, as the
 * ingestArticle mutation does) stores, and an article that fails inside a batch leaves nothing.
 */

/** Every row of every table, ingest time left out (it is the clock). */
function dump(file: string, tables = ['article', 'entity', 'entity_name', 'mention', 'quote']): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const table of tables) {
      out[table] = (db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Array<Record<string, unknown>>).map(({ ingested_at: _, ...row }) => row);
    }
    out.quote_subject = db.prepare('SELECT * FROM quote_subject ORDER BY quote_id, entity_id').all();
    out.quote_fts = db.prepare(`SELECT rowid FROM quote_fts WHERE quote_fts MATCH 'partners' ORDER BY rowid`).all();
    out.entity_name_fts = db.prepare(`SELECT rowid FROM entity_name_fts ORDER BY rowid`).all();
    return out;
  } finally {
    db.close();
  }
}

const jsonl = (articles: unknown[]) => articles.map((a) => (a === null ? '' : JSON.stringify(a))).join('\n') + '\n';

describe('the batched write path', () => {
  let dir: string;
  const open: DataSource[] = [];
  const openStore = async (name: string) => {
    const ds = await openDataSource({ databasePath: path.join(dir, name) });
    open.push(ds);
    return ds;
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-batch-store-'));
  });
  afterEach(async () => {
    for (const ds of open.splice(0)) if (ds.isInitialized) await ds.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores exactly what storeArticle stores article by article', async () => {
    const generator = new CorpusGenerator({ seed: 5 });
    const fixtures = fs.readFileSync(path.join(__dirname, '../../fixtures/articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    const articles: unknown[] = [...solberg, ...[...generator.articles(25)].map((a) => a.article), ...fixtures];
    articles.push(articles[5]); // a duplicate (same body) of an article of an earlier batch
    articles.push({ ...(articles[8] as object), title: 'same url, other body', body: 'Another body. “Yes,” said Anna Varga.' }); // same url
    const file = path.join(dir, 'corpus.jsonl');
    fs.writeFileSync(file, jsonl(articles));

    const batched = await openStore('batched.sqlite');
    const summary = await ingestPaths(batched, [file], { batchSize: 7, inline: true });
    expect(summary).toMatchObject({ articles: articles.length - 2, skipped: 2, failed: [] });

    const single = await openStore('single.sqlite');
    let stored = 0;
    for (const [i, article] of articles.entries()) {
      const parsed = parseJsonArticle(article, `${file}:${i + 1}`);
      if ((await storeArticle(single, parsed, annotateArticle(parsed))).status === 'stored') stored++;
    }
    expect(stored).toBe(articles.length - 2);
    for (const ds of open.splice(0)) await ds.destroy();

    const a = dump(path.join(dir, 'single.sqlite'));
    const b = dump(path.join(dir, 'batched.sqlite'));
    expect((b.quote as unknown[]).length).toBeGreaterThan(100);
    for (const table of Object.keys(a)) expect({ table, rows: b[table] }).toEqual({ table, rows: a[table] });

    // The lone "Solberg" of the second article is the Ingrid Solberg of the first.
    const db = new Database(path.join(dir, 'batched.sqlite'), { readonly: true });
    try {
      const people = db.prepare(`SELECT id, name FROM entity WHERE type = 'PERSON' AND name_key IN ('solberg', 'ingrid solberg')`).all();
      expect(people).toEqual([{ id: expect.any(Number), name: 'Ingrid Solberg' }]);
      const speakers = db.prepare(`SELECT a.url, e.name FROM quote q JOIN article a ON a.id = q.article_id JOIN entity e ON e.id = q.speaker_id
        WHERE a.url LIKE 'https://example.test/solberg/%' ORDER BY a.id`).all();
      expect(speakers).toEqual([
        { url: solberg[0].url, name: 'Ingrid Solberg' },
        { url: solberg[1].url, name: 'Ingrid Solberg' },
      ]);
    } finally {
      db.close();
    }
  });

  it('reports an article that fails inside a batch, stores nothing of it, and stores its neighbours', async () => {
    const generator = new CorpusGenerator({ seed: 9 });
    const articles = [...generator.articles(12)].map((a) => a.article as { body: string; title: string });
    const bad = 6;
    const marker = 'refused-by-the-trigger';
    articles[bad] = { ...articles[bad], title: `the bad one ${marker}` };

    // The run with the failing article, and a reference run without it (a blank line in its place keeps the line numbers).
    const withBad = path.join(dir, 'with-bad.jsonl');
    fs.writeFileSync(withBad, jsonl(articles));
    const reference = path.join(dir, 'reference.jsonl');
    fs.writeFileSync(reference, jsonl(articles.map((a, i) => (i === bad ? null : a))));

    const failing = await openStore('failing.sqlite');
    await failing.query(`CREATE TRIGGER refuse BEFORE INSERT ON quote WHEN (SELECT title FROM article WHERE id = NEW.article_id) LIKE '%${marker}%'
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const before = await dataVersion(failing);
    const summary = await ingestPaths(failing, [withBad], { batchSize: 100, inline: true });
    expect(summary.articles).toBe(articles.length - 1);
    expect(summary.failed).toEqual([
      { origin: `${withBad}:${bad + 1}`, message: `${withBad}:${bad + 1}: could not store the article, nothing of it was written: disk full` },
    ]);
    expect(await dataVersion(failing)).not.toBe(before);
    await failing.query('DROP TRIGGER refuse');

    const clean = await openStore('clean.sqlite');
    expect(await ingestPaths(clean, [reference], { inline: true })).toMatchObject({ articles: articles.length - 1, failed: [] });
    for (const ds of open.splice(0)) await ds.destroy();

    const strip = (rows: Record<string, unknown[]>) => ({
      ...rows,
      article: rows.article.map((row) => ({ ...(row as object), origin: String((row as { origin: string }).origin).replace(/^.*:/, '') })),
    });
    expect(strip(dump(path.join(dir, 'failing.sqlite')))).toEqual(strip(dump(path.join(dir, 'clean.sqlite'))));
  });
});

describe('countInputs', () => {
  it('counts the non-blank lines of JSONL files, one per other file, and walks folders', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-count-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.jsonl'), '{"a":1}\n\n  \n{"b":2}\r\n{"c":3}');
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.writeFileSync(path.join(dir, 'sub', 'b.txt'), 'text');
      fs.writeFileSync(path.join(dir, 'sub', 'c.json'), '[]');
      fs.writeFileSync(path.join(dir, 'sub', 'skip.csv'), 'x');
      fs.writeFileSync(path.join(dir, '.hidden.jsonl'), '{}\n{}\n');
      expect(await countInputs([dir, path.join(dir, 'missing.jsonl')])).toBe(3 + 2 + 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
