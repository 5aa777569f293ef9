import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { toGlobalId } from '../../src/types/global-id';
import { codesOf, postJson, request } from '../support/http';
import { startTestGateway, TestGateway } from '../support/test-gateway';

/**
 * One protected path for every transport (issue 13), against the real server in production mode:
 * the same document gets the same refusal over HTTP and over a real graphql-ws client; the rate
 * limit counts WebSocket operations; the WebSocket limits close sockets with a code and a reason;
 * client errors are 4xx with a client code; production messages name nothing the client did not
 * write; X-Forwarded-For counts only behind a trusted proxy.
 */
const KEY = 'transports-test-key';
const production = { NODE_ENV: 'production', NEWSGRAPH_API_KEYS: KEY, NEWSGRAPH_RATE_LIMIT: '0' };

/**
 * The worst event-loop delay while the tests run their requests (the server runs in this
 * process), starting a gateway aside (its ingest annotates articles on this thread).
 */
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
let worstDelayMs = 0;
beforeEach(() => {
  loopDelay.reset();
  loopDelay.enable();
});
afterEach(() => {
  loopDelay.disable();
  worstDelayMs = Math.max(worstDelayMs, loopDelay.max / 1e6);
});
afterAll(() => console.log(`transports.test.ts: worst event-loop delay during the tests ${worstDelayMs.toFixed(0)} ms`));

const wsUrl = (gateway: TestGateway) => gateway.url.replace(/^http/, 'ws');

/** An operation's outcome as a client sees it: the result (`next`), or the errors of an `error` message, or the close event. */
interface WsOutcome {
  result?: any;
  errors?: any[];
  closed?: { code: number; reason: string };
}

