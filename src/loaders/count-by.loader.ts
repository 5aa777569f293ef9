import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { sqlRows } from '../db/dialect';
import { BatchScheduler, newLoader } from './batch-scheduler';
import { inList } from './in-list';

/**
 * A DataLoader of row counts: for each key, how many rows of `table` have `column` = key (and
 * satisfy the fixed SQL condition `where`); 0 when there are none. One GROUP BY per batch.
 */
export function createCountLoader(
  dataSource: DataSource,
  table: string,
  column: string,
  where = 'TRUE',
  scheduler?: BatchScheduler,
): DataLoader<number, number> {
  return newLoader<number, number>(scheduler, async (ids) => {
    const list = inList(ids);
    const rows = await sqlRows<{ id: number; n: number }>(
      dataSource,
      `SELECT ${column} AS id, COUNT(*) AS n FROM ${table} WHERE ${where} AND ${column} IN (${list.sql}) GROUP BY ${column}`,
      list.params,
    );
    const counts = new Map(rows.map((r) => [r.id, r.n]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}
