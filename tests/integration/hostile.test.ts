import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import fc from 'fast-check';
import {
  getNamedType,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import WebSocket from 'ws';
import { createSchema } from '../../src/graphql/schema';
import { request } from '../support/http';
import { sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';

/**
 * Hostile input, generated and mutated by fast-check, over real HTTP and a real graphql-ws
 * socket: queries walked from the schema with random arguments, cookbook operations mangled,
 * random variables, random ingestArticle inputs, random raw bodies and headers, random WebSocket
 * operations and messages, large and deeply nested inputs (filters a thousand levels deep,
 * thousands of list items and search terms, bodies of 100 KB, 20,000 nested brackets). Every HTTP
 * answer must be a client error or a success, never a 5xx, always JSON; a socket is never closed
 * for a server error, and no operation answers INTERNAL_SERVER_ERROR; the server must keep
 * answering afterwards. Each property
 * runs MIN_RUNS cases, then more for a few seconds (numRuns is a ceiling): a slow or busy machine
 * runs fewer cases, never too few, and no count depends on the machine's speed.
 */
const KEY = 'hostile-key';
const fixtures = path.resolve(__dirname, '..', 'fixtures', 'articles.jsonl');
const operationsDir = path.resolve(__dirname, '..', '..', 'examples', 'operations');
const cookbook = fs
  .readdirSync(operationsDir)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => fs.readFileSync(path.join(operationsDir, file), 'utf8'));

let gateway: TestGateway;
let schema: GraphQLSchema;
const counts: Record<string, number> = {};

/** The worst event-loop delay while the properties run (the server runs in this process; its start-up ingest aside). */
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
let worstDelayMs = 0;
beforeEach(() => {
  loopDelay.reset();
  loopDelay.enable();
});
const delays: Record<string, number> = {};
afterEach(() => {
  loopDelay.disable();
  worstDelayMs = Math.max(worstDelayMs, loopDelay.max / 1e6);
  delays[expect.getState().currentTestName ?? '?'] = Math.round(loopDelay.max / 1e6);
});

beforeAll(async () => {
  // No rate limits: the properties send thousands of operations from one address, on one socket.
  gateway = await startTestGateway([sampleDir, fixtures], {
    env: { NEWSGRAPH_API_KEYS: KEY },
    config: { limits: { ratePerMinute: 0, wsMessagesPerSecond: 1_000_000 } },
  });
  schema = await createSchema();
});
afterAll(() => gateway.close());

/** Sends `init` to the endpoint and checks the answer: not 5xx, and JSON when it says so. */
async function sendAndCheck(init: RequestInit, url = gateway.url): Promise<number> {
  const response = await request(url, init);
  if (response.status >= 500) throw new Error(`HTTP ${response.status}: ${response.text.slice(0, 500)}`);
  if (init.method !== 'HEAD' && (response.headers.get('content-type') ?? '').includes('json') && response.json === undefined) {
    throw new Error(`not JSON: ${response.text.slice(0, 200)}`);
  }
  return response.status;
}

/** Percent-encodes the UTF-8 of `text` (a lone surrogate becomes U+FFFD, as a browser would send it). */
const percentEncode = (text: string) => [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

const postGraphQL = (body: unknown, headers: Record<string, string> = {}) =>
  sendAndCheck({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** Cases every property runs, however slow the machine: the time budget only adds to them. */
const MIN_RUNS = 30;

/**
 * Runs a property for MIN_RUNS cases, then for more, up to `numRuns`, until `ms` have passed;
 * records how many ran; fails with fast-check's report.
 */
async function check<T>(name: string, property: fc.IAsyncProperty<T>, ms: number, numRuns = 5_000): Promise<void> {
  for (const options of [{ numRuns: MIN_RUNS }, { numRuns: numRuns - MIN_RUNS, interruptAfterTimeLimit: ms }]) {
    const details = await fc.check(property, options);
    counts[name] = (counts[name] ?? 0) + details.numRuns;
    if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
  }
  // Still there, still answering.
  expect((await gateway.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
}

/** What came back for one operation over graphql-ws: its `next` payloads, and its `error` payload if any. */
interface WsAnswer {
  next: any[];
  error?: any;
}

/**
 * One graphql-ws connection (graphql-transport-ws, acknowledged) that runs operations one after
 * another, and remembers how the server closed it, if it did.
 */
class WsSession {
  private readonly waiting = new Map<string, { answer: WsAnswer; done: (answer: WsAnswer) => void }>();
  private nextId = 0;
  closed: { code: number; reason: string } | null = null;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      const entry = this.waiting.get(message.id);
      if (!entry) return;
      if (message.type === 'next') entry.answer.next.push(message.payload);
      if (message.type === 'error') entry.answer.error = message.payload;
      if (message.type === 'error' || message.type === 'complete') {
        this.waiting.delete(message.id);
        entry.done(entry.answer);
      }
    });
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
      for (const { answer, done } of this.waiting.values()) done(answer);
      this.waiting.clear();
    });
  }

  static async open(url: string, key?: string): Promise<WsSession> {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: key ? { authorization: `Bearer ${key}` } : {} })));
      socket.once('message', () => resolve());
      socket.once('error', reject);
    });
    return new WsSession(socket);
  }

  /** Runs one operation (a query or mutation: it completes) and resolves with what came back; rejects after 10 s without an end. */
  run(payload: Record<string, unknown>): Promise<WsAnswer> {
    const id = String(++this.nextId);
    return new Promise<WsAnswer>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer in 10 s to ${JSON.stringify(payload).slice(0, 300)}`)), 10_000);
      const done = (answer: WsAnswer) => {
        clearTimeout(timer);
        resolve(answer);
      };
      this.waiting.set(id, { answer: { next: [] }, done });
      this.socket.send(JSON.stringify({ id, type: 'subscribe', payload }));
    });
  }

  /** Sends any text as a message. */
  sendRaw(text: string): void {
    this.socket.send(text);
  }

  close(): void {
    this.socket.close();
  }
}

/**
 * Runs `payload` over `session` and checks the answer: no error is the server's own, and the
 * socket stays open unless the message broke the protocol (a payload that is not
 * { query: string, variables?: object... }: graphql-ws closes with 4400 Bad Request).
 */
async function runAndCheck(session: WsSession, payload: Record<string, unknown>): Promise<void> {
  const answer = await session.run(payload);
  if (session.closed && session.closed.code !== 4400) throw new Error(`socket closed: ${JSON.stringify(session.closed)}`);
  const errors = [...(Array.isArray(answer.error) ? answer.error : []), ...answer.next.flatMap((result) => result.errors ?? [])];
  const internal = errors.filter((error) => error?.extensions?.code === 'INTERNAL_SERVER_ERROR');
  if (internal.length > 0) throw new Error(`internal error: ${JSON.stringify(internal[0])}`);
}

/** Strings a client might send: ordinary, unicode, control characters, GraphQL punctuation, SQL and FTS syntax. */
const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '"', '\\', '\u0000', '\uFFFF', '\uD800', '*', '"unbalanced', 'NEAR(a b)', 'a OR', "'; DROP TABLE article; --", '%', '_', 'Kiev', 'Stoltenberg', 'ukraine*', '🏃'.repeat(20)),
);

/** A value written in GraphQL syntax for an input type: mostly of that type, sometimes not. */
function literalFor(g: fc.GeneratorValue, type: GraphQLInputType, depth: number): string {
  if (g(fc.nat, { max: 19 }) === 0) return g(fc.constantFrom, 'null', '1', '"x"', '[]', '{}', 'true', 'ENUM_NOT_THERE', '$undeclared', '1.5e400');
  if (isNonNullType(type)) return literalFor(g, type.ofType, depth);
  if (isListType(type)) {
    const n = g(fc.nat, { max: 3 });
    return `[${Array.from({ length: n }, () => literalFor(g, type.ofType, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) return g(fc.constantFrom, ...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    if (depth > 3) return '{}';
    const fields = Object.values(type.getFields()).filter(() => g(fc.nat, { max: 3 }) === 0);
    return `{ ${fields.map((f) => `${f.name}: ${literalFor(g, f.type, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return String(g(() => fc.oneof(fc.integer({ min: -3, max: 120 }), fc.integer(), fc.constant(2 ** 31))));
      case 'Float':
        return String(g(fc.double, { noNaN: true, noDefaultInfinity: true }));
      case 'Boolean':
        return String(g(fc.boolean));
      case 'ID':
        return JSON.stringify(g(() => fc.oneof(nastyString, fc.constantFrom('QXJ0aWNsZTox', 'UGVyc29uOjU', 'UXVvdGU6MQ', 'Tm9wZTox', 'QXJ0aWNsZTotMQ'))));
      default:
        return JSON.stringify(g(() => fc.oneof(nastyString, fc.constantFrom('2024-01-01', '2024-13-45', '0000-00-00'))));
    }
  }
  return 'null';
}

/** A selection set on `type`, walked from the schema, up to `maxDepth` deep. */
function selectionFor(g: fc.GeneratorValue, type: GraphQLNamedType, depth: number, maxDepth: number): string {
  if (isUnionType(type) || isInterfaceType(type)) {
    const members = isUnionType(type) ? type.getTypes() : schema.getPossibleTypes(type);
    const picked = members.filter(() => g(fc.boolean));
    const own = isInterfaceType(type) ? selectionOfFields(g, type, depth, maxDepth) : '';
    return `__typename ${own} ${picked.map((m) => `... on ${m.name} { ${selectionFor(g, m, depth, maxDepth)} }`).join(' ')}`;
  }
  return isObjectType(type) ? selectionOfFields(g, type, depth, maxDepth) : '__typename';
}

function selectionOfFields(g: fc.GeneratorValue, type: GraphQLNamedType, depth: number, maxDepth: number): string {
  if (!isObjectType(type) && !isInterfaceType(type)) return '__typename';
  const fields = Object.values(type.getFields());
  const n = g(fc.integer, { min: 1, max: 4 });
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const field = fields[g(fc.nat, { max: fields.length - 1 })];
    const named = getNamedType(field.type);
    const args = field.args.filter(() => g(fc.nat, { max: 2 }) === 0).map((arg) => `${arg.name}: ${literalFor(g, arg.type, 0)}`);
    const alias = g(fc.nat, { max: 9 }) === 0 ? `a${i}: ` : '';
    const call = `${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
    if (isScalarType(named) || isEnumType(named)) parts.push(call);
    else if (depth < maxDepth) parts.push(`${call} { ${selectionFor(g, named, depth + 1, maxDepth)} }`);
  }
  return parts.length ? parts.join(' ') : '__typename';
}

/** A random mutation of a text: delete, insert, duplicate or replace a piece. */
const mutation = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'duplicate', 'replaceNumber', 'swap'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 30 }),
  insert: fc.oneof(fc.constantFrom('{', '}', '(', ')', '[', ']', ':', '$', '@', '!', '...', '"', '#', '\n', ',', '@include(if: $x)', 'first: 100', '__schema { types { name } }', 'on Person', 'fragment F on Query { __typename }'), nastyString),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, steps: Mutation[]): string {
  let out = text;
  for (const { kind, at, length, insert } of steps) {
    const i = Math.floor(at * out.length);
    if (kind === 'delete') out = out.slice(0, i) + out.slice(i + length);
    else if (kind === 'insert') out = out.slice(0, i) + insert + out.slice(i);
    else if (kind === 'duplicate') out = out.slice(0, i + length) + out.slice(i, i + length) + out.slice(i + length);
    else if (kind === 'replaceNumber') out = out.replace(/\d+/, String(length * 7919));
    else out = out.slice(0, i) + out.slice(i + 1, i + 2) + out.slice(i, i + 1) + out.slice(i + 2);
  }
  return out;
}

describe('hostile input', () => {
  const walkedQuery = () => fc.gen().map((g) => `{ ${selectionFor(g, schema.getQueryType()!, 0, g(fc.integer, { min: 1, max: 7 }))} }`);

  it('answers queries walked from the schema with random arguments without a 5xx', async () => {
    await check('schema-walked queries', fc.asyncProperty(walkedQuery(), async (q) => void (await postGraphQL({ query: q }))), 5_000);
  }, 30_000);

  it('answers the same hostile operations over graphql-ws: the socket stays open, no internal error', async () => {
    let session = await WsSession.open(gateway.url, KEY);
    try {
      const mangled = fc.tuple(fc.constantFrom(...cookbook), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([text, steps]) => mutate(text, steps));
      const operation = fc.oneof(
        walkedQuery().map((query) => ({ query })),
        mangled.map((query) => ({ query })),
        fc.record({ query: fc.constantFrom(...cookbook), variables: fc.jsonValue({ maxDepth: 3 }) }),
        fc.record({ query: fc.jsonValue({ maxDepth: 1 }), variables: fc.jsonValue({ maxDepth: 2 }), operationName: fc.jsonValue({ maxDepth: 1 }), extensions: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }),
      );
      await check(
        'graphql-ws operations',
        fc.asyncProperty(operation, async (payload) => {
          if (session.closed) session = await WsSession.open(gateway.url, KEY);
          await runAndCheck(session, payload as Record<string, unknown>);
        }),
        4_000,
      );
    } finally {
      session.close();
    }
  }, 30_000);

  it('closes a socket that sends malformed messages with a client code, and keeps serving others', async () => {
    const message = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.record({ type: fc.constantFrom('subscribe', 'complete', 'ping', 'pong', 'connection_init', 'next', 'error', 'nope'), id: fc.jsonValue({ maxDepth: 1 }), payload: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: ['type'] }).map((v) => JSON.stringify(v)),
    );
    await check(
      'raw graphql-ws messages',
      fc.asyncProperty(message, async (text) => {
        const session = await WsSession.open(gateway.url);
        session.sendRaw(text);
        await session.run({ query: '{ __typename }' });
        session.close();
        // Closed by the server for a bad message: a 44xx protocol code (or 1008/1009 for limits), never 4500.
        if (session.closed && session.closed.code === 4500) throw new Error(`internal error closing the socket: ${text}`);
      }),
      3_000,
      300,
    );
  }, 30_000);

  it('answers large and deeply nested inputs with a client error or an answer, never a 5xx', async () => {
    const nestedFilter = fc.integer({ min: 1, max: 1000 }).map((depth) => {
      let filter: Record<string, unknown> = { speaker: 'NATO' };
      for (let i = 0; i < depth; i++) filter = i % 3 === 0 ? { not: filter } : { [i % 3 === 1 ? 'and' : 'or']: [filter, { about: ['Ukraine'] }] };
      return filter;
    });
    const bigList = fc.integer({ min: 0, max: 5000 }).map((n) => Array.from({ length: n }, (_, i) => `Name ${i}`));
    const manyTerms = fc.integer({ min: 1, max: 20_000 }).map((n) => Array.from({ length: n }, (_, i) => (i % 5 === 0 ? `"p${i} q${i}"` : `w${i}*`)).join(' '));
    const bigString = fc.integer({ min: 0, max: 600_000 }).map((n) => 'ä('.repeat(Math.ceil(n / 2)));
    const bigBody = fc.integer({ min: 0, max: 100_000 }).map((n) => '“Words,” said Jens Stoltenberg. '.repeat(Math.ceil(n / 34)));
    const nestedBrackets = fc.integer({ min: 100, max: 20_000 }).map((n) => `{ quotes(filter: { about: ${'['.repeat(n)}${']'.repeat(n)} }) { totalCount } }`);
    const request = fc.oneof(
      nestedFilter.map((f) => ({ query: 'query Q($f: QuoteFilter) { quotes(filter: $f) { totalCount } }', variables: { f: f } })),
      bigList.map((about) => ({ query: 'query Q($a: [String!]) { quotes(filter: { aboutAny: $a }) { totalCount } }', variables: { a: about } })),
      manyTerms.map((q) => ({ query: 'query S($q: String!) { search(query: $q) { totalCount } }', variables: { q } })),
      bigString.map((q) => ({ query: 'query E($q: String!) { entities(query: $q) { name } }', variables: { q } })),
      bigBody.map((body) => ({ query: 'mutation I($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }', variables: { input: { title: 'Big', body } } })),
      nestedBrackets.map((query) => ({ query })),
    );
    await check(
      'large and nested inputs',
      fc.asyncProperty(request, async (body) => void (await postGraphQL(body, { authorization: `Bearer ${KEY}` }))),
      4_000,
      200,
    );
  }, 120_000);

  it('answers mangled cookbook operations without a 5xx', async () => {
    const mangled = fc.tuple(fc.constantFrom(...cookbook), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([text, steps]) => mutate(text, steps));
    await check(
      'mutated operations',
      fc.asyncProperty(mangled, fc.boolean(), async (q, asGet) => {
        if (asGet && q.length < 4000) {
          await sendAndCheck({ headers: { 'apollo-require-preflight': 'true' } }, `${gateway.url}?query=${percentEncode(q)}`);
        } else await postGraphQL({ query: q });
      }),
      3_000,
    );
  }, 30_000);

  it('answers random variables without a 5xx', async () => {
    const operations = [
      'query Q($first: Int, $after: String, $last: Int, $before: String, $filter: QuoteFilter, $orderBy: QuoteOrder) { quotes(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { totalCount edges { cursor node { text } } } }',
      'query A($filter: ArticleFilter, $first: Int) { articles(filter: $filter, first: $first) { totalCount edges { node { title } } } }',
      'query N($id: ID!) { node(id: $id) { id __typename } }',
      'query S($query: String!, $types: [SearchType!], $first: Int) { search(query: $query, types: $types, first: $first) { totalCount edges { snippet } } }',
      'query E($query: String!, $first: Int) { entities(query: $query, first: $first) { name } }',
      'query T($filter: QuoteFilter, $groupBy: QuoteStatGroup!) { quoteStats(filter: $filter, groupBy: $groupBy) { key count } }',
    ];
    const names = ['first', 'after', 'last', 'before', 'filter', 'orderBy', 'id', 'query', 'types', 'groupBy'];
    const filterish = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 2 }),
        nastyString,
        fc.integer(),
        fc.record({ speaker: nastyString, about: fc.array(nastyString, { maxLength: 3 }), text: nastyString }, { requiredKeys: [] }),
        fc.record({ and: fc.array(tie('value'), { maxLength: 3 }), or: fc.array(tie('value'), { maxLength: 3 }), not: tie('value') }, { requiredKeys: [] }),
      ),
    })).value;
    const variables = fc.oneof(fc.dictionary(fc.constantFrom(...names), filterish, { maxKeys: 6 }), fc.jsonValue({ maxDepth: 3 }));
    await check(
      'random variables',
      fc.asyncProperty(fc.constantFrom(...operations), variables, async (query, vars) => void (await postGraphQL({ query, variables: vars }))),
      3_000,
    );
  }, 30_000);

  it('answers random ingestArticle inputs without a 5xx, with and without a key', async () => {
    const sentence = fc.oneof(
      nastyString,
      fc.tuple(nastyString, fc.constantFrom('said', 'told reporters', 'added', 'warned'), fc.constantFrom('Jens Stoltenberg', 'he', 'she', 'NATO', 'the minister', 'Anna Varga')).map(([q, cue, who]) => `“${q},” ${cue} ${who}.`),
      fc.constantFrom('“Unclosed quote', '”Backwards“', '"Straight quotes," said Bob.', '\n\n\n', '« Guillemets », a dit Marie.'),
    );
    const body = fc.array(sentence, { minLength: 0, maxLength: 12 }).map((parts) => parts.join(' '));
    const input = fc.oneof(
      { weight: 4, arbitrary: fc.record({ title: nastyString, body, url: fc.option(fc.oneof(fc.webUrl(), nastyString)), publishedAt: fc.option(fc.oneof(fc.constantFrom('2024-02-29', '2023-02-29', '2024-01-01T10:00:00Z'), nastyString)), source: fc.option(nastyString) }, { requiredKeys: ['title', 'body'] }) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    );
    const INGEST = 'mutation I($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id quotes { totalCount edges { node { text span { start end } } } } } } }';
    await check(
      'ingestArticle inputs',
      fc.asyncProperty(input, fc.nat({ max: 9 }), async (value, keyless) => {
        await postGraphQL({ query: INGEST, variables: { input: value } }, keyless === 0 ? {} : { authorization: `Bearer ${KEY}` });
      }),
      5_000,
    );
    // What went in is consistent: every quote's span points at its text in its article's body
    // (JavaScript offsets: UTF-16 code units, as the API documents them).
    const rows: Array<{ body: string; text: string; start: number; end: number }> = await gateway.dataSource.query(
      'SELECT a.body, q.text, q.start, q."end" FROM quote q JOIN article a ON a.id = q.article_id',
    );
    expect(rows.filter((row) => row.body.slice(row.start, row.end) !== row.text)).toEqual([]);
  }, 30_000);

  it('answers random raw bodies, content types and methods without a 5xx', async () => {
    const rawBody = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.record({ query: fc.jsonValue({ maxDepth: 1 }), variables: fc.jsonValue({ maxDepth: 1 }), operationName: fc.jsonValue({ maxDepth: 1 }), extensions: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
      fc.constantFrom('{"query": "{ __typename }"', '[]', '[{}]', 'null', '{"query": null}', '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": 5}}}', '\u0000', '{"__proto__": {"query": 1}}'),
    );
    const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'application/graphql', 'application/graphql-response+json', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', '', 'application/json; charset=utf-16');
    const method = fc.constantFrom('POST', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD');
    await check(
      'raw requests',
      fc.asyncProperty(rawBody, contentType, method, fc.boolean(), async (body, type, verb, preflight) => {
        const headers: Record<string, string> = preflight ? { 'apollo-require-preflight': 'true' } : {};
        if (type) headers['content-type'] = type;
        const withBody = verb !== 'GET' && verb !== 'HEAD';
        const url = withBody ? gateway.url : `${gateway.url}?query=${percentEncode(body)}&variables=${percentEncode(body)}&extensions=${body.length % 2 ? '%E0%A4%A' : percentEncode(body)}`;
        await sendAndCheck({ method: verb, headers, body: withBody ? body : undefined }, url);
      }),
      3_000,
    );
  }, 30_000);

  afterAll(async () => {
    const ready = await request(`${gateway.origin}/readyz`);
    expect(ready.status).toBe(200);
    // For the record (npx jest --verbose shows it): how many cases each property ran.
    process.stdout.write(`hostile.test.ts cases: ${JSON.stringify(counts)}; worst event-loop delay ${worstDelayMs.toFixed(0)} ms ${JSON.stringify(delays)}\n`);
  });
});
