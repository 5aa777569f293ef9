import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { openDataSource } from '../../src/db/data-source';
import { sqlRows } from '../../src/db/dialect';
import { annotateArticle } from '../../src/ingestion/annotate-article';
import type { ArticleAnnotations, EntityCandidate, ParsedArticle } from '../../src/ingestion/annotations';
import { parseJsonArticle } from '../../src/ingestion/parse/json-article.parser';
import { articlesRows } from '../../src/services/article-rows.plan';
import { runWritePlan, storeArticle } from '../../src/services/article-store.service';
import { dataVersion } from '../../src/services/data-version';
import { ingestPaths } from '../../src/services/ingest.service';
import { CorpusGenerator } from '../../src/synth/corpus.generator';
import { MentionForm } from '../../src/types/mention-form';
import { createScratchStore, ScratchStore } from '../support/test-store';
import { haugelandArticles as haugeland, solbergArticles as solberg } from '../support/surname-articles';

/**
 * Bulk ingest on the store under test (SQLite, or PostgreSQL with TEST_DATABASE_URL): many
 * articles per transaction, each in a savepoint. It stores exactly what storeArticle (one
 * transaction per article, as the ingestArticle mutation does) stores, entities merged across
 * the articles of one batch; an article that fails inside a batch is reported with its file and
 * line and leaves nothing, and its neighbours in the same transaction are all stored (the same rows
 * as a run without it; on PostgreSQL under other ids, the ids it took being used up).
 */

/** Every row of the tables a stored article writes, ingest time and tsvector columns left out. */
async function dump(dataSource: DataSource): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [table, order] of [
    ['article', 'id'],
    ['entity', 'id'],
    ['entity_name', 'id'],
    ['mention', 'id'],
    ['quote', 'id'],
    ['quote_subject', 'quote_id, entity_id'],
    ['quote_scope_count', 'entity_id, kind, dated, speaker_id'],
  ]) {
    const rows = await sqlRows(dataSource, `SELECT * FROM ${table} ORDER BY ${order}`);
    out[table] = rows.map(({ ingested_at: _at, search_vector: _vector, ...row }) => row);
  }
  return out;
}

/** The table a column's id is of. */
const REFERENCES: Record<string, string> = {
  article_id: 'article',
  entity_id: 'entity',
  speaker_id: 'entity',
  affiliation_id: 'entity',
  within_id: 'entity',
  quote_id: 'quote',
};

/**
 * The dump with every row id (and every reference to one) replaced by its rank in its table: on
 * PostgreSQL a rolled-back article still used up the ids it took (sequences are not transactional),
 * so the same rows may carry other ids than in a run without it.
 */
function renumbered(tables: Record<string, unknown[]>): Record<string, unknown[]> {
  const ranks = new Map<string, Map<unknown, number>>();
  for (const [table, rows] of Object.entries(tables)) {
    ranks.set(table, new Map((rows as Array<{ id?: unknown }>).map((row, i) => [row.id, i + 1])));
  }
  const out: Record<string, unknown[]> = {};
  for (const [table, rows] of Object.entries(tables)) {
    out[table] = (rows as Array<Record<string, unknown>>).map((row) => {
      const copy: Record<string, unknown> = { ...row };
      if ('id' in copy) copy.id = ranks.get(table)!.get(copy.id);
      for (const [column, target] of Object.entries(REFERENCES)) if (copy[column] != null) copy[column] = ranks.get(target)!.get(copy[column]);
      return copy;
    });
  }
  return out;
}

/** Every count quote_scope_count should hold, recounted from the quotes (as its migration backfills it). */
const RECOUNT = `WITH RECURSIVE scope(article_id, entity_id) AS (
    SELECT article_id, entity_id FROM mention
    UNION SELECT s.article_id, e.within_id FROM scope s JOIN entity e ON e.id = s.entity_id WHERE e.within_id IS NOT NULL)
  SELECT s.entity_id, q.kind, q.published_at IS NOT NULL AS dated, q.speaker_id, COUNT(*) AS n FROM scope s JOIN quote q ON q.article_id = s.article_id
  WHERE q.is_statement = TRUE AND q.speaker_id IS NOT NULL GROUP BY s.entity_id, q.kind, q.published_at IS NOT NULL, q.speaker_id`;

const place = (name: string, within?: string): EntityCandidate => ({ key: name, type: 'LOCATION', name, aliases: [], withinKey: within ?? null });

