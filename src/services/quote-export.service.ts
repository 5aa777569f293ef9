import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';
import pg from 'pg';
import Cursor from 'pg-cursor';
import { DataSource } from 'typeorm';
import { dialectOf, isPostgres, sqliteConnection } from '../db/dialect';
import { toGlobalId } from '../types/global-id';
import { AboutScope, QuoteCriteria } from '../types/quote-criteria';
import { badInput } from '../types/bad-input';
import { compileQuoteFilter } from './quote-filter.compiler';

/**
 * Streamed exports of quotes (NDJSON and CSV), with constant memory however many rows match:
 * rows come a batch at a time from a database cursor (better-sqlite3's `.iterate()`, or pg-cursor
 * on PostgreSQL) and are formatted one at a time. Filtering is `compileQuoteFilter`, the same SQL as GraphQL's `quotes(filter:)`; the
 * order is GraphQL's default (POSITION: article by article, then text order, i.e. quote id).
 */

/** One exported quote: flat, the same fields in NDJSON and CSV. */
export interface QuoteExportRow {
  /** Global ID of the quote (`node(id:)` finds it). */
  id: string;
  text: string;
  start: number;
  end: number;
  paragraph: number | null;
  speakerName: string | null;
  /** GraphQL type of the speaker: "Person" or "Organization" (null when no speaker was found). */
  speakerType: string | null;
  /** Global ID of the speaker. */
  speakerId: string | null;
  /** The words that name the speaker ("he", "the Atlantic Alliance"). */
  speakerMention: string | null;
  /** The cue ("stressed"). */
  cue: string | null;
  attribution: string;
  confidence: number;
  /** Global ID of the article. */
  articleId: string;
  articleTitle: string;
  articleUrl: string | null;
  publishedAt: string | null;
}

/** The columns of an export, in order: the CSV header and the NDJSON keys. */
export const QUOTE_EXPORT_COLUMNS: ReadonlyArray<keyof QuoteExportRow> = [
  'id',
  'text',
  'start',
  'end',
  'paragraph',
  'speakerName',
  'speakerType',
  'speakerId',
  'speakerMention',
  'cue',
  'attribution',
  'confidence',
  'articleId',
  'articleTitle',
  'articleUrl',
  'publishedAt',
];

/** The export formats. */
export type QuoteExportFormat = 'ndjson' | 'csv';

/** Content type of each format. */
export const QUOTE_EXPORT_CONTENT_TYPES: Record<QuoteExportFormat, string> = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

// ---------------------------------------------------------------------------------------------
// Parameters -> QuoteCriteria (shared by the HTTP routes and the CLI)

/** The filter parameters an export accepts; each is the QuoteCriteria field of the same name. */
export const QUOTE_EXPORT_PARAMETERS = [
  'speaker',
  'speakerId',
  'about',
  'aboutAny',
  'aboutScope',
  'text',
  'from',
  'to',
  'minConfidence',
  'articleId',
] as const;

export type QuoteExportParameter = (typeof QUOTE_EXPORT_PARAMETERS)[number];

/** Parameters that may be given more than once (each value is one entity name; commas are not split). */
const REPEATABLE: ReadonlySet<string> = new Set(['about', 'aboutAny']);

/**
 * Maps export parameters (a query string's, or the CLI's options) to a QuoteCriteria. `about` and
 * `aboutAny` are repeatable, one entity a value (`about=Ukraine&about=NATO`: commas are not
 * separators, since names can hold them); every other parameter is given at most once. Throws a
 * BAD_USER_INPUT GraphQLError naming the parameter for an unknown parameter, an empty value, a
 * repeated single parameter, an `aboutScope` that is not QUOTE, PARAGRAPH or ARTICLE, or a
 * `minConfidence` that is not a number from 0 to 1. Dates, IDs and `text` are checked by
 * `compileQuoteFilter`, with the same messages as GraphQL's.
 */
