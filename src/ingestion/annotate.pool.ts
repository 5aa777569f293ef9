import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { ArticleAnnotations, ParsedArticle } from './annotations';
import type { ArticleLimits } from './parse/article.limits';
import { parseJsonArticle } from './parse/json-article.parser';

/**
 * The annotations of one article; or why annotating it failed (`message`); or why it is refused
 * (`refused`: over a limit, a message that names the article and the limit).
 */
export type Annotated = { ok: true; annotations: ArticleAnnotations } | { ok: false; message: string } | { ok: false; refused: string };

/** What a worker is given: articles to annotate, and the limits they must keep. */
export interface AnnotateTask {
  articles: ParsedArticle[];
  limits: ArticleLimits;
}

/** The compiled worker script; absent when the code runs from TypeScript sources (jest). */
const WORKER_SCRIPT = path.join(__dirname, 'annotate.worker.js');

/** Whether worker threads can be used: the compiled worker script is there. */
export function workersAvailable(): boolean {
  return fs.existsSync(WORKER_SCRIPT);
}

/**
 * Heap limits of a worker (MiB). A worker holds the word lists and gazetteer (about 95 MiB live);
 * without limits V8 lets its heap grow far past that between collections, and two workers' slack
 * is what pushed an ingest's resident memory past 500 MB. Measured on 2 workers annotating 3,000
 * articles: peak RSS 392 MB without limits, 277 MB with a young generation of 8 MiB. The young
 * generation holds an article's short-lived tokens and candidates: at 8 MiB the scavenger ran so
 * often that collection took 16% of a worker's time and it promoted garbage to the old
 * generation; at 32 MiB annotating a synthetic article takes about 12% less CPU (3.9 -> 3.4 ms,
 * median of 8 interleaved passes of 300 articles) for 24 MiB more per worker. At 64 MiB an ingest
 * of 3,000 synthetic articles takes about 7% less CPU in all (quiet, three alternating runs each,
 * CPU by thread from /proc: 15.8-16.3 -> 14.6-14.8 s, the scavenger's helper threads and the worker
 * each ~0.5 s less; wall 10.1-10.6 -> 9.6-10.0 s; `bench:ingest --articles 3000` 292 and 303 -> 296
 * and 313 articles/s) for 0-50 MiB more at peak (peaks vary that much between runs of one build); a
 * larger old generation (384 MiB) changed nothing.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 64 };

/**
 * Threads of the shared pool: all cores but the one the main thread works on, at least one, at
 * most four. Measured on 2 cores (bench/ingest.ts): the main thread reads, parses and stores
 * (about 0.8-1.2 ms per article, SQLite's triggers and full-text index included) and one worker
 * annotates, so the two cores are both busy; a second worker only contends for them (3,000
 * synthetic articles: 267-282 articles/s with two, 287-289 with one, alternating runs) and costs
 * ~100 MB, which goes to SQLite's page cache instead.
 */
const SHARED_THREADS = Math.max(1, Math.min(4, availableParallelism() - 1));

/**
 * Tasks handed to one thread at once (it runs them one after the other; callers keep this many in
 * flight per thread): enough that the thread still has work when the main thread spends a while
 * storing a batch (BATCH_ARTICLES, 400 articles, 0.5-0.8 s, during which it hands the thread
 * nothing new). 64 chunks of 8 articles are ~0.9 s of annotation. Measured with bench:ingest's CLI
 * ingest of 8,000 synthetic articles (two alternating runs each, with piscina's atomics off, below,
 * and batches of 200): 16 -> 28.3 and 29.5 s, 32 -> 23.3 and 23.5 s, 64 -> 24.6 and 24.8 s, 128 ->
 * 25.3 and 25.4 s (and 40 MB more resident memory at each doubling). With batches of 400 (session
 * 27, three alternating runs each): 32 chunks 21.7, 20.9 and 19.4 s (the thread ran dry while a
 * batch was stored), 64 chunks 18.5, 17.8 and 17.6 s, against 18.7, 19.9 and 19.0 s for batches of
 * 200 with 32. A task aborted beside others ends the thread; piscina runs the others again on its
 * successor.
 */
