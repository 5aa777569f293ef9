import type BetterSqlite3 from 'better-sqlite3';
import type { ArticleAnnotations, ParsedArticle } from '../ingestion/annotations';
import { articleRows, articlesRows, StoreResult } from './article-rows.plan';
import { isBusy } from './busy-retry';
import { SqlStep, StepRow, WritePlan } from './write-plan';

/** One article to store, with its annotations. */
export interface BatchItem {
  parsed: ParsedArticle;
  annotations: ArticleAnnotations;
}

/** What became of one article of a batch: its result, or the error that left nothing of it. */
export type BatchOutcome = { ok: true; result: StoreResult } | { ok: false; error: Error };

/**
 * Runs the write plans of article-rows.plan.ts on a better-sqlite3 connection, synchronously,
 * through prepared statements cached by SQL text: no ORM, no per-row promise. Holds no state
 * about the data between calls (every lookup is an indexed query inside the transaction), so
 * other writers of the same file (a server beside a `newsgraph ingest`) are never contradicted.
 * Knows nothing of data-version bumps and quote events: the caller announces what it committed.
 */
export class SqliteArticleWriter {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private readonly savepoint: { begin: BetterSqlite3.Statement; release: BetterSqlite3.Statement; rollbackTo: BetterSqlite3.Statement };
  private readonly batch: BetterSqlite3.Transaction<(items: BatchItem[], ingestedAt: string) => StoreResult[]>;
  private readonly oneByOne: BetterSqlite3.Transaction<(items: BatchItem[], ingestedAt: string) => BatchOutcome[]>;
  private readonly single: BetterSqlite3.Transaction<(plan: WritePlan<unknown>) => unknown>;

  constructor(readonly db: BetterSqlite3.Database) {
    this.savepoint = {
      begin: db.prepare('SAVEPOINT newsgraph_article'),
      release: db.prepare('RELEASE newsgraph_article'),
      rollbackTo: db.prepare('ROLLBACK TO newsgraph_article'),
    };
    this.batch = db.transaction((items: BatchItem[], ingestedAt: string) => this.run(articlesRows(items, ingestedAt)));
    this.oneByOne = db.transaction((items: BatchItem[], ingestedAt: string) =>
      items.map((item): BatchOutcome => this.inSavepoint(() => this.run(articleRows(item.parsed, item.annotations, ingestedAt)))),
    );
    this.single = db.transaction((plan: WritePlan<unknown>) => this.run(plan));
  }

  /**
   * Runs one write plan in a transaction of its own (DEFERRED: it reads first, so when another
   * connection holds the write lock it fails at once with SQLITE_BUSY and can be retried, see
   * busy-retry.ts). Throws on any error, nothing of the plan written then.
   */
  write<T>(plan: WritePlan<T>): T {
    return this.single(plan as WritePlan<unknown>) as T;
  }

  /**
   * Stores articles in one IMMEDIATE transaction (it waits, up to the busy timeout, for the write
   * lock): the batch as one plan (articlesRows: a handful of statements for the lot, one
   * facet-count delta), as PostgresArticleWriter.storeBatch does. When that fails (rolled back,
   * nothing of it written), the articles are written again in a second transaction, one by one,
   * each inside a SAVEPOINT of its own, so that an article that fails leaves nothing of itself and
   * is answered with its error while the others are stored. Outcomes in input order. Throws
   * (nothing of the batch written) when the write lock is not obtained (SQLITE_BUSY, for
   * retryWhileBusy) or when the second transaction itself fails: the commit failing, or an error
   * that ended it. (No savepoint around the whole batch: SQLite would copy every page the batch
   * changes into its sub-journal first, 67 pages an article in a store of 100,000.)
   */
  storeBatch(items: BatchItem[], ingestedAt = new Date().toISOString()): BatchOutcome[] {
    try {
      return this.batch.immediate(items, ingestedAt).map((result): BatchOutcome => ({ ok: true, result }));
    } catch (error) {
      if (isBusy(error)) throw error;
      return this.oneByOne.immediate(items, ingestedAt);
    }
  }

  /** `work` inside a savepoint: its result, or its error (rolled back to the savepoint then). Throws when the transaction itself is gone. */
  private inSavepoint<T>(work: () => T): { ok: true; result: T } | { ok: false; error: Error } {
    this.savepoint.begin.run();
    try {
      const result = work();
      this.savepoint.release.run();
      return { ok: true, result };
    } catch (error) {
      // SQLite may have ended the whole transaction (SQLITE_FULL, SQLITE_IOERR...): the batch fails.
      if (!this.db.inTransaction) throw error;
      this.savepoint.rollbackTo.run();
      this.savepoint.release.run();
      return { ok: false, error: error as Error };
    }
  }

  /** Runs a plan to its end: each statement prepared once, its rows handed back to the plan. */
  private run<T>(plan: WritePlan<T>): T {
    let next = plan.next([]);
    while (!next.done) next = plan.next(this.execute(next.value));
    return next.value;
  }

  private execute({ sql, params }: SqlStep): StepRow[] {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    for (let i = 0; i < params.length; i++) if (typeof params[i] === 'boolean') params[i] = params[i] ? 1 : 0;
    // An array binds its elements as the anonymous parameters, in order: no spread of thousands of arguments.
    if (statement.reader) return statement.all(params) as StepRow[];
    statement.run(params);
    return [];
  }
}

