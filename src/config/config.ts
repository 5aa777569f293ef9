import path from 'node:path';

/** Everything the gateway reads from its environment, with defaults. */
export interface Config {
  /** HTTP port (`PORT`, default 4000). */
  port: number;
  /** SQLite database file (`DATABASE_PATH`, default data/newsgraph.sqlite); ":memory:" is allowed. */
  databasePath: string;
  /** Sample articles loaded into an empty database on first start (`SAMPLE_PATH`, default data/). */
  samplePath: string;
  /** Load the sample corpus into an empty database at start-up (`LOAD_SAMPLE`, default true). */
  loadSample: boolean;
}

const projectRoot = path.resolve(__dirname, '..', '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '');

/** Reads the configuration from `env` (process.env by default); the only code that reads the environment. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`);
  }
  return {
    port,
    databasePath: env.DATABASE_PATH || path.join(projectRoot, 'data', 'newsgraph.sqlite'),
    samplePath: env.SAMPLE_PATH || path.join(projectRoot, 'data'),
    loadSample: !['0', 'false', 'no'].includes((env.LOAD_SAMPLE ?? '').toLowerCase()),
  };
}
