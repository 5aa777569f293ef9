import { MultiBar, Presets } from 'cli-progress';
import { Config } from '../config/config';
import { openDataSource } from '../db/data-source';
import { formatSummary } from '../ingestion/ingest-summary';
import { ingestPaths } from '../ingestion/pipeline';

/**
 * `newsgraph ingest PATH...`: ingests files and folders into the configured database, showing a
 * progress bar on a terminal (a line every 1,000 inputs otherwise), each failure on stderr as it
 * happens, and the summary. Returns the exit code:
 * 0 when every input went in (or was already there), 1 when any failed, 2 for a usage error.
 */
export async function ingestCommand(paths: string[], config: Config): Promise<number> {
  if (paths.length === 0) {
    console.error('usage: newsgraph ingest PATH... (files or folders of .txt, .json, .jsonl, .html)');
    return 2;
  }
  const dataSource = await openDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
  const startedAt = Date.now();
  const bars = process.stderr.isTTY
    ? new MultiBar({ format: '{value} done | {quotes} quotes | {failed} failed | {rate} articles/s | {origin}', hideCursor: true }, Presets.shades_classic)
    : null;
  const bar = bars?.create(0, 0, { quotes: 0, failed: 0, rate: 0, origin: '' });
  const report = (message: string) => (bars ? bars.log(`${message}\n`) : console.error(message));
  let reported = 0;
  try {
    const summary = await ingestPaths(dataSource, paths, (running, origin) => {
      const done = running.articles + running.skipped + running.failed.length;
      for (const failure of running.failed.slice(reported)) report(`error: ${failure.message}`);
      reported = running.failed.length;
      const rate = Math.round((running.articles * 1000) / Math.max(1, Date.now() - startedAt));
      bar?.setTotal(done);
      bar?.update(done, { quotes: running.quotes, failed: running.failed.length, rate, origin });
      if (!bars && done % 1000 === 0) console.error(`${formatSummary(running)} (${rate} articles/s)`);
    });
    bars?.stop();
    console.log(formatSummary(summary));
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    bars?.stop();
    await dataSource.destroy();
  }
}
