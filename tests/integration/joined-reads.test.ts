import { startTestGateway, TestGateway } from '../support/test-gateway';

/**
 * The rows a read joins (src/graphql/resolvers/joined-reads.ts): a quote's speaker and article,
 * a mention's entity, read in the same statement as the quotes and mentions. Whichever way a
 * mention or a quote is reached, its entity, speaker and article are what `node` gives for their
 * ids, on both stores; and an article page with its quotes, speakers, mentions and entities costs
 * the same statements whatever its size.
 */
describe('joined reads: speakers, articles and entities read with the rows that point to them', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  }, 60_000);
  afterAll(() => gateway?.close());

  const PAGE = `query($n: Int, $q: Int) { articles(first: $n) { edges { node { id title
    quotes(first: $q) { totalCount edges { node { id text speaker { __typename ... on Person { id name } ... on Organization { id name } }
      article { id title } mentions { entity { __typename id name } } } } }
    mentions { span { text } entity { __typename id name } } } } } }`;

  /** What `node(id)` says an entity or article is called: its __typename and name or title. */
  const named = async (id: string) => {
    const { data, errors } = await gateway.gql(`query($id: ID!) { node(id: $id) { __typename ... on Entity { name } ... on Article { title } } }`, { id });
    expect(errors).toBeUndefined();
    return data.node;
  };

  it("gives every mention's entity and every quote's speaker and article as node(id) does", async () => {
    const { data, errors } = await gateway.gql(PAGE, { n: 20, q: 20 });
    expect(errors).toBeUndefined();
    const seen = new Map<string, unknown>();
    let mentions = 0;
    let quotes = 0;
    for (const { node: article } of data.articles.edges) {
      for (const { entity } of article.mentions) {
        mentions++;
        seen.set(entity.id, { __typename: entity.__typename, name: entity.name });
      }
      for (const { node: quote } of article.quotes.edges) {
        quotes++;
        expect(quote.article).toEqual({ id: article.id, title: article.title });
        if (quote.speaker) seen.set(quote.speaker.id, { __typename: quote.speaker.__typename, name: quote.speaker.name });
        for (const { entity } of quote.mentions) expect(seen.get(entity.id) ?? { __typename: entity.__typename, name: entity.name }).toEqual({ __typename: entity.__typename, name: entity.name });
      }
    }
    expect(mentions).toBeGreaterThan(0);
    expect(quotes).toBeGreaterThan(0);
    for (const [id, expected] of seen) expect(await named(id)).toEqual(expected);
  });

  it('reads an article page with its quotes, speakers, mentions and entities in the same statements whatever its size', async () => {
    const statements = async (n: number, q: number) => {
      const before = gateway.logger.count;
      const { data, errors } = await gateway.gql(PAGE, { n, q });
      expect(errors).toBeUndefined();
      return { statements: gateway.logger.count - before, quotes: data.articles.edges.reduce((sum: number, e: any) => sum + e.node.quotes.edges.length, 0) };
    };
    const small = await statements(1, 1);
    const large = await statements(20, 20);
    expect(large.quotes).toBeGreaterThan(small.quotes);
    expect(large.statements).toBe(small.statements);
  });
});