/** Runs one operation over a fresh graphql-ws connection and returns what came back. */
async function overWebSocket(gateway: TestGateway, query: string, variables?: Record<string, unknown>, key?: string): Promise<WsOutcome> {
  const client: Client = createClient({
    url: wsUrl(gateway),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: key ? { authorization: `Bearer ${key}` } : undefined,
  });
  try {
    return await new Promise<WsOutcome>((resolve) => {
      let result: any;
      client.subscribe(
        { query, variables },
        {
          next: (value) => (result = value),
          error: (error: any) =>
            resolve(Array.isArray(error) ? { errors: error } : { closed: { code: error?.code, reason: String(error?.reason ?? error?.message) } }),
          complete: () => resolve({ result }),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

/** The (message, code) pairs of a list of errors: what "the same refusal" compares. */
const refusal = (errors: any[] | undefined) => (errors ?? []).map((error) => ({ message: error.message, code: error.extensions?.code }));

/** Opens a raw graphql-transport-ws socket, acknowledged; resolves once the server has acked. */
async function openSocket(gateway: TestGateway): Promise<WebSocket> {
  const socket = new WebSocket(wsUrl(gateway), 'graphql-transport-ws');
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.once('message', () => resolve());
    socket.once('close', (code, reason) => reject(new Error(`closed ${code} ${reason}`)));
    socket.once('error', reject);
  });
  return socket;
}

/** Resolves with the code and reason a socket closes with. */
const closing = (socket: WebSocket) =>
  new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));

const nested = (depth: number) => `{ articles { edges { node { ${'quotes { edges { node { article { '.repeat(depth)}title${' } } } }'.repeat(depth)} } } } }`;
const deepVariables = () => {
  let filter: Record<string, unknown> = {};
  for (let i = 0; i < 1000; i++) filter = { and: [filter] };
  return filter;
};

describe('one request pipeline for HTTP and graphql-ws', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway(undefined, { env: production });
  });
  afterAll(() => gateway.close());

  const documents: Array<[string, string, Record<string, unknown> | undefined, string]> = [
    ['introspection', '{ __schema { types { name } } }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
    ['a misspelt field (no suggestion)', '{ artcles { totalCount } }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
    ['too deep', nested(5), undefined, 'DEPTH_LIMIT_EXCEEDED'],
    ['100 aliases', `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ')} }`, undefined, 'ALIAS_LIMIT_EXCEEDED'],
    [
      'too costly',
      '{ articles(first: 100) { edges { node { quotes(first: 100) { edges { node { article { quotes(first: 100) { totalCount } } } } } } } } }',
      undefined,
      'COST_LIMIT_EXCEEDED',
    ],
    [
      'an answer too large (bodies under nested pages)',
      '{ articles(first: 100) { edges { node { quotes(first: 60) { edges { node { article { body } } } } } } } }',
      undefined,
      'RESPONSE_TOO_LARGE',
    ],
    ['too many tokens', `{ ${'__typename '.repeat(5000)}}`, undefined, 'GRAPHQL_PARSE_FAILED'],
    ['5,000 nested brackets in the document', `{ quotes(filter: { about: ${'['.repeat(5000)}${']'.repeat(5000)} }) { totalCount } }`, undefined, 'GRAPHQL_PARSE_FAILED'],
    ['a write without a key', 'mutation { deleteArticle(id: "QXJ0aWNsZTox") }', undefined, 'UNAUTHENTICATED'],
    ['a variable of the wrong type', 'query Q($n: Int) { articles(first: $n) { totalCount } }', { n: 'many' }, 'BAD_USER_INPUT'],
    ['variables nested 1,000 deep', 'query Q($f: QuoteFilter) { quotes(filter: $f) { totalCount } }', { f: deepVariables() }, 'BAD_USER_INPUT'],
    ['a 4,000-term search', 'query S($q: String!) { search(query: $q) { totalCount } }', { q: Array.from({ length: 4000 }, (_, i) => `w${i}`).join(' ') }, 'BAD_USER_INPUT'],
  ];

  it.each(documents)('gives the same refusal over both transports: %s', async (_name, query, variables, code) => {
    const started = Date.now();
    const http = await gateway.gql(query, variables);
    const ws = await overWebSocket(gateway, query, variables);
    expect(Date.now() - started).toBeLessThan(5000);
    // A refusal before execution is HTTP 400; one from a resolver (the search's) is a GraphQL error in a 200.
    expect(http.status).toBeLessThan(500);
    expect(codesOf(http)).toContain(code);
    const wsErrors = ws.errors ?? ws.result?.errors;
    expect(refusal(wsErrors)).toEqual(refusal(http.errors));
  });

  it('answers the same data over both transports, and runs writes with a key over WebSocket too', async () => {
    const query = '{ quotes(first: 3) { totalCount edges { node { text } } } }';
    const http = await gateway.gql(query);
    const ws = await overWebSocket(gateway, query);
    expect(ws.result.data).toEqual(http.data);
    expect(http.data.quotes.edges).toHaveLength(3);
    const write = await overWebSocket(gateway, `mutation { deleteArticle(id: "${toGlobalId('Article', 999999)}") }`, undefined, KEY);
    expect(write.result.data).toEqual({ deleteArticle: false });
  });

  it('names nothing in an error that the request did not write (production)', async () => {
    const probes = [
      '{ articles { edges { node { nonexistent } } } }',
      '{ articles { edges { node } } }',
      '{ articles(filter: { zzz: 1 }) { totalCount } }',
      '{ quotes { edges { node { speaker } } } }',
      '{ search(query: "x") { edges { node { title } } } }',
      'query Q($f: QuoteFilter) { quotes(filter: $f) { totalCount } }',
    ];
    for (const query of probes) {
      for (const errors of [(await gateway.gql(query, { f: { zzz: 1 } })).errors, (await overWebSocket(gateway, query, { f: { zzz: 1 } })).errors]) {
        expect(errors?.length).toBeGreaterThan(0);
        for (const { message } of errors!) {
          for (const [, name] of message.matchAll(/"([_A-Za-z][_0-9A-Za-z]*)"/g)) {
            if (name !== '(hidden)') expect({ query, name, found: `${query} zzz`.includes(name) }).toEqual({ query, name, found: true });
          }
          expect(message).not.toMatch(/\b(Article|Quote|Person|Organization|Location|SearchResult|Speaker|QuoteConnection)\b/);
        }
      }
    }
  });

  it('treats malformed persisted-query requests as the client\'s errors', async () => {
    for (const extensions of [{ persistedQuery: 'x' }, { persistedQuery: { version: 1, sha256Hash: ['a'] } }, { persistedQuery: { version: 2, sha256Hash: 'a' } }]) {
      const response = await postJson(gateway.url, { query: '{ __typename }', extensions });
      expect({ extensions, status: response.status, codes: codesOf(response.json) }).toEqual({ extensions, status: 400, codes: ['BAD_REQUEST'] });
    }
  });

  it('refuses a subscription over HTTP with a clear error', async () => {
    const response = await gateway.gql('subscription { quoteAdded { text } }');
    expect(response.status).toBe(400);
    expect(codesOf(response)).toEqual(['BAD_REQUEST']);
    expect(response.errors![0].message).toMatch(/WebSocket/);
  });
});

describe('the rate limit counts every operation, whatever its transport', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([], { env: { NEWSGRAPH_RATE_LIMIT: '4' } });
  });
  afterAll(() => gateway.close());

  it('shares one bucket between HTTP and WebSocket, and refuses the fifth operation over WebSocket', async () => {
    for (let i = 0; i < 2; i++) expect((await gateway.gql('{ __typename }')).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await overWebSocket(gateway, '{ __typename }')).result.data).toEqual({ __typename: 'Query' });
    const refused = await overWebSocket(gateway, '{ __typename }');
    expect(codesOf(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.errors![0].message).toMatch(/at most 4 a minute/);
    expect((await gateway.gql('{ __typename }')).status).toBe(429);
  });

  it('does not believe X-Forwarded-For unless NEWSGRAPH_TRUST_PROXY says so', async () => {
    const forwarded = (address: string) => postJson(gateway.url, { query: '{ __typename }' }, { 'x-forwarded-for': address });
    // This client (127.0.0.1) has used its 4 operations above: a made-up address does not make it another.
    expect((await forwarded('203.0.113.9')).status).toBe(429);
    const trusting = await startTestGateway([], { env: { NEWSGRAPH_RATE_LIMIT: '1', NEWSGRAPH_TRUST_PROXY: 'loopback' } });
    try {
      const trustingForwarded = (address: string) => postJson(trusting.url, { query: '{ __typename }' }, { 'x-forwarded-for': address });
      expect((await trustingForwarded('203.0.113.1')).status).toBe(200);
      expect((await trustingForwarded('203.0.113.1')).status).toBe(429);
      expect((await trustingForwarded('203.0.113.2')).status).toBe(200);
    } finally {
      await trusting.close();
    }
  });
});

