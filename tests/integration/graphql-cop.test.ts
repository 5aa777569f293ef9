import { getIntrospectionQuery } from 'graphql';
import { postJson, request } from '../support/http';
import { startTestGateway, TestGateway } from '../support/test-gateway';

/**
 * graphql-cop's security checks (github.com/dolevf/graphql-cop, lib/tests/*.py), reproduced with
 * its own payloads and its own verdicts against the server in production mode. Each check says
 * what graphql-cop looks for; the server must not give it that.
 */
describe('graphql-cop checks in production mode', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([], { env: { NODE_ENV: 'production', NEWSGRAPH_API_KEYS: 'cop-key' } });
  });
  afterAll(() => gateway.close());

  /** graphql-cop's graph_query: a JSON POST of `{ query }`. */
  const graphQuery = (query: string, headers: Record<string, string> = {}) => postJson(gateway.url, { query }, headers);

  it('alias overloading: 101 aliases are refused (no data.alias100)', async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `alias${i}:__typename \n`).join('');
    const response = await graphQuery(`query { ${aliases} }`);
    expect(response.json.data?.alias100).toBeUndefined();
    expect(response.status).toBe(400);
    expect(response.json.errors[0].extensions.code).toBe('ALIAS_LIMIT_EXCEEDED');
  });

  it('batching: an array of ten queries is refused, not answered as a list', async () => {
    const response = await postJson(gateway.url, Array.from({ length: 10 }, () => ({ query: 'query { __typename }' })));
    expect(response.status).toBe(400);
    expect(Array.isArray(response.json)).toBe(false);
    expect(response.json.errors[0].message).toBe('Operation batching disabled.');
  });

  it('directive overloading: ten unknown directives do not get ten errors (validation stops early); too many are refused', async () => {
    const response = await graphQuery('query { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }');
    expect(response.status).toBe(400);
    expect(response.json.errors).not.toHaveLength(10); // graphql-cop's verdict: exactly ten errors means each directive was processed
    expect(response.json.errors.at(-1).message).toBe('Too many validation errors, error limit reached. Validation aborted.');
    const many = await graphQuery(`query { __typename ${'@include(if: true)'.repeat(50)} }`);
    expect(many.status).toBe(400);
    expect(many.json.errors[0].extensions.code).toBe('DIRECTIVE_LIMIT_EXCEEDED');
  });

  it('field suggestions are hidden', async () => {
    for (const query of ['query { __schema { directive } }', 'query { articlez { totalCount } }', 'query { quotes { edges { node { txt } } } }']) {
      const response = await graphQuery(query);
      expect(response.text).not.toContain('Did you mean');
    }
  });

  it('introspection is off: the full introspection query, and the circular one, get no schema', async () => {
    const full = await graphQuery(getIntrospectionQuery());
    expect(full.status).toBe(400);
    expect(full.json.data?.__schema).toBeUndefined();
    const circular = await graphQuery('query { __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }');
    expect(circular.json.data).toBeUndefined();
    const fragments = await graphQuery('query { __schema { ...A } } fragment A on __Schema { __typename ...B } fragment B on __Schema { ...A }');
    expect(fragments.json.errors.length).toBeGreaterThan(0); // graphql-cop's circular-fragment verdict: no errors at all
  });

  it('GraphiQL is off: none of /graphiql, /playground, /console, /graphql shows an IDE', async () => {
    const heuristics = ['graphiql.min.css', 'GraphQL Playground', 'GraphiQL', 'graphql-playground'];
    for (const endpoint of ['/graphiql', '/playground', '/console', '/graphql']) {
      const variants: Array<Record<string, string>> = [{}, { accept: 'text/html' }, { accept: 'text/html', 'apollo-require-preflight': 'true' }];
      for (const headers of variants) {
        const response = await request(gateway.origin + endpoint, { headers });
        expect({ endpoint, ide: heuristics.some((word) => response.text.includes(word)) }).toEqual({ endpoint, ide: false });
      }
    }
  });

  it('GET-based mutations are refused, with or without a preflight header, and write nothing', async () => {
    const mutation = encodeURIComponent('mutation cop { ingestArticle(input: { title: "GET", body: "“Hi,” said Ola Nordmann." }) { created } }');
    const plain = await request(`${gateway.url}?query=${mutation}`, { headers: { authorization: 'Bearer cop-key' } });
    expect(plain.status).toBe(400);
    expect(plain.json.data).toBeUndefined();
    const preflighted = await request(`${gateway.url}?query=${mutation}`, { headers: { authorization: 'Bearer cop-key', 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(405);
    expect(preflighted.json.data).toBeUndefined();
    const [{ n }] = await gateway.dataSource.query('SELECT count(*) AS n FROM article');
    expect(n).toBe(0);
  });

  it('CSRF: a simple GET, a url-encoded POST and a text/plain POST are refused', async () => {
    const query = encodeURIComponent('{__typename}');
    // info_get_method_support: a GET with only the query string.
    const get = await request(`${gateway.url}?query=${query}`);
    expect(get.status).toBe(400);
    expect(get.json.data).toBeUndefined();
    // info_post_based_csrf: a POST with the query in the URL and no JSON body.
    const urlEncodedPost = await request(`${gateway.url}?query=${query}`, { method: 'POST' });
    expect(urlEncodedPost.status).toBe(400);
    expect(urlEncodedPost.json.data).toBeUndefined();
    const form = await request(gateway.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${query}` });
    expect(form.status).toBe(400);
    const textPlain = await request(gateway.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(textPlain.status).toBe(400);
    expect(textPlain.json.data).toBeUndefined();
  });

  it('trace mode is off: no tracing, ftv1 or exception in extensions, no stacktrace anywhere', async () => {
    const variants: Array<Record<string, string>> = [{}, { 'apollo-federation-include-trace': 'ftv1' }];
    for (const headers of variants) {
      for (const query of ['query { __typename }', 'query { nothing }', '{ quotes(first: 500) { totalCount } }']) {
        const response = await graphQuery(query, headers);
        expect(response.json.extensions?.tracing).toBeUndefined();
        expect(response.json.extensions?.ftv1).toBeUndefined();
        for (const error of response.json.errors ?? []) expect(error.extensions?.exception).toBeUndefined();
        expect(response.text.toLowerCase()).not.toContain('stacktrace');
      }
    }
  });

  it('unhandled errors: a bad document and a malformed JSON body get a 400 JSON error with a code, no exception, no stack', async () => {
    const bad = await graphQuery('qwerty cop { abc }');
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    for (const body of ['{"query": "{ __typename }"', '{', 'nonsense', '{"query": "{ __typename }", }']) {
      const malformed = await request(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(malformed.status).toBe(400);
      expect(malformed.headers.get('content-type')).toContain('application/json');
      expect(malformed.json.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(malformed.text).not.toMatch(/stack|exception|node_modules|\bat [\w.]+ \(/i);
    }
  });

  it('field duplication (graphql-cop reports it): 500 __typename are answered, cheaply; past the token limit they are refused', async () => {
    // graphql-cop flags a server that answers 500 duplicated fields. Here they cost 500 (nothing
    // is fetched), and the 4,000-token limit caps how many a document can hold.
    const five = await graphQuery(`query { ${'__typename \n'.repeat(500)}} `);
    expect(five.json.data).toEqual({ __typename: 'Query' });
    expect(five.json.extensions.cost).toBe(500);
    const many = await graphQuery(`query { ${'__typename \n'.repeat(5000)}} `);
    expect(many.status).toBe(400);
    expect(many.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
