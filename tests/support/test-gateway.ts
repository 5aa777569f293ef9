import path from 'node:path';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { DataSource, Logger } from 'typeorm';
import { Config, loadConfig } from '../../src/config/config';
import { openDataSource } from '../../src/db/data-source';
import { sqlRows } from '../../src/db/dialect';
import { ingestPaths, IngestSummary } from '../../src/services/ingest.service';
import { createServer, NewsgraphServer } from '../../src/server/create-server';
import { createScratchStore, TestStoreKind } from './test-store';

export { describeOnSqlite, itOnPostgres, itOnSqlite, onStore, testStore } from './test-store';

/** Where the shared corpus lives beside the repository, when it is there. */
export const corpusDir = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');

/** The bundled sample corpus. */
export const sampleDir = path.resolve(__dirname, '..', '..', 'data');

/** A logger that counts the SQL statements it sees, and keeps the last 1,000. */
export class CountingLogger implements Logger {
  count = 0;
  statements: string[] = [];
  logQuery(sql: string): void {
    this.count++;
    this.statements.push(sql);
    if (this.statements.length > 1000) this.statements.shift();
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** A GraphQL response as a client sees it. */
export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string; [key: string]: unknown } }>;
  extensions?: Record<string, any>;
}

/** How `startTestGateway` configures the server. */
export interface TestGatewayOptions {
  /** Environment for `loadConfig` (LOG_LEVEL defaults to silent, or debug when `captureLog`). */
  env?: NodeJS.ProcessEnv;
  /** Overrides applied to the loaded configuration (`limits` merged field by field). */
  config?: Partial<Omit<Config, 'limits'>> & { limits?: Partial<Config['limits']> };
  /** Keep the server's pino log lines in `gateway.logLines` (parsed JSON). */
  captureLog?: boolean;
}

/**
 * A real gateway on a fresh temporary database, listening on a free port: a SQLite file, or a
 * scratch PostgreSQL database when TEST_DATABASE_URL is set (see test-store.ts).
 */
export interface TestGateway {
  url: string;
  /** http://127.0.0.1:PORT (no path). */
  origin: string;
  dataSource: DataSource;
  logger: CountingLogger;
  dir: string;
  /** Which store it runs on. */
  store: TestStoreKind;
  /** The SQLite file (on PostgreSQL, a path nothing creates). */
  databasePath: string;
  /** The scratch PostgreSQL database's URL; null on SQLite. */
  databaseUrl: string | null;
  /** What `loadConfig` needs to open the same store (DATABASE_PATH, and DATABASE_URL on PostgreSQL): for the CLI commands. */
  storeEnv: { DATABASE_PATH: string; DATABASE_URL?: string };
  /** Runs raw SQL written with `?` placeholders on the gateway's store (either dialect) and returns its rows. */
  sql<T = Record<string, any>>(query: string, parameters?: unknown[]): Promise<T[]>;
  /** The configuration the server runs with. */
  config: Config;
  server: NewsgraphServer;
  /** The server's log lines, when started with `captureLog`. */
  logLines: Array<Record<string, any>>;
  ingest(paths: string[]): Promise<IngestSummary>;
  /** POSTs a GraphQL operation over HTTP (with `headers` added, such as an Authorization). */
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Starts a gateway on a new temporary database and ingests `paths` into it. */
export async function startTestGateway(paths: string[] = [sampleDir], options: TestGatewayOptions = {}): Promise<TestGateway> {
  const store = await createScratchStore();
  const { dir, databasePath, databaseUrl } = store;
  const logger = new CountingLogger();
  let dataSource: DataSource;
  try {
    dataSource = await openDataSource({ databasePath, databaseUrl, logger });
  } catch (error) {
    await store.drop();
    throw error;
  }
  const ingest = (more: string[]) => ingestPaths(dataSource, more);
  let loaded: Config;
  try {
    if (paths.length > 0) await ingest(paths);
    loaded = loadConfig({ LOG_LEVEL: options.captureLog ? 'debug' : 'silent', ...options.env, ...store.env });
  } catch (error) {
    // A bad configuration a test asks for: leave no connection or scratch database behind.
    await dataSource.destroy();
    await store.drop();
    throw error;
  }
  const { limits, ...overrides } = options.config ?? {};
  const config: Config = { ...loaded, ...overrides, limits: { ...loaded.limits, ...limits } };
  const logLines: Array<Record<string, any>> = [];
  let pending = '';
  const logDestination = new Writable({
    write(chunk, _encoding, callback) {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (line.trim()) logLines.push(JSON.parse(line));
      callback();
    },
  });
  const server: NewsgraphServer = await createServer(dataSource, config, options.captureLog ? { logDestination } : {});
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  const url = `${origin}/graphql`;
  return {
    url,
    origin,
    dataSource,
    logger,
    dir,
    store: store.kind,
    databasePath,
    databaseUrl,
    storeEnv: store.env,
    sql: (query, parameters = []) => sqlRows(dataSource, query, parameters),
    config,
    server,
    logLines,
    ingest,
    async gql(query, variables, headers = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await server.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
      await store.drop();
    },
  };
}
