import path from 'node:path';

/** Query limits enforced by graphql-armor and Apollo. */
export interface Limits {
  /** Deepest selection nesting (`NEWSGRAPH_MAX_DEPTH`, default 12). */
  maxDepth: number;
  /** Aliases in one operation (`NEWSGRAPH_MAX_ALIASES`, default 15). */
  maxAliases: number;
  /** Directives in one operation (`NEWSGRAPH_MAX_DIRECTIVES`, default 20). */
  maxDirectives: number;
  /**
   * Estimated cost of one operation (graphql-armor: objects and fields, nested page sizes multiplied
   * in; two nested pages of 100 with a dozen fields cost about 2 million) (`NEWSGRAPH_MAX_COST`, default 3000000).
   */
  maxCost: number;
  /** Tokens in one document (`NEWSGRAPH_MAX_TOKENS`, default 4000). */
  maxTokens: number;
  /** Milliseconds one operation may run before its remaining fields fail (`NEWSGRAPH_TIMEOUT_MS`, default 10000). */
  timeoutMs: number;
  /** Operations per minute per client, by API key else by address, over every transport (`NEWSGRAPH_RATE_LIMIT`, default 600; 0 turns it off). */
  ratePerMinute: number;
  /** Bytes of one response's JSON; a larger answer is replaced by a RESPONSE_TOO_LARGE error (`NEWSGRAPH_MAX_RESPONSE_BYTES`, default 8388608 = 8 MiB). */
  maxResponseBytes: number;
  /** Terms (words, "phrases", prefixes) in one full-text search (`NEWSGRAPH_MAX_SEARCH_TERMS`, default 32). */
  maxSearchTerms: number;
  /** UTF-8 bytes of one article (title, dek, body and the rest of its record) at ingest, by API or CLI (`NEWSGRAPH_MAX_ARTICLE_BYTES`, default 1048576 = 1 MiB). */
  maxArticleBytes: number;
  /** Quotes found in one article before it is refused as not news (`NEWSGRAPH_MAX_QUOTES_PER_ARTICLE`, default 1000). */
  maxQuotesPerArticle: number;
  /** Open WebSocket connections per client address (`NEWSGRAPH_WS_MAX_CONNECTIONS`, default 16). */
  wsConnectionsPerClient: number;
  /** Operations (subscriptions, queries) running at once on one WebSocket connection (`NEWSGRAPH_WS_MAX_SUBSCRIPTIONS`, default 20). */
  wsSubscriptionsPerConnection: number;
  /** Bytes of one WebSocket message (`NEWSGRAPH_WS_MAX_MESSAGE_BYTES`, default 65536). */
  wsMaxMessageBytes: number;
  /** Messages a second one WebSocket connection may send, averaged over 10 s (`NEWSGRAPH_WS_MESSAGES_PER_SECOND`, default 20). */
  wsMessagesPerSecond: number;
}

/** Which proxies' X-Forwarded-For to believe, as Express's `trust proxy` setting takes it: false (none), true (any), a hop count, or addresses/subnets/`loopback`. */
export type TrustProxy = boolean | number | string;

/** Everything the gateway reads from its environment, with defaults. */
export interface Config {
  /** HTTP port (`PORT`, default 4000). */
  port: number;
  /** SQLite database file (`DATABASE_PATH`, default data/newsgraph.sqlite); ":memory:" is allowed. Unused when `databaseUrl` is set. */
  databasePath: string;
  /**
   * PostgreSQL connection URL (`DATABASE_URL`, `postgres://user:password@host:5432/db`); when set,
   * the store is that PostgreSQL database instead of the SQLite file (see docs/POSTGRES.md).
   */
  databaseUrl: string | null;
  /** Sample articles loaded into an empty database on first start (`SAMPLE_PATH`, default data/). */
  samplePath: string;
  /** Load the sample corpus into an empty database at start-up (`LOAD_SAMPLE`, default true). */
  loadSample: boolean;
  /** `NODE_ENV=production`: introspection, GraphiQL and suggestions off, errors masked. */
  production: boolean;
  /** Schema introspection (`NEWSGRAPH_INTROSPECTION`; default on, off in production). */
  introspection: boolean;
  /** The GraphiQL page (`NEWSGRAPH_GRAPHIQL`; default on, off in production). */
  graphiql: boolean;
  /** API keys that may write, and read when reads need a key (`NEWSGRAPH_API_KEYS`, comma-separated). */
  apiKeys: string[];
  /** Reads need an API key too (`NEWSGRAPH_REQUIRE_KEY_FOR_READS=true`). */
  requireKeyForReads: boolean;
  /** Only the operations of examples/operations run (`NEWSGRAPH_SAFELIST=true`). */
  safelist: boolean;
  /** The response cache (`NEWSGRAPH_RESPONSE_CACHE`, default true; benchmarks turn it off to measure cold reads). */
  responseCache: boolean;
  /** Serve as an Apollo Federation subgraph (`NEWSGRAPH_FEDERATION=true`). */
  federation: boolean;
  /** pino log level (`LOG_LEVEL`, default info; "silent" for none). */
  logLevel: string;
  /**
   * Proxies whose X-Forwarded-For gives the client's address (`NEWSGRAPH_TRUST_PROXY`, default
   * false: the address is the socket's). Express's values: `true`, a hop count such as `1`, or
   * comma-separated addresses and subnets (`loopback`, `10.0.0.0/8`, `uniquelocal`...).
   */
  trustProxy: TrustProxy;
  limits: Limits;
}