export function quoteFilterFromParameters(params: Record<string, unknown>): QuoteCriteria {
  const filter: QuoteCriteria = {};
  for (const [name, raw] of Object.entries(params)) {
    if (raw === undefined) continue;
    if (!(QUOTE_EXPORT_PARAMETERS as readonly string[]).includes(name)) {
      throw badInput(`unknown parameter "${name}"; known parameters: ${QUOTE_EXPORT_PARAMETERS.join(', ')}`);
    }
    const values = Array.isArray(raw) ? raw : [raw];
    if (values.some((v) => typeof v !== 'string')) throw badInput(`"${name}" must be a plain text value`);
    if (values.length === 0 || values.some((v) => (v as string).trim() === '')) throw badInput(`"${name}" is empty`);
    if (values.length > 1 && !REPEATABLE.has(name)) throw badInput(`"${name}" is given more than once`);
    const strings = values as string[];
    const value = strings[0];
    switch (name as QuoteExportParameter) {
      case 'about':
      case 'aboutAny':
        filter[name as 'about' | 'aboutAny'] = strings;
        break;
      case 'aboutScope': {
        const scope = value.toUpperCase();
        if (!Object.values(AboutScope).includes(scope as AboutScope)) {
          throw badInput(`"aboutScope" must be one of ${Object.values(AboutScope).join(', ')}, got "${value}"`);
        }
        filter.aboutScope = scope as AboutScope;
        break;
      }
      case 'minConfidence': {
        const number = Number(value);
        if (!Number.isFinite(number) || number < 0 || number > 1) {
          throw badInput(`"minConfidence" must be a number from 0 to 1, got "${value}"`);
        }
        filter.minConfidence = number;
        break;
      }
      default:
        filter[name as 'speaker' | 'speakerId' | 'text' | 'from' | 'to' | 'articleId'] = value;
    }
  }
  return filter;
}

// ---------------------------------------------------------------------------------------------
// The rows

/** What the SELECT below returns for one quote. */
interface RawRow {
  id: number;
  text: string;
  start: number;
  end: number;
  paragraph: number | null;
  cue_text: string | null;
  speaker_mention_text: string | null;
  attribution: string;
  confidence: number;
  speaker_row_id: number | null;
  speaker_type: string | null;
  speaker_name: string | null;
  article_row_id: number;
  article_title: string;
  article_url: string | null;
  published_at: string | null;
}

/** GraphQL type names of the `entity.type` values (used in global IDs). */
const ENTITY_TYPE_NAMES: Record<string, string> = { PERSON: 'Person', ORGANIZATION: 'Organization', LOCATION: 'Location' };

/** The SELECT of an export, around a condition on `q` from `compileQuoteFilter`. */
export function quoteExportSql(condition: string): string {
  return `SELECT q.id, q.text, q.start, q."end", q.paragraph, q.cue_text, q.speaker_mention_text, q.attribution, q.confidence,
      sp.id AS speaker_row_id, sp.type AS speaker_type, sp.name AS speaker_name,
      art.id AS article_row_id, art.title AS article_title, art.url AS article_url, art.published_at AS published_at
    FROM quote q
    JOIN article art ON art.id = q.article_id
    LEFT JOIN entity sp ON sp.id = q.speaker_id
    WHERE ${condition}
    ORDER BY q.id`;
}

function toExportRow(raw: RawRow): QuoteExportRow {
  const speakerType = raw.speaker_type === null ? null : (ENTITY_TYPE_NAMES[raw.speaker_type] ?? raw.speaker_type);
  return {
    id: toGlobalId('Quote', raw.id),
    text: raw.text,
    start: raw.start,
    end: raw.end,
    paragraph: raw.paragraph,
    speakerName: raw.speaker_name,
    speakerType,
    speakerId: raw.speaker_row_id === null || speakerType === null ? null : toGlobalId(speakerType, raw.speaker_row_id),
    speakerMention: raw.speaker_mention_text,
    cue: raw.cue_text,
    attribution: raw.attribution,
    confidence: raw.confidence,
    articleId: toGlobalId('Article', raw.article_row_id),
    articleTitle: raw.article_title,
    articleUrl: raw.article_url,
    publishedAt: raw.published_at,
  };
}

