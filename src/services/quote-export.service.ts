import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { dialectOf } from '../db/dialect';
import { streamRows } from '../db/row-stream';
import { toGlobalId } from '../types/global-id';
import { AboutScope, QuoteCriteria } from '../types/quote-criteria';
import { QuoteKind } from '../types/quote-kind';
import { badInput } from '../types/bad-input';
import { QuoteExportFormat, QuoteExportRow, quoteExportSerializer } from './quote-export.format';
import { compileQuoteFilter } from './quote-filter.compiler';

/**
 * Streamed exports of quotes (NDJSON and CSV), in constant memory however many rows match: the
 * store's rows come as a stream (`streamRows`, a cursor), become QuoteExportRow records and are
 * serialised (`quoteExportSerializer`), all through one `pipeline` to the output, so that rows are
 * read only as fast as the output takes them. Filtering is `compileQuoteFilter`, the same SQL as
 * GraphQL's `quotes(filter:)`; the order is GraphQL's default (POSITION: article by article, then
 * text order, i.e. quote id).
 */

// ---------------------------------------------------------------------------------------------
// Parameters -> QuoteCriteria (shared by the HTTP routes and the CLI)

/** The value of the string enum `values` that `value` names, case aside; BAD_USER_INPUT naming `parameter` otherwise. */
function oneOf<E extends string>(values: Record<string, E>, value: string, parameter: string): E {
  const known = Object.values(values);
  const found = known.find((v) => v === value.toUpperCase());
  if (found === undefined) throw badInput(`"${parameter}" must be one of ${known.join(', ')}, got "${value}"`);
  return found;
}

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
  'kind',
] as const;

export type QuoteExportParameter = (typeof QUOTE_EXPORT_PARAMETERS)[number];

/** Parameters that may be given more than once (each value is one entity name or one kind; commas are not split). */
const REPEATABLE: ReadonlySet<string> = new Set(['about', 'aboutAny', 'kind']);

/**
 * Maps export parameters (a query string's, or the CLI's options) to a QuoteCriteria. `about` and
 * `aboutAny` are repeatable, one entity a value (`about=Ukraine&about=NATO`: commas are not
 * separators, since names can hold them), and so is `kind` (`kind=DIRECT&kind=MIXED`; left out:
 * DIRECT only, as in GraphQL); every other parameter is given at most once. Throws a
 * BAD_USER_INPUT GraphQLError naming the parameter for an unknown parameter, an empty value, a
 * repeated single parameter, an `aboutScope` that is not QUOTE, PARAGRAPH or ARTICLE, a `kind`
 * that is not DIRECT, MIXED or INDIRECT, or a `minConfidence` that is not a number from 0 to 1.
 * Dates, IDs and `text` are checked by `compileQuoteFilter`, with the same messages as GraphQL's.
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
      case 'aboutScope':
        filter.aboutScope = oneOf(AboutScope, value, name);
        break;
      case 'kind':
        filter.kind = [...new Set(strings.map((kind) => oneOf(QuoteKind, kind, name)))];
        break;
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

/** GraphQL type names of the `entity.type` values (used in global IDs). */
const ENTITY_TYPE_NAMES: Record<string, string> = { PERSON: 'Person', ORGANIZATION: 'Organization', LOCATION: 'Location' };

/** The SELECT of an export, around a condition on `q` from `compileQuoteFilter`; its rows are QuoteExportSqlRow arrays. */
function quoteExportSql(condition: string): string {
  return `SELECT q.id, q.text, q.start, q."end", q.paragraph, q.cue_text, q.speaker_mention_text, q.attribution, q.confidence,
      sp.id, sp.type, sp.name, art.id, art.title, art.url, art.published_at, q.kind
    FROM quote q
    JOIN article art ON art.id = q.article_id
    LEFT JOIN entity sp ON sp.id = q.speaker_id
    WHERE ${condition}
    ORDER BY q.id`;
}

