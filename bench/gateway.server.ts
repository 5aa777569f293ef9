import http from 'node:http';
import { Config, loadConfig } from '../src/config/config';
import { openDataSource } from '../src/db/data-source';
import { createServer } from '../src/server/create-server';

/**
 * The configuration the benchmark runs the gateway with: production (errors masked, no GraphiQL,
 * no introspection), silent logs, no per-client rate limit (the load generator is one client), and
 * a 120 s operation time limit instead of 10 s (at 100,000 articles Q4 takes seconds: measured
 * rather than cut off).
 * The response cache stays on (the lead's createServer has no knob for it): cold runs defeat it
 * with a unique variable per request. `database`: a SQLite file, or a postgres:// URL (DATABASE_URL).
 */
export function benchConfig(database: string): Config {
  const store = /^postgres(ql)?:\/\//.test(database) ? { DATABASE_URL: database } : { DATABASE_PATH: database };
  return loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', NEWSGRAPH_RATE_LIMIT: '0', NEWSGRAPH_TIMEOUT_MS: '120000', ...store, LOAD_SAMPLE: 'false' });
}

/** Starts the real gateway (createServer) on the database: a SQLite file or a postgres:// URL. */
export async function startGateway(database: string, port = 0): Promise<http.Server> {
  const config = benchConfig(database);
  const dataSource = await openDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
  const server = await createServer(dataSource, config);
  server.httpServer.keepAliveTimeout = 60000;
  await new Promise<void>((resolve) => server.httpServer.listen(port, '127.0.0.1', resolve));
  return server.httpServer;
}
