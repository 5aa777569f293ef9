import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { postgresDialect, toNumberedParameters } from '../db/dialect';
import { BatchItem, BatchOutcome } from './article-batch.store';
import { articleRows, articlesRows } from './article-rows.plan';
import { StepRow, WritePlan } from './write-plan';

/** A plan's SQL as PostgreSQL takes it: `$1, $2...` placeholders, and the name it is prepared under. */
interface Prepared {
  /** None for a statement sent unnamed (see NAMED_PARAMETERS). */
  name?: string;
  text: string;
  /** Whether it answers with rows (a SELECT, a RETURNING clause); unknown until it first ran. */
  returnsRows?: boolean;
}

/** Every plan statement's prepared form, by its SQL text (the same name on every connection). */
const prepared = new Map<string, Prepared>();

/**
 * Parameters of a statement prepared under a name at most. A longer one (a multi-row INSERT of
 * hundreds of rows) is sent unnamed: parsed each time, its parse not kept by every connection.
 */
const NAMED_PARAMETERS = 256;

function preparedOf(sql: string, parameters: number): Prepared {
  let statement = prepared.get(sql);
  if (!statement) {
    const name = parameters <= NAMED_PARAMETERS ? `newsgraph_write_${prepared.size + 1}` : undefined;
    statement = { name, text: toNumberedParameters(sql) };
    prepared.set(sql, statement);
  }
  return statement;
}

/**
 * How a write transaction begins. The pool's connections plan every statement for its values
 * (plan_cache_mode = force_custom_plan, see createDataSource), and that holds for the statements
 * PostgreSQL runs itself: each foreign-key check of each inserted row (a lookup by primary key)
 * and the quote_subject trigger's statement were planned anew every time, a fifth of the
 * backend's CPU in a bulk ingest (perf). A write transaction plans as PostgreSQL does by default:
 * a statement's generic plan once it has proved no worse than the custom ones.
 */
const BEGIN_WRITE = 'BEGIN; SET LOCAL plan_cache_mode = auto';

/** The pg pool under a PostgreSQL data source (TypeORM's). */
type PoolOwner = { obtainMasterConnection(): Promise<[PoolClient, (error?: Error | boolean) => void]> };

/**
 * Runs the write plans of article-rows.plan.ts (and any other plan) on PostgreSQL, through a
 * connection of the data source's pool used directly: each statement a named prepared one
 * (parsed once per connection; planned for its values each time: plan_cache_mode, see
 * createDataSource) unless it is a long one (NAMED_PARAMETERS), no ORM wrapper per statement,
 * bulk ingest a whole batch as one plan (storeBatch), and those that answer
 * with no rows sent without waiting for them (see `run`). Every transaction
 * takes the write lock first and bumps the data version when it changed data
 * (dialect.ts: lockForWrite, markWritten), so writers of every process take turns. Holds no
 * state about the data between calls. Knows nothing of quote events: the caller announces what
 * it committed.
 */
export class PostgresArticleWriter {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs one plan in a transaction of its own; throws on any error, nothing of the plan written then. */
  write<T>(plan: WritePlan<T>, changed: (result: T) => boolean): Promise<T> {
    return this.transaction(async (client) => {
      const result = await run(client, plan);
      return { result, changed: changed(result) };
    });
  }

  /**
   * Stores articles in one transaction, as the SQLite writer does (article-batch.store.ts): an
   * article that fails leaves nothing of itself and is answered with its error, the others are
   * stored; outcomes in input order. The batch is written first as one plan (articlesRows: a
   * handful of statements for the lot) inside a savepoint; when that fails, the savepoint is
   * rolled back and the articles are written again one by one, each inside a SAVEPOINT of its own,
   * so that the one at fault is known. Throws (nothing of the batch written) when the transaction
   * itself fails: the connection lost, the commit failing.
   */
  storeBatch(items: BatchItem[], ingestedAt = new Date().toISOString()): Promise<BatchOutcome[]> {
    return this.transaction(async (client) => {
      const outcomes = (await inSavepoint(client, () => run(client, articlesRows(items, ingestedAt))))?.map(
        (result): BatchOutcome => ({ ok: true, result }),
      ) ?? (await this.storeOneByOne(client, items, ingestedAt));
      return { result: outcomes, changed: outcomes.some((outcome) => outcome.ok && outcome.result.status === 'stored') };
    });
  }

