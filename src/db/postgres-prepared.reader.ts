import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';

/** The name of the prepared statement of `text`: the same text always gets the same name, another text (almost surely) another. */
function statementName(text: string): string {
  return `ng_${createHash('sha1').update(text).digest('base64url')}`;
}

/**
 * The rows of one statement on a PostgreSQL data source, outside any transaction, as a named
 * prepared statement (`{ name, text, values }`) on a connection of TypeORM's pool: each
 * connection parses a statement text once and then binds, plans and executes it (planned for its
 * values every time: the pool's connections run with plan_cache_mode = force_custom_plan, see
 * createDataSource), where an unnamed statement is parsed on every call. Statement texts are a bounded set: values are bound, never written into
 * the SQL, and IN lists padded to a power of two (src/loaders/in-list.ts). Logged as TypeORM logs
 * its queries; a failure is thrown as TypeORM's QueryFailedError, as `queryRunner.query` does.
 */
export async function preparedRows(dataSource: DataSource, text: string, values: unknown[]): Promise<Record<string, unknown>[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  dataSource.logger.logQuery(text, values);
  try {
    return (await pool.query({ name: statementName(text), text, values })).rows;
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, text, values);
    throw new QueryFailedError(text, values, error as Error);
  }
}
