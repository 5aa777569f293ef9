import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import { Config, loadConfig } from './config/config';
import { describeStore, openDataSource } from './db/data-source';
import { ingestPaths } from './services/ingest.service';
import { isStoreEmpty } from './services/article.service';
import { formatSummary } from './services/ingest-summary';
import { createServer, GRAPHQL_PATH, NewsgraphServer } from './server/create-server';

/**
 * Starts the gateway: opens (creating and migrating) the database, loads the bundled sample
 * corpus when the store is empty, and listens. Resolves with the server once it accepts requests.
 */
export async function startGateway(config: Config): Promise<NewsgraphServer & { url: string }> {
  const dataSource = await openDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
  if (config.loadSample && (await isStoreEmpty(dataSource))) {
    const summary = await ingestPaths(dataSource, [config.samplePath]);
    console.log(`loaded the sample corpus: ${formatSummary(summary)}`);
  }
  const server = await createServer(dataSource, config);
  await new Promise<void>((resolve) => server.httpServer.listen(config.port, resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  const url = `http://localhost:${port}${GRAPHQL_PATH}`;
  console.log(`newsgraph serving ${url} (database ${describeStore(config)})`);
  return {
    ...server,
    url,
    async stop() {
      await server.stop();
      await dataSource.destroy();
    },
  };
}

/** Milliseconds a shutdown may take before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * On SIGTERM or SIGINT: stop taking requests, let those in flight finish, close the database and
 * exit 0; exit 1 if that takes longer than SHUTDOWN_GRACE_MS.
 */
export function exitOnSignals(gateway: { stop(): Promise<void> }): void {
  const shutdown = (signal: string) => {
    console.log(`newsgraph: ${signal}, shutting down`);
    setTimeout(() => {
      console.error(`newsgraph: shutdown took longer than ${SHUTDOWN_GRACE_MS} ms`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    gateway.stop().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`newsgraph: shutdown failed: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

if (require.main === module) {
  startGateway(loadConfig()).then(
    exitOnSignals,
    (error: Error) => {
      console.error(`newsgraph could not start: ${error.message}`);
      process.exit(1);
    },
  );
}
