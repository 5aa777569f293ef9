import { startTestGateway, TestGateway } from '../support/test-gateway';

/**
 * totalCount of an article's nested quote list: the count of the article's
 * statement quotes of the kinds asked, whatever the page and its cursor, on both stores. A page
 * without a cursor counts in its own windowed read (src/loaders/quote-page.loader.ts); one after a
 * cursor must still give the whole count, not what lies after the cursor.
 */
describe('nested quote lists: totalCount is every quote of the article, with or without a cursor', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  }, 60_000);
  afterAll(() => gateway?.close());

  it('counts an article\'s quotes of the kinds asked on the first page and after a cursor', async () => {
    const [busiest] = await gateway.sql<{ article_id: number }>(
      `SELECT article_id FROM quote WHERE is_statement = TRUE GROUP BY article_id ORDER BY COUNT(*) DESC, article_id LIMIT 1`);
    const id = Buffer.from(`Article:${busiest.article_id}`).toString('base64url');
    for (const kinds of [['DIRECT'], ['DIRECT', 'MIXED', 'INDIRECT']]) {
      const [{ n }] = await gateway.sql<{ n: number }>(
        `SELECT COUNT(*) AS n FROM quote WHERE is_statement = TRUE AND article_id = ? AND kind IN (${kinds.map(() => '?').join(', ')})`, [busiest.article_id, ...kinds]);
      expect(Number(n)).toBeGreaterThan(1);
      const page = async (after: string | null) => {
        const response = await gateway.gql(`query($id: ID!, $after: String, $kind: [QuoteKind!]) { article(id: $id) {
          quotes(first: 1, after: $after, kind: $kind) { totalCount edges { cursor } } } }`,
        { id, after, kind: kinds });
        expect(response.errors).toBeUndefined();
        return response.data.article.quotes;
      };
      const first = await page(null);
      expect(first.totalCount).toBe(Number(n));
      const second = await page(first.edges[0].cursor);
      expect(second.totalCount).toBe(Number(n));
    }
  });
});
