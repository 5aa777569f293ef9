import { codesOf, postJson, request } from '../support/http';
import { onStore, startTestGateway, TestGateway } from '../support/test-gateway';

/** Drops the quote table (on PostgreSQL, with the foreign key of quote_subject that points at it). */
const DROP_QUOTE_TABLE = onStore({ sqlite: 'DROP TABLE quote', postgres: 'DROP TABLE quote CASCADE' });

/**
 * Production mode (NODE_ENV=production) over real HTTP: introspection, GraphiQL and field
 * suggestions off unless asked for, errors masked with a code and a request id while the log keeps
 * the detail, CSRF prevention on, batching off.
 */
const production = { NODE_ENV: 'production', NEWSGRAPH_API_KEYS: 'prod-key' };

/** Text that must never reach a client in production. */
const leaks = /stacktrace|QueryFailedError|SqliteError|no such table|does not exist|SELECT |TypeORM|node_modules|\.ts:\d+/i;

/** The store's error for a table that is gone. */
const NO_QUOTE_TABLE = onStore({ sqlite: 'no such table: quote', postgres: 'relation "quote" does not exist' });

describe('production mode', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway(undefined, { env: production, captureLog: true });
  });
  afterAll(() => gateway.close());

  it('turns introspection off (but __typename still answers)', async () => {
    expect(gateway.config.production).toBe(true);
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Quote") { fields { name } } }']) {
      const response = await gateway.gql(query);
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(response.errors![0].message).toContain('introspection is not allowed');
    }
    expect((await gateway.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('serves no GraphiQL page and none of its files', async () => {
    const page = await request(gateway.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).not.toContain('text/html');
    expect(page.text).not.toContain('GraphiQL');
    expect(page.status).toBe(400);
    for (const asset of ['/graphiql/graphiql.js', '/graphiql/react.js', '/']) {
      const response = await request(gateway.origin + asset, { headers: { accept: 'text/html' } });
      expect({ asset, status: response.status }).toEqual({ asset, status: 404 });
    }
  });

  it('hides field suggestions', async () => {
    for (const query of ['{ articlez { totalCount } }', '{ quotes { edges { node { txt } } } }', '{ quotes(filtr: {}) { totalCount } }']) {
      const response = await gateway.gql(query);
      expect(response.status).toBe(400);
      expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(response.errors![0].message).not.toMatch(/did you mean/i);
      expect(JSON.stringify(response)).not.toMatch(/"articles"|"text"|"filter"/);
    }
  });

  it('gives every error a code, and every response with errors its request id, as the x-request-id header says', async () => {
    const cases: Array<[string, Record<string, unknown> | undefined, Record<string, string>]> = [
      ['{ articles( ', undefined, {}], // syntax
      ['{ nothing }', undefined, {}], // validation
      ['{ quotes(first: 500) { totalCount } }', undefined, {}], // bad input
      ['query Q($n: Int!) { quotes(first: $n) { totalCount } }', { n: 'many' }, {}], // variable coercion
      ['mutation { deleteArticle(id: "QXJ0aWNsZTox") }', undefined, {}], // no key
      ['mutation { deleteArticle(id: "QXJ0aWNsZTox") }', undefined, { authorization: 'Bearer wrong-key' }], // wrong key
    ];
    for (const [query, variables, headers] of cases) {
      const response = await postJson(gateway.url, { query, variables }, headers);
      expect(response.status).toBeLessThan(500); // 400 before execution, 401 without a key, 200 for an error in a field
      const { errors, extensions } = response.json;
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) expect(typeof error.extensions?.code).toBe('string');
      expect(extensions.requestId).toBe(response.headers.get('x-request-id'));
      expect(response.text).not.toMatch(leaks);
    }
    const given = await postJson(gateway.url, { query: '{ nothing }' }, { 'x-request-id': 'trace-me-123' });
    expect(given.json.extensions.requestId).toBe('trace-me-123');
    const forged = await postJson(gateway.url, { query: '{ nothing }' }, { 'x-request-id': 'no spaces <allowed>' });
    expect(forged.json.extensions.requestId).not.toBe('no spaces <allowed>');
    expect(forged.json.extensions.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a batch (an array body)', async () => {
    const response = await postJson(gateway.url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
    expect(response.json.errors[0].message).toBe('Operation batching disabled.');
    expect(codesOf(response.json)).toEqual(['BAD_REQUEST']);
  });

  it('prevents CSRF: a simple request (text/plain POST, or a GET without a preflight header) is refused', async () => {
    const textPlain = await request(gateway.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(textPlain.status).toBe(400);
    expect(textPlain.json.errors[0].message).toContain('Cross-Site Request Forgery');
    const form = await request(gateway.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' });
    expect(form.status).toBe(400);
    const get = await request(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(get.json.errors[0].message).toContain('Cross-Site Request Forgery');
  });

  it('answers a malformed JSON body with 400, a code, a request id and no stack', async () => {
    const response = await request(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"' });
    expect(response.status).toBe(400);
    expect(response.json.errors[0].extensions).toEqual({ code: 'BAD_REQUEST', requestId: response.headers.get('x-request-id') });
    expect(response.text).not.toMatch(leaks);
  });
});

describe('an internal error in production', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway(undefined, { env: production, captureLog: true });
  });
  afterAll(() => gateway.close());

  it('comes back masked, with INTERNAL_SERVER_ERROR and a request id, and the log holds the detail under that id', async () => {
    expect((await gateway.gql('{ quotes { totalCount } }')).errors).toBeUndefined();
    // A real failure inside the store: the table a resolver reads is gone.
    await gateway.dataSource.query(DROP_QUOTE_TABLE);
    const response = await postJson(gateway.url, { query: '{ quotes(first: 3) { totalCount edges { node { text } } } }' });
    expect(response.status).toBe(200);
    expect(response.json.data).toBeNull();
    expect(response.json.errors).toEqual([
      { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['quotes'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    const requestId = response.json.extensions.requestId;
    expect(requestId).toBe(response.headers.get('x-request-id'));
    expect(response.text).not.toMatch(leaks);

    const logged = gateway.logLines.filter((line) => line.requestId === requestId);
    const error = logged.find((line) => line.level === 50);
    expect(error).toBeDefined();
    expect(error!.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error!.path).toEqual(['quotes']);
    expect(error!.err.message).toContain(NO_QUOTE_TABLE);
    expect(error!.err.stack).toContain('QueryFailedError');
    expect(logged.some((line) => line.msg === 'graphql operation' && line.errors === 1)).toBe(true);
  });
});

describe('production mode with introspection and GraphiQL asked for', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([], { env: { ...production, NEWSGRAPH_INTROSPECTION: 'true', NEWSGRAPH_GRAPHIQL: 'true' } });
  });
  afterAll(() => gateway.close());

  it('answers introspection, serves GraphiQL and suggests fields, still masking errors', async () => {
    const schema = await gateway.gql('{ __schema { queryType { name } } }');
    expect(schema.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await request(gateway.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('GraphiQL');
    const suggestion = await gateway.gql('{ articlez { totalCount } }');
    expect(suggestion.errors![0].message).toMatch(/Did you mean .*"articles"/);
    // Break search: the article full-text index is gone.
    await gateway.dataSource.query(onStore({ sqlite: 'DROP TABLE article_fts', postgres: 'ALTER TABLE article DROP COLUMN search_vector' }));
    const masked = await gateway.gql('{ search(query: "nato") { totalCount } }');
    expect(masked.errors![0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});

describe('development mode, for contrast', () => {
  it('shows the real error and suggestions', async () => {
    const gateway = await startTestGateway([]);
    try {
      expect(gateway.config.production).toBe(false);
      await gateway.dataSource.query(DROP_QUOTE_TABLE);
      const response = await gateway.gql('{ quotes { totalCount } }');
      expect(response.errors![0].message).toContain(NO_QUOTE_TABLE);
      expect((await gateway.gql('{ articlez { totalCount } }')).errors![0].message).toContain('Did you mean');
    } finally {
      await gateway.close();
    }
  });
});
