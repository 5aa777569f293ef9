import { EventEmitter, on } from 'node:events';
import { DataSource } from 'typeorm';
import { sqlRows } from '../db/dialect';

/** The live feed of one store in this process: its emitter and the highest quote id announced. */
interface Feed {
  emitter: EventEmitter;
  /** Quote ids up to this one have been announced (or were there before anyone listened). */
  announced: number | null;
}

const feeds = new WeakMap<DataSource, Feed>();

function feedOf(dataSource: DataSource): Feed {
  let feed = feeds.get(dataSource);
  if (!feed) {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    feed = { emitter, announced: null };
    feeds.set(dataSource, feed);
  }
  return feed;
}

/** Emits the ids above the last announced one, and moves the mark. */
function announce(feed: Feed, quoteIds: number[]): void {
  const fresh = quoteIds.filter((id) => feed.announced === null || id > feed.announced).sort((a, b) => a - b);
  if (fresh.length === 0) return;
  feed.announced = fresh[fresh.length - 1];
  feed.emitter.emit('added', fresh);
}

/** Announces quotes this process has just stored (committed) through `dataSource`. */
export function publishQuotesAdded(dataSource: DataSource, quoteIds: number[]): void {
  announce(feedOf(dataSource), quoteIds);
}

/** Sets the mark to the newest quote stored: what a new listener has already missed. */
async function markNewest(dataSource: DataSource, feed: Feed): Promise<void> {
  const [row] = await sqlRows<{ id: number | null }>(dataSource, 'SELECT MAX(id) AS id FROM quote');
  feed.announced = Math.max(feed.announced ?? 0, Number(row?.id ?? 0));
}

/**
 * Announces the statement quotes that other writers (a `newsgraph ingest` process, another
 * gateway on the same PostgreSQL) committed since the last look: one indexed query, and only
 * while somebody listens (no SQL otherwise).
 */
export async function pollQuotesAdded(dataSource: DataSource): Promise<void> {
  const feed = feedOf(dataSource);
  if (feed.emitter.listenerCount('added') === 0 || feed.announced === null) return;
  const rows = await sqlRows<{ id: number }>(
    dataSource,
    'SELECT id FROM quote WHERE id > ? AND is_statement = TRUE ORDER BY id LIMIT 1000',
    [feed.announced],
  );
  announce(feed, rows.map((row) => Number(row.id)));
}

/**
 * Polls for quotes committed by other writers every `intervalMs` (see pollQuotesAdded) until the
 * returned function is called.
 */
export function watchQuotesAdded(dataSource: DataSource, intervalMs = 1000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running || !dataSource.isInitialized) return;
    running = true;
    pollQuotesAdded(dataSource)
      .catch(() => undefined)
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * The ids of quotes stored from now on through `dataSource`, by this process (as they are
 * committed) or by other writers (as the watcher finds them), until `signal` aborts (or the
 * iteration is ended by its consumer).
 */
export async function* quotesAdded(dataSource: DataSource, signal?: AbortSignal): AsyncGenerator<number> {
  const feed = feedOf(dataSource);
  if (feed.emitter.listenerCount('added') === 0) await markNewest(dataSource, feed);
  try {
    for await (const [ids] of on(feed.emitter, 'added', { signal })) yield* ids as number[];
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw error;
  }
}
