import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
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

/** The build record kept beside `file`, or null. */
function readBuildRecord(file: string): BuildRecord | null {
  try {
    return JSON.parse(fs.readFileSync(`${file}.build.json`, 'utf8')) as BuildRecord;
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
 * name and renamed when complete, with its build record (`<file>.build.json`: seconds, peak memory).
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
    return { ...stats(file), path: file, articles, seconds: 0, cached: true, built: readBuildRecord(file) };
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  const temp = `${file}.building-${process.pid}`;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(temp + suffix, { force: true });
  const started = Date.now();

  const dataSource = await openDataSource({ databasePath: temp });
  await dataSource.destroy();
  const db = new Database(temp);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -262144');
  const writer = new SqliteArticleWriter(db);
  const storeChunk = (chunk: AnnotatedChunk) => {
    const failed = writer.storeBatch(chunk.items).find((outcome) => !outcome.ok);
    if (failed && !failed.ok) throw failed.error;
  };

  const workerCount = Math.max(1, options.workers ?? Math.min(2, os.cpus().length));
  const workers = Array.from({ length: workerCount }, () => new Worker(path.join(__dirname, 'annotate.worker.js'), { workerData: { seed } }));
  try {
    await new Promise<void>((resolve, reject) => {
      let nextToAssign = 0;
      let nextToStore = 0;
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
            const rate = nextToStore / ((Date.now() - started) / 1000);
            log(`  stored ${nextToStore}/${articles} articles (${rate.toFixed(0)}/s)`);
          }
          if (nextToStore >= articles) resolve();
        });
        // Two chunks in flight per worker keep it busy while the main thread stores.
        assign(worker);
        assign(worker);
      }
      if (articles === 0) resolve();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const built: BuildRecord = {
    articles,
    seconds: (Date.now() - started) / 1000,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    workers: workerCount,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
  fs.writeFileSync(`${file}.build.json`, `${JSON.stringify(built, null, 1)}\n`);
  fs.renameSync(temp, file);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(temp + suffix, { force: true });
  return { ...stats(file), path: file, articles, seconds: built.seconds, cached: false, built };
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
