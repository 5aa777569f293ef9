import fs from 'node:fs';
import path from 'node:path';
import { Piscina } from 'piscina';
import { DataSource } from 'typeorm';
import { sqliteFileOf } from '../db/dialect';
import type { ArticleAnnotations, ParsedArticle } from '../ingestion/annotations';
import type { StoreResult } from './article-rows.plan';

/** One article for the write thread to store in the SQLite file at `databasePath`. */
export interface StoreTask {
  databasePath: string;
  parsed: ParsedArticle;
  annotations: ArticleAnnotations;
}

/** What the write thread answers: the stored article's result, or its error's message and code. */
export type StoreReply = { ok: true; result: StoreResult } | { ok: false; message: string; code?: string };

/** The compiled worker script; absent when the code runs from TypeScript sources (Jest). */
const WORKER_SCRIPT = path.join(__dirname, 'article-write.worker.js');

/** A thread idle this long (ms) ends; the next write starts another. */
const IDLE_MS = 30_000;

let pool: Piscina<StoreTask, StoreReply> | undefined;

/** The SQLite file an article of `dataSource` can be written to from a thread; null when it cannot (PostgreSQL, ":memory:", no compiled worker). */
function workerDatabase(dataSource: DataSource): string | null {
  return fs.existsSync(WORKER_SCRIPT) ? sqliteFileOf(dataSource) : null;
}

/**
 * Stores one article in `dataSource`'s SQLite file on a thread of its own (one thread, piscina;
 * SQLite takes one writer at a time anyway), so that a large article's thousands of rows do not
 * hold the event loop; the store's WAL lets the DataSource's connection read meanwhile, and SQLite's
 * lock orders it with the other writers. Resolves with the result, or null when the article
 * cannot be written from a thread (see `workerDatabase`): the caller writes it on its own
 * connection then. When `signal` aborts, the thread is ended: its open transaction is never
 * committed, nothing of the article stored, and the promise rejects with the signal's reason.
 * A failed write rejects with an Error carrying the store's message and code (SQLITE_BUSY...).
 */
export async function storeArticleOffThread(
  dataSource: DataSource,
  parsed: ParsedArticle,
  annotations: ArticleAnnotations,
  signal?: AbortSignal,
): Promise<StoreResult | null> {
  const databasePath = workerDatabase(dataSource);
  if (databasePath === null) return null;
  pool ??= new Piscina<StoreTask, StoreReply>({ filename: WORKER_SCRIPT, minThreads: 0, maxThreads: 1, idleTimeout: IDLE_MS });
  let reply: StoreReply;
  try {
    reply = await pool.run({ databasePath, parsed, annotations }, { signal });
  } catch (error) {
    signal?.throwIfAborted();
    throw error;
  }
  if (reply.ok) return reply.result;
  throw Object.assign(new Error(reply.message), { code: reply.code });
}
