import fs from 'node:fs';
import { markedSection } from './results-section';

/** One size of the scale table: a store at a number of articles, measured by `npm run bench -- --scale`. */
export interface ScaleRow {
  store: 'sqlite' | 'postgres';
  articles: number;
  quotes: number;
  databaseBytes: number;
  /**
   * How the data got there. SQLite: the build (the real pipeline annotating on worker threads, the
   * product's batched write path storing; bench/build-db.ts). PostgreSQL: the COPY of those rows
   * (bench/postgres-copy.ts), which is not an ingest. Null when no record of it was kept.
   */
  load: { kind: 'ingest' | 'copy'; seconds: number; peakRssBytes: number | null; date: string } | null;
  cells: { query: string; connections: number; rps: number; p99: number }[];
  /** ISO date of the measurement, and the 1-minute load average at its end (the machine is shared). */
  date: string;
  loadAverage: number;
}

/** The rows kept in `file` (bench/scale.json), [] when it does not exist yet. */
export function readScaleRows(file: string): ScaleRow[] {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ScaleRow[]) : [];
}

/** `rows` with `row` in place of the one of the same store and size (or added), ordered by store, then size. */
export function withScaleRow(rows: ScaleRow[], row: ScaleRow): ScaleRow[] {
  return [...rows.filter((r) => r.store !== row.store || r.articles !== row.articles), row]
    .sort((a, b) => a.store.localeCompare(b.store) * -1 || a.articles - b.articles);
}

const MiB = 2 ** 20;
const QUERIES = ['Q1', 'Q2', 'Q3', 'Q4'];

/** The scale section of bench/RESULTS.md (marks included) for `rows`: one line per store, size and connection count, and the targets at a million articles. */
export function scaleSection(rows: ScaleRow[]): string {
  const lines = ['## Scale', ''];
  lines.push('Written by `npm run bench -- --scale --articles N [--store postgres --database-url ...]`, one size at a time (each run replaces its own lines; the figures are kept in bench/scale.json). ' +
    'Gateway only, Q1-Q4 cold as above, 5 s per cell. Each line was measured on its own day and load: compare the ratios within a line, and lines of one size across stores with care. ' +
    'A SQLite database is built by the real pipeline on two annotating worker threads (each loads its own lexicons and gazetteers) and the product\'s batched write path with a 256 MiB page cache: ' +
    'its rate is ingest\'s, its peak memory (the whole process) is not `newsgraph ingest`\'s, which annotates on one worker (`npm run bench:ingest` prints that peak).', '');
  lines.push('| store | articles | quotes | database | how the rows got there | peak memory of the build | conns | Q1 rps / p99 | Q2 | Q3 | Q4 | measured (load) |');
  lines.push('| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const row of rows) {
    const connections = [...new Set(row.cells.map((c) => c.connections))].sort((a, b) => a - b);
    for (const conns of connections) {
      const cell = (query: string) => {
        const c = row.cells.find((x) => x.query === query && x.connections === conns);
        return c ? `${c.rps.toFixed(0)} / ${c.p99.toFixed(0)} ms` : '';
      };
      const how = row.load === null ? 'no record'
        : row.load.kind === 'ingest' ? `built by the pipeline, ${(row.articles / row.load.seconds).toFixed(0)} articles/s (${(row.load.seconds / 60).toFixed(0)} min)`
          : `COPY of the SQLite rows, ${(row.load.seconds / 60).toFixed(0)} min`;
      const memory = row.load?.peakRssBytes ? `${(row.load.peakRssBytes / MiB).toFixed(0)} MiB` : '–';
      lines.push(`| ${row.store === 'sqlite' ? 'SQLite' : 'PostgreSQL'} | ${row.articles.toLocaleString('en')} | ${row.quotes.toLocaleString('en')} | ${(row.databaseBytes / MiB).toFixed(0)} MiB | ` +
        `${how} | ${memory} | ${conns} | ${QUERIES.map(cell).join(' | ')} | ${row.date} (${row.loadAverage.toFixed(1)}) |`);
    }
  }
  const million = rows.filter((r) => r.articles >= 1_000_000);
  if (million.length) {
    lines.push('', '| target at 1M articles (issue 16) | store | measured | met |', '| --- | --- | --- | --- |');
    for (const row of million) {
      const store = row.store === 'sqlite' ? 'SQLite' : 'PostgreSQL';
      const worst = Math.max(...row.cells.filter((c) => c.connections === 16).map((c) => c.p99));
      if (Number.isFinite(worst)) lines.push(`| Q1-Q4 p99 < 50 ms at 16 connections | ${store} | worst ${worst.toFixed(0)} ms | ${worst < 50 ? 'yes' : '**no**'} |`);
      if (row.load?.kind === 'ingest') {
        const rate = row.articles / row.load.seconds;
        lines.push(`| ingest ≥ 500 articles/s (the build) | ${store} | ${rate.toFixed(0)} | ${rate >= 500 ? 'yes' : '**no**'} |`);
        if (row.load.peakRssBytes) lines.push(`| ingest peak memory < 500 MB (the build's, two workers) | ${store} | ${(row.load.peakRssBytes / 1e6).toFixed(0)} MB | ${row.load.peakRssBytes < 500e6 ? 'yes' : '**no**'} |`);
      }
    }
  }
  return markedSection('scale', lines.join('\n'));
}
