import { Transform, TransformCallback } from 'node:stream';
import { Stringifier } from 'csv-stringify';

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
  /** DIRECT, MIXED or INDIRECT (GraphQL's QuoteKind); last, so that the columns before it keep their places. */
  kind: string;
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
  'kind',
];

/** The export formats. */
export type QuoteExportFormat = 'ndjson' | 'csv';

/** Content type of each format. */
export const QUOTE_EXPORT_CONTENT_TYPES: Record<QuoteExportFormat, string> = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection): = + - @ tab CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV cell as a spreadsheet may safely open it: a text starting with = + - @, a tab or a carriage
 * return gets a single quote (') in front, as OWASP recommends, so it is shown as text and never
 * run as a formula; any other value is returned as it is.
 */
function neutralizeCsvCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Text the serializer buffers before its reader must take some (its readable highWaterMark). */
const TEXT_AHEAD = 64 * 1024;

/**
 * A Transform from QuoteExportRow records (object mode) to the text (bytes) of `format`:
 * - `ndjson`: one JSON object a line (`\n`), keys in QUOTE_EXPORT_COLUMNS order, null as null,
 *   texts exactly as stored;
 * - `csv`: RFC 4180 through csv-stringify: a header of QUOTE_EXPORT_COLUMNS (written even when no
 *   record follows), then one record a row, CRLF after every record; null as an empty field;
 *   a field holding a comma, a double quote, CR or LF inside double quotes, its quotes doubled;
 *   numbers as JavaScript writes them (0.99); a text that a spreadsheet would run as a formula
 *   (starting with = + - @, tab or CR) with a ' in front (neutralizeCsvCell);
 * One piece of text a record; it fails (errors the stream) on a record it cannot write.
 */
export function quoteExportSerializer(format: QuoteExportFormat): Transform {
  if (format === 'csv') return new QuoteCsvStringifier();
  const keys = [...QUOTE_EXPORT_COLUMNS];
  return new Transform({
    writableObjectMode: true,
    readableHighWaterMark: TEXT_AHEAD,
    transform(record: QuoteExportRow, _encoding, callback) {
      callback(null, `${JSON.stringify(record, keys)}\n`);
    },
  });
}

/**
 * csv-stringify's Stringifier for QuoteExportRow records: each goes to it as the array of its
 * fields in QUOTE_EXPORT_COLUMNS order (csv-stringify reads an object record by looking each
 * column up as a property path, a third of its time).
 */
class QuoteCsvStringifier extends Stringifier {
  constructor() {
    super({
      columns: [...QUOTE_EXPORT_COLUMNS],
      header: true,
      record_delimiter: '\r\n',
      quote_record_delimiter: true, // a lone CR or LF inside a field is quoted too (off by default with a record_delimiter)
      readableHighWaterMark: TEXT_AHEAD,
    });
  }

  override _transform(record: QuoteExportRow, encoding: BufferEncoding, callback: TransformCallback): void {
    super._transform(
      QUOTE_EXPORT_COLUMNS.map((column) => neutralizeCsvCell(record[column])),
      encoding,
      callback,
    );
  }
}
