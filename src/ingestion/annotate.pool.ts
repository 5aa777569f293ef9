import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ArticleAnnotations, ParsedArticle } from './annotations';

/** The annotations of one article, or why annotating it failed. */
export type Annotated = { ok: true; annotations: ArticleAnnotations } | { ok: false; message: string };

/** A chunk of articles sent to a worker. */
export interface AnnotateRequest {
  id: number;
  articles: ParsedArticle[];
}

/** A worker's answer: one result per article of the request, in its order. */
export interface AnnotateReply {
  id: number;
  results: Annotated[];
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
 * articles: peak RSS 392 MB without limits, 277 MB with these.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 8 };

/** Annotates inline, on the calling thread: the same results a worker gives. */
export function annotateInline(articles: ParsedArticle[]): Annotated[] {
  // Loaded on first use: a process that only hands articles to workers never loads the extractor.
  const { annotateArticle } = require('./article.annotator') as typeof import('./article.annotator');
  return articles.map((article) => {
    try {
      return { ok: true, annotations: annotateArticle(article) };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  });
}

interface PoolWorker {
  worker: Worker;
  pending: number;
}

/**
 * A set of `size` worker threads running `annotateArticle` (annotate.worker.ts). `annotate(chunk)`
 * sends a chunk to the least busy worker and resolves with its results in the chunk's order;
 * callers bound how many chunks they keep in flight (the pool queues whatever it is given). The
 * workers start one after the other (the next once the previous has answered its first chunk), so
 * that their start-up peaks (loading the gazetteer) do not add up. A worker that dies fails every
 * pending chunk. `close()` ends the threads.
 */
export class AnnotatePool {
  private readonly workers: PoolWorker[] = [];
  private readonly waiting = new Map<number, { resolve: (r: Annotated[]) => void; reject: (e: Error) => void; worker: PoolWorker }>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(private readonly size: number) {
    this.startWorker();
  }

  private startWorker(): void {
    const entry: PoolWorker = {
      worker: new Worker(WORKER_SCRIPT, { resourceLimits: WORKER_LIMITS }),
      pending: 0,
    };
    let answered = false;
    entry.worker.on('message', ({ id, results }: AnnotateReply) => {
      if (!answered && this.workers.length < this.size && !this.failure) this.startWorker();
      answered = true;
      const waiter = this.waiting.get(id);
      if (!waiter) return;
      this.waiting.delete(id);
      waiter.worker.pending--;
      waiter.resolve(results);
    });
    entry.worker.on('error', (error) => this.fail(error));
    entry.worker.on('exit', (code) => {
      if (code !== 0) this.fail(new Error(`an annotation worker exited with code ${code}`));
    });
    this.workers.push(entry);
  }

  /** Annotates a chunk of articles on a worker thread. */
  annotate(articles: ParsedArticle[]): Promise<Annotated[]> {
    if (this.failure) return Promise.reject(this.failure);
    const target = this.workers.reduce((a, b) => (b.pending < a.pending ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, worker: target });
      target.pending++;
      target.worker.postMessage({ id, articles } satisfies AnnotateRequest);
    });
  }

  /** Ends the worker threads (pending chunks are failed). */
  async close(): Promise<void> {
    this.fail(new Error('the annotation pool was closed'));
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const [id, waiter] of this.waiting) {
      this.waiting.delete(id);
      waiter.reject(this.failure);
    }
  }
}