/** A hand-made article titled `title`: one paragraph naming `places` (the first one in it), one quote by Ada Quill. */
function placesArticle(title: string, places: EntityCandidate[]): { parsed: ParsedArticle; annotations: ArticleAnnotations } {
  const body = `“We will build,” said Ada Quill in ${places[0].name} (${title}).`;
  const parsed: ParsedArticle = {
    origin: title, url: `https://example.test/${title}`, title, body, publishedAt: '2024-02-02', source: null, section: null, dek: null,
    imageCaption: null, imageCredit: null, subheadings: [], paragraphs: [{ start: 0, end: body.length }], segments: [],
  };
  const at = body.indexOf(places[0].name);
  return {
    parsed,
    annotations: {
      entities: [{ key: 'ada', type: 'PERSON', name: 'Ada Quill', aliases: [] }, ...places],
      mentions: [{ entityKey: places[0].key, start: at, end: at + places[0].name.length, paragraph: 0, form: MentionForm.NAME, confidence: 0.9 }],
      quotes: [{ start: 1, end: 14, paragraph: 0, cue: null, speakerMention: null, speakerKey: 'ada', attribution: 'EXPLICIT', confidence: 0.9, isStatement: true }],
    },
  };
}

const jsonl = (articles: unknown[]) => articles.map((a) => (a === null ? '' : JSON.stringify(a))).join('\n') + '\n';