/**
 * The matching quotes, one row at a time from a database cursor: an async iterator to read once,
 * then close (`close()` is idempotent, never rejects, and runs by itself at the end of the rows,
 * on `return()`, and so when a `for await...of` breaks or throws).
 */
export interface QuoteExportRows extends AsyncIterableIterator<QuoteExportRow> {
  close(): Promise<void>;
}

/** Raw rows from a cursor: `next()` gives the next batch (empty at the end); `close()` frees the cursor and its connection. */
interface RawCursor {
  next(): Promise<RawRow[]>;
  close(): Promise<void>;
}

/** Rows a cursor fetches at a time. */
const CURSOR_BATCH = 200;

/** The application name of an export's own PostgreSQL connection (pg_stat_activity shows it). */
export const EXPORT_APPLICATION_NAME = 'newsgraph export';

/**
 * A better-sqlite3 cursor (`.iterate()`). For a database file, on a read-only connection of its
 * own: an open better-sqlite3 cursor makes its connection refuse every write ("This database
 * connection is busy executing a query"), so a slow export on the DataSource's connection would
 * stop ingestion and any other write through it. The export then reads one consistent snapshot
 * (WAL) while writers go on. A ":memory:" database has only the DataSource's connection, and the
 * cursor runs there.
 */
function sqliteCursor(dataSource: DataSource, sql: string, parameters: unknown[]): RawCursor {
  const shared = sqliteConnection(dataSource);
  const own = shared.memory ? null : new Database(shared.name, { readonly: true, fileMustExist: true });
  let rows: IterableIterator<RawRow>;
  try {
    own?.pragma('busy_timeout = 5000');
    rows = (own ?? shared).prepare(sql).iterate(...parameters) as IterableIterator<RawRow>;
  } catch (error) {
    own?.close();
    throw error;
  }
  return {
    async next() {
      const batch: RawRow[] = [];
      for (let step = rows.next(); !step.done; step = rows.next()) {
        batch.push(step.value);
        if (batch.length === CURSOR_BATCH) break;
      }
      return batch;
    },
    async close() {
      try {
        rows.return?.();
      } finally {
        own?.close();
      }
    },
  };
}

/**
 * A PostgreSQL cursor (pg-cursor) on a connection of its own, in a read-only REPEATABLE READ
 * transaction: one consistent snapshot, fetched CURSOR_BATCH rows at a time, while the DataSource's
 * pool stays free for GraphQL and writes.
 */
