import { AuditResult, serverAudits } from 'graphql-http';
import { startTestGateway, TestGateway } from '../support/test-gateway';

/**
 * graphql-http's GraphQL-over-HTTP conformance audits (61 of them) against the real server.
 * Every MUST passes. What does not pass, and why:
 *
 * - 5A70 MAY accept application/x-www-form-urlencoded formatted GET requests: the audit's GET has
 *   no `apollo-require-preflight` header and no JSON content type, so CSRF prevention refuses it
 *   (400), on purpose.
 * - D6D5, 6A70 MAY allow a URL-encoded JSON {variables} parameter in GETs: GET with variables is
 *   supported (caching.test.ts), but these audits' GETs carry no preflight header either: CSRF
 *   prevention again.
 * - 572B, FDE2, 7B9B SHOULD use 200 on a parse, validation or variable coercion failure when the
 *   client accepts application/json: Apollo Server answers those with 400 (as the spec requires for
 *   application/graphql-response+json), so clients and caches see a request error as one.
 *
 * In production mode introspection is off, so three more audits fail, all of them only because
 * they query `__type`: BF61 (MUST accept a utf-8 request), 28B9 (MUST allow a map {variables}
 * parameter) and 2EA1 (the SHOULD twin of 28B9). With NEWSGRAPH_INTROSPECTION=true production mode
 * passes every MUST too.
 */
const EXPECTED_NOT_PASSING = ['572B', '5A70', '6A70', '7B9B', 'D6D5', 'FDE2'];
const NEED_INTROSPECTION = ['28B9', '2EA1', 'BF61'];

async function audit(gateway: TestGateway): Promise<AuditResult[]> {
  const results: AuditResult[] = [];
  for (const { fn } of serverAudits({ url: gateway.url })) results.push(await fn());
  return results;
}

const describeResult = (r: AuditResult) => ({ id: r.id, name: r.name, status: r.status, reason: 'reason' in r ? r.reason : undefined });

describe('GraphQL over HTTP conformance (graphql-http audits)', () => {
  const started: TestGateway[] = [];
  const start = async (env: NodeJS.ProcessEnv) => {
    const gateway = await startTestGateway([], { env, config: { limits: { ratePerMinute: 0 } } });
    started.push(gateway);
    return gateway;
  };
  afterAll(async () => {
    for (const gateway of started) await gateway.close();
  });

  it('passes every MUST in development mode; the rest are the known, explained ones', async () => {
    const results = await audit(await start({}));
    expect(results.length).toBeGreaterThanOrEqual(60);
    const failingMusts = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');
    expect(failingMusts.map(describeResult)).toEqual([]);
    const notPassing = results.filter((r) => r.status !== 'ok');
    expect(notPassing.map((r) => r.id).sort()).toEqual(EXPECTED_NOT_PASSING);
    expect(notPassing.every((r) => r.status === 'warn' || r.status === 'notice')).toBe(true);
  });

  it('passes every MUST in production mode with introspection on', async () => {
    const results = await audit(await start({ NODE_ENV: 'production', NEWSGRAPH_INTROSPECTION: 'true' }));
    expect(results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok').map(describeResult)).toEqual([]);
    expect(results.filter((r) => r.status !== 'ok').map((r) => r.id).sort()).toEqual(EXPECTED_NOT_PASSING);
  });

  it('in production mode without introspection, misses only the audits that need it', async () => {
    const results = await audit(await start({ NODE_ENV: 'production' }));
    const notPassing = results.filter((r) => r.status !== 'ok');
    expect(notPassing.map((r) => r.id).sort()).toEqual([...EXPECTED_NOT_PASSING, ...NEED_INTROSPECTION].sort());
    for (const result of notPassing.filter((r) => NEED_INTROSPECTION.includes(r.id))) {
      expect(result.status).not.toBe('ok');
      const body = 'response' in result ? await result.response.text() : '';
      expect(body).toContain('introspection is not allowed');
    }
  });
});
