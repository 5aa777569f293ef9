import type BetterSqlite3 from 'better-sqlite3';
import { registerInterruptible } from './interruptible.function';

/**
 * Sets up a read-write connection to a store file as every writer of the project needs it: the
 * WAL journal (readers beside the writer), foreign keys on, a 5 s busy timeout, NORMAL sync, and
 * the `interruptible()` function the searches call. The DataSource's connection and the write
 * thread's (src/services/article-write.worker.ts) both go through it.
 */
export function prepareSqliteConnection(db: BetterSqlite3.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  registerInterruptible(db);
}
