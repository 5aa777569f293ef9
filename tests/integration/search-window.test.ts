import { SEARCH_WINDOW } from '../../src/services/search.service';
import { insertBodies } from '../support/heavy-store';
import { startTestGateway, TestGateway } from '../support/test-gateway';

const SEARCH = `query Window($query: String!, $first: Int, $after: String) {
  search(query: $query, types: [ARTICLE], first: $first, after: $after) {
    totalCount totalCountIsExact
    pageInfo { hasNextPage endCursor }
    edges { cursor score node { ... on Article { id body } } }
  }
}`;

/**
 * Issue 16: a search ranks and lists the SEARCH_WINDOW matches of each type stored last, so its
 * first page costs the same at any number of matches, and its count says when it is a lower
 * bound (totalCountIsExact), on both stores.
 */
describe('search over more matches than its window', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([]);
    // SEARCH_WINDOW + 5 articles naming "needle" (the last five also "thread"), then one "thread" alone.
    const bodies = Array.from({ length: SEARCH_WINDOW + 5 }, (_, i) => (i >= SEARCH_WINDOW ? `needle thread ${i}` : `needle ${i}`));
    await insertBodies(gateway, [...bodies, 'thread alone']);
  }, 60_000);
  afterAll(() => gateway.close());

  const search = async (variables: { query: string; first?: number; after?: string }) => {
    const { data, errors } = await gateway.gql(SEARCH, variables);
    expect(errors).toBeUndefined();
    return data.search;
  };

  it('counts up to the window and says the count is a lower bound beyond it', async () => {
    expect(await search({ query: 'needle', first: 0 })).toMatchObject({ totalCount: SEARCH_WINDOW, totalCountIsExact: false });
    expect(await search({ query: 'thread', first: 0 })).toMatchObject({ totalCount: 6, totalCountIsExact: true });
    expect(await search({ query: 'nothing-like-it', first: 0 })).toMatchObject({ totalCount: 0, totalCountIsExact: true });
  });

  it('lists the newest matches of the window, newest first among equal scores, and no further', async () => {
    const first = await search({ query: 'needle', first: 3 });
    expect(first.edges.map((e: { node: { body: string } }) => e.node.body)).toEqual([`needle thread ${SEARCH_WINDOW + 4}`, `needle thread ${SEARCH_WINDOW + 3}`, `needle thread ${SEARCH_WINDOW + 2}`]);
    // The last position of the window ends the list: the oldest five "needle" articles are not listed.
    const cursor = Buffer.from(Buffer.from(first.edges[0].cursor, 'base64url').toString('utf8').replace(/:0$/, `:${SEARCH_WINDOW - 2}`)).toString('base64url');
    const last = await search({ query: 'needle', first: 5, after: cursor });
    expect(last.edges.map((e: { node: { body: string } }) => e.node.body)).toEqual(['needle 5']);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });
});
