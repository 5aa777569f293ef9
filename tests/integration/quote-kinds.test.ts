import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { exportCommand } from '../../src/cli/export.command';
import { loadConfig } from '../../src/config/config';
import { migrations, openDataSource, runMigrations } from '../../src/db/data-source';
import { QuoteKinds1764460800000 } from '../../migrations/1764460800000-QuoteKinds';
import { sqlRows } from '../../src/db/dialect';
import type { ParsedArticle, QuoteCandidate } from '../../src/ingestion/annotations';
import { storeArticle } from '../../src/services/article-store.service';
import { QUOTE_EXPORT_COLUMNS } from '../../src/services/quote-export.format';
import { parseCsv } from '../support/rfc4180';
import { sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';
import { createScratchStore, ScratchStore } from '../support/test-store';

/**
 * Quote kinds (issue 14) as a user sees them, on the sample article as ingest stores it: its DIRECT
 * quotes and five reported statements, among them
 *   INDIRECT "Moscow has reinforced the artillery ..." (Jens Stoltenberg, "assures"; the dek)
 *   INDIRECT "Russian military forces continue to concentrate around Kiev" (NATO, "defends")
 *   MIXED    "in recent weeks Moscow has mobilized ... “which would allow it to carry out a rapid military operation.”"
 *            (Jens Stoltenberg, "According to"; the DIRECT quote inside it is stored on its own)
 * Left out, `kind` means [DIRECT] everywhere: what a client got before, it still gets.
 */
describe('quote kinds: DIRECT by default, MIXED and INDIRECT when asked for', () => {
  let gateway: TestGateway;
  const MIXED = 'in recent weeks Moscow has mobilized artillery, missiles and equipment, “which would allow it to carry out a rapid military operation.”';
  const INDIRECT = 'Russian military forces continue to concentrate around Kiev';
  const ASSURES = 'Moscow has reinforced the artillery and equipment in the area and would be able to carry out a rapid military operation';

  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir]);
  }, 60_000);
  afterAll(() => gateway?.close());

  const data = async (query: string, variables?: Record<string, unknown>) => {
    const response = await gateway.gql(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data;
  };
  const count = async (filter: string) => (await data(`{ quotes(filter: ${filter}) { totalCount } }`)).quotes.totalCount;

  it('stores each ingested statement with its kind, and the schema names the three kinds', async () => {
    expect(await gateway.sql(`SELECT kind, COUNT(*) AS n FROM quote GROUP BY kind ORDER BY kind`)).toEqual([
      { kind: 'DIRECT', n: expect.anything() },
      { kind: 'INDIRECT', n: expect.anything() },
      { kind: 'MIXED', n: expect.anything() },
    ]);
    const { __type } = await data('{ __type(name: "QuoteKind") { enumValues { name description } } }');
    expect(__type.enumValues.map((v: { name: string }) => v.name)).toEqual(['DIRECT', 'MIXED', 'INDIRECT']);
  });

  it('leaves kind out: DIRECT quotes only, as before; names kinds: those kinds, each quote with its kind, cue and speaker', async () => {
    const direct = await count('{}');
    expect(await count('{ kind: [DIRECT] }')).toBe(direct);
    expect(await count('{ kind: [DIRECT, MIXED, INDIRECT] }')).toBe(direct + 5);
    expect(await count('{ kind: [] }')).toBe(0);
    const { quotes } = await data(`{ quotes(filter: { kind: [INDIRECT], speaker: "NATO" }) {
      totalCount edges { node { kind text span { text } cue { text } speakerMention { text } attribution speaker { ... on Organization { name } } } } } }`);
    expect(quotes).toEqual({
      totalCount: 1,
      edges: [{ node: { kind: 'INDIRECT', text: INDIRECT, span: { text: INDIRECT }, cue: { text: 'defends' }, speakerMention: { text: 'NATO' }, attribution: 'EXPLICIT', speaker: { name: 'NATO' } } }],
    });
  });

  it('keeps a DIRECT quote inside a MIXED statement findable as DIRECT: two quotes, nested spans, one speaker', async () => {
    const { quotes } = await data(`{ quotes(filter: { speaker: "Stoltenberg", about: ["Ukraine"], text: "\\"rapid military\\"", kind: [DIRECT, MIXED] }) {
      edges { node { kind text span { start end } speaker { ... on Person { name } } } } } }`);
    const nodes = quotes.edges.map((e: { node: unknown }) => e.node);
    expect(nodes.map((n: { kind: string }) => n.kind).sort()).toEqual(['DIRECT', 'MIXED']);
    const [direct, mixed] = ['DIRECT', 'MIXED'].map((kind) => nodes.find((n: { kind: string }) => n.kind === kind));
    expect(mixed.text).toBe(MIXED);
    expect(mixed.span.start).toBeLessThan(direct.span.start);
    expect(mixed.span.end).toBeGreaterThanOrEqual(direct.span.end);
    expect(new Set(nodes.map((n: { speaker: { name: string } }) => n.speaker.name))).toEqual(new Set(['Jens Stoltenberg']));
    expect(await count('{ text: "\\"rapid military\\"" }')).toBe(1); // the DIRECT one alone by default
  });

  it('applies the default once, at the top, when no level of and/or/not names kind; a nested kind is an ordinary condition', async () => {
    const stoltenberg = await count('{ speaker: "Stoltenberg" }');
    const nato = await count('{ speaker: "NATO" }');
    expect(await count('{ or: [{ speaker: "Stoltenberg" }, { speaker: "NATO" }] }')).toBe(stoltenberg + nato);
    expect(await count('{ and: [{ speaker: "NATO" }], not: { about: ["China"], aboutScope: QUOTE } }')).toBe(nato);
    // One branch names kind: no default anywhere, the other branch takes every kind.
    // Stoltenberg's three reported statements ("assures", "According to", "pointed out") and NATO's one.
    expect(await count('{ or: [{ speaker: "Stoltenberg" }, { speaker: "NATO", kind: [INDIRECT] }] }')).toBe(stoltenberg + 3 + 1);
    expect(await count('{ not: { kind: [DIRECT] } }')).toBe(5);
    expect(await count('{ speaker: "NATO", and: [{ kind: [MIXED, INDIRECT] }] }')).toBe(1);
    expect(await count('{ text: "concentrate" }')).toBe(0);
    expect(await count('{ text: "concentrate", kind: [INDIRECT], from: "2000-01-01", minConfidence: 0.5 }')).toBe(1);
  });

  it('finds DIRECT quotes in `search`, and the kinds its `kind` argument names', async () => {
    const search = async (query: string, kind = '') =>
      (await data(`{ search(query: "${query}", types: [QUOTE]${kind}) { totalCount edges { cursor node { ... on Quote { kind text } } } } }`)).search;
    const hits = async (query: string, kind = '') => (await search(query, kind)).edges.map((e: { node: unknown }) => e.node);
    expect(await hits('concentrate')).toEqual([]);
    expect(await hits('mobilized')).toEqual([]);
    expect(await hits('\\"rapid military\\"')).toEqual([{ kind: 'DIRECT', text: 'which would allow it to carry out a rapid military operation.' }]);
    expect(await hits('concentrate', ', kind: [INDIRECT]')).toEqual([{ kind: 'INDIRECT', text: INDIRECT }]);
    const all = await search('\\"rapid military\\"', ', kind: [DIRECT, MIXED, INDIRECT]');
    expect(all.totalCount).toBe(3);
    expect(all.edges.map((e: { node: { kind: string } }) => e.node.kind).sort()).toEqual(['DIRECT', 'INDIRECT', 'MIXED']);
    const other = await gateway.gql(`{ search(query: "\\"rapid military\\"", types: [QUOTE], after: "${all.edges[0].cursor}") { totalCount } }`);
    expect(other.errors?.[0].message).toMatch(/is a cursor of another search/);
  });

  it('orders and pages every kind', async () => {
    const { quotes } = await data(`{ quotes(filter: { kind: [MIXED, INDIRECT, DIRECT] }, orderBy: { field: CONFIDENCE, direction: ASC }, first: 100) {
      totalCount edges { node { kind confidence } } } }`);
    expect(quotes.edges).toHaveLength(quotes.totalCount);
    const confidences = quotes.edges.map((e: { node: { confidence: number } }) => e.node.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    expect(new Set(quotes.edges.map((e: { node: { kind: string } }) => e.node.kind))).toEqual(new Set(['DIRECT', 'MIXED', 'INDIRECT']));
  });

  it('counts facets of the kinds asked for (DIRECT by default)', async () => {
    const stats = async (filter: string) =>
      Object.fromEntries((await data(`{ quoteStats(filter: ${filter}, groupBy: SPEAKER) { key count } }`)).quoteStats.map((s: { key: string; count: number }) => [s.key, s.count]));
    const direct = await stats('{ about: ["Russia"], aboutScope: ARTICLE }');
    expect(await stats('{ about: ["Russia"], aboutScope: ARTICLE, kind: [DIRECT, MIXED, INDIRECT] }')).toEqual({
      'Jens Stoltenberg': direct['Jens Stoltenberg'] + 3,
      NATO: direct.NATO + 1,
      Moscow: 1, // "Moscow called for …": the capital as the sample names it, standing for its government
    });
    expect(await stats('{ kind: [INDIRECT] }')).toEqual({ 'Jens Stoltenberg': 1, NATO: 1, Moscow: 1 });
  });

  it('gives Article.quotes, Person.quotes and Organization.quotes a kind argument (DIRECT by default), batched per kinds', async () => {
    const { articles, people, organizations } = await data(`{
      articles(first: 1) { edges { node {
        direct: quotes(first: 100) { totalCount edges { node { kind } } }
        reported: quotes(kind: [INDIRECT, MIXED], first: 1) { totalCount edges { node { kind text } } pageInfo { hasNextPage endCursor } }
      } } }
      people(filter: { name: "Stoltenberg" }) { edges { node { quoteCount quotes { totalCount } mixed: quotes(kind: [MIXED]) { totalCount edges { node { kind } } } } } }
      organizations(filter: { name: "NATO" }) { edges { node { quotes(kind: [INDIRECT]) { totalCount edges { node { text } } } } } }
    }`);
    const article = articles.edges[0].node;
    expect(article.direct.edges.every((e: { node: { kind: string } }) => e.node.kind === 'DIRECT')).toBe(true);
    expect(article.direct.totalCount).toBe(article.direct.edges.length);
    expect(article.reported).toEqual({
      totalCount: 5,
      edges: [{ node: { kind: 'INDIRECT', text: ASSURES } }], // text order: the dek's statement comes first
      pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
    });
    const person = people.edges[0].node;
    expect(person.quoteCount).toBe(person.quotes.totalCount);
    expect(person.mixed).toEqual({ totalCount: 2, edges: [{ node: { kind: 'MIXED' } }, { node: { kind: 'MIXED' } }] });
    expect(organizations.edges[0].node.quotes).toEqual({ totalCount: 1, edges: [{ node: { text: INDIRECT } }] });

    const next = await data(`query Next($after: String) { articles(first: 1) { edges { node { quotes(kind: [MIXED, INDIRECT], first: 1, after: $after) {
      edges { node { kind } } pageInfo { hasNextPage } } } } } }`, { after: article.reported.pageInfo.endCursor });
    expect(next.articles.edges[0].node.quotes).toEqual({ edges: [{ node: { kind: 'INDIRECT' } }], pageInfo: { hasNextPage: true } });
  });

  it('exports a kind column, and the kinds the repeatable `kind` parameter names (DIRECT when left out), over HTTP and from the CLI', async () => {
    const get = (query: string) => fetch(`${gateway.origin}/export/quotes.ndjson${query}`);
    const lines = async (query: string) => (await (await get(query)).text()).trim().split('\n').map((line) => JSON.parse(line));
    const all = await lines('');
    expect(all).toHaveLength(await count('{}'));
    expect(new Set(all.map((row) => row.kind))).toEqual(new Set(['DIRECT']));
    const reportedOverHttp = await (await get('?kind=INDIRECT&kind=mixed')).text();
    const reported = reportedOverHttp.trim().split('\n').map((line) => JSON.parse(line));
    expect(reported.map((row) => [row.kind, row.text, row.speakerName, row.cue])).toEqual([
      ['INDIRECT', ASSURES, 'Jens Stoltenberg', 'assures'],
      ['INDIRECT', INDIRECT, 'NATO', 'defends'],
      ['MIXED', MIXED, 'Jens Stoltenberg', 'According to'],
      ['MIXED', expect.stringMatching(/^The path of dialogue remains open .*“but we are not willing to give up our values$/), 'Jens Stoltenberg', 'pointed out'],
      ['INDIRECT', expect.stringMatching(/^the withdrawal of troops from NATO/), 'Moscow', 'called for'],
    ]);
    expect(await lines('?kind=INDIRECT&speaker=NATO&text=concentrate')).toHaveLength(1);

    const [header, ...records] = parseCsv(await (await fetch(`${gateway.origin}/export/quotes.csv?kind=MIXED`)).text());
    expect(header).toEqual(QUOTE_EXPORT_COLUMNS);
    expect(records.map((r) => [r[header.indexOf('kind')], r[header.indexOf('text')]])).toEqual(reported.filter((row) => row.kind === 'MIXED').map((row) => ['MIXED', row.text]));

    const bad = await get('?kind=REPORTED');
    expect(bad.status).toBe(400);
    const body: any = await bad.json();
    expect(body.errors[0]).toMatchObject({
      message: '"kind" must be one of DIRECT, MIXED, INDIRECT, got "REPORTED"',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const written: string[] = [];
    const stdout = new Writable({
      write(chunk, _encoding, callback) {
        written.push(String(chunk));
        callback();
      },
    });
    expect(await exportCommand(['--kind', 'INDIRECT', '--kind', 'MIXED'], loadConfig({ ...gateway.storeEnv, LOG_LEVEL: 'silent' }), stdout)).toBe(0);
    expect(written.join('')).toBe(reportedOverHttp);
  });
});

describe('quote kinds in the store', () => {
  let store: ScratchStore;
  let dataSource: DataSource;
  beforeAll(async () => {
    store = await createScratchStore('newsgraph-kinds-');
    dataSource = await openDataSource({ databasePath: store.databasePath, databaseUrl: store.databaseUrl });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await store?.drop();
  });

  it('makes the quotes stored before the migration DIRECT, and takes no other kind than the three', async () => {
    // Undo the QuoteKinds migration and those after it (the same place in both stores' lists).
    for (let i = migrations.indexOf(QuoteKinds1764460800000); i < migrations.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const [article] = await sqlRows<{ id: number }>(
      dataSource,
      `INSERT INTO article (title, subheadings, body, paragraph_spans, content_hash, origin, ingested_at) VALUES ('t', '[]', 'b', '[]', 'h', 'test', '2026-01-01') RETURNING id`,
    );
    await sqlRows(dataSource, `INSERT INTO quote (article_id, text, start, "end", attribution, confidence, is_statement) VALUES (?, 'b', 0, 1, 'NONE', 0, TRUE)`, [article.id]);
    await runMigrations(dataSource);
    expect(await sqlRows(dataSource, 'SELECT kind FROM quote')).toEqual([{ kind: 'DIRECT' }]);
    await expect(sqlRows(dataSource, `UPDATE quote SET kind = 'REPORTED'`)).rejects.toThrow(/constraint/i);
  });

  it('stores the kind an annotation gives, DIRECT when it gives none', async () => {
    const body = 'Stoltenberg said Russia must withdraw. “We stay,” he added.';
    const parsed: ParsedArticle = {
      origin: 'test', url: null, title: 'Kinds', body, publishedAt: '2024-05-18', source: null, section: null, dek: null,
      imageCaption: null, imageCredit: null, subheadings: [], paragraphs: [{ start: 0, end: body.length }], segments: [],
    };
    const quote = (text: string, kind?: 'INDIRECT'): QuoteCandidate => ({
      start: body.indexOf(text), end: body.indexOf(text) + text.length, paragraph: 0, cue: null, speakerMention: null,
      speakerKey: null, attribution: 'NONE', confidence: 0.2, isStatement: true, ...(kind ? { kind } : {}),
    });
    await storeArticle(dataSource, parsed, { entities: [], mentions: [], quotes: [quote('Russia must withdraw', 'INDIRECT'), quote('We stay,')] });
    expect(await sqlRows(dataSource, `SELECT text, kind FROM quote WHERE text <> 'b' ORDER BY start`)).toEqual([
      { text: 'Russia must withdraw', kind: 'INDIRECT' },
      { text: 'We stay,', kind: 'DIRECT' },
    ]);
  });
});
