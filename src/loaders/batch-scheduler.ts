import DataLoader from 'dataloader';

/**
 * Dispatches the DataLoader batches of one request level by level: a batch waits until none of
 * the request's batches is running, then goes out together with every other batch asked for
 * meanwhile. The number of SQL statements a query costs then depends only on its shape, never on
 * the order in which the database's answers arrive.
 *
 * Needed on PostgreSQL: the batches of one level run on separate pool connections and their
 * answers arrive in separate I/O events, so DataLoader's default (dispatch on the next tick)
 * would split one level's keys into two batches or not, by timing (an article's speakers and its
 * mentions' entities: one `entity` query, or two). better-sqlite3 answers within the same tick, so
 * SQLite keeps DataLoader's default.
 *
 * A batch function must not wait for another loader of the same scheduler (it would wait for
 * itself to finish); none does (a quote page's `totalCount` loads its count lazily, later).
 */
export class BatchScheduler {
  private running = 0;
  private waiting: Array<() => void> = [];
  private flushQueued = false;

  /** A DataLoader whose batches this scheduler dispatches. */
  loader<K, V, C = K>(batch: DataLoader.BatchLoadFn<K, V>, options: DataLoader.Options<K, V, C> = {}): DataLoader<K, V, C> {
    const tracked: DataLoader.BatchLoadFn<K, V> = async (keys) => {
      this.running++;
      try {
        return await batch(keys);
      } finally {
        this.running--;
        this.queueFlush();
      }
    };
    return new DataLoader<K, V, C>(tracked, { ...options, batchScheduleFn: (dispatch) => this.schedule(dispatch) });
  }

  private schedule(dispatch: () => void): void {
    this.waiting.push(dispatch);
    this.queueFlush();
  }

  /**
   * Once nothing runs, dispatches the waiting batches on the next turn of the event loop: after
   * every promise callback (the resolvers that a finished batch let go on, asking for more keys).
   */
  private queueFlush(): void {
    if (this.flushQueued || this.running > 0 || this.waiting.length === 0) return;
    this.flushQueued = true;
    setImmediate(() => {
      this.flushQueued = false;
      if (this.running > 0) return;
      for (const dispatch of this.waiting.splice(0)) dispatch();
    });
  }
}

/** A DataLoader dispatched by `scheduler` when there is one, else with DataLoader's default scheduling. */
export function newLoader<K, V, C = K>(
  scheduler: BatchScheduler | undefined,
  batch: DataLoader.BatchLoadFn<K, V>,
  options: DataLoader.Options<K, V, C> = {},
): DataLoader<K, V, C> {
  return scheduler ? scheduler.loader(batch, options) : new DataLoader<K, V, C>(batch, options);
}