export const TASKS_PER_THREAD = 64;

/**
 * piscina's `atomics: 'disabled'`: the thread takes each task as a message event and posts its
 * result as soon as it is done. With atomics on, a thread that wakes drains every waiting task
 * into promises and runs them all before the first result is posted (each result waits behind the
 * later tasks' microtasks), so results came back in bursts of up to TASKS_PER_THREAD chunks: the
 * main thread waited for a burst, then stored it while the thread ran dry. Measured (8,000
 * synthetic articles, CLI ingest, alternating runs): atomics on, 16 tasks 30.3 s; off, 16 tasks
 * 29.2 s; on, 64 tasks 25.5 s; off, 64 tasks 24.1 and 24.6 s. The cost is an event per task
 * instead of a futex wait: nothing measurable for tasks of 8 articles.
 */
const ATOMICS = 'disabled';

/** A thread idle this long (ms) ends, past the first: it holds ~100 MB of word lists. */
const IDLE_MS = 30_000;

/** One sentence with a quote, a cue, a person, an organization and places: annotating it loads the extractor's word lists and gazetteer. */
const WARM_UP_TEXT = '“We will grow,” said Ada Quill, the chief executive of Quorvex Holdings in Paris, France, on Monday.';

/** Annotates inline, on the calling thread: the same results a worker gives. */
export function annotateInline(task: AnnotateTask): Annotated[] {
  // Loaded on first use: a process that only hands articles to workers never loads the extractor.
  return (require('./annotate.worker') as typeof import('./annotate.worker')).default(task);
}

/**
 * `size` worker threads (piscina) running annotate.worker.ts. `annotate(task, signal)` runs a
 * task on a free thread (tasks wait in piscina's queue when none is) and resolves with one result
 * per article, in order; callers bound how many tasks they keep in flight. When `signal` aborts,
 * a waiting task is dropped and a running one's thread is ended (piscina starts another), and the
 * promise rejects with an AbortError. Threads start on demand, one stays, idle ones are unref'd
 * (they never keep the process alive). `close()` ends the threads.
 */
export class AnnotatePool {
  private readonly threads: Piscina<AnnotateTask, Annotated[]>;

  constructor(readonly size: number) {
    this.threads = new Piscina({ filename: WORKER_SCRIPT, minThreads: 1, maxThreads: size, concurrentTasksPerWorker: TASKS_PER_THREAD, atomics: ATOMICS, idleTimeout: IDLE_MS, resourceLimits: WORKER_LIMITS });
  }

  /** Annotates the task's articles on a worker thread; stops when `signal` aborts. */
  annotate(task: AnnotateTask, signal?: AbortSignal): Promise<Annotated[]> {
    return this.threads.run(task, { signal });
  }

  /**
   * Has a thread load the extractor and its word lists now (about a second), annotating a
   * one-sentence article whose result is dropped, so that the first real task does not wait for
   * them. Returns at once; the tasks given afterwards run after it. A failure is ignored (the real
   * tasks meet it and report it).
   */
  warmUp(): void {
    // WARM_UP_TEXT as the JSON parser reads an article, with no limit it could break.
    const article = parseJsonArticle({ title: 'Warm-up', body: WARM_UP_TEXT }, 'warm-up');
    this.threads.run({ articles: [article], limits: { maxArticleBytes: Number.MAX_SAFE_INTEGER, maxQuotesPerArticle: Number.MAX_SAFE_INTEGER } }).catch(() => undefined);
  }

  /** Ends the worker threads (pending tasks are failed). */
  close(): Promise<void> {
    return this.threads.destroy();
  }
}

let shared: AnnotatePool | undefined;

/** The process's one annotation pool (SHARED_THREADS threads), made on first use: bulk ingest and the ingestArticle mutation share it. */
export function sharedAnnotatePool(): AnnotatePool {
  return (shared ??= new AnnotatePool(SHARED_THREADS));
}
