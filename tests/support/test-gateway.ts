import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AddressInfo } from 'node:net';
import { DataSource, Logger } from 'typeorm';
import { openDataSource } from '../../src/db/data-source';
import { ingestPaths, IngestSummary } from '../../src/ingestion/pipeline';
import { createServer, NewsgraphServer } from '../../src/server/create-server';

/** Where the shared corpus lives beside the repository, when it is there. */
export const corpusDir = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');

/** The bundled sample corpus. */
export const sampleDir = path.resolve(__dirname, '..', '..', 'data');

/** A logger that counts the SQL statements it sees. */
export class CountingLogger implements Logger {
  count = 0;
  logQuery(): void {
    this.count++;
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
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** A real gateway on a fresh temporary SQLite file, listening on a free port. */
export interface TestGateway {
  url: string;
  dataSource: DataSource;
  logger: CountingLogger;
  dir: string;
  ingest(paths: string[]): Promise<IngestSummary>;
  /** POSTs a GraphQL operation over HTTP. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Starts a gateway on a new temporary database and ingests `paths` into it. */
export async function startTestGateway(paths: string[] = [sampleDir]): Promise<TestGateway> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-test-'));
  const logger = new CountingLogger();
  const dataSource = await openDataSource({ databasePath: path.join(dir, 'test.sqlite'), logger });
  const ingest = (more: string[]) => ingestPaths(dataSource, more);
  if (paths.length > 0) await ingest(paths);
  const server: NewsgraphServer = await createServer(dataSource);
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
  return {
    url,
    dataSource,
    logger,
    dir,
    ingest,
    async gql(query, variables) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await server.stop();
      await dataSource.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
