import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { AnnotatePool, Annotated, annotateInline, sharedAnnotatePool, TASKS_PER_THREAD, workersAvailable } from '../ingestion/annotate.pool';
import type { ParsedArticle } from '../ingestion/annotations';
import type { ArticleLimits } from '../ingestion/parse/article.limits';
import { readInputs } from '../ingestion/parse/input.reader';
import { BatchItem, storeArticles } from './article-store.service';

/** One input that could not be ingested, and why. */
export interface IngestFailure {
  origin: string;
  message: string;
}

/** What an ingest run did. */
export interface IngestSummary {
  /** Articles newly stored. */
  articles: number;
  /** DIRECT statement quotes newly stored. */
  quotes: number;
  /** Reported statements (MIXED and INDIRECT) newly stored. */
  reported: number;
  /** Entities newly created. */
  entities: number;
  /** Articles already stored (same body or url), left alone. */
  skipped: number;
  failed: IngestFailure[];
}

/** Called after each input item with the running totals. */
export type IngestProgress = (summary: IngestSummary, origin: string) => void;

/** How `ingestPaths` runs. */
export interface IngestOptions {
  onProgress?: IngestProgress;
  /**
   * Annotate on the calling thread (true), not on the process's shared worker pool
   * (sharedAnnotatePool), which is used once the input holds more than INLINE_ARTICLES articles.
   * Default: false, true when the compiled worker script is not there (running from the
   * TypeScript sources).
   */
  inline?: boolean;
  /** The article size and quotes-per-article limits. Default: the configuration's defaults. */
  limits?: ArticleLimits;
  /** Articles per transaction. Default BATCH_ARTICLES. */
  batchSize?: number;
}

/**
 * Articles per commit (BATCH_MS bounds it too): enough to make the commit cost small, short enough
 * to hold the write lock briefly. A commit writes every page the batch changed to the write-ahead
 * log, and the indexes keyed by entity, speaker or date (quote_scope_count, idx_quote_subject_speaker,
 * idx_quote_speaker_count, idx_quote_published_at, idx_mention_entity: two thirds of the pages
 * written) take rows all over, so a batch rewrites most of their pages whatever its size: storing
 * 6,000 annotated synthetic articles (checkpoints off) wrote 21.6 pages an article to the log in
 * batches of 200, 14.4 in batches of 400, 9.2 in batches of 1,000, for 1.41, 1.25 and 1.22 ms of
 * CPU. 200 -> 400 (with TASKS_PER_THREAD 32 -> 64, so that the annotation thread does not run dry
 * while a batch is stored): see annotate.pool.ts.
 */
export const BATCH_ARTICLES = 400;
/** A batch is committed at least this often (ms), so progress and other readers see it. */
const BATCH_MS = 1000;
/** Articles sent to a worker at once. */
const CHUNK_ARTICLES = 8;
/** Articles annotated on the calling thread before workers are started (a small input never starts them). */
const INLINE_ARTICLES = 32;

/** One input item on its way through the pipeline, in input order. */
type Entry = { kind: 'error'; origin: string; message: string } | { kind: 'article'; parsed: ParsedArticle; annotated: Annotated };

/** A chunk of articles being annotated (`entries` once started), or one input error. */
interface Slot {
  parsed: ParsedArticle[];
  entries?: Promise<Entry[]>;
  error?: Entry;
}

const storeFailure = (origin: string, message: string): IngestFailure => ({
  origin,
  message: `${origin}: could not store the article, nothing of it was written: ${message}`,
});

let defaultLimits: ArticleLimits | undefined;

/**
 * Ingests files and folders: reads each input (streaming JSONL), annotates the articles on
 * worker threads (in chunks, a bounded number in flight, so memory stays flat whatever the input
 * size) and stores them in input order, BATCH_ARTICLES per transaction, the batch as one plan
 * (storeArticles; one by one, a savepoint each, when the batch fails). A bad
 * input (missing, empty, binary, malformed, invalid, over the article size or quotes-per-article
 * limit) or an article that cannot be annotated or stored is recorded in `failed` with a message
 * naming the file (and line), nothing of it written, and the run goes on with the rest. A crash loses at most the batch being written; a
 * re-run skips what was stored. Calls `onProgress` after each item, in input order, once its
 * batch is committed.
 */
