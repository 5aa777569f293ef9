import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * The store the integration tests run against: SQLite files by default, PostgreSQL when
 * `TEST_DATABASE_URL` is set (postgres://user:password@host:port/db of a role that may create
 * databases; .ci/run sets it for its second run). Each test gateway then gets a scratch database
 * of its own, dropped when it closes.
 */
export const testDatabaseUrl: string | null = process.env.TEST_DATABASE_URL || null;

export type TestStoreKind = 'sqlite' | 'postgres';

/** Which store this run uses. */
export const testStore: TestStoreKind = testDatabaseUrl ? 'postgres' : 'sqlite';

/** A fresh, empty database for one test: where it is, the environment that points the gateway at it, and how to remove it. */
export interface ScratchStore {
  kind: TestStoreKind;
  /** A temporary folder of the test's own (the SQLite file lives there; tests write fixtures there). */
  dir: string;
  /** The SQLite file (on PostgreSQL, a path in `dir` that nothing creates). */
  databasePath: string;
  /** The PostgreSQL URL of the scratch database; null on SQLite. */
  databaseUrl: string | null;
  /** `DATABASE_PATH` and, on PostgreSQL, `DATABASE_URL`: what `loadConfig` needs to open this store. */
  env: { DATABASE_PATH: string; DATABASE_URL?: string };
  /** Removes the folder and drops the scratch database (idempotent). */
  drop(): Promise<void>;
}

/** Runs `work` with a client connected to TEST_DATABASE_URL (the maintenance database). */
async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl!, application_name: 'newsgraph tests' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates a temporary folder and, on PostgreSQL, a database `newsgraph_test_<random>`. */
export async function createScratchStore(prefix = 'newsgraph-test-'): Promise<ScratchStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const databasePath = path.join(dir, 'test.sqlite');
  if (!testDatabaseUrl) {
    return {
      kind: 'sqlite',
      dir,
      databasePath,
      databaseUrl: null,
      env: { DATABASE_PATH: databasePath },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `newsgraph_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    kind: 'postgres',
    dir,
    databasePath,
    databaseUrl: url.toString(),
    env: { DATABASE_PATH: databasePath, DATABASE_URL: url.toString() },
    async drop() {
      fs.rmSync(dir, { recursive: true, force: true });
      if (dropped) return;
      dropped = true;
      // A connection a failed test left open must not keep the database alive: end this role's
      // sessions on it, then DROP (which itself stops an autovacuum worker there and waits for
      // ended sessions to go). Not `WITH (FORCE)`: that refuses outright when an autovacuum worker
      // is in the database, because the test role may not signal it.
      await withAdmin(async (client) => {
        await client.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = $1 AND usename = current_user AND pid <> pg_backend_pid()`,
          [name],
        );
        await client.query(`DROP DATABASE IF EXISTS "${name}"`);
      });
    },
  };
}

/** `describe` on SQLite; on PostgreSQL skipped, with the reason in its name. */
export function describeOnSqlite(name: string, reason: string, body: () => void): void {
  if (testStore === 'sqlite') describe(name, body);
  else describe.skip(`${name} [skipped on PostgreSQL: ${reason}]`, body);
}

/** `it` on SQLite; on PostgreSQL skipped, with the reason in its name. */
export function itOnSqlite(name: string, reason: string, body: () => Promise<unknown> | void, timeout?: number): void {
  if (testStore === 'sqlite') it(name, body as jest.ProvidesCallback, timeout);
  else it.skip(`${name} [skipped on PostgreSQL: ${reason}]`, body as jest.ProvidesCallback, timeout);
}

/** `it` on PostgreSQL only (the twin of an `itOnSqlite` test); skipped on SQLite, with the reason in its name. */
export function itOnPostgres(name: string, reason: string, body: () => Promise<unknown> | void, timeout?: number): void {
  if (testStore === 'postgres') it(name, body as jest.ProvidesCallback, timeout);
  else it.skip(`${name} [PostgreSQL only: ${reason}]`, body as jest.ProvidesCallback, timeout);
}

/** The value for this run's store: lets a test say "this SQL on SQLite, that on PostgreSQL". */
export function onStore<T>(values: Record<TestStoreKind, T>): T {
  return values[testStore];
}
