import type BetterSqlite3 from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { ArticleAnnotations, ParsedArticle } from '../ingestion/annotations';
import { refreshPlannerStatistics, STATISTICS_MIN_ARTICLES } from '../db/data-source';
import { sqliteConnection } from '../db/dialect';
import { BatchItem, BatchOutcome, SqliteArticleWriter } from './article-batch.store';
import { articleRows, StoreResult } from './article-rows.plan';
import { storeArticleOffThread } from './article-write.pool';
import { retryWhileBusy } from './busy-retry';
import { markDataChanged } from './data-version';
import { PostgresArticleWriter } from './postgres-article.store';
import { publishQuotesAdded } from './quote-events';
import { WritePlan } from './write-plan';

export { contentHash } from './article-rows.plan';
export type { StoreResult } from './article-rows.plan';
export type { BatchItem, BatchOutcome } from './article-batch.store';

/**
 * Stores one parsed article and its annotations in a single transaction: the article, its
 * entities (merged with stored ones of the same type and name), mentions and quotes
 * (article-rows.plan.ts says which rows), run by `runWritePlan`. Idempotent: an article whose
 * body hash or url is already stored is left alone (status `duplicate`). On any error nothing of
 * the article is written. A stored article marks the data as changed (response caches key on it)
 * and announces its quotes to live subscribers; on SQLite it counts toward refreshing the
 * planner's statistics. On a SQLite file (from the compiled code) the transaction runs on the
 * write thread (`storeArticleOffThread`), so the event loop stays free; when `signal` aborts
 * before it commits, nothing is stored and the call rejects with the signal's reason.
 */
export async function storeArticle(
  dataSource: DataSource,
  parsed: ParsedArticle,
  annotations: ArticleAnnotations,
  signal?: AbortSignal,
): Promise<StoreResult> {
  const result =
    (await storeArticleOffThread(dataSource, parsed, annotations, signal)) ??
    (await runWritePlan(dataSource, articleRows(parsed, annotations), (stored) => stored.status === 'stored'));
  announce(dataSource, [result]);
  const writer = sqliteWriterOf(dataSource);
  if (writer && result.status === 'stored') await refreshStatisticsAsItGrows(dataSource, writer.db, 1);
  return result;
}

/**
 * Runs one write plan (write-plan.ts) in a transaction of its own: on SQLite through the
 * connection's prepared statements (article-batch.store.ts); on PostgreSQL through a pool
 * connection's named prepared statements (postgres-article.store.ts), where writers take turns
 * (the `data_version` row is locked first, and bumped when `changed` says the result changed
 * data), so two gateway instances writing the same article or entity at once cannot collide. On
 * any error nothing of the plan is written. Does not announce anything: the caller knows what its
 * plan did.
 */
export async function runWritePlan<T>(dataSource: DataSource, plan: WritePlan<T>, changed: (result: T) => boolean): Promise<T> {
  const writer = sqliteWriterOf(dataSource);
  if (writer) {
    await connectionFree(writer.db);
    return writer.write(plan);
  }
  return postgresWriterOf(dataSource).write(plan, changed);
}

/**
 * Stores articles in order, as `storeArticle` would one by one, but in one transaction for the
 * lot, written as one plan, and again one by one, each article in a savepoint of its own, when
 * that fails (SqliteArticleWriter.storeBatch, PostgresArticleWriter.storeBatch), waiting its turn
 * while another connection holds the write lock. An article that fails is answered with its error and leaves nothing; the others are
 * stored. Marks the data changed and announces the quotes once committed. Throws only when the
 * batch as a whole could not be written (nothing of it is, then).
 */
export async function storeArticles(dataSource: DataSource, items: BatchItem[]): Promise<BatchOutcome[]> {
  if (items.length === 0) return [];
  const writer = sqliteWriterOf(dataSource);
  const outcomes = writer
    ? await retryWhileBusy(async () => {
        await connectionFree(writer.db);
        return writer.storeBatch(items);
      })
    : await postgresWriterOf(dataSource).storeBatch(items);
  announce(dataSource, outcomes.flatMap((outcome) => (outcome.ok ? [outcome.result] : [])));
  if (writer) await refreshStatisticsAsItGrows(dataSource, writer.db, items.length);
  return outcomes;
}

/** Articles a connection has stored in batches, and the count at which its statistics are next refreshed. */
const growth = new WeakMap<BetterSqlite3.Database, { stored: number; refreshAt: number }>();

/**
 * Refreshes SQLite's planner statistics (`PRAGMA optimize`) each time a connection has doubled the
 * articles it stored (from STATISTICS_MIN_ARTICLES on). Statistics taken while the store was
 * small would tell the planner its tables hold a handful of rows, and it would then scan where it
 * should seek, above all in FTS5's own range DELETE on its `_data` table, which every full-text
 * segment merge runs: measured, 20 articles/s against 716 with the statistics refreshed, on a
 * store of 60,000 articles. Cheap when nothing grew much (SQLite re-analyses only tables whose
 * size changed tenfold).
 */
async function refreshStatisticsAsItGrows(dataSource: DataSource, db: BetterSqlite3.Database, stored: number): Promise<void> {
  const state = growth.get(db) ?? { stored: 0, refreshAt: STATISTICS_MIN_ARTICLES };
  growth.set(db, state);
  state.stored += stored;
  if (state.stored < state.refreshAt) return;
  state.refreshAt = state.stored * 2;
  try {
    await connectionFree(db);
    await refreshPlannerStatistics(dataSource);
  } catch {
    // Only an optimization (another writer may hold the lock ANALYZE needs): the next doubling tries again.
  }
}

/** After a commit: the data version moves and live subscribers hear of the new quotes. */
function announce(dataSource: DataSource, results: StoreResult[]): void {
  const stored = results.filter((result) => result.status === 'stored');
  if (stored.length === 0) return;
  markDataChanged(dataSource);
  publishQuotesAdded(dataSource, stored.flatMap((result) => result.quoteIds));
}

const writers = new WeakMap<BetterSqlite3.Database, SqliteArticleWriter>();

/** The SQLite writer of the data source's connection (one per connection), or null on PostgreSQL. */
function sqliteWriterOf(dataSource: DataSource): SqliteArticleWriter | null {
  if (dataSource.options.type !== 'better-sqlite3') return null;
  const db = sqliteConnection(dataSource);
  let writer = writers.get(db);
  if (!writer) {
    writer = new SqliteArticleWriter(db);
    writers.set(db, writer);
  }
  return writer;
}

const postgresWriters = new WeakMap<DataSource, PostgresArticleWriter>();

/** The PostgreSQL writer of a data source (one per data source: its statement names are shared by its pool's connections). */
function postgresWriterOf(dataSource: DataSource): PostgresArticleWriter {
  let writer = postgresWriters.get(dataSource);
  if (!writer) {
    writer = new PostgresArticleWriter(dataSource);
    postgresWriters.set(dataSource, writer);
  }
  return writer;
}

/**
 * Waits until no ORM transaction is open on the shared SQLite connection (a `deleteArticle`
 * between two of its awaits), so that a synchronous write never lands inside someone else's
 * transaction.
 */
async function connectionFree(db: BetterSqlite3.Database): Promise<void> {
  while (db.inTransaction) await new Promise((resolve) => setTimeout(resolve, 1));
}
