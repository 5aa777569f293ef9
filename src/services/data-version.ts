import { DataSource } from 'typeorm';

const localChanges = new WeakMap<DataSource, number>();

/** Records that this process changed the data behind `dataSource` (an ingest or a delete). */
export function markDataChanged(dataSource: DataSource): void {
  localChanges.set(dataSource, (localChanges.get(dataSource) ?? 0) + 1);
}

/**
 * A token that changes whenever the stored data may have changed: this process's own writes
 * (markDataChanged) and commits by any other connection to the same SQLite file (PRAGMA
 * data_version), such as a `newsgraph ingest` run beside the server. Response caches key on it.
 */
export async function dataVersion(dataSource: DataSource): Promise<string> {
  const [{ data_version: external }] = await dataSource.query('PRAGMA data_version');
  return `${external}.${localChanges.get(dataSource) ?? 0}`;
}
