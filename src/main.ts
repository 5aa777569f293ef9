import 'reflect-metadata';
import type { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Config, loadConfig } from './config/config';
import { describeStore, openDataSource } from './db/data-source';
import { ingestPaths } from './services/ingest.service';
import { isStoreEmpty } from './services/article.service';
import { formatSummary } from './services/ingest-summary';
import { createServer, GRAPHQL_PATH, NewsgraphServer } from './server/create-server';

/** A port that cannot be listened on: in use, or not allowed. */
export class PortError extends Error {}

/**
 * Listens on `port`, or rejects with a PortError naming the port and the PORT variable. While it
 * tries, the server's other `error` listeners are set aside: the WebSocket server forwards a
 * listen error to graphql-ws, which would only log it and close.
 */
async function listen(httpServer: Server, port: number): Promise<void> {
  const others = httpServer.listeners('error') as ((error: Error) => void)[];
  httpServer.removeAllListeners('error');
  try {
    await new Promise<void>((resolve, reject) => {
      const failed = (error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE') reject(new PortError(`port ${port} is already in use: stop what listens there, or set PORT to a free port (PORT=${port + 1} npm start)`));
        else if (error.code === 'EACCES') reject(new PortError(`not allowed to listen on port ${port}: set PORT to a port above 1023 (PORT=4000 npm start)`));
        else reject(error);
      };
      httpServer.once('error', failed);
      httpServer.listen(port, () => {
        httpServer.off('error', failed);
        resolve();
      });
    });
  } finally {
    for (const listener of others) httpServer.on('error', listener);
  }
}

/**
 * Starts the gateway: opens (creating and migrating) the database, loads the bundled sample
 * corpus when the store is empty, and listens. Resolves with the server once it accepts requests.
 */
export async function startGateway(config: Config): Promise<NewsgraphServer & { url: string }> {
  const dataSource = await openDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
  if (config.loadSample && (await isStoreEmpty(dataSource))) {
    const summary = await ingestPaths(dataSource, [config.samplePath], { limits: config.limits });
    console.error(`loaded the sample corpus: ${formatSummary(summary)}`);
  }
  const server = await createServer(dataSource, config);
  try {
    await listen(server.httpServer, config.port);
  } catch (error) {
    await server.stop().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
  const { port } = server.httpServer.address() as AddressInfo;
  const url = `http://localhost:${port}${GRAPHQL_PATH}`;
  console.error(`newsgraph serving ${url} (database ${describeStore(config)})`);
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
    console.error(`newsgraph: ${signal}, shutting down`);
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