describe('WebSocket limits', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([], {
      config: { limits: { wsConnectionsPerClient: 16, wsSubscriptionsPerConnection: 3, wsMaxMessageBytes: 4096, wsMessagesPerSecond: 5 } },
    });
  });
  afterAll(() => gateway.close());

  it('closes connections over the per-address limit with 1008 and a reason, 500 of them at once', async () => {
    const rssBefore = process.memoryUsage().rss;
    const sockets = Array.from({ length: 500 }, () => new WebSocket(wsUrl(gateway), 'graphql-transport-ws'));
    const outcomes = await Promise.all(
      sockets.map(
        (socket) =>
          new Promise<{ code: number; reason: string } | 'open'>((resolve) => {
            const timer = setTimeout(() => resolve('open'), 2000);
            socket.once('close', (code, reason) => {
              clearTimeout(timer);
              resolve({ code, reason: String(reason) });
            });
            socket.once('error', () => undefined);
          }),
      ),
    );
    const rssPeak = process.memoryUsage().rss;
    const open = outcomes.filter((outcome) => outcome === 'open');
    const refused = outcomes.filter((outcome): outcome is { code: number; reason: string } => outcome !== 'open');
    expect(open.length).toBe(16);
    expect(refused.length).toBe(484);
    for (const { code, reason } of refused) expect({ code, reason }).toEqual({ code: 1008, reason: 'Too many WebSocket connections from one address: at most 16' });
    const health = Date.now();
    expect((await request(`${gateway.origin}/healthz`)).status).toBe(200);
    console.log(`500 WebSocket connections: /healthz in ${Date.now() - health} ms, RSS +${((rssPeak - rssBefore) / 2 ** 20).toFixed(0)} MiB`);
    await Promise.all(sockets.map((socket) => (socket.readyState === WebSocket.OPEN ? (socket.close(), closing(socket)) : undefined)));
    const again = await openSocket(gateway);
    again.close();
  });

  it('closes a connection that runs more operations at once than allowed', async () => {
    const socket = await openSocket(gateway);
    const closed = closing(socket);
    for (let id = 1; id <= 4; id++) socket.send(JSON.stringify({ id: String(id), type: 'subscribe', payload: { query: 'subscription { quoteAdded { text } }' } }));
    expect(await closed).toEqual({ code: 1008, reason: 'Too many operations at once on one connection: at most 3' });
  });

  it('closes a connection that sends a message over the size limit (1009)', async () => {
    const socket = await openSocket(gateway);
    const closed = closing(socket);
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `{ __typename ${' '.repeat(8000)}}` } }));
    expect((await closed).code).toBe(1009);
  });

  it('closes a connection that sends messages faster than allowed', async () => {
    const socket = await openSocket(gateway);
    const closed = closing(socket);
    for (let i = 0; i < 60; i++) socket.send(JSON.stringify({ type: 'ping' }));
    expect(await closed).toEqual({ code: 1008, reason: 'Too many messages: at most 5 a second' });
    expect((await request(`${gateway.origin}/healthz`)).status).toBe(200);
  });
});
