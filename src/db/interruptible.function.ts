import type BetterSqlite3 from 'better-sqlite3';

/**
 * Registers the SQL function `interruptible()` on a SQLite connection: it returns 1 and does
 * nothing else, but it is JavaScript, and the full-text searches call it for every row they match
 * (src/db/dialect.ts). A read thread that the pool ends while SQLite runs one of them (the
 * operation's time ran out: src/db/sqlite-read.pool.ts) stops at the next row, instead of
 * running the statement to its end: better-sqlite3 has no way to interrupt a statement, but V8
 * ends a thread whenever it runs JavaScript. Every connection that runs those searches needs it.
 */
export function registerInterruptible(db: Pick<BetterSqlite3.Database, 'function'>): void {
  db.function('interruptible', { deterministic: false }, () => 1);
}
