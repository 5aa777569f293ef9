/**
 * The one way the code writes the store: a write is a plan, a generator of SQL statements
 * (`SqlStep`, `?` placeholders, SQL both stores run as it is) each answered with its rows, and a
 * result at the end. `runWritePlan` (article-store.service.ts) runs any plan in one transaction:
 * on SQLite synchronously through prepared statements (article-batch.store.ts), on PostgreSQL
 * through the ORM's transaction behind the write lock. Plans hold no transaction, lock or
 * data-version logic: the runner does.
 */

/** One SQL statement of a plan, with its `?` parameters. */
export interface SqlStep {
  sql: string;
  params: unknown[];
}

/** A row a step answers with (the rows of a SELECT, or of an INSERT ... RETURNING). */
export type StepRow = Record<string, unknown>;

/** A plan: yields statements, receives each one's rows, returns its result. */
export type WritePlan<T> = Generator<SqlStep, T, StepRow[]>;

/** A step of a plan: `sql` with its parameters. */
export function step(sql: string, ...params: unknown[]): SqlStep {
  return { sql, params };
}
