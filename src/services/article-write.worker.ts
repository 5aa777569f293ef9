import Database from 'better-sqlite3';
import { prepareSqliteConnection } from '../db/sqlite-connection';
import { SqliteArticleWriter } from './article-batch.store';
import type { StoreTask, StoreReply } from './article-write.pool';
import { articleRows } from './article-rows.plan';

/** This thread's writer per database file (a read-write connection of its own, opened on first use). */
const writers = new Map<string, SqliteArticleWriter>();

function writerFor(databasePath: string): SqliteArticleWriter {
  let writer = writers.get(databasePath);
  if (!writer) {
    const db = new Database(databasePath, { fileMustExist: true });
    prepareSqliteConnection(db);
    writer = new SqliteArticleWriter(db);
    writers.set(databasePath, writer);
  }
  return writer;
}

/**
 * The task of the article write pool's thread (piscina runs this file's default export): stores
 * one article with its annotations in one transaction on this thread's connection to the file,
 * as `storeArticle` does on the DataSource's. An error comes back as its message and code (an
 * Error's own `code`, such as SQLITE_BUSY, would not survive the thread boundary), nothing of the
 * article written.
 */
export default function storeTask({ databasePath, parsed, annotations }: StoreTask): StoreReply {
  try {
    return { ok: true, result: writerFor(databasePath).write(articleRows(parsed, annotations)) };
  } catch (error) {
    const { message, code } = error as { message?: string; code?: unknown };
    return { ok: false, message: String(message ?? error), code: typeof code === 'string' ? code : undefined };
  }
}
