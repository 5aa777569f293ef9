/** How long a write keeps trying while another connection holds the write lock (as the 5 s busy timeout). */
const BUSY_RETRY_MS = 5_000;

/** Whether SQLite answered "database is locked" (SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT...). */
export function isBusy(error: unknown): boolean {
  const { code, driverError } = (error ?? {}) as { code?: unknown; driverError?: { code?: unknown } };
  const busy = driverError?.code ?? code;
  return typeof busy === 'string' && busy.startsWith('SQLITE_BUSY');
}

/**
 * Runs a write transaction, again while another connection (a `newsgraph ingest` beside the
 * server) holds SQLite's write lock. A transaction that began by reading cannot wait for the lock:
 * SQLite answers SQLITE_BUSY at once, whatever the busy timeout (waiting could deadlock), and
 * TypeORM begins every transaction DEFERRED. The transaction has been rolled back by then, so it
 * runs again after a short, growing, jittered pause, for up to BUSY_RETRY_MS.
 */
export async function retryWhileBusy<T>(write: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + BUSY_RETRY_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      const pause = Math.min(250, 5 * 2 ** attempt) * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
