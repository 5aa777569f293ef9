#!/usr/bin/env node
import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { describeStore, openDataSource } from '../db/data-source';
import { exitOnSignals, startGateway } from '../main';
import { exportCommand } from './export.command';
import { ingestCommand } from './ingest.command';

const usage = `newsgraph: a GraphQL gateway for quotes and entities in news

usage:
  newsgraph ingest PATH...   ingest .txt page text, .json, .jsonl and .html files, or folders of them
  newsgraph migrate          create the database or apply pending migrations
  newsgraph serve            serve GraphQL and GraphiQL on http://localhost:$PORT/graphql
  newsgraph export [--format ndjson|csv] [--out FILE] [--speaker S] [--about A]... [--about-scope SCOPE] [--text T] [--from D] [--to D]
                             stream the matching quotes to standard output or FILE (newsgraph export --help for all filters)

environment: DATABASE_PATH (default data/newsgraph.sqlite), DATABASE_URL (postgres://...: PostgreSQL instead of SQLite), PORT (default 4000)`;

/** Runs one CLI command and resolves with its exit code. */
async function run([command, ...args]: string[]): Promise<number> {
  const config = loadConfig();
  switch (command) {
    case 'ingest':
      return ingestCommand(args, config);
    case 'migrate': {
      const dataSource = await openDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
      await dataSource.destroy();
      console.log(`database ${describeStore(config)} is up to date`);
      return 0;
    }
    case 'export':
      return exportCommand(args, config);
    case 'serve':
      exitOnSignals(await startGateway(config));
      return -1;
    default:
      console.error(usage);
      return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: Error) => {
    console.error(`newsgraph: ${error.message}`);
    process.exit(1);
  },
);
