import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { FastStore } from '../../../bench/fast-store';
import { openDataSource } from '../../../src/db/data-source';
import { parseJsonArticle } from '../../../src/ingestion/parse/json-article.parser';
import { annotateArticle, ingestPaths } from '../../../src/ingestion/pipeline';
import { CorpusGenerator } from '../../../src/synth/corpus.generator';

/** Every row of every table, ingest time left out (it is the clock). */
function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const table of ['article', 'entity', 'entity_name', 'mention', 'quote']) {
      out[table] = (db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Array<Record<string, unknown>>).map(({ ingested_at: _, ...row }) => row);
    }
    out.quote_fts = db.prepare(`SELECT rowid FROM quote_fts WHERE quote_fts MATCH 'partners' ORDER BY rowid`).all();
    return out;
  } finally {
    db.close();
  }
}

test('the benchmark bulk loader stores exactly what ingestPaths stores', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-fast-store-'));
  try {
    const generator = new CorpusGenerator({ seed: 5 });
    const articles = [...generator.articles(25)].map((a) => a.article);
    articles.push(articles[3]); // a duplicate, skipped by both
    const jsonl = path.join(dir, 'corpus.jsonl');
    fs.writeFileSync(jsonl, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');

    const viaOrm = path.join(dir, 'orm.sqlite');
    const ds = await openDataSource({ databasePath: viaOrm });
    const summary = await ingestPaths(ds, [jsonl]);
    await ds.destroy();
    expect(summary).toMatchObject({ articles: 25, skipped: 1, failed: [] });

    const viaFast = path.join(dir, 'fast.sqlite');
    await (await openDataSource({ databasePath: viaFast })).destroy();
    const db = new Database(viaFast);
    const store = new FastStore(db);
    db.transaction(() => {
      articles.forEach((article, i) => {
        const parsed = parseJsonArticle(article, `${jsonl}:${i + 1}`);
        store.store(parsed, annotateArticle(parsed));
      });
    })();
    db.close();
    expect([store.stored, store.skipped]).toEqual([25, 1]);

    const a = dump(viaOrm);
    const b = dump(viaFast);
    expect(b.article.length).toBe(25);
    expect((b.quote as unknown[]).length).toBeGreaterThan(100);
    for (const table of Object.keys(a)) expect({ table, rows: b[table] }).toEqual({ table, rows: a[table] });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
