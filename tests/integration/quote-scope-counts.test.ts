import path from 'node:path';
import type { ArticleAnnotations, EntityCandidate, ParsedArticle } from '../../src/ingestion/annotations';
import { articleRows } from '../../src/services/article-rows.plan';
import { MentionForm } from '../../src/types/mention-form';
import { runWritePlan } from '../../src/services/article-store.service';
import { deleteArticle } from '../../src/services/article-write.service';
import { markDataChanged } from '../../src/services/data-version';
import { itOnSqlite, sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';

const fixtures = path.resolve(__dirname, '..', 'fixtures', 'articles.jsonl');

/** Every count quote_scope_count should hold, recounted from the quotes (as the migration backfills it). */
const RECOUNT = `WITH RECURSIVE scope(article_id, entity_id) AS (
    SELECT article_id, entity_id FROM mention
    UNION SELECT s.article_id, e.within_id FROM scope s JOIN entity e ON e.id = s.entity_id WHERE e.within_id IS NOT NULL)
  SELECT s.entity_id, q.kind, q.published_at IS NOT NULL AS dated, q.speaker_id, COUNT(*) AS n FROM scope s JOIN quote q ON q.article_id = s.article_id
  WHERE q.is_statement = TRUE AND q.speaker_id IS NOT NULL GROUP BY s.entity_id, q.kind, q.published_at IS NOT NULL, q.speaker_id`;

const STATS = `query Stats($filter: QuoteFilter) { quoteStats(filter: $filter, groupBy: SPEAKER, first: 100) { key count entity { id } } }`;

/** A hand-made article: one paragraph, the place named, one quote by the speaker. */
function article(title: string, place: EntityCandidate, within: EntityCandidate | null): [ParsedArticle, ArticleAnnotations] {
  const body = `“We will build,” said Ada Quill in ${place.name} (${title}).`;
  const parsed: ParsedArticle = {
    origin: 'test', url: `https://example.test/${title}`, title, body, publishedAt: '2024-02-02', source: null, section: null, dek: null,
    imageCaption: null, imageCredit: null, subheadings: [], paragraphs: [{ start: 0, end: body.length }], segments: [],
  };
  const speaker: EntityCandidate = { key: 'ada', type: 'PERSON', name: 'Ada Quill', aliases: [] };
  const placeStart = body.indexOf(place.name);
  return [
    parsed,
    {
      entities: within ? [speaker, { ...place, withinKey: within.key }, within] : [speaker, place],
      mentions: [{ entityKey: place.key, start: placeStart, end: placeStart + place.name.length, paragraph: 0, form: MentionForm.NAME, confidence: 0.9 }],
      quotes: [{ start: 1, end: 14, paragraph: 0, cue: null, speakerMention: null, speakerKey: 'ada', attribution: 'EXPLICIT', confidence: 0.9, isStatement: true }],
    },
  ];
}

/**
 * Issue 16: quoteStats by speaker about a place (ARTICLE scope) reads counts kept at write time;
 * they must equal a full recount after ingest, after a place is put within another, and after a
 * delete, and give the answers the scan of the quotes gives. quoteCount reads an index alone.
 */
describe('facet counts kept at write time', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir, fixtures]);
  }, 60_000);
  afterAll(() => gateway.close());

  const key = (r: Record<string, unknown>) => `${r.entity_id}|${r.kind}|${Boolean(r.dated)}|${r.speaker_id}`;
  const expectKeptEqualsRecount = async () => {
    const kept = await gateway.sql('SELECT entity_id, kind, dated, speaker_id, n FROM quote_scope_count WHERE n <> 0');
    const recount = await gateway.sql(RECOUNT);
    const asMap = (rows: Array<Record<string, unknown>>) => new Map(rows.map((r) => [key(r), Number(r.n)]));
    expect(asMap(kept)).toEqual(asMap(recount));
    expect(recount.length).toBeGreaterThan(0);
  };
  const stats = async (filter: object) => {
    const { data, errors } = await gateway.gql(STATS, { filter });
    expect(errors).toBeUndefined();
    return data.quoteStats;
  };
  /** The kept counts' answer and the scan's (an `and` the kept counts do not serve) for the place. */
  const expectSameAsScan = async (place: string, extra: object = {}) => {
    const kept = await stats({ about: [place], aboutScope: 'ARTICLE', ...extra });
    expect(kept).toEqual(await stats({ and: [{ about: [place], aboutScope: 'ARTICLE', ...extra }] }));
    return kept;
  };

  it('equal a recount after ingest, and answer quoteStats as the scan of the quotes does', async () => {
    await expectKeptEqualsRecount();
    const places = await gateway.sql<{ name: string }>(`SELECT e.name FROM entity e WHERE e.type = 'LOCATION'
      AND (SELECT COUNT(DISTINCT n.entity_id) FROM entity_name n WHERE n.key = e.name_key) = 1 ORDER BY e.id LIMIT 5`);
    expect(places.length).toBeGreaterThan(2);
    let counted = 0;
    for (const { name } of places) {
      counted += (await expectSameAsScan(name)).length;
      await expectSameAsScan(name, { from: '1900-01-01', kind: ['DIRECT', 'MIXED', 'INDIRECT'] });
    }
    expect(counted).toBeGreaterThan(0);
  });

  it('follow a place put within another, and a delete', async () => {
    const town: EntityCandidate = { key: 'town', type: 'LOCATION', name: 'Quillton', aliases: [] };
    const land: EntityCandidate = { key: 'land', type: 'LOCATION', name: 'Quilland', aliases: [] };
    const store = async (...[parsed, annotations]: [ParsedArticle, ArticleAnnotations]) => {
      const stored = await runWritePlan(gateway.dataSource, articleRows(parsed, annotations), () => true);
      markDataChanged(gateway.dataSource); // as ingestArticle does: no cached answer outlives it
      return stored;
    };
    const first = await store(...article('first', town, null));
    expect(await stats({ about: ['Quilland'], aboutScope: 'ARTICLE' })).toEqual([]);
    // The second article puts Quillton within Quilland: the first one now counts for Quilland too.
    await store(...article('second', town, land));
    await expectKeptEqualsRecount();
    expect(await expectSameAsScan('Quilland')).toEqual([{ key: 'Ada Quill', count: 2, entity: { id: expect.any(String) } }]);

    await deleteArticle(gateway.dataSource, first.articleId);
    await expectKeptEqualsRecount();
    expect(await expectSameAsScan('Quillton')).toEqual([{ key: 'Ada Quill', count: 1, entity: { id: expect.any(String) } }]);
  });

  itOnSqlite('counts a speaker\'s quotes (quoteCount) from an index alone', 'EXPLAIN QUERY PLAN is SQLite', async () => {
    // The statement of the quoteCount loader (createCountLoader in src/loaders/count-by.loader.ts).
    const plan = await gateway.sql<{ detail: string }>(
      `EXPLAIN QUERY PLAN SELECT speaker_id AS id, COUNT(*) AS n FROM quote WHERE is_statement = TRUE AND kind IN ('DIRECT') AND speaker_id IN (?, ?) GROUP BY speaker_id`,
      [1, 2],
    );
    expect(plan.map((row) => row.detail).join('\n')).toContain('COVERING INDEX idx_quote_speaker_count');
  });
});