/** One row of quoteExportSql (`rowMode: 'array'`): its values in the order of the SELECT list. */
type QuoteExportSqlRow = [
  id: number,
  text: string,
  start: number,
  end: number,
  paragraph: number | null,
  cueText: string | null,
  speakerMentionText: string | null,
  attribution: string,
  confidence: number,
  speakerRowId: number | null,
  speakerEntityType: string | null,
  speakerName: string | null,
  articleRowId: number,
  articleTitle: string,
  articleUrl: string | null,
  publishedAt: string | null,
  kind: string,
];

/** The export record of one row of quoteExportSql. */
function toExportRow(row: QuoteExportSqlRow): QuoteExportRow {
  const [id, text, start, end, paragraph, cue, speakerMention, attribution, confidence, speakerRowId, entityType, speakerName, articleRowId, articleTitle, articleUrl, publishedAt, kind] =
    row;
  const speakerType = entityType === null ? null : (ENTITY_TYPE_NAMES[entityType] ?? entityType);
  return {
    id: toGlobalId('Quote', id),
    text,
    start,
    end,
    paragraph,
    speakerName,
    speakerType,
    speakerId: speakerRowId === null || speakerType === null ? null : toGlobalId(speakerType, speakerRowId),
    speakerMention,
    cue,
    attribution,
    confidence,
    articleId: toGlobalId('Article', articleRowId),
    articleTitle,
    articleUrl,
    publishedAt,
    kind,
  };
}

/** The application name of an export's own PostgreSQL connection (pg_stat_activity shows it). */
export const EXPORT_APPLICATION_NAME = 'newsgraph export';

/**
 * The store's rows of the quotes that match `filter`, as an object-mode Readable on a cursor of its
 * own (`streamRows`: a read-only connection and snapshot; released when the stream ends or is
 * destroyed). Rejects at once, before any row is read, with a BAD_USER_INPUT GraphQLError for a bad
 * filter (as `compileQuoteFilter` does, `maxSearchTerms` its limit on search terms), or with the store's error when it cannot open the cursor.
 * Pass it to `writeQuoteExport`, or `destroy()` it.
 */
export function openQuoteExport(dataSource: DataSource, filter: QuoteCriteria | null | undefined, maxSearchTerms?: number): Promise<Readable> {
  const { sql, params } = compileQuoteFilter(filter, dialectOf(dataSource), maxSearchTerms);
  return streamRows(dataSource, quoteExportSql(sql), params, { rowMode: 'array', applicationName: EXPORT_APPLICATION_NAME });
}

/**
 * Writes an opened export (`openQuoteExport`) to `out` in `format` through one `pipeline`: rows ->
 * records -> text -> `out`, read only as fast as `out` takes the text. However it ends (done, `out`
 * closed early by a client that went away, or an error mid-stream) the rows are destroyed and so
 * their cursor is released. Ends `out` unless `end` is false (for process.stdout). Resolves with
 * the number of records written; rejects when a row, `out` or the store fails, or `out` closes
 * before the end (the output is then incomplete: what to do about it is the caller's).
 */
export async function writeQuoteExport(
  rows: Readable,
  format: QuoteExportFormat,
  out: NodeJS.WritableStream,
  { end = true }: { end?: boolean } = {},
): Promise<number> {
  let count = 0;
  const records = new Transform({
    objectMode: true,
    transform(row: QuoteExportSqlRow, _encoding, callback) {
      count++;
      callback(null, toExportRow(row));
    },
  });
  await pipeline(rows, records, quoteExportSerializer(format), inLargePieces, out, { end });
  return count;
}

/**
 * The serializer's text in pieces of up to the size of its buffer rather than one per record: a
 * Readable's async iterator reads with `read()`, which hands over all that is buffered at once.
 * `out` then takes a few large writes (a syscall each on a synchronous stdout; a chunk each in a
 * chunked HTTP body) instead of a small write a row.
 */
async function* inLargePieces(text: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  for await (const piece of text) yield piece;
}
