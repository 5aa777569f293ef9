import { DataSource } from 'typeorm';
import { dialectOf } from '../db/dialect';

const localChanges = new WeakMap<DataSource, number>();

/** Records that this process changed the data behind `dataSource` (an ingest or a delete). */
export function markDataChanged(dataSource: DataSource): void {
  localChanges.set(dataSource, (localChanges.get(dataSource) ?? 0) + 1);
}

/**
 * A token that changes whenever the stored data may have changed: this process's own writes
 * (markDataChanged) and commits by any other connection. On SQLite, `PRAGMA data_version` (a
 * `newsgraph ingest` run beside the server); on PostgreSQL, the `data_version` row that every
 * write transaction of the store bumps (other gateway instances, the CLI). One statement either
 * way. Response caches key on it.
 */
export async function dataVersion(dataSource: DataSource): Promise<string> {
  const stored = await dialectOf(dataSource).storedDataVersion(dataSource);
  return `${stored}.${localChanges.get(dataSource) ?? 0}`;
}