async function postgresCursor(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<RawCursor> {
  const client = new pg.Client({ connectionString: (dataSource.options as { url?: string }).url, application_name: EXPORT_APPLICATION_NAME });
  client.on('error', () => undefined); // a broken connection surfaces through the next read
  let cursor: Cursor<RawRow> | null = null;
  try {
    await client.connect();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    cursor = client.query(new Cursor<RawRow>(sql, parameters));
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  const open = cursor;
  return {
    next: () => open.read(CURSOR_BATCH),
    async close() {
      try {
        await open.close();
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * Opens an export of the quotes that match `filter`. Rejects at once (before any row is read) with
 * a BAD_USER_INPUT GraphQLError for a bad filter, as `compileQuoteFilter` does. The rows are read
 * through a cursor, a batch at a time, never all at once: better-sqlite3's `.iterate()` on
 * SQLite, pg-cursor on PostgreSQL, each on a read-only connection of its own (see sqliteCursor,
 * postgresCursor).
 */
export async function openQuoteExport(dataSource: DataSource, filter: QuoteCriteria | null | undefined): Promise<QuoteExportRows> {
  const { sql: condition, params } = compileQuoteFilter(filter, dialectOf(dataSource));
  const [sql, positional] = dataSource.driver.escapeQueryWithParameters(quoteExportSql(condition), params);
  const cursor = isPostgres(dataSource) ? await postgresCursor(dataSource, sql, positional) : sqliteCursor(dataSource, sql, positional);
  let batch: RawRow[] = [];
  let at = 0;
  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= cursor.close().catch(() => undefined);
    return closing;
  };
  const rows: QuoteExportRows = {
    async next(): Promise<IteratorResult<QuoteExportRow>> {
      if (closing) return { done: true, value: undefined };
      if (at === batch.length) {
        try {
          batch = await cursor.next();
        } catch (error) {
          await close();
          throw error;
        }
        at = 0;
        if (batch.length === 0) {
          await close();
          return { done: true, value: undefined };
        }
      }
      return { done: false, value: toExportRow(batch[at++]) };
    },
    async return(): Promise<IteratorResult<QuoteExportRow>> {
      await close();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return rows;
    },
    close,
  };
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Formatters: pure, one row in, one line out

/** One NDJSON line (with its "\n"): the row as a JSON object, keys in QUOTE_EXPORT_COLUMNS order. */
export function ndjsonLine(row: QuoteExportRow): string {
  const ordered: Record<string, unknown> = {};
  for (const column of QUOTE_EXPORT_COLUMNS) ordered[column] = row[column];
  return `${JSON.stringify(ordered)}\n`;
}

/**
 * One CSV field as RFC 4180 asks: null/undefined as an empty field; a value holding a comma, a
 * double quote, CR or LF inside double quotes, its double quotes doubled.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record (with its CRLF) of `values`. */
export function csvRecord(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The CSV header record. */
export function csvHeader(): string {
  return csvRecord(QUOTE_EXPORT_COLUMNS);
}

/** One CSV record of a row. */
export function csvLine(row: QuoteExportRow): string {
  return csvRecord(QUOTE_EXPORT_COLUMNS.map((column) => row[column]));
}

/** The line of a row in `format`. */
const lineOf = (row: QuoteExportRow, format: QuoteExportFormat): string => (format === 'csv' ? csvLine(row) : ndjsonLine(row));

/** The text of an export, line by line: the CSV header first, then one line a row. */
export function* formatQuoteExport(rows: Iterable<QuoteExportRow>, format: QuoteExportFormat): Generator<string> {
  if (format === 'csv') yield csvHeader();
  for (const row of rows) yield lineOf(row, format);
}

/** Collects lines into chunks of about `size` characters (a line is never split). */
class LineChunker {
  private parts: string[] = [];
  private length = 0;
  constructor(private readonly size: number) {}

  /** Adds a line; returns a full chunk when there is one. */
  add(line: string): string | null {
    this.parts.push(line);
    this.length += line.length;
    return this.length >= this.size ? this.rest() : null;
  }

  /** What is left, or null. */
  rest(): string | null {
    if (this.parts.length === 0) return null;
    const chunk = this.parts.join('');
    this.parts = [];
    this.length = 0;
    return chunk;
  }
}

/**
 * Joins lines into chunks of about `size` characters (a line is never split), so that a stream
 * writes a few large chunks rather than one small chunk a row.
 */
export function* chunkLines(lines: Iterable<string>, size = 64 * 1024): Generator<string> {
  const chunker = new LineChunker(size);
  for (const line of lines) {
    const chunk = chunker.add(line);
    if (chunk !== null) yield chunk;
  }
  const rest = chunker.rest();
  if (rest !== null) yield rest;
}

/**
 * Writes an export to `out`, honouring backpressure (rows are read only as fast as `out` takes
 * them), and closes the rows however it ends: done, `out` closed early (a client that went away),
 * or an error. Ends `out` unless `end` is false (for process.stdout). Resolves with the number of
 * rows written; rejects when `out` fails or closes before the end.
 */
export async function writeQuoteExport(
  rows: QuoteExportRows,
  format: QuoteExportFormat,
  out: NodeJS.WritableStream,
  { end = true }: { end?: boolean } = {},
): Promise<number> {
  let count = 0;
  async function* chunks(): AsyncGenerator<string> {
    const chunker = new LineChunker(64 * 1024);
    if (format === 'csv') chunker.add(csvHeader());
    for await (const row of rows) {
      count++;
      const chunk = chunker.add(lineOf(row, format));
      if (chunk !== null) yield chunk;
    }
    const rest = chunker.rest();
    if (rest !== null) yield rest;
  }
  try {
    const source = Readable.from(chunks(), { objectMode: false, highWaterMark: 64 * 1024 });
    await pipeline(source, out, { end });
    return count;
  } finally {
    await rows.close();
  }
}
