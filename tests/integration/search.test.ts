import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { markDataChanged } from '../../src/services/data-version';
import { onStore, sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';

const fixtures = path.resolve(__dirname, '..', 'fixtures', 'articles.jsonl');

/** One more article, for stemming ("guarantees"), HTML in the text and a scare quote. */
const extraArticle = {
  url: 'https://example.org/news/deposit-guarantee',
  title: 'Government widens deposit protection',
  publishedAt: '2024-09-10',
  source: 'Example Wire',
  body:
    'The government guarantees all savings at banks such as Smith & Sons <Bank> up to 100,000 euros, the finance ministry said on Tuesday.\n\n' +
    '“No saver will lose a cent,” said Anna Berg, a spokeswoman for the ministry. Critics called the plan a so-called “safety net” for the rich.',
};

const SEARCH = `query Search($query: String!, $types: [SearchType!], $first: Int, $after: String) {
  search(query: $query, types: $types, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges {
      cursor score snippet
      node {
        __typename
        ... on Article { id title }
        ... on Quote { id text }
        ... on Person { id name }
        ... on Organization { id name }
        ... on Location { id name }
      }
    }
  }
}`;

interface Edge {
  cursor: string;
  score: number;
  snippet: string;
  node: { __typename: string; id: string; title?: string; text?: string; name?: string };
}

describe('search over articles, quotes and entities (FTS5), over real HTTP', () => {
  let gateway: TestGateway;
  let extraDir: string;

  /** Runs `search`, expects no errors, returns the connection. */
  const search = async (variables: { query: string; types?: string[]; first?: number; after?: string | null }) => {
    const { data, errors } = await gateway.gql(SEARCH, variables);
    expect(errors).toBeUndefined();
    return data.search as { totalCount: number; pageInfo: any; edges: Edge[] };
  };
  const labels = (edges: Edge[]) => edges.map(({ node }) => `${node.__typename}: ${node.title ?? node.text ?? node.name}`);

  beforeAll(async () => {
    extraDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-search-'));
    const extra = path.join(extraDir, 'extra.jsonl');
    fs.writeFileSync(extra, `${JSON.stringify(extraArticle)}\n`);
    gateway = await startTestGateway([sampleDir, fixtures, extra]);
  });
  afterAll(async () => {
    await gateway.close();
    fs.rmSync(extraDir, { recursive: true, force: true });
  });

  it('stems English words: "guarantee" finds "guarantees", "minister" finds "ministers"', async () => {
    const guarantee = await search({ query: 'guarantee' });
    expect(labels(guarantee.edges)).toEqual(['Article: Government widens deposit protection']);
    expect(guarantee.edges[0].snippet).toContain('<mark>guarantees</mark>');

    const minister = await search({ query: 'minister', types: ['ARTICLE'] });
    const nato = minister.edges.find((e) => e.node.title?.startsWith('NATO'));
    expect(nato?.snippet).toContain('<mark>ministers</mark>');
  });

  it('matches a quoted phrase only as a phrase', async () => {
    const phrase = await search({ query: '"rapid military operation"' });
    expect(labels(phrase.edges)).toEqual(
      expect.arrayContaining(['Quote: which would allow it to carry out a rapid military operation.', expect.stringMatching(/^Article: NATO/)]),
    );
    expect(phrase.totalCount).toBe(2);
    for (const edge of phrase.edges) expect(edge.snippet).toContain('<mark>rapid military operation</mark>');

    expect((await search({ query: '"operation military rapid"' })).totalCount).toBe(0);
    expect((await search({ query: 'operation military rapid' })).totalCount).toBe(2);
  });

  it('matches a prefix with a trailing *', async () => {
    const prefix = await search({ query: 'milit*', types: ['QUOTE'] });
    expect(labels(prefix.edges)).toEqual(['Quote: which would allow it to carry out a rapid military operation.']);
    expect(prefix.edges[0].snippet).toContain('<mark>military</mark>');
    expect((await search({ query: 'milit', types: ['QUOTE'] })).totalCount).toBe(0);
  });

  it('ignores accents and case: "zurich" finds the article that writes Zürich, "ZÜRICH" the city (named as English copy writes it), "GAEL MULLER" finds Gaël Müller', async () => {
    const zurich = await search({ query: 'zurich' });
    expect(labels(zurich.edges)).toEqual(expect.arrayContaining(['Location: Zurich', 'Article: Swiss regulator warns banks']));
    const accented = await search({ query: 'ZÜRICH', types: ['ENTITY'] });
    expect(labels(accented.edges)).toEqual(['Location: Zurich']);
    expect(accented.edges[0].snippet).toBe('<mark>Zurich</mark>');

    const muller = await search({ query: 'GAEL MULLER', types: ['ENTITY'] });
    expect(labels(muller.edges)).toEqual(['Person: Gaël Müller']);
    expect(muller.edges[0].snippet).toBe('<mark>Gaël</mark> <mark>Müller</mark>');
  });

  it('restricts results to the requested types, and gives one result per entity', async () => {
    const all = await search({ query: 'Stoltenberg' });
    expect(new Set(all.edges.map((e) => e.node.__typename))).toEqual(new Set(['Person', 'Article']));

    // Jens Stoltenberg goes by three matching names (name, alias, surname): one result.
    const entities = await search({ query: 'Stoltenberg', types: ['ENTITY'] });
    expect(labels(entities.edges)).toEqual(['Person: Jens Stoltenberg']);
    expect(entities.totalCount).toBe(1);

    const alias = await search({ query: 'Atlantic Alliance', types: ['ENTITY'] });
    expect(labels(alias.edges)).toEqual(['Organization: NATO']);
    expect(alias.edges[0].snippet).toBe('<mark>Atlantic</mark> <mark>Alliance</mark>');

    const quotes = await search({ query: 'we', types: ['QUOTE'] });
    expect(quotes.edges.length).toBeGreaterThan(3);
    expect(quotes.edges.every((e) => e.node.__typename === 'Quote')).toBe(true);
    expect(quotes.totalCount).toBe(quotes.edges.length);

    const both = await search({ query: 'we', types: ['QUOTE', 'ARTICLE'] });
    expect(both.totalCount).toBe(quotes.totalCount + (await search({ query: 'we', types: ['ARTICLE'] })).totalCount);

    expect(await search({ query: 'we', types: [] })).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('finds statements only, not scare quotes', async () => {
    expect(labels((await search({ query: 'cent' })).edges)).toEqual(
      expect.arrayContaining(['Quote: No saver will lose a cent,', 'Article: Government widens deposit protection']),
    );
    const [{ statement }] = await gateway.sql(`SELECT is_statement AS statement FROM quote WHERE text = 'safety net'`);
    expect(Boolean(statement)).toBe(false); // 0 from SQLite, false from PostgreSQL
    expect(labels((await search({ query: '"safety net"' })).edges)).toEqual(['Article: Government widens deposit protection']);
  });

  it('weights an article title above its body', async () => {
    // "widens" is only in the title of the extra article, "euros" only in its body: same article, same rarity.
    const inTitle = await search({ query: 'widens', types: ['ARTICLE'] });
    const inBody = await search({ query: 'euros', types: ['ARTICLE'] });
    expect(labels(inTitle.edges)).toEqual(labels(inBody.edges));
    expect(inTitle.edges[0].score).toBeGreaterThan(1.3 * inBody.edges[0].score); // bm25 saturates: weight 10 is not 10x
    expect(inTitle.edges[0].snippet).toBe('Government <mark>widens</mark> deposit protection');
  });

  it('highlights every snippet with <mark>, escapes HTML in the text, and scores best first', async () => {
    const result = await search({ query: 't*', first: 100 });
    expect(result.edges.length).toBeGreaterThan(20);
    for (const edge of result.edges) expect(edge.snippet).toMatch(/<mark>[^<]+<\/mark>/);
    const scores = result.edges.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((score) => score > 0)).toBe(true);

    const html = await search({ query: 'Smith Sons', types: ['ARTICLE'] });
    expect(html.edges[0].snippet).toContain('<mark>Smith</mark> &amp; <mark>Sons</mark> &lt;Bank');
  });

  it('pages with first/after exactly like one big page: no repeats, no gaps, stable ties', async () => {
    const big = await search({ query: 't*', first: 100 });
    const ids = big.edges.map((e) => e.node.id);
    expect(ids.length).toBe(big.totalCount);
    expect(new Set(ids).size).toBe(ids.length);

    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await search({ query: 't*', first: 4, after });
      expect(page.edges.length).toBeLessThanOrEqual(4);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.totalCount).toBe(big.totalCount);
      paged.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(ids);

    const pastEnd = await search({ query: 't*', after: big.pageInfo.endCursor });
    expect(pastEnd).toMatchObject({ edges: [], totalCount: big.totalCount, pageInfo: { hasNextPage: false, hasPreviousPage: true } });

    expect((await search({ query: 't*' })).edges).toHaveLength(20);
    const none = await search({ query: 't*', first: 0 });
    expect(none).toMatchObject({ edges: [], totalCount: big.totalCount, pageInfo: { hasNextPage: true } });
  });

  it('refuses a page larger than 100, and cursors it did not make for this search', async () => {
    const tooBig = await gateway.gql('{ search(query: "nato", first: 101) { totalCount } }');
    expect(tooBig.data).toBeNull();
    expect(tooBig.errors?.[0].message).toBe('"first" must be between 0 and 100, got 101');
    expect(tooBig.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const negative = await gateway.gql('{ search(query: "nato", first: -1) { totalCount } }');
    expect(negative.errors?.[0].message).toBe('"first" must be between 0 and 100, got -1');

    const bogus = await gateway.gql('{ search(query: "nato", after: "bogus") { totalCount } }');
    expect(bogus.errors?.[0]).toMatchObject({ message: '"after" is not a cursor from this API: "bogus"', extensions: { code: 'BAD_USER_INPUT' } });

    const quoteCursor = (await gateway.gql('{ quotes(first: 1) { edges { cursor } } }')).data.quotes.edges[0].cursor;
    const foreign = await gateway.gql(SEARCH, { query: 'nato', after: quoteCursor });
    expect(foreign.errors?.[0].message).toBe(`"after" is not a cursor from this API: "${quoteCursor}"`);

    const natoCursor = (await search({ query: 'nato', first: 1 })).pageInfo.endCursor;
    const other = await gateway.gql(SEARCH, { query: 'banks', after: natoCursor });
    expect(other.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(other.errors?.[0].message).toContain('cursor of another search');
    const otherTypes = await gateway.gql(SEARCH, { query: 'nato', types: ['ENTITY'], after: natoCursor });
    expect(otherTypes.errors?.[0].message).toContain('cursor of another search');
    expect((await search({ query: 'NATO', after: natoCursor })).pageInfo.hasPreviousPage).toBe(true);
  });

  it('answers a query with nothing to search for with an empty connection, and takes operators as words', async () => {
    for (const query of ['', '   ', '?!', '"" * ( )']) {
      expect(await search({ query })).toEqual({
        totalCount: 0,
        edges: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      });
    }
    expect((await search({ query: 'NATO OR banks' })).totalCount).toBe(0);
    expect((await search({ query: '(NATO NOT' })).totalCount).toBeGreaterThan(0); // "not" is a word here
    expect((await search({ query: 'NEAR(nato' })).totalCount).toBe(0); // and so is "near"
    expect((await search({ query: '"rapid military' })).totalCount).toBe(2);
  });

  it('loads nodes through DataLoaders: a page costs the same number of SQL statements whatever its size', async () => {
    const nested = `query Nested($first: Int) { search(query: "t*", types: [QUOTE], first: $first) { totalCount edges { snippet score node {
      __typename
      ... on Quote { text speaker { ... on Person { name } ... on Organization { name } } article { title } }
    } } } }`;
    const statementsFor = async (first: number) => {
      gateway.logger.count = 0;
      const { data, errors } = await gateway.gql(nested, { first });
      expect(errors).toBeUndefined();
      expect(data.search.edges).toHaveLength(first);
      return gateway.logger.count;
    };
    const two = await statementsFor(2);
    const ten = await statementsFor(10);
    expect(ten).toBe(two);
    // the search with its count (the operation reads totalCount), the quotes, their speakers, their
    // articles; on PostgreSQL also the response cache's data-version row (SQLite's PRAGMA
    // data_version is read off the connection)
    expect(two).toBe(onStore({ sqlite: 4, postgres: 5 }));
  });
});

describe('search after a delete', () => {
  it('no longer finds an article, or its quotes, once the article is deleted', async () => {
    const gateway = await startTestGateway([fixtures]);
    try {
      const query = `{ search(query: "water") { totalCount edges { node { __typename ... on Article { title } ... on Quote { text article { id } } } } } }`;
      const before = (await gateway.gql(query)).data.search;
      expect(before.edges.map((e: any) => e.node.__typename).sort()).toEqual(['Article', 'Quote']);
      const quote = before.edges.find((e: any) => e.node.__typename === 'Quote').node;
      expect(quote.text).toBe('Families are walking for days to find water,');

      const [{ id }] = await gateway.sql('SELECT id FROM article WHERE title = ?', ['Drought hits northern Kenya']);
      await gateway.sql('DELETE FROM article WHERE id = ?', [id]);
      markDataChanged(gateway.dataSource); // a raw DELETE bypasses the store, which tells the response cache

      expect((await gateway.gql(query)).data.search).toEqual({ totalCount: 0, edges: [] });
      expect((await gateway.gql('{ search(query: "harvest") { totalCount } }')).data.search.totalCount).toBe(0);
      // Entities outlive the article: Nairobi is still found.
      expect((await gateway.gql('{ search(query: "nairobi") { edges { node { ... on Location { name } } } } }')).data.search.edges).toEqual([
        { node: { name: 'Nairobi' } },
      ]);
    } finally {
      await gateway.close();
    }
  });
});
