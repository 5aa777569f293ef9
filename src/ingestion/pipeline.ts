import { DataSource } from 'typeorm';
import { storeArticle } from '../services/article-store.service';
import { retryWhileBusy } from '../services/busy-retry';
import { ArticleAnnotations, ParsedArticle } from './annotations';
import { extractEntities } from './extract/entity.extractor';
import { extractQuotes } from './extract/quote.extractor';
import { readInputs } from './parse/input.reader';

/**
 * Runs every extraction step on one parsed article: entities and their mentions first, then the
 * quotes, whose speakers are looked up among those mentions. Pure: no store, no I/O.
 */
export function annotateArticle(article: ParsedArticle): ArticleAnnotations {
  const found = extractEntities(article);
  return { ...found, quotes: extractQuotes(article, found) };
}

/** One input that could not be ingested, and why. */
export interface IngestFailure {
  origin: string;
  message: string;
}

/** What an ingest run did. */
export interface IngestSummary {
  /** Articles newly stored. */
  articles: number;
  /** Statement quotes newly stored. */
  quotes: number;
  /** Entities newly created. */
  entities: number;
  /** Articles already stored (same body or url), left alone. */
  skipped: number;
  failed: IngestFailure[];
}

/** Called after each input item with the running totals. */
export type IngestProgress = (summary: IngestSummary, origin: string) => void;

/**
 * Ingests files and folders: parses each input, annotates it and stores it, one transaction per
 * article. A bad input (missing, empty, binary, malformed, invalid) is recorded in `failed` with a
 * message naming the file (and line) and the run goes on with the rest.
 */
export async function ingestPaths(
  dataSource: DataSource,
  paths: string[],
  onProgress?: IngestProgress,
): Promise<IngestSummary> {
  const summary: IngestSummary = { articles: 0, quotes: 0, entities: 0, skipped: 0, failed: [] };
  for await (const item of readInputs(paths)) {
    if (item.kind === 'error') {
      summary.failed.push({ origin: item.origin, message: item.message });
      onProgress?.(summary, item.origin);
      continue;
    }
    try {
      const annotations = annotateArticle(item.article);
      const result = await retryWhileBusy(() => storeArticle(dataSource, item.article, annotations));
      if (result.status === 'duplicate') summary.skipped++;
      else {
        summary.articles++;
        summary.quotes += annotations.quotes.filter((q) => q.isStatement).length;
        summary.entities += result.newEntities;
      }
    } catch (error) {
      const cause = (error as { driverError?: Error }).driverError ?? (error as Error);
      summary.failed.push({
        origin: item.article.origin,
        message: `${item.article.origin}: could not store the article, nothing of it was written: ${cause.message}`,
      });
    }
    onProgress?.(summary, item.article.origin);
  }
  return summary;
}