  /** Stores the articles one by one, each inside a SAVEPOINT of its own: an article that fails is answered with its error. */
  private async storeOneByOne(client: PoolClient, items: BatchItem[], ingestedAt: string): Promise<BatchOutcome[]> {
    const outcomes: BatchOutcome[] = [];
    for (const item of items) {
      await client.query('SAVEPOINT newsgraph_article');
      try {
        const result = await run(client, articleRows(item.parsed, item.annotations, ingestedAt));
        await client.query('RELEASE SAVEPOINT newsgraph_article');
        outcomes.push({ ok: true, result });
      } catch (error) {
        // Throws when the transaction itself is gone: the batch fails then.
        await client.query('ROLLBACK TO SAVEPOINT newsgraph_article');
        await client.query('RELEASE SAVEPOINT newsgraph_article');
        outcomes.push({ ok: false, error: error as Error });
      }
    }
    return outcomes;
  }

  /** BEGIN, the write lock, `work`, the data-version bump when it changed data, COMMIT; ROLLBACK on any error. */
  private async transaction<T>(work: (client: PoolClient) => Promise<{ result: T; changed: boolean }>): Promise<T> {
    const [client, release] = await (this.dataSource.driver as unknown as PoolOwner).obtainMasterConnection();
    const execute = (sql: string) => client.query(sql);
    let broken: Error | undefined;
    try {
      await client.query(BEGIN_WRITE);
      try {
        await postgresDialect.lockForWrite(execute);
        const { result, changed } = await work(client);
        if (changed) await postgresDialect.markWritten(execute);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      }
    } finally {
      // A connection whose ROLLBACK failed is not given back to the pool: it is closed.
      release(broken);
    }
  }
}

/**
 * `work` inside a savepoint: its result, or undefined when it failed (rolled back to the
 * savepoint then). Throws when the transaction itself is gone.
 */
async function inSavepoint<T>(client: PoolClient, work: () => Promise<T>): Promise<T | undefined> {
  await client.query('SAVEPOINT newsgraph_batch');
  try {
    const result = await work();
    await client.query('RELEASE SAVEPOINT newsgraph_batch');
    return result;
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT newsgraph_batch');
    await client.query('RELEASE SAVEPOINT newsgraph_batch');
    return undefined;
  }
}

/**
 * Runs a plan to its end on `client`: each statement prepared once per connection, its rows
 * handed back to the plan. A statement known to answer with no rows (an INSERT or UPDATE without
 * RETURNING, as seen when it first ran) is chained after the statements before it without waiting
 * for it: the plan goes on at once with no rows. The next statement whose rows the plan needs, and
 * the end of the plan, wait for the chain; a statement of it that failed ends it with its error,
 * and the statements after it are not sent.
 */
async function run<T>(client: PoolClient, plan: WritePlan<T>): Promise<T> {
  let chain: Promise<unknown> = Promise.resolve();
  let next = plan.next([]);
  while (!next.done) {
    const { sql, params } = next.value;
    const statement = preparedOf(sql, params.length);
    const query = chain.then(() => client.query<StepRow>({ name: statement.name, text: statement.text, values: params }));
    if (statement.returnsRows === false) {
      query.catch(() => undefined); // awaited below, through the chain
      chain = query;
      next = plan.next([]);
      continue;
    }
    const result = await query;
    statement.returnsRows = result.fields.length > 0;
    chain = Promise.resolve();
    next = plan.next(result.rows);
  }
  await chain;
  return next.value;
}
