import { codesOf } from '../support/http';
import { startTestGateway, TestGateway } from '../support/test-gateway';

/**
 * What a client of the ingestArticle mutation sees of the input rules of issue 13: only http(s)
 * urls, the article size and quotes-per-article limits (BAD_USER_INPUT naming the field or the
 * limit and its variable), and nothing stored for a refused article.
 */
const KEY = 'limits-key-0123456789';
const auth = { authorization: `Bearer ${KEY}` };
const INGEST = 'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { url } } }';

async function articles(gateway: TestGateway): Promise<number> {
  const [{ n }] = await gateway.sql('SELECT count(*) AS n FROM article');
  return Number(n);
}

describe('ingestArticle: input rules', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([], { env: { NEWSGRAPH_API_KEYS: KEY } });
  });
  afterAll(() => gateway.close());

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['JAVASCRIPT:alert(1)', 'javascript:'],
    ['data:text/html,<script>alert(1)</script>', 'data:'],
    ['file:///etc/passwd', 'file:'],
    ['ftp://example.org/a', 'ftp:'],
    ['vbscript:msgbox(1)', 'vbscript:'],
  ])('refuses the url %s with BAD_USER_INPUT naming the field, storing nothing', async (url, scheme) => {
    const response = await gateway.gql(INGEST, { input: { title: 'Link', body: 'A short article.', url } }, auth);
    expect(response.data?.ingestArticle ?? null).toBeNull();
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toBe(`input: field "url" must be an http: or https: URL (got a ${scheme} URL)`);
    expect(await articles(gateway)).toBe(0);
  });

  it('stores http and https urls', async () => {
    for (const url of ['http://example.org/plain', 'https://example.org/secure']) {
      const response = await gateway.gql(INGEST, { input: { title: url, body: `An article at ${url}.`, url } }, auth);
      expect(response.errors).toBeUndefined();
      expect(response.data.ingestArticle).toEqual({ created: true, article: { url } });
    }
  });
});
