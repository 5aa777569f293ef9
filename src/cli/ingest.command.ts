import { MultiBar, Presets } from 'cli-progress';
import { Config } from '../config/config';
import { openDataSource, setPageCache } from '../db/data-source';
import { sqlRows } from '../db/dialect';
import { formatSummary } from '../services/ingest-summary';
import { countInputs } from '../ingestion/input.counter';
import { ingestPaths, IngestSummary } from '../services/ingest.service';

export const ingestUsage = `usage: newsgraph ingest PATH...
  ingests files and folders: .txt page text, .json (an object or an array), .jsonl (an object a line), .html / .htm pages.
  Progress, errors (with file and line) and the summary go to standard error; exit code 0 when every input went in
  (or was already stored), 1 when any failed (an article over a limit included), 2 for a usage error.
environment: DATABASE_PATH (default data/newsgraph.sqlite), DATABASE_URL (postgres://...: PostgreSQL instead of SQLite),
  NEWSGRAPH_MAX_ARTICLE_BYTES (default 1048576), NEWSGRAPH_MAX_QUOTES_PER_ARTICLE (default 1000)`;

/** SQLite page cache of an ingest's connection, in KiB. */
const INGEST_CACHE_KIB = 128 * 1024;

/**
 * SQLite settings of an ingest's connection besides its page cache (measured by storing 3,000
 * annotated synthetic articles, batches of 200, three interleaved runs: 2.9 ms of CPU per article
 * with neither, 2.2-2.3 ms with both):
 * - `temp_store = MEMORY`: the pages each article's savepoint and statements change, kept to undo
 *   them, stay in memory; past 64 KiB SQLite wrote them to a temporary file, a write system call
 *   per page, for every article (14% of the store's CPU time in `perf`).
 * - `wal_autocheckpoint = 40000` pages (the write-ahead log grows to about 160 MB between
 *   checkpoints, not 4 MB): the pages every batch rewrites (indexes, full-text segments) are copied
 *   into the database file once per 40,000 pages written, not once per 1,000, and the two fsyncs of
 *   a checkpoint, which the ingest waits for, come that much less often. 10,000 -> 40,000 took a
 *   CLI ingest of 20,000 synthetic articles from 63.3 and 64.0 s to 58.7, 59.6 and 61.3 s
 *   (alternating runs; 100,000 gave 57.4 and 58.8 s for a log of 400 MB, and a checkpoint thread of
 *   its own beside 40,000 gave nothing more: 58.7 and 58.8 s). SQLite removes the log when the
 *   ingest's connection closes, unless another connection (a running server) has the file open.
 */
export const INGEST_PRAGMAS = ['temp_store = MEMORY', 'wal_autocheckpoint = 40000'];

/** `1h02m`, `3m05s`, `12s`: a duration for the ETA. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  if (s >= 3600) return `${Math.floor(s / 3600)}h${two(Math.floor((s % 3600) / 60))}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${two(s % 60)}s`;
  return `${s}s`;
}

/**
 * `newsgraph ingest PATH...`: ingests files and folders into the configured database. Counts the
 * inputs first (the lines of JSONL files: cheap), then shows a progress bar on a terminal (done /
 * total, articles/s, ETA; a line every 1,000 inputs otherwise), each failure on stderr as it
 * happens, and the summary, all on standard error. Returns the exit code:
 * 0 when every input went in (or was already there), 1 when any failed, 2 for a usage error.
 */
export async function ingestCommand(paths: string[], config: Config): Promise<number> {
  if (paths.length === 0) {
    console.error(ingestUsage);
    return 2;
  }
  const dataSource = await openDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
  // A bigger page cache for this connection: the indexes an ingest inserts into (mentions by
  // entity, names by key) and above all the full-text segments that FTS5 merges as the index grows
  // are read back all the time; with SQLite's default 16 MiB cache that is a system call per page
  // (measured: 32 MiB made a 20,000-article ingest 2.7 times slower than 64 MiB).
  await setPageCache(dataSource, INGEST_CACHE_KIB);
  if (dataSource.options.type === 'better-sqlite3') for (const pragma of INGEST_PRAGMAS) await sqlRows(dataSource, `PRAGMA ${pragma}`);
  let total = await countInputs(paths);
  const startedAt = Date.now();
  const bars = process.stderr.isTTY
    ? new MultiBar(
        { format: '{bar} {value}/{total} | {rate} articles/s | ETA {timeLeft} | {quotes} quotes | {failed} failed | {origin}', hideCursor: true },
        Presets.shades_classic,
      )
    : null;
  const bar = bars?.create(total, 0, { quotes: 0, failed: 0, rate: 0, timeLeft: '?', origin: '' });
  const report = (message: string) => (bars ? bars.log(`${message}\n`) : console.error(message));
  let reported = 0;
  try {
    const onProgress = (running: IngestSummary, origin: string) => {
      const done = running.articles + running.skipped + running.failed.length;
      for (const failure of running.failed.slice(reported)) report(`error: ${failure.message}`);
      reported = running.failed.length;
      const seconds = Math.max(0.001, (Date.now() - startedAt) / 1000);
      const rate = Math.round(done / seconds);
      if (done > total) total = done;
      const eta = formatDuration(done > 0 ? ((total - done) * seconds) / done : Infinity);
      if (bar) {
        if (bar.getTotal() !== total) bar.setTotal(total);
        bar.update(done, { quotes: running.quotes, failed: running.failed.length, rate, timeLeft: eta, origin });
      } else if (done % 1000 === 0) {
        console.error(`${formatSummary(running)} (${done}/${total}, ${rate} articles/s, ETA ${eta})`);
      }
    };
    const summary = await ingestPaths(dataSource, paths, { onProgress, limits: config.limits });
    bars?.stop();
    console.error(formatSummary(summary));
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    bars?.stop();
    await dataSource.destroy();
  }
}
