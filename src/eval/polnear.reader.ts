/**
 * Reads PolNeAR articles (one JSON object a line: id, publisher, publication_date, title, text,
 * attributions) into what the ingester would get for them and what the scorer needs: the JSON
 * ingest object `{ title, body: text, publishedAt: publication_date, source: publisher }`, the
 * ParsedArticle that `parseJsonArticle` makes of it, and the gold attributions.
 */
import { readFileSync } from 'node:fs';
import type { ParsedArticle, Span } from '../ingestion/annotations';
import { parseJsonArticle } from '../ingestion/parse/json-article.parser';
import type { GoldArticle, GoldAttribution } from './quote-eval';

/** The JSON ingest object of one article, as `newsgraph ingest` reads it from a .jsonl line. */
export interface IngestObject {
  title: string;
  body: string;
  publishedAt: string | null;
  source: string | null;
}

/** One PolNeAR article, ready to annotate and score. */
export interface PolnearArticle {
  /** `FILE:LINE`, as the ingester names a JSONL line. */
  origin: string;
  ingest: IngestObject;
  article: ParsedArticle;
  gold: GoldArticle;
}

interface RawSpan {
  start: number;
  end: number;
  text: string;
}

const TYPES = new Set(['direct', 'mixed', 'indirect']);

/** The spans of `field`, each checked to index `text` exactly. */
function spansOf(value: unknown, text: string, where: string): Span[] {
  if (!Array.isArray(value)) throw new Error(`${where}: expected a list of spans`);
  return (value as RawSpan[]).map((s) => {
    if (!Number.isInteger(s?.start) || !Number.isInteger(s?.end) || text.slice(s.start, s.end) !== s.text) {
      throw new Error(`${where}: span ${JSON.stringify(s)} does not index the text`);
    }
    return { start: s.start, end: s.end };
  });
}

/**
 * Parses one PolNeAR line. Throws an Error naming `origin` when the line is not an article object
 * with string `title` and `text`, or a span does not index the text exactly.
 */
export function parsePolnearLine(line: string, origin: string): PolnearArticle {
  const record = JSON.parse(line) as Record<string, unknown>;
  const text = record.text;
  if (typeof text !== 'string' || typeof record.title !== 'string') throw new Error(`${origin}: expected "title" and "text" strings`);
  const ingest: IngestObject = {
    title: record.title,
    body: text,
    publishedAt: typeof record.publication_date === 'string' ? record.publication_date : null,
    source: typeof record.publisher === 'string' ? record.publisher : null,
  };
  const attributions: GoldAttribution[] = ((record.attributions ?? []) as Record<string, unknown>[]).map((a, i) => {
    const where = `${origin}: attribution ${String(a.id ?? i)}`;
    if (!TYPES.has(a.type as string)) throw new Error(`${where}: unknown type ${JSON.stringify(a.type)}`);
    return {
      id: String(a.id ?? i),
      type: a.type as GoldAttribution['type'],
      content: spansOf(a.content, text, `${where} content`),
      source: spansOf(a.source ?? [], text, `${where} source`),
      sourceIsPronoun: a.source_is_pronoun === true,
    };
  });
  const id = typeof record.id === 'string' ? record.id : origin;
  return { origin, ingest, article: parseJsonArticle(ingest, origin), gold: { id, body: text, attributions } };
}

/** Every article of a PolNeAR .jsonl file, in file order; blank lines are skipped. Throws on a bad line. */
export function readPolnearFile(file: string): PolnearArticle[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.trim() ? [parsePolnearLine(line, `${file}:${i + 1}`)] : []));
}