describe('bulk ingest, many articles per transaction', () => {
  const stores: ScratchStore[] = [];
  const open: DataSource[] = [];
  const openStore = async () => {
    const store = await createScratchStore('newsgraph-batched-');
    stores.push(store);
    const dataSource = await openDataSource({ databasePath: store.databasePath, databaseUrl: store.databaseUrl });
    open.push(dataSource);
    return { store, dataSource };
  };
  afterEach(async () => {
    for (const dataSource of open.splice(0)) if (dataSource.isInitialized) await dataSource.destroy();
    for (const store of stores.splice(0)) await store.drop();
  });

  it('stores exactly what storeArticle stores article by article, merging entities within a batch', async () => {
    const generator = new CorpusGenerator({ seed: 5 });
    const articles: unknown[] = [...solberg, ...haugeland, ...[...generator.articles(20)].map((a) => a.article)];
    articles.push(articles[5]); // the same body again: a duplicate within the batch
    articles.push({ ...(articles[8] as object), title: 'same url, other body', body: 'Another body. “Yes,” said Anna Varga.' });

    const batched = await openStore();
    const file = path.join(batched.store.dir, 'corpus.jsonl');
    fs.writeFileSync(file, jsonl(articles));
    const summary = await ingestPaths(batched.dataSource, [file], { batchSize: 100, inline: true });
    expect(summary).toMatchObject({ articles: articles.length - 2, skipped: 2, failed: [] });

    const single = await openStore();
    let stored = 0;
    for (const [i, article] of articles.entries()) {
      const parsed = parseJsonArticle(article, `${file}:${i + 1}`);
      if ((await storeArticle(single.dataSource, parsed, annotateArticle(parsed))).status === 'stored') stored++;
    }
    expect(stored).toBe(articles.length - 2);

    const [a, b] = [await dump(single.dataSource), await dump(batched.dataSource)];
    expect(b.quote.length).toBeGreaterThan(50);
    expect(b.quote_scope_count.length).toBeGreaterThan(10);
    for (const table of Object.keys(a)) expect({ table, rows: b[table] }).toEqual({ table, rows: a[table] });
    const people = await sqlRows(batched.dataSource, `SELECT name FROM entity WHERE type = 'PERSON' AND name_key IN ('solberg', 'ingrid solberg')`);
    expect(people).toEqual([{ name: 'Ingrid Solberg' }]);
    // The lone "Haugeland" of the first article became Kari Haugeland within the batch, as one by one.
    const forms = await sqlRows(batched.dataSource, `SELECT e.name, m.form FROM mention m JOIN entity e ON e.id = m.entity_id WHERE m.text = 'Haugeland' ORDER BY m.id`);
    expect(forms).toEqual([{ name: 'Kari Haugeland', form: 'SURNAME' }, { name: 'Haugeland', form: 'SURNAME' }]);
  }, 120_000);

  it('stores a list of articles in one plan as storing them one by one does: places put within others, facet counts equal to a recount', async () => {
    // Stored first: Quillton and Eastmark, within nothing. Then one batch puts the stored Quillton
    // within the new Quilland, the new Quilland within the new Quillshire (whose re-count must see
    // the stored article below it), and the new Westmark within the stored Eastmark.
    const first = [placesArticle('quillton', [place('Quillton')]), placesArticle('eastmark', [place('Eastmark')])];
    const second = [
      placesArticle('quilland', [place('Quillton', 'Quilland'), place('Quilland')]),
      placesArticle('quillshire', [place('Quilland', 'Quillshire'), place('Quillshire')]),
      placesArticle('westmark', [place('Westmark', 'Eastmark'), place('Eastmark')]),
      placesArticle('quillton again', [place('Quillton', 'Westmark'), place('Westmark')]),
    ];
    const batched = await openStore();
    const single = await openStore();
    for (const batch of [first, second]) {
      const results = await runWritePlan(batched.dataSource, articlesRows(batch), () => true);
      expect(results.map((result) => result.status)).toEqual(batch.map(() => 'stored'));
      for (const { parsed, annotations } of batch) expect((await storeArticle(single.dataSource, parsed, annotations)).status).toBe('stored');
    }
    expect(await dump(batched.dataSource)).toEqual(await dump(single.dataSource));
    const counts = async (sql: string) => {
      const rows = await sqlRows<Record<string, unknown>>(batched.dataSource, sql);
      return new Map(rows.map((r) => [`${r.entity_id}|${r.kind}|${Boolean(r.dated)}|${r.speaker_id}`, Number(r.n)]));
    };
    const kept = await counts('SELECT entity_id, kind, dated, speaker_id, n FROM quote_scope_count WHERE n <> 0');
    expect(kept).toEqual(await counts(RECOUNT));
    const [quillshire] = await sqlRows<{ id: number }>(batched.dataSource, `SELECT id FROM entity WHERE name = 'Quillshire'`);
    // Quillshire is about the articles of Quillton (2), Quilland and itself: 4 quotes by Ada Quill.
    expect([...kept].filter(([key]) => key.startsWith(`${quillshire.id}|`)).map(([, n]) => n)).toEqual([4]);
  }, 120_000);

  it('reports an article that fails inside a batch, naming its file and line, stores nothing of it, and stores its neighbours', async () => {
    const generator = new CorpusGenerator({ seed: 9 });
    const articles = [...generator.articles(12)].map((a) => a.article as { body: string; title: string });
    const bad = 6;
    const marker = 'refused-by-the-trigger';
    articles[bad] = { ...articles[bad], title: `the bad one ${marker}` };

    // The mentions' INSERT fails: on PostgreSQL a statement the writer sends without waiting for
    // it (it answers with no rows), so the statements after it fail too, and its error is the one reported.
    const failing = await openStore();
    const withBad = path.join(failing.store.dir, 'with-bad.jsonl');
    fs.writeFileSync(withBad, jsonl(articles));
    if (failing.store.kind === 'sqlite') {
      await failing.dataSource.query(`CREATE TRIGGER refuse BEFORE INSERT ON mention
        WHEN (SELECT title FROM article WHERE id = NEW.article_id) LIKE '%${marker}%' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    } else {
      await failing.dataSource.query(`CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF (SELECT title FROM article WHERE id = NEW.article_id) LIKE '%${marker}%' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`);
      await failing.dataSource.query('CREATE TRIGGER refuse BEFORE INSERT ON mention FOR EACH ROW EXECUTE FUNCTION refuse()');
    }
    const before = await dataVersion(failing.dataSource);
    const summary = await ingestPaths(failing.dataSource, [withBad], { batchSize: 100, inline: true });
    expect(summary.articles).toBe(articles.length - 1);
    expect(summary.failed).toEqual([
      { origin: `${withBad}:${bad + 1}`, message: `${withBad}:${bad + 1}: could not store the article, nothing of it was written: disk full` },
    ]);
    expect(await dataVersion(failing.dataSource)).not.toBe(before);

    // A reference run without the failing article (a blank line in its place keeps the line numbers).
    const clean = await openStore();
    const reference = path.join(clean.store.dir, 'with-bad.jsonl');
    fs.writeFileSync(reference, jsonl(articles.map((a, i) => (i === bad ? null : a))));
    expect(await ingestPaths(clean.dataSource, [reference], { inline: true })).toMatchObject({ articles: articles.length - 1, failed: [] });
    const withoutOrigin = (rows: Record<string, unknown[]>) => ({
      ...rows,
      article: rows.article.map((row) => ({ ...(row as object), origin: String((row as { origin: string }).origin).replace(/^.*:/, '') })),
    });
    expect(renumbered(withoutOrigin(await dump(failing.dataSource)))).toEqual(renumbered(withoutOrigin(await dump(clean.dataSource))));
  }, 120_000);
});
