import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { INGEST_PRAGMAS } from '../src/cli/ingest.command';
import { openDataSource } from '../src/db/data-source';
import { SqliteArticleWriter } from '../src/services/article-batch.store';
import { CORPUS_VERSION } from '../src/synth/corpus.generator';
import type { AnnotatedChunk } from './annotate.worker';

/** What building a benchmark database did. */
export interface BuildReport {
  path: string;
  articles: number;
  seconds: number;
  /** True when the database came from the cache (no build). */
  cached: boolean;
  quotes: number;
  mentions: number;
  entities: number;
  bytes: number;
  /** How the database was built (this run, or the record kept beside a cached file); null when no record was kept. */
  built: BuildRecord | null;
}

/**
 * What building a benchmark database took, kept beside it as `<file>.build.json` so that later runs
 * that take it from the cache can still report it (bench/RESULTS.md's scale table).
 */
export interface BuildRecord {
  articles: number;
  seconds: number;
  /** Peak resident memory of the building process (main thread and annotate workers), bytes. */
  peakRssBytes: number;
  workers: number;
  node: string;
  /** ISO date of the build. */
  date: string;
}

/** The JSON record in `file`, or null when there is none (or it cannot be read). */
function readRecord<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

const CHUNK = 250;

/**
 * The benchmark database of `articles` synthetic articles of `seed`, built once and cached at
 * `cacheDir/db-<articles>-s<seed>-v<CORPUS_VERSION>.sqlite`: the schema from the project's migrations
 * (openDataSource), the articles generated and annotated by the real pipeline on `workers` worker
 * threads, stored in article order by the product's batched write path (SqliteArticleWriter: the
 * rows `newsgraph ingest` and storeArticle write) in batched transactions. Built under a temporary
 * name (`<file>.building`) and renamed when complete, with its build record (`<file>.build.json`:
 * seconds, peak memory). A build that was stopped resumes where it stopped: each stored chunk is one
 * transaction, so the temporary file holds a prefix of the articles, and its progress record
 * (`<file>.building.json`: the seconds and peak memory so far, the builder's pid) is rewritten after
 * each; the record then sums every part's time. A temporary file without a progress record is
 * started over; one whose builder is still alive is refused.
 * A cached database is brought up to the current migrations.
 */
export async function buildBenchDatabase(options: {
  articles: number;
  seed: number;
  cacheDir: string;
  workers?: number;
  log?: (line: string) => void;
}): Promise<BuildReport> {
  const { articles, seed, cacheDir } = options;
  const log = options.log ?? (() => {});
  const file = path.join(cacheDir, `db-${articles}-s${seed}-v${CORPUS_VERSION}.sqlite`);
  if (fs.existsSync(file)) {
    // A cached database takes the migrations added since it was built, before any server opens it.
    await (await openDataSource({ databasePath: file })).destroy();
    return { ...stats(file), path: file, articles, seconds: 0, cached: true, built: readRecord<BuildRecord>(`${file}.build.json`) };
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  const temp = `${file}.building`;
  const progressFile = `${temp}.json`;
  const earlier = readRecord<BuildProgress>(progressFile);
  if (earlier && earlier.pid !== process.pid && isAlive(earlier.pid)) throw new Error(`${temp} is being built by process ${earlier.pid}`);
  if (!earlier || !fs.existsSync(temp)) {
    for (const suffix of ['', '-wal', '-shm', '.json']) fs.rmSync(temp + suffix, { force: true });
  }
  const started = Date.now();
  const before = earlier && fs.existsSync(temp) ? earlier : { seconds: 0, peakRssBytes: 0 };

  const dataSource = await openDataSource({ databasePath: temp });
  await dataSource.destroy();
  const db = new Database(temp);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -262144');
  for (const pragma of INGEST_PRAGMAS) db.pragma(pragma); // as `newsgraph ingest`'s connection
  const writer = new SqliteArticleWriter(db);
  const progress = (): BuildProgress => ({
    seconds: before.seconds + (Date.now() - started) / 1000,
    peakRssBytes: Math.max(before.peakRssBytes, process.resourceUsage().maxRSS * 1024),
    pid: process.pid,
  });
  const storeChunk = (chunk: AnnotatedChunk) => {
    const failed = writer.storeBatch(chunk.items).find((outcome) => !outcome.ok);
    if (failed && !failed.ok) throw failed.error;
    fs.writeFileSync(progressFile, JSON.stringify(progress()));
  };
  // Articles are stored in index order, one transaction a chunk: the rows hold a prefix of them.
  const resumeAt = (db.prepare('SELECT COUNT(*) AS n FROM article').get() as { n: number }).n;
  if (resumeAt > 0) log(`  resuming at article ${resumeAt} (${before.seconds.toFixed(0)} s spent before)`);

  const workerCount = Math.max(1, options.workers ?? Math.min(2, os.cpus().length));
  const workers = Array.from({ length: workerCount }, () => new Worker(path.join(__dirname, 'annotate.worker.js'), { workerData: { seed } }));
  try {
    await new Promise<void>((resolve, reject) => {
      let nextToAssign = resumeAt;
      let nextToStore = resumeAt;
      const done = new Map<number, AnnotatedChunk>();
      let lastLog = Date.now();
      const assign = (worker: Worker) => {
        if (nextToAssign >= articles) return;
        const count = Math.min(CHUNK, articles - nextToAssign);
        worker.postMessage({ from: nextToAssign, count });
        nextToAssign += count;
      };
      for (const worker of workers) {
        worker.on('error', reject);
        worker.on('message', (chunk: AnnotatedChunk) => {
          done.set(chunk.from, chunk);
          assign(worker);
          try {
            for (let ready = done.get(nextToStore); ready; ready = done.get(nextToStore)) {
              done.delete(nextToStore);
              storeChunk(ready);
              nextToStore += ready.items.length;
            }
          } catch (error) {
            reject(error);
            return;
          }
          if (Date.now() - lastLog > 10000) {
            lastLog = Date.now();
            const rate = (nextToStore - resumeAt) / ((Date.now() - started) / 1000);
            log(`  stored ${nextToStore}/${articles} articles (${rate.toFixed(0)}/s)`);
          }
          if (nextToStore >= articles) resolve();
        });
        // Two chunks in flight per worker keep it busy while the main thread stores.
        assign(worker);
        assign(worker);
      }
      if (nextToStore >= articles) resolve();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const { seconds, peakRssBytes } = progress();
  const built: BuildRecord = {
    articles,
    seconds,
    peakRssBytes,
    workers: workerCount,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
  fs.writeFileSync(`${file}.build.json`, `${JSON.stringify(built, null, 1)}\n`);
  fs.renameSync(temp, file);
  for (const suffix of ['-wal', '-shm', '.json']) fs.rmSync(temp + suffix, { force: true });
  return { ...stats(file), path: file, articles, seconds: built.seconds, cached: false, built };
}

/** A stopped or running build's progress record. */
interface BuildProgress {
  seconds: number;
  peakRssBytes: number;
  pid: number;
}

/** Whether a process of that pid runs (signal 0 tests without sending). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function stats(file: string): { quotes: number; mentions: number; entities: number; bytes: number } {
  const db = new Database(file, { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { quotes: count('quote'), mentions: count('mention'), entities: count('entity'), bytes: fs.statSync(file).size };
  } finally {
    db.close();
  }
}
