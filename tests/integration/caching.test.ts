import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { codesOf, getWith, postJson, request } from '../support/http';
import { sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';

/**
 * Caching over real HTTP: automatic persisted queries (POST and GET), GET for queries only,
 * Cache-Control headers, and safelist mode.
 */
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
const preflight = { 'apollo-require-preflight': 'true' };
const operationsDir = path.resolve(__dirname, '..', '..', 'examples', 'operations');

describe('persisted queries, GET and Cache-Control', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir], { env: { NEWSGRAPH_API_KEYS: 'cache-key' } });
  });
  afterAll(() => gateway.close());

  it('runs the automatic persisted query flow: not found, registered with its query, then by hash alone', async () => {
    const query = '{ people(first: 5) { totalCount edges { node { name } } } }';
    const hash = sha256(query);
    const unknown = await postJson(gateway.url, { extensions: persisted(hash) });
    expect(unknown.status).toBe(200);
    expect(unknown.json.errors).toEqual([expect.objectContaining({ message: 'PersistedQueryNotFound', extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }) })]);

    const registered = await postJson(gateway.url, { query, extensions: persisted(hash) });
    expect(registered.json.errors).toBeUndefined();
    const byHash = await postJson(gateway.url, { extensions: persisted(hash) });
    expect(byHash.json.errors).toBeUndefined();
    expect(byHash.json.data).toEqual(registered.json.data);
    expect(byHash.json.data.people.totalCount).toBeGreaterThan(0);

    // By GET too (what lets a CDN cache it), with variables.
    const withVariables = 'query Quotes($n: Int) { quotes(first: $n) { edges { node { text } } } }';
    const varHash = sha256(withVariables);
    expect(codesOf((await getWith(gateway.url, { extensions: persisted(varHash), variables: { n: 2 } }, preflight)).json)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    await getWith(gateway.url, { query: withVariables, extensions: persisted(varHash), variables: { n: 2 } }, preflight);
    const get = await getWith(gateway.url, { extensions: persisted(varHash), variables: { n: 2 } }, preflight);
    expect(get.status).toBe(200);
    expect(get.json.data.quotes.edges).toHaveLength(2);
    expect(get.headers.get('cache-control')).toBe('max-age=30, public');
  });

  it('refuses a query whose hash does not match, and an unknown persisted-query version', async () => {
    const mismatch = await postJson(gateway.url, { query: '{ __typename }', extensions: persisted(sha256('{ something else }')) });
    expect(mismatch.status).toBe(400);
    expect(mismatch.json.errors[0].message).toBe('provided sha does not match query');
    const version = await postJson(gateway.url, { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: sha256('{ __typename }') } } });
    expect(version.status).toBe(400);
  });

  it('answers queries over GET with a preflight header or a JSON content type, and refuses a plain GET', async () => {
    const query = '{ articles { totalCount } }';
    const allowed: Array<Record<string, string>> = [preflight, { 'content-type': 'application/json' }, { 'x-apollo-operation-name': 'Count' }];
    for (const headers of allowed) {
      const response = await getWith(gateway.url, { query }, headers);
      expect({ headers, status: response.status }).toEqual({ headers, status: 200 });
      expect(response.json.data).toEqual({ articles: { totalCount: 1 } });
    }
    const named = await getWith(gateway.url, { query: 'query A { articles { totalCount } } query B { __typename }', operationName: 'B' }, preflight);
    expect(named.json.data).toEqual({ __typename: 'Query' });
    const plain = await getWith(gateway.url, { query });
    expect(plain.status).toBe(400);
    expect(plain.json.errors[0].message).toContain('Cross-Site Request Forgery');
  });

  it('refuses a mutation over GET (405, Allow: POST) and writes nothing, even with a key', async () => {
    const before = (await gateway.gql('{ articles { totalCount } }')).data.articles.totalCount;
    const mutation = 'mutation { ingestArticle(input: { title: "Via GET", body: "“Never,” said Ola Nordmann." }) { created } }';
    const response = await getWith(gateway.url, { query: mutation }, { ...preflight, authorization: 'Bearer cache-key' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(response.json.errors[0].message).toBe('GET requests only support query operations, not mutation operations');
    const deletion = await getWith(gateway.url, { query: 'mutation { deleteArticle(id: "QXJ0aWNsZTox") }' }, { ...preflight, authorization: 'Bearer cache-key' });
    expect(deletion.status).toBe(405);
    const [{ n }] = await gateway.dataSource.query('SELECT count(*) AS n FROM article');
    expect(n).toBe(before);
  });

  it('sends Cache-Control: public max-age on reads, no-store on errors and writes', async () => {
    const read = await postJson(gateway.url, { query: '{ quotes(first: 2) { edges { node { text speaker { ... on Person { name } } } } } }' });
    expect(read.headers.get('cache-control')).toBe('max-age=30, public');
    const search = await getWith(gateway.url, { query: '{ search(query: "NATO") { totalCount } }' }, preflight);
    expect(search.headers.get('cache-control')).toBe('max-age=30, public');
    const error = await postJson(gateway.url, { query: '{ quotes(first: 101) { totalCount } }' });
    expect(error.headers.get('cache-control')).toBe('no-store');
    const invalid = await postJson(gateway.url, { query: '{ nothing }' });
    expect(invalid.headers.get('cache-control')).not.toMatch(/public|max-age=[1-9]/);
    const write = await postJson(gateway.url, { query: 'mutation { deleteArticle(id: "QXJ0aWNsZTo5OTk5") }' }, { authorization: 'Bearer cache-key' });
    expect(write.json.data).toEqual({ deleteArticle: false });
    expect(write.headers.get('cache-control')).toBe('no-store');
    const unauthenticated = await postJson(gateway.url, { query: 'mutation { deleteArticle(id: "QXJ0aWNsZTox") }' });
    expect(unauthenticated.headers.get('cache-control')).toBe('no-store');
  });
});

