import { sectionOf, withSections } from '../../../bench/results-section';
import { ScaleRow, scaleSection, withScaleRow } from '../../../bench/scale-table';

const row = (store: ScaleRow['store'], articles: number, q1p99 = 40): ScaleRow => ({
  store,
  articles,
  quotes: articles * 26,
  databaseBytes: articles * 20 * 2 ** 10,
  load: store === 'sqlite' ? { kind: 'ingest', seconds: articles / 200, peakRssBytes: 300 * 2 ** 20, date: '2026-12-03' } : { kind: 'copy', seconds: 600, peakRssBytes: null, date: '2026-12-03' },
  cells: [1, 16].flatMap((connections) => ['Q1', 'Q2', 'Q3', 'Q4'].map((query) => ({ query, connections, rps: 100, p99: query === 'Q1' ? q1p99 : 30 }))),
  date: '2026-12-03',
  loadAverage: 1.5,
});

describe('bench/RESULTS.md sections', () => {
  const text = 'head\n\n<!-- scale -->\nold scale\n<!-- /scale -->\n\n<!-- postgres -->\npg figures\n<!-- /postgres -->\n';

  it('finds a section by its marks and keeps the ones a run does not write', () => {
    expect(sectionOf(text, 'postgres')).toBe('<!-- postgres -->\npg figures\n<!-- /postgres -->');
    expect(sectionOf('no marks here', 'scale')).toBe('');
    const rewritten = withSections(text, ['scale', 'postgres'], ['<!-- scale -->\nnew\n<!-- /scale -->', sectionOf(text, 'postgres')]);
    expect(rewritten).toBe('head\n\n<!-- scale -->\nnew\n<!-- /scale -->\n\n<!-- postgres -->\npg figures\n<!-- /postgres -->\n');
  });

  it('appends the kept sections to a freshly written report, and drops those given as empty', () => {
    expect(withSections('# fresh report\n', ['scale', 'postgres'], ['', sectionOf(text, 'postgres')])).toBe('# fresh report\n\n<!-- postgres -->\npg figures\n<!-- /postgres -->\n');
  });
});

describe('scale table', () => {
  it('replaces the line of the same store and size and orders SQLite first, then by size', () => {
    const rows = withScaleRow(withScaleRow([row('postgres', 10_000), row('sqlite', 100_000)], row('sqlite', 10_000)), row('sqlite', 100_000, 99));
    expect(rows.map((r) => `${r.store} ${r.articles}`)).toEqual(['sqlite 10000', 'sqlite 100000', 'postgres 10000']);
    expect(rows[1].cells.find((c) => c.query === 'Q1' && c.connections === 1)?.p99).toBe(99);
  });

  it('prints one line per size and connection count, and the targets at a million articles', () => {
    const section = scaleSection([row('sqlite', 1_000_000, 120), row('postgres', 10_000)]);
    expect(section.startsWith('<!-- scale -->\n## Scale')).toBe(true);
    expect(section).toContain('| SQLite | 1,000,000 | 26,000,000 | 19531 MiB | built by the pipeline, 200 articles/s (83 min) | 300 MiB | 16 | 100 / 120 ms | 100 / 30 ms |');
    expect(section).toContain('| PostgreSQL | 10,000 | 260,000 | 195 MiB | COPY of the SQLite rows, 10 min | – | 1 |');
    expect(section).toContain('| Q1-Q4 p99 < 50 ms at 16 connections | SQLite | worst 120 ms | **no** |');
    expect(section).toContain('| ingest ≥ 500 articles/s (the build) | SQLite | 200 | **no** |');
    expect(section).toContain('| ingest peak memory < 500 MB (the build\'s, two workers) | SQLite | 315 MB | yes |');
  });
});
