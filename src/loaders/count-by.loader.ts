import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

/**
 * A DataLoader of row counts: for each key, how many rows of `table` have `column` = key (and
 * satisfy the fixed SQL condition `where`); 0 when there are none. One GROUP BY per batch.
 */
export function createCountLoader(dataSource: DataSource, table: string, column: string, where = '1'): DataLoader<number, number> {
  return new DataLoader(async (ids) => {
    const rows: Array<{ id: number; n: number }> = await dataSource.query(
      `SELECT ${column} AS id, COUNT(*) AS n FROM ${table} WHERE ${where} AND ${column} IN (${ids.map(() => '?').join(',')}) GROUP BY ${column}`,
      [...ids],
    );
    const counts = new Map(rows.map((r) => [r.id, r.n]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}