export async function ingestPaths(
  dataSource: DataSource,
  paths: string[],
  options: IngestProgress | IngestOptions = {},
): Promise<IngestSummary> {
  const {
    onProgress,
    inline = !workersAvailable(),
    batchSize = BATCH_ARTICLES,
    limits = (defaultLimits ??= loadConfig({}).limits),
  } = typeof options === 'function' ? { onProgress: options } : options;
  const summary: IngestSummary = { articles: 0, quotes: 0, reported: 0, entities: 0, skipped: 0, failed: [] };

  let pool = null as AnnotatePool | null;
  /** Until INLINE_ARTICLES articles have been seen, whether to use workers is not decided: chunks wait. */
  let deciding = !inline;
  let seen = 0;
  /** Chunks being annotated (or waiting for the decision), in input order, and how many articles they hold. */
  const inFlight: Slot[] = [];
  let inFlightArticles = 0;
  let chunk: ParsedArticle[] = [];
  /** Entries annotated and waiting for their batch, in input order. */
  let ready: Entry[] = [];
  let readyArticles = 0;
  let lastCommit = Date.now();

  const flush = async () => {
    const entries = ready;
    ready = [];
    readyArticles = 0;
    lastCommit = Date.now();
    const items: BatchItem[] = [];
    for (const entry of entries) if (entry.kind === 'article' && entry.annotated.ok) items.push({ parsed: entry.parsed, annotations: entry.annotated.annotations });
    let outcomes;
    try {
      outcomes = await storeArticles(dataSource, items);
    } catch (error) {
      // The batch as a whole could not be written (nothing of it was): each of its articles failed.
      outcomes = items.map(() => ({ ok: false as const, error: error as Error }));
    }
    let next = 0;
    for (const entry of entries) {
      if (entry.kind === 'error') {
        summary.failed.push({ origin: entry.origin, message: entry.message });
        onProgress?.(summary, entry.origin);
        continue;
      }
      const origin = entry.parsed.origin;
      if (!entry.annotated.ok) {
        summary.failed.push('refused' in entry.annotated ? { origin, message: entry.annotated.refused } : storeFailure(origin, entry.annotated.message));
      } else {
        const outcome = outcomes[next++];
        if (!outcome.ok) {
          // The driver's own error, when TypeORM wrapped it (PostgreSQL), says what went wrong.
          const cause = (outcome.error as { driverError?: Error }).driverError ?? outcome.error;
          summary.failed.push(storeFailure(origin, cause.message));
        } else if (outcome.result.status === 'duplicate') {
          summary.skipped++;
        } else {
          summary.articles++;
          summary.quotes += outcome.result.quoteIds.length - outcome.result.reported;
          summary.reported += outcome.result.reported;
          summary.entities += outcome.result.newEntities;
        }
      }
      onProgress?.(summary, origin);
    }
  };

  /** Starts annotating a chunk: on the pool when there is one, else here and now. */
  const start = (slot: Slot): Promise<Entry[]> => {
    if (!slot.entries) {
      const articles = slot.parsed;
      const task = { articles, limits };
      // A thread that dies (out of memory on a pathological article) fails its chunk's articles only.
      const annotated = pool
        ? pool.annotate(task).catch((error: Error) => articles.map((): Annotated => ({ ok: false, message: `an annotation thread failed: ${error.message}` })))
        : Promise.resolve(annotateInline(task));
      slot.entries = annotated.then((results) => results.map((result, i): Entry => ({ kind: 'article', parsed: articles[i], annotated: result })));
    }
    return slot.entries;
  };

  /** Takes the oldest chunk in flight into the batch; commits the batch when full or due. */
  const takeOldest = async () => {
    const oldest = inFlight.shift()!;
    inFlightArticles -= oldest.parsed.length;
    const entries = oldest.error ? [oldest.error] : await start(oldest);
    ready.push(...entries);
    readyArticles += oldest.parsed.length;
    if (readyArticles >= batchSize || Date.now() - lastCommit >= BATCH_MS) await flush();
  };

  const sendChunk = () => {
    if (chunk.length === 0) return;
    const slot: Slot = { parsed: chunk };
    chunk = [];
    inFlight.push(slot);
    inFlightArticles += slot.parsed.length;
    if (!deciding) start(slot);
  };

  /** Ends the wait for the decision: chunks that waited start (on the pool, if one is used). */
  const decide = (usePool: boolean) => {
    deciding = false;
    if (usePool) pool = sharedAnnotatePool();
    for (const slot of inFlight) if (!slot.error) start(slot);
  };

  // With workers, enough articles in flight to keep them busy while a batch is being stored.
  const limit = () => (pool ? Math.max(batchSize, 64) + pool.size * TASKS_PER_THREAD * CHUNK_ARTICLES : CHUNK_ARTICLES);

  for await (const item of readInputs(paths, limits)) {
    if (item.kind === 'error') {
      sendChunk();
      inFlight.push({ parsed: [], error: { kind: 'error', origin: item.origin, message: item.message } });
    } else {
      chunk.push(item.article);
      if (++seen > INLINE_ARTICLES && deciding) decide(true);
      if (chunk.length >= CHUNK_ARTICLES) sendChunk();
    }
    while (inFlight.length > 0 && ((!deciding && inFlightArticles >= limit()) || inFlight.length > 256)) await takeOldest();
  }
  sendChunk();
  if (deciding) decide(false);
  while (inFlight.length > 0) await takeOldest();
  await flush();
  return summary;
}
