import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import pg from 'pg';
import Cursor from 'pg-cursor';
import { DataSource } from 'typeorm';
import { driverStatement, isPostgres, sqliteConnection } from './dialect';

/** Rows a PostgreSQL cursor fetches per round trip. */
const CURSOR_BATCH = 500;

/** Milliseconds a SQLite stream reads rows for before it lets the event loop run. */
const SLICE_MS = 10;

/** Rows a stream reads ahead of its consumer (its object-mode highWaterMark). */
const ROWS_AHEAD = 256;

/** Options of a row stream. */
export interface RowStreamOptions {
  /**
   * 'array': each row an array of its values in the order of the SELECT list (no object a row
   * with a property a column: SQLite reads such rows in about half the time). Default: objects
   * keyed by column name.
   */
  rowMode?: 'array';
  /** PostgreSQL: the `application_name` of the stream's connection (pg_stat_activity shows it). */
  applicationName?: string;
}

/**
 * The rows of one SELECT as an object-mode Readable, one row a read (an object, or an array with
 * `rowMode: 'array'`), from a cursor on a read-only connection of the stream's own (never the
 * whole result in memory).
 *
 * - `sql` is written as `sqlRows` takes it: `?` placeholders, `parameters` an array bound in
 *   order; or with TypeORM's named placeholders (`:p0`, as `compileQuoteFilter` writes them),
 *   `parameters` then an object.
 * - Resolves once the cursor is open, so a store that cannot be reached or SQL it refuses rejects
 *   here, before any row; a failure while reading errors the stream.
 * - Backpressure: rows are fetched only as fast as the consumer reads them (ROWS_AHEAD read
 *   ahead; on PostgreSQL, CURSOR_BATCH a round trip).
 * - One consistent snapshot. SQLite file: a read-only better-sqlite3 connection of its own, iterated
 *   with `.iterate()` (WAL: writers go on; an open iterator on the DataSource's connection would
 *   make it refuse every write). SQLite ":memory:": the DataSource's own connection, which has the
 *   only copy of the data. PostgreSQL: a pg client of its own, pg-cursor inside a READ ONLY
 *   REPEATABLE READ transaction, so the DataSource's pool stays free.
 * - The cursor and its connection are released however the stream ends: read to the end, an
 *   error, or `destroy()` (what `pipeline` does when the consumer goes away).
 */
export async function streamRows(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[] | Record<string, unknown> = [],
  options: RowStreamOptions = {},
): Promise<Readable> {
  const [native, values] = driverStatement(dataSource, sql, parameters);
  return isPostgres(dataSource) ? postgresRows(dataSource, native, values, options) : sqliteRows(dataSource, native, values, options);
}

/**
 * The rows of a synchronous cursor, letting the event loop run (other requests, socket I/O) after
 * every SLICE_MS of reading: a consumer whose writes complete at once (a fast client on a socket
 * that never fills) would otherwise pull every row in one stretch of the event loop.
 */
async function* inSlices<T>(rows: Iterator<T>): AsyncGenerator<T> {
  let sliceStart = performance.now();
  for (let next = rows.next(); !next.done; next = rows.next()) {
    yield next.value;
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}

/** A better-sqlite3 `.iterate()` cursor (see streamRows), released when the stream closes. */
function sqliteRows(dataSource: DataSource, sql: string, values: unknown[], options: RowStreamOptions): Readable {
  const shared = sqliteConnection(dataSource);
  const own = shared.memory ? null : new Database(shared.name, { readonly: true, fileMustExist: true });
  let rows: IterableIterator<unknown>;
  try {
    own?.pragma('busy_timeout = 5000');
    rows = (own ?? shared)
      .prepare(sql)
      .raw(options.rowMode === 'array')
      .iterate(...values);
  } catch (error) {
    own?.close();
    throw error;
  }
  const stream = Readable.from(inSlices(rows), { objectMode: true, highWaterMark: ROWS_AHEAD });
  // 'close' follows the end, an error and destroy() alike; Readable.from has then called the
  // iterator's return() (which resets the statement) unless the rows ran out.
  stream.once('close', () => {
    rows.return?.();
    own?.close();
  });
  return stream;
}

/** A pg-cursor on a connection of its own in a read-only REPEATABLE READ transaction (see streamRows). */
async function postgresRows(dataSource: DataSource, sql: string, values: unknown[], options: RowStreamOptions): Promise<Readable> {
  const client = new pg.Client({ connectionString: (dataSource.options as { url?: string }).url, application_name: options.applicationName });
  client.on('error', () => undefined); // a broken connection surfaces through the next read
  let cursor: Cursor<unknown>;
  try {
    await client.connect();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    cursor = client.query(new Cursor(sql, values, { rowMode: options.rowMode }));
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  async function* batches(): AsyncGenerator<unknown> {
    for (;;) {
      const batch = await cursor.read(CURSOR_BATCH);
      if (batch.length === 0) return;
      yield* batch;
    }
  }
  const stream = Readable.from(batches(), { objectMode: true, highWaterMark: ROWS_AHEAD });
  stream.once('close', () => {
    // Ending the session ends its transaction and cursor too; closing the cursor first lets a
    // healthy connection finish cleanly.
    void cursor
      .close()
      .catch(() => undefined)
      .then(() => client.end())
      .catch(() => undefined);
  });
  return stream;
}