const projectRoot = path.resolve(__dirname, '..', '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '');

/** The project's root folder (where package.json is), from the source or the compiled code. */
export function projectPath(...parts: string[]): string {
  return path.join(projectRoot, ...parts);
}

/** Checks `DATABASE_URL`: empty means none; otherwise a postgres:// or postgresql:// URL. */
function databaseUrl(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('DATABASE_URL must be a URL such as postgres://user:password@localhost:5432/newsgraph');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new Error(`DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//..."`);
  }
  return value;
}

/** Reads `NEWSGRAPH_TRUST_PROXY`: true/false, a hop count, else a list of addresses and subnets (checked by Express when set). */
function trustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || ['0', 'false', 'no', 'off'].includes(text.toLowerCase())) return false;
  if (['true', 'yes', 'on'].includes(text.toLowerCase())) return true;
  if (/^[1-9][0-9]{0,2}$/.test(text)) return Number(text);
  if (!/^[\w.:/, -]+$/.test(text)) throw new Error(`NEWSGRAPH_TRUST_PROXY must be true, false, a hop count or addresses and subnets, got "${text}"`);
  return text;
}

/** Reads the configuration from `env` (process.env by default); the only code that reads the environment. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const flag = (name: string, fallback: boolean): boolean => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
    if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
    throw new Error(`${name} must be true or false, got "${value}"`);
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer between ${min} and ${max}, got "${value}"`);
    return n;
  };
  const production = env.NODE_ENV === 'production';
  return {
    port: integer('PORT', 4000, 0, 65535),
    databasePath: env.DATABASE_PATH || projectPath('data', 'newsgraph.sqlite'),
    databaseUrl: databaseUrl(env.DATABASE_URL),
    samplePath: env.SAMPLE_PATH || projectPath('data'),
    loadSample: flag('LOAD_SAMPLE', true),
    production,
    introspection: flag('NEWSGRAPH_INTROSPECTION', !production),
    graphiql: flag('NEWSGRAPH_GRAPHIQL', !production),
    apiKeys: (env.NEWSGRAPH_API_KEYS ?? '').split(',').map((key) => key.trim()).filter(Boolean),
    requireKeyForReads: flag('NEWSGRAPH_REQUIRE_KEY_FOR_READS', false),
    safelist: flag('NEWSGRAPH_SAFELIST', false),
    responseCache: flag('NEWSGRAPH_RESPONSE_CACHE', true),
    federation: flag('NEWSGRAPH_FEDERATION', false),
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: trustProxy(env.NEWSGRAPH_TRUST_PROXY),
    limits: {
      maxDepth: integer('NEWSGRAPH_MAX_DEPTH', 12, 1, 1000),
      maxAliases: integer('NEWSGRAPH_MAX_ALIASES', 15, 0, 10000),
      maxDirectives: integer('NEWSGRAPH_MAX_DIRECTIVES', 20, 0, 10000),
      maxCost: integer('NEWSGRAPH_MAX_COST', 3_000_000, 1, 1e12),
      maxTokens: integer('NEWSGRAPH_MAX_TOKENS', 4000, 10, 1e7),
      timeoutMs: integer('NEWSGRAPH_TIMEOUT_MS', 10000, 1, 3600000),
      ratePerMinute: integer('NEWSGRAPH_RATE_LIMIT', 600, 0, 1e9),
      maxResponseBytes: integer('NEWSGRAPH_MAX_RESPONSE_BYTES', 8 * 1024 * 1024, 1024, 2 ** 31),
      maxSearchTerms: integer('NEWSGRAPH_MAX_SEARCH_TERMS', 32, 1, 10000),
      maxArticleBytes: integer('NEWSGRAPH_MAX_ARTICLE_BYTES', 1024 * 1024, 1024, 2 ** 30),
      maxQuotesPerArticle: integer('NEWSGRAPH_MAX_QUOTES_PER_ARTICLE', 1000, 1, 1e7),
      wsConnectionsPerClient: integer('NEWSGRAPH_WS_MAX_CONNECTIONS', 16, 1, 1e6),
      wsSubscriptionsPerConnection: integer('NEWSGRAPH_WS_MAX_SUBSCRIPTIONS', 20, 1, 1e6),
      wsMaxMessageBytes: integer('NEWSGRAPH_WS_MAX_MESSAGE_BYTES', 64 * 1024, 256, 2 ** 30),
      wsMessagesPerSecond: integer('NEWSGRAPH_WS_MESSAGES_PER_SECOND', 20, 1, 1e6),
    },
  };
}
