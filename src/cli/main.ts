#!/usr/bin/env node
/**
 * The `newsgraph` command (package.json `bin`): one subcommand per job. Standard output carries
 * only a command's data (export rows, a synthetic corpus, the evaluation report, help); logs,
 * progress and summaries go to standard error. Each subcommand is loaded when it runs, so
 * `newsgraph --help` and the commands that never touch the store do not load it.
 */
import 'reflect-metadata';
import type { Config } from '../config/config';
import { parseCommandArgs } from './command-args';

/** One subcommand: a line for the overview, and its run (resolves with the exit code, or null while it serves). */
interface Command {
  summary: string;
  run(args: string[], config: () => Config): Promise<number | null>;
}

const ENVIRONMENT = `environment: DATABASE_PATH (default data/newsgraph.sqlite), DATABASE_URL (postgres://...: PostgreSQL instead of SQLite), PORT (default 4000)`;

const commands: Record<string, Command> = {
  ingest: {
    summary: 'ingest .txt page text, .json, .jsonl and .html files, or folders of them',
    async run(args, config) {
      // A large input's annotation worker loads its word lists while the rest of ingest loads.
      (await import('./ingest.warm-up')).warmUpAnnotationFor(args.filter((arg) => !arg.startsWith('-')));
      const { ingestCommand, ingestUsage } = await import('./ingest.command');
      const parsed = parseCommandArgs('ingest', args, {}, ingestUsage, true);
      return typeof parsed === 'number' ? parsed : ingestCommand(parsed.positionals, config());
    },
  },
  export: {
    summary: 'stream the quotes that match a filter, as NDJSON or CSV (newsgraph export --help for the filters)',
    async run(args, config) {
      const { exportCommand } = await import('./export.command');
      return exportCommand(args, config());
    },
  },
  migrate: {
    summary: 'create the database or apply pending migrations',
    async run(args, config) {
      const parsed = parseCommandArgs('migrate', args, {}, `usage: newsgraph migrate\n  creates the database or applies its pending migrations\n${ENVIRONMENT}`);
      if (typeof parsed === 'number') return parsed;
      const { describeStore, openDataSource } = await import('../db/data-source');
      const { databasePath, databaseUrl } = config();
      const dataSource = await openDataSource({ databasePath, databaseUrl });
      await dataSource.destroy();
      console.error(`database ${describeStore(config())} is up to date`);
      return 0;
    },
  },
  serve: {
    summary: 'serve GraphQL and GraphiQL on http://localhost:$PORT/graphql (what npm start runs)',
    async run(args, config) {
      const parsed = parseCommandArgs(
        'serve',
        args,
        { port: { type: 'string', short: 'p' } },
        `usage: newsgraph serve [--port N]\n  serves GraphQL (HTTP and WebSocket) and GraphiQL on http://localhost:PORT/graphql; --port overrides PORT\n${ENVIRONMENT}`,
      );
      if (typeof parsed === 'number') return parsed;
      const settings = config();
      if (parsed.values.port !== undefined) {
        const port = Number(parsed.values.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          console.error(`newsgraph serve: --port must be a port number, got "${parsed.values.port}"`);
          return 2;
        }
        settings.port = port;
      }
      const { exitOnSignals, startGateway } = await import('../main');
      exitOnSignals(await startGateway(settings));
      return null;
    },
  },
  eval: {
    summary: 'score quote extraction and attribution on a PolNeAR-format JSONL file',
    async run(args) {
      const { evalQuotesCommand } = await import('./eval-quotes.command');
      return evalQuotesCommand(args);
    },
  },
  'eval-entities': {
    summary: 'score entity finding and linking on a GUM-format JSONL file (--errors N lists the errors by kind)',
    async run(args) {
      const { evalEntitiesCommand } = await import('./eval-entities.command');
      return evalEntitiesCommand(args);
    },
  },
  synth: {
    summary: 'write a deterministic synthetic corpus (JSONL) for benchmarks',
    async run(args) {
      const { corpusSynthCommand } = await import('./corpus-synth.command');
      return corpusSynthCommand(args);
    },
  },
};

export const usage = `newsgraph: a GraphQL gateway for quotes and entities in news

usage: newsgraph COMMAND [OPTIONS]   (newsgraph COMMAND --help for a command's options)

commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(13)} ${command.summary}`)
  .join('\n')}

${ENVIRONMENT}`;

/** Runs `newsgraph ARGS`; resolves with the exit code, or null when the command keeps running (serve). */
export async function main(argv: string[]): Promise<number | null> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    console.error(`newsgraph: unknown command "${name}"\n\n${usage}`);
    return 2;
  }
  let config: Config | undefined;
  const { loadConfig } = await import('../config/config');
  return command.run(args, () => (config ??= loadConfig()));
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    // Exit once standard output has taken everything written to it (a pipe is written asynchronously).
    (code) => {
      if (code !== null) process.stdout.write('', () => process.exit(code));
    },
    (error: Error) => {
      console.error(`newsgraph: ${error.message}`);
      process.stdout.write('', () => process.exit(1));
    },
  );
}