describe('safelist mode (NEWSGRAPH_SAFELIST=true)', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir], { env: { NEWSGRAPH_SAFELIST: 'true' } });
  });
  afterAll(() => gateway.close());

  const cookbook = fs.readdirSync(operationsDir).filter((file) => file.endsWith('.graphql'));

  it('runs every cookbook operation, however it is laid out', async () => {
    expect(cookbook.length).toBeGreaterThan(5);
    for (const file of cookbook) {
      const text = fs.readFileSync(path.join(operationsDir, file), 'utf8');
      const response = await gateway.gql(text);
      expect({ file, errors: response.errors }).toEqual({ file, errors: undefined });
      // Whitespace and comments do not matter.
      const squeezed = text.replace(/#[^\n]*/g, '').replace(/\s+/g, ' ');
      expect({ file, errors: (await gateway.gql(squeezed)).errors }).toEqual({ file, errors: undefined });
    }
  });

  it('refuses any other operation with OPERATION_NOT_SAFELISTED (403), a cookbook one changed included', async () => {
    const stoltenberg = fs.readFileSync(path.join(operationsDir, 'StoltenbergOnUkraine.graphql'), 'utf8');
    for (const query of ['{ articles { totalCount } }', '{ __typename }', stoltenberg.replace('first: 20', 'first: 100'), stoltenberg.replace('role', 'role aliases')]) {
      const response = await gateway.gql(query);
      expect(response.status).toBe(403);
      expect(response.data).toBeUndefined();
      expect(codesOf(response)).toEqual(['OPERATION_NOT_SAFELISTED']);
    }
  });

  it('runs a safelisted operation through a persisted-query hash and over GET', async () => {
    const text = fs.readFileSync(path.join(operationsDir, 'WhoIsStoltenberg.graphql'), 'utf8');
    const hash = sha256(text);
    await postJson(gateway.url, { query: text, extensions: persisted(hash) });
    const response = await getWith(gateway.url, { extensions: persisted(hash) }, preflight);
    expect(response.json.errors).toBeUndefined();
    expect(response.json.data.people.edges[0].node.name).toBe('Jens Stoltenberg');
    const other = await request(`${gateway.url}?query=${encodeURIComponent('{ articles { totalCount } }')}`, { headers: preflight });
    expect(other.status).toBe(403);
  });
});
