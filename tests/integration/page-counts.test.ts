import { insertBodies } from '../support/heavy-store';
import { startTestGateway, TestGateway } from '../support/test-gateway';

/**
 * totalCount of a top-level list (src/db/paginate.ts, countMatches), on both stores: exact whether
 * SQLite counts it on the event loop (up to 2,000 matches), on a read thread (more), or not at all
 * (a first page that holds every match).
 */
describe('top-level totalCount: exact at any match count', () => {
  let gateway: TestGateway;
  const count = async (filter: string, after: string | null = null) => {
    const response = await gateway.gql(`query($after: String) { articles(first: 3, after: $after${filter}) { totalCount edges { cursor } } }`, { after });
    expect(response.errors).toBeUndefined();
    return response.data.articles as { totalCount: number; edges: Array<{ cursor: string }> };
  };
  beforeAll(async () => {
    gateway = await startTestGateway();
    await insertBodies(gateway, Array.from({ length: 2500 }, (_, i) => `filler article ${i} with ${i % 2 ? 'odd' : 'even'} words${i === 7 ? ' and a zebra' : ''}`));
  }, 60_000);
  afterAll(() => gateway?.close());

  it('counts more than 2,000 matches, on the first page and after a cursor', async () => {
    const [{ n }] = await gateway.sql<{ n: number }>('SELECT COUNT(*) AS n FROM article');
    expect(Number(n)).toBeGreaterThan(2500);
    gateway.logger.statements = [];
    const first = await count('');
    expect(first.totalCount).toBe(Number(n));
    // Past 2,000 the whole count runs (on SQLite after a count that stops at 2,001).
    expect(gateway.logger.statements.filter((sql) => /COUNT\(\*\) AS n FROM article/.test(sql))).toHaveLength(1);
    expect((await count('', first.edges[2].cursor)).totalCount).toBe(Number(n));
  });

  it('counts a filter with fewer than 2,000 matches', async () => {
    const odd = await count(', filter: { text: "odd" }');
    expect(odd.totalCount).toBe(1250);
    expect((await count(', filter: { text: "odd" }', odd.edges[0].cursor)).totalCount).toBe(1250);
  });

  it('counts a first page that holds every match without a COUNT statement', async () => {
    gateway.logger.statements = [];
    const few = await count(', filter: { text: "zebra" }');
    expect(few.totalCount).toBe(1);
    expect(gateway.logger.statements.filter((sql) => /COUNT\(\*\)/.test(sql))).toEqual([]);
  });
});
