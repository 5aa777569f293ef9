import { IngestSummary } from './ingest.service';

/** One line saying what an ingest run did. */
export function formatSummary(summary: IngestSummary): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    `ingested ${count(summary.articles, 'article', 'articles')}`,
    count(summary.quotes, 'quote', 'quotes'),
    count(summary.reported, 'reported statement', 'reported statements'),
    `${count(summary.entities, 'new entity', 'new entities')};`,
    `skipped ${summary.skipped} already stored;`,
    `failed ${summary.failed.length}`,
  ].join(', ').replace(/;,/g, ';');
}

