import Database from 'better-sqlite3';
import { registerInterruptible } from './interruptible.function';

/** What a read worker is given: the SQLite file, and the SQL to run on it with its `?` parameters. */
export interface ReadTask {
  databasePath: string;
  sql: string;
  parameters: unknown[];
}

/** Connections a worker keeps open at once (one per store file; tests open many stores). */
const MAX_CONNECTIONS = 4;

/** This thread's read-only connections, by file, the most recently used last. */
const connections = new Map<string, Database.Database>();

/** Prepared statements a connection keeps (a search's page statement takes 1.4 ms to prepare). */
const MAX_STATEMENTS = 64;

/** Each connection's prepared statements, by SQL text, the most recently used last. */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** `sql` prepared on `db`: kept from an earlier read of the same text, or prepared now (the least recently used dropped past MAX_STATEMENTS). */
function statement(db: Database.Database, sql: string): Database.Statement {
  let kept = statements.get(db);
  if (!kept) statements.set(db, (kept = new Map()));
  let prepared = kept.get(sql);
  if (prepared) {
    kept.delete(sql);
  } else {
    prepared = db.prepare(sql);
    const oldest = kept.keys().next();
    if (kept.size >= MAX_STATEMENTS && !oldest.done) kept.delete(oldest.value);
  }
  kept.set(sql, prepared);
  return prepared;
}

/** This thread's read-only connection to `databasePath`, opened on first use (the oldest closed past MAX_CONNECTIONS). */
function connection(databasePath: string): Database.Database {
  let db = connections.get(databasePath);
  if (db) {
    connections.delete(databasePath);
  } else {
    db = new Database(databasePath, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    registerInterruptible(db);
    const oldest = connections.keys().next();
    if (connections.size >= MAX_CONNECTIONS && !oldest.done) {
      connections.get(oldest.value)?.close();
      connections.delete(oldest.value);
    }
  }
  connections.set(databasePath, db);
  return db;
}

/**
 * Runs one read on a worker thread (src/db/sqlite-read.pool.ts) and returns its rows as the main
 * thread's connection would, through a statement prepared once per connection and SQL text. The connection is read-only: the store is in WAL mode, so it reads the
 * last committed state beside the main thread's writer.
 */
export default function read({ databasePath, sql, parameters }: ReadTask): unknown[] {
  return statement(connection(databasePath), sql).all(parameters);
}
