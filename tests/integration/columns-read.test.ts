import { startTestGateway, TestGateway } from '../support/test-gateway';

/**
 * Only the columns a query asks for are read: an article's body (the large column) is read only
 * when `body` (or a span's text, which needs it) is asked for; lists of titles and quote pages
 * never load it.
 */
describe('the body column is read only when asked for', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(async () => {
    await gateway?.close();
  });

  /** The statements `query` runs that read article.body (any select list naming a "body" column). */
  const bodyReads = async (query: string): Promise<string[]> => {
    gateway.logger.statements = [];
    const response = await gateway.gql(query);
    expect(response.errors).toBeUndefined();
    return gateway.logger.statements.filter((sql) => /^\s*SELECT\b/i.test(sql) && /"?body"?\s*(?:AS|,|FROM)/i.test(sql.replace(/search_vector/g, '')));
  };

  it('lists of titles, quotes with their article, and entities with their quotes read no body', async () => {
    expect(await bodyReads('{ articles(first: 5) { edges { node { id title publishedAt dek section url } } } }')).toEqual([]);
    expect(await bodyReads('{ quotes(first: 10) { edges { node { text article { title } speaker { __typename } } } } }')).toEqual([]);
    expect(await bodyReads('{ people(first: 5) { edges { node { name quotes(first: 3) { edges { node { text article { title } } } } } } } }')).toEqual([]);
  });

  it('reads the body once when it is asked for', async () => {
    expect(await bodyReads('{ articles(first: 5) { edges { node { title body } } } }')).toHaveLength(1);
  });
});
