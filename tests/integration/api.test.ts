import path from 'node:path';
import { sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';

const fixtures = path.resolve(__dirname, '..', 'fixtures', 'articles.jsonl');

describe('the GraphQL API over real HTTP', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir, fixtures]);
  });
  afterAll(() => gateway.close());

  it('resolves nested relations with a fixed number of SQL statements, whatever the page size (quote pages batched per kinds)', async () => {
    const nested = `query Nested($n: Int) { articles(first: $n) { edges { node {
      title
      mentions { entity { name } }
      reported: quotes(kind: [INDIRECT, MIXED], first: 3) { totalCount edges { node { kind } } }
      quotes(first: 10) { totalCount edges { node {
        text
        speaker { ... on Person { name aliases affiliation { name } quotes(first: 5) { totalCount edges { node { text } } }
          allKinds: quotes(kind: [DIRECT, MIXED, INDIRECT], first: 2) { totalCount } } ... on Organization { name } }
        mentions { entity { name ... on Location { within { name } contains { name } } } }
        article { title }
      } } }
    } } } }`;
    const statementsFor = async (n: number) => {
      gateway.logger.count = 0;
      const { data, errors } = await gateway.gql(nested, { n });
      expect(errors).toBeUndefined();
      expect(data.articles.edges).toHaveLength(n);
      return gateway.logger.count;
    };
    const one = await statementsFor(1);
    const seven = await statementsFor(7);
    expect(seven).toBe(one);
    expect(one).toBeLessThan(30);
  });

  it('pages forward and backward with cursors, without repeating or skipping', async () => {
    const page = `query Page($first: Int, $after: String, $last: Int, $before: String) {
      quotes(first: $first, after: $after, last: $last, before: $before) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const all = (await gateway.gql(page, { first: 100 })).data.quotes;
    const ids = all.edges.map((e: any) => e.node.id);
    expect(ids.length).toBe(all.totalCount);
    expect(ids.length).toBeGreaterThan(10);

    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { quotes }: any = (await gateway.gql(page, { first: 3, after })).data;
      forward.push(...quotes.edges.map((e: any) => e.node.id));
      expect(quotes.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!quotes.pageInfo.hasNextPage) break;
      after = quotes.pageInfo.endCursor;
    }
    expect(forward).toEqual(ids);

    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const { quotes }: any = (await gateway.gql(page, { last: 4, before })).data;
      backward.unshift(...quotes.edges.map((e: any) => e.node.id));
      expect(quotes.pageInfo.hasNextPage).toBe(before !== null);
      if (!quotes.pageInfo.hasPreviousPage) break;
      before = quotes.pageInfo.startCursor;
    }
    expect(backward).toEqual(ids);
  });

  it('refuses a page larger than 100 with a clear error', async () => {
    const { data, errors } = await gateway.gql('{ quotes(first: 101) { totalCount } }');
    expect(data).toBeNull();
    expect(errors?.[0].message).toBe('"first" must be between 0 and 100, got 101');
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const last = await gateway.gql('{ people { edges { node { quotes(last: 500) { totalCount } } } } }');
    expect(last.errors?.[0].message).toBe('"last" must be between 0 and 100, got 500');
  });

  it('refuses a cursor it did not make', async () => {
    const { errors } = await gateway.gql('{ quotes(after: "bogus") { totalCount } }');
    expect(errors?.[0].message).toBe('"after" is not a cursor from this API: "bogus"');
  });

  it('fetches any object by its global ID with node(id)', async () => {
    const { data } = await gateway.gql(`{ quotes(filter: { speaker: "Stoltenberg" }, first: 1) { edges { node { id text speaker { ... on Person { id name } } article { id title } } } } }`);
    const quote = data.quotes.edges[0].node;
    const found = await gateway.gql(`query N($q: ID!, $p: ID!, $a: ID!) {
      q: node(id: $q) { __typename ... on Quote { text } }
      p: node(id: $p) { __typename ... on Person { name } }
      a: node(id: $a) { __typename ... on Article { title } }
      missing: node(id: "nonsense") { id }
    }`, { q: quote.id, p: quote.speaker.id, a: quote.article.id });
    expect(found.data).toEqual({
      q: { __typename: 'Quote', text: quote.text },
      p: { __typename: 'Person', name: quote.speaker.name },
      a: { __typename: 'Article', title: quote.article.title },
      missing: null,
    });
  });

  it('filters quotes by article, and people by any of their names, accents and case aside', async () => {
    const { data } = await gateway.gql(`{ people(filter: { name: "gael muller" }) { edges { node { name quotes { totalCount edges { node { text article { id } } } } } } } }`);
    expect(data.people.edges.map((e: any) => e.node.name)).toEqual(['Gaël Müller']);
    const person = data.people.edges[0].node;
    expect(person.quotes.totalCount).toBe(2);
    const articleId = person.quotes.edges[0].node.article.id;
    const inArticle = await gateway.gql(`query Q($id: ID!) { quotes(filter: { articleId: $id, speaker: "Müller" }) { totalCount } }`, { id: articleId });
    expect(inArticle.data.quotes.totalCount).toBe(2);
  });

  it('answers "quotes by Ingrid Solberg" from a JSON article, with offsets into its body as given', async () => {
    const { data } = await gateway.gql(`{ quotes(filter: { speaker: "Solberg" }) { edges { node { text span { start end } speakerMention { text } article { body } } } } }`);
    expect(data.quotes.edges).toHaveLength(1);
    const quote = data.quotes.edges[0].node;
    expect(quote.text).toBe('We have to protect the stock for our children,');
    expect(quote.article.body.slice(quote.span.start, quote.span.end)).toBe(quote.text);
    expect(quote.speakerMention.text).toContain('Ingrid Solberg');
  });

  it('serves GraphiQL to a browser from its own files, and JSON to a client', async () => {
    const page = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.every((src) => src.startsWith('/'))).toBe(true);
    for (const src of scripts) {
      const asset = await fetch(new URL(src, gateway.url));
      expect({ src, status: asset.status }).toEqual({ src, status: 200 });
    }
    const json = await fetch(`${gateway.url}?query=${encodeURIComponent('{ articles { totalCount } }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(await json.json()).toEqual({ data: { articles: { totalCount: 7 } }, extensions: { cost: expect.any(Number) } });
  });
});
