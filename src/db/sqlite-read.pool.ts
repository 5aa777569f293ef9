import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import { DataSource, QueryFailedError } from 'typeorm';
import { driverStatement, isPostgres, sqliteFileOf, sqlRows } from './dialect';
import type { ReadTask } from './sqlite-read.worker';

/**
 * The compiled worker script: beside this file in dist/; when the code runs from its TypeScript
 * sources (Jest), the one the build put in dist/ (it imports nothing of ours), if built.
 */
const WORKER_SCRIPT = [path.join(__dirname, 'sqlite-read.worker.js'), path.resolve(__dirname, '../../dist/src/db/sqlite-read.worker.js')].find((file) =>
  fs.existsSync(file),
);

/**
 * Threads that run reads: two at least (one heavy search does not hold up every other), the cores
 * at most four. A thread holds little but its SQLite connections' page caches.
 */
const THREADS = Math.max(2, Math.min(4, availableParallelism()));

/** A thread idle this long (ms) ends, past the first. */
const IDLE_MS = 30_000;

let pool: Piscina<ReadTask, unknown[]> | undefined;

/** The SQLite file reads of `dataSource` can go to a worker for; null when they cannot (PostgreSQL, ":memory:", no worker script). */
function workerDatabase(dataSource: DataSource): string | null {
  return WORKER_SCRIPT ? sqliteFileOf(dataSource) : null;
}

/**
 * The rows of a read (`?` placeholders bound to a list, or `:name` ones to a record), as `sqlRows` gives them, read
 * without holding the event loop: on SQLite, on a worker thread of a kept pool (piscina), each
 * holding a read-only connection to the same file; on PostgreSQL, through `sqlRows` (its driver is
 * asynchronous already); an in-memory SQLite store cannot be shared with a thread and is read on
 * this one. When `signal` aborts, the promise rejects at once with the signal's reason: a read
 * waiting for a thread is dropped, and a running one's thread is ended (piscina starts another;
 * see interruptible.function.ts for how the statement stops); on PostgreSQL the statement is
 * cancelled in the database.
 */
export async function readRowsOffThread<T>(
  dataSource: DataSource,
  query: string,
  parameters: unknown[] | Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T[]> {
  signal?.throwIfAborted();
  if (isPostgres(dataSource)) return signal ? cancellablePostgresRead<T>(dataSource, query, parameters, signal) : sqlRows<T>(dataSource, query, parameters);
  const databasePath = workerDatabase(dataSource);
  if (databasePath === null) return sqlRows<T>(dataSource, query, parameters);
  pool ??= new Piscina<ReadTask, unknown[]>({ filename: WORKER_SCRIPT, minThreads: 1, maxThreads: THREADS, idleTimeout: IDLE_MS });
  const [sql, values] = driverStatement(dataSource, query, parameters);
  // As TypeORM's better-sqlite3 runner: booleans bound as 0 and 1, the statement shown to the DataSource's logger.
  const bound = values.map((value) => (typeof value === 'boolean' ? Number(value) : value));
  dataSource.logger.logQuery(sql, bound);
  try {
    return (await pool.run({ databasePath, sql, parameters: bound }, { signal })) as T[];
  } catch (error) {
    signal?.throwIfAborted();
    dataSource.logger.logQueryError(error as Error, sql, bound);
    throw new QueryFailedError(sql, bound, error as Error);
  }
}

/**
 * A PostgreSQL read that `signal` stops on the server too: it runs on a connection of its own whose
 * backend is cancelled (`pg_cancel_backend`) when the signal aborts, so a search past its time does
 * not go on running in the database; the promise then rejects with the signal's reason.
 */
async function cancellablePostgresRead<T>(dataSource: DataSource, query: string, parameters: unknown[] | Record<string, unknown>, signal: AbortSignal): Promise<T[]> {
  const runner = dataSource.createQueryRunner();
  try {
    // The connection's backend, as PostgreSQL announced it when the connection opened (pg keeps it to cancel with).
    const { processID: pid } = (await runner.connect()) as { processID: number };
    const cancel = () => void sqlRows(dataSource, 'SELECT pg_cancel_backend(?)', [pid]).catch(() => undefined);
    signal.addEventListener('abort', cancel, { once: true });
    try {
      signal.throwIfAborted();
      return await sqlRows<T>(runner.manager, query, parameters);
    } catch (error) {
      signal.throwIfAborted();
      throw error;
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  } finally {
    await runner.release();
  }
}
