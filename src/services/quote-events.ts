import { EventEmitter, on } from 'node:events';
import { DataSource } from 'typeorm';

const emitters = new WeakMap<DataSource, EventEmitter>();

function emitterOf(dataSource: DataSource): EventEmitter {
  let emitter = emitters.get(dataSource);
  if (!emitter) {
    emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    emitters.set(dataSource, emitter);
  }
  return emitter;
}

/** Announces quotes this process has just stored (committed) through `dataSource`. */
export function publishQuotesAdded(dataSource: DataSource, quoteIds: number[]): void {
  if (quoteIds.length > 0) emitterOf(dataSource).emit('added', quoteIds);
}

/**
 * The ids of quotes stored from now on through `dataSource` in this process, as they are
 * committed, until `signal` aborts (or the iteration is ended by its consumer).
 */
export async function* quotesAdded(dataSource: DataSource, signal?: AbortSignal): AsyncGenerator<number> {
  try {
    for await (const [ids] of on(emitterOf(dataSource), 'added', { signal })) yield* ids as number[];
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw error;
  }
}
