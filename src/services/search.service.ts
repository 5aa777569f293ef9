import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Dialect, dialectOf, postgresDialect, SearchSource, searchParameters, SNIPPET_CLOSE, SNIPPET_OPEN, sqliteDialect } from '../db/dialect';
import { readRowsOffThread } from '../db/sqlite-read.pool';
import { quoteKindsSql } from '../db/quote-kinds.sql';
import { DEFAULT_QUOTE_KINDS, QuoteKind } from '../types/quote-kind';
import { checkPageSize, DEFAULT_PAGE_SIZE } from '../types/page';
import { SearchType } from '../types/search-type';
import { badInput } from '../types/bad-input';
import { checkSearchTerms } from './search-terms.limit';

/** bm25 weights of the article columns (title, dek, body): a word in the headline counts most. */
export const ARTICLE_COLUMN_WEIGHTS = { title: 10, dek: 4, body: 1 } as const;

/** Longest snippet, in tokens (FTS5 `snippet()`'s last argument; ts_headline's MaxWords). */
export const SNIPPET_TOKENS = 12;

/**
 * How many matches of each type a search ranks and lists: the most recently stored ones (quotes:
 * the newest matching quotes of every kind, of which the statements of the kinds asked). A first
 * page then reads at most this many index entries per type, whatever the number of matches, and
 * `totalCount` counts up to it (Elasticsearch's max_result_window and track_total_hits, in one).
 * 500, not 1,000: at 100,000 articles a Q3 search cost 9.9 ms of CPU against 13-14 ms
 * (npm run bench, same load), 1.65x a speaker page (Q1) instead of 2.5x.
 */
export const SEARCH_WINDOW = 500;

/**
 * Scores that are not an article column's weight (ARTICLE_COLUMN_WEIGHTS): an entity whose name
 * or alias holds the search, and a quote: `quote * quoteLength / (quoteLength + its length in
 * characters)`, so a short quote (the words are most of it) ranks above a long one, a
 * 100-character quote scores half of `quote`: a short quote ranks above an article whose dek
 * holds the search, a long one below, every quote below titles and above bodies.
 */
export const SEARCH_SCORES = { entity: 20, quote: 8, quoteLength: 100 } as const;

/** What to search for, as the `search` field takes it. */
export interface SearchInput {
  /** What the user typed: words, "phrases", prefix* (see `ftsTerms`). */
  query: string;
  /** Where to look; null or undefined: everywhere; an empty list finds nothing. */
  types?: readonly SearchType[] | null;
  /** The kinds of the quotes it finds; null or undefined: DEFAULT_QUOTE_KINDS (DIRECT). */
  quoteKinds?: readonly QuoteKind[] | null;
  first?: number | null;
  /** A cursor of an edge of the same search. */
  after?: string | null;
  /** Most search terms `query` may hold (words, "phrases", prefixes; each word of a phrase counts). */
  maxTerms: number;
  /** Stops the search's SQL (the page's and the count's) when it aborts; the promise rejects with its reason. */
  signal?: AbortSignal;
  /** The caller will call `total`: the page's statement counts too (see `searchContent`). */
  withTotal?: boolean;
}

/** One ranked match: which row, how well it matches, and the words that matched. */
export interface SearchHit {
  type: SearchType;
  /** `article.id`, `quote.id` or `entity.id`. */
  rowId: number;
  /** Higher is better: an article's matching column's weight, SEARCH_SCORES for quotes and entities. */
  score: number;
  /** The best passage as HTML: text escaped, matches wrapped in `<mark>`…`</mark>`, cuts shown as `…`. */
  snippet: string;
  cursor: string;
}

/** How many results a search lists, and whether that is every match. */
export interface SearchTotal {
  /** The results over every requested type, each type counted up to SEARCH_WINDOW. */
  count: number;
  /** False when some type has more matches than SEARCH_WINDOW: `count` is then a lower bound. */
  exact: boolean;
}

/** One page of ranked matches; `total` runs its count only when called (once, however often it is called). */
export interface SearchPage {
  hits: SearchHit[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  total: () => Promise<SearchTotal>;
}

/** Marks the SQL puts around matches in the raw snippet (control characters that news text does not hold). */
const OPEN = SNIPPET_OPEN;
const CLOSE = SNIPPET_CLOSE;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Turns a raw snippet into HTML text content: `&`, `<` and `>` escaped, the matches wrapped in
 * `<mark>`…`</mark>`. `AT&T <b> \u0002says\u0003` -> `AT&amp;T &lt;b&gt; <mark>says</mark>`.
 */
export function snippetHtml(raw: string): string {
  return raw
    .replace(/[&<>]/g, (c) => HTML_ESCAPES[c])
    .replaceAll(OPEN, '<mark>')
    .replaceAll(CLOSE, '</mark>');
}

/** The kinds in tie-break order (ARTICLE, QUOTE, ENTITY); `kind` in SQL is the index in this list. */
const KINDS = [SearchType.ARTICLE, SearchType.QUOTE, SearchType.ENTITY] as const;
const kindOf = (type: SearchType): number => KINDS.indexOf(type);

/** Each kind's SQL, per dialect (src/db/dialect.ts) and condition on the quotes' kinds, made on first use. */
const sourceOptions = {
  kinds: { ARTICLE: kindOf(SearchType.ARTICLE), QUOTE: kindOf(SearchType.QUOTE), ENTITY: kindOf(SearchType.ENTITY) },
  articleWeights: ARTICLE_COLUMN_WEIGHTS,
  snippetWords: SNIPPET_TOKENS,
  window: SEARCH_WINDOW,
  scores: SEARCH_SCORES,
};
const dialects: Record<Dialect['name'], Dialect> = { sqlite: sqliteDialect, postgres: postgresDialect };
const madeSources = new Map<string, Record<SearchType, SearchSource>>();
function sourcesOf(dialect: Dialect['name'], quoteKinds: string): Record<SearchType, SearchSource> {
  const key = `${dialect}|${quoteKinds}`;
  let sources = madeSources.get(key);
  if (!sources) madeSources.set(key, (sources = dialects[dialect].searchSources({ ...sourceOptions, quoteKinds })));
  return sources;
}

/** Identifies one search (its match expression, types and quote kinds), so a cursor is only taken back by it. */
function fingerprint(match: string | null, kinds: readonly SearchType[], quoteKinds: string): string {
  return createHash('sha256').update(JSON.stringify([match?.toLowerCase() ?? null, kinds, quoteKinds])).digest('base64url').slice(0, 10);
}

/** Encodes a position (0-based, in the ranked list of search `search`) as an opaque cursor. */
function toSearchCursor(search: string, position: number): string {
  return Buffer.from(`search:${search}:${position}`, 'utf8').toString('base64url');
}

/** The position a cursor of search `search` encodes; throws BAD_USER_INPUT for any other string. */
function fromSearchCursor(cursor: string, search: string): number {
  const match = /^search:([\w-]+):(0|[1-9][0-9]{0,14})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match || toSearchCursor(match[1], Number(match[2])) !== cursor) {
    throw badInput(`"after" is not a cursor from this API: "${cursor}"`);
  }
  if (match[1] !== search) throw badInput(`"after" is a cursor of another search (other query, types or kinds): "${cursor}"`);
  return Number(match[2]);
}

/** Checks `first` as every connection does; returns the page size. */
function pageSize(first: number | null | undefined): number {
  return first == null ? DEFAULT_PAGE_SIZE : checkPageSize(first, 'first');
}

/**
 * One page of a full-text search over articles (title, dek, body), statement quotes (of the kinds
 * `input.quoteKinds`, DIRECT by default) and entity names. Of each type, the SEARCH_WINDOW matches
 * stored last (highest ids; quotes: of every kind, of which those of `input.quoteKinds` count) are
 * ranked and listed, best first: entities (SEARCH_SCORES.entity), then articles whose title holds
 * the whole search (ARTICLE_COLUMN_WEIGHTS), then quotes by length (shorter first, SEARCH_SCORES)
 * and articles whose dek holds it, then articles whose body alone holds it; ties by type
 * (ARTICLE, QUOTE, ENTITY), then the newest (highest id) first. Deterministic: pages never repeat
 * or skip while the store is unchanged. The cost of a page grows with SEARCH_WINDOW and the page,
 * not with the number of matches (no bm25, whose statistics read every row holding each word).
 * English stemming, "phrases", prefix*, case and accents ignored (see `ftsTerms`).
 *
 * Runs one SQL statement for the page (a UNION ALL over the full-text indexes of the requested
 * types, each read newest first up to the window, with snippets computed for the page's rows only,
 * in one full-text pass per type) and, when `total` is called, one count (always, so that the
 * statement count does not depend on the page size), each type read up to SEARCH_WINDOW + 1
 * entries; with `input.withTotal`, the page's statement counts too (on PostgreSQL from the same
 * read of each type's window: Q3's two statements read every window twice) and `total` runs no SQL. Both run off the event loop (on SQLite, on a worker thread: `readRowsOffThread`) and
 * stop when `input.signal` aborts. Input with no searchable words, or an empty `types`, gives an
 * empty page without SQL. Throws BAD_USER_INPUT for `first` outside 0..MAX_PAGE_SIZE, for a query
 * of more than `maxTerms` search terms (checked before anything else is read, in time linear in
 * the query), and for an `after` that is not a cursor of the same search (same query, types and
 * quote kinds).
 */
export async function searchContent(dataSource: DataSource, input: SearchInput): Promise<SearchPage> {
  checkSearchTerms([input.query], input.maxTerms, 'query');
  const limit = pageSize(input.first);
  const kinds = KINDS.filter((kind) => (input.types ?? KINDS).includes(kind));
  const dialect = dialectOf(dataSource);
  const match = dialect.fullTextQuery(input.query);
  const quoteKinds = quoteKindsSql(input.quoteKinds ?? DEFAULT_QUOTE_KINDS, 'q.kind');
  const search = fingerprint(match, kinds, quoteKinds);
  const offset = input.after ? fromSearchCursor(input.after, search) + 1 : 0;
  if (match === null || kinds.length === 0) {
    return { hits: [], hasNextPage: false, hasPreviousPage: false, total: () => Promise.resolve({ count: 0, exact: true }) };
  }

  const chosen = kinds.map((kind) => sourcesOf(dialect.name, quoteKinds)[kind]);
  const windowSql = windowsOf(chosen);
  const hitSql = chosen.map((s) => s.hits).join('\n  UNION ALL\n');
  const snippetSql = chosen.map((s) => s.snippets).join('\n  UNION ALL\n');
  // Counts, when asked, as rows of kind COUNTED: id the matches read, score the results among them.
  const countSql = input.withTotal ? `\n    UNION ALL SELECT ${COUNTED}, matches, results, NULL FROM (${countsOf(chosen)}) AS counts` : '';
  const sql = `WITH ${windowSql ? `${windowSql},\n    ` : ''}hit AS (${hitSql}),
    page AS MATERIALIZED (SELECT * FROM hit ORDER BY score DESC, kind, id DESC LIMIT ? OFFSET ?),
    snippet AS MATERIALIZED (${snippetSql})
    SELECT page.kind AS kind, page.id AS id, page.score AS score, snippet.snippet AS snippet
    FROM page LEFT JOIN snippet ON snippet.kind = page.kind AND snippet.snippet_id = page.snippet_id${countSql}
    ORDER BY score DESC, kind, id DESC`;
  const parameters = [
    ...searchParameters(windowSql + hitSql, match),
    limit + 1,
    offset,
    ...searchParameters(snippetSql + (input.withTotal ? countsOf(chosen) : ''), match),
  ];
  const read = await readRowsOffThread<{ kind: number; id: number; score: number; snippet: string | null }>(dataSource, sql, parameters, input.signal);
  const rows = read.filter((row) => Number(row.kind) !== COUNTED);
  const counted = input.withTotal ? Promise.resolve(totalOf(read.filter((row) => Number(row.kind) === COUNTED).map((row) => ({ matches: row.id, results: row.score })))) : undefined;

  const hits = rows.slice(0, limit).map((row, i) => ({
    type: KINDS[row.kind],
    rowId: row.id,
    score: Number(row.score),
    snippet: snippetHtml(dialect.finishSnippet(row.snippet ?? '', input.query)),
    cursor: toSearchCursor(search, offset + i),
  }));
  let total: Promise<SearchTotal> | undefined;
  return {
    hits,
    hasNextPage: rows.length > limit,
    hasPreviousPage: offset > 0,
    total: () => (total ??= counted ?? countResults(dataSource, chosen, match, input.signal)),
  };
}

/** The `kind` of the rows of a search statement that carry a count (see `searchContent`). */
const COUNTED = -1;

/** The WITH clause entries of the windows of `chosen`, comma-separated, or '' when they read none. */
function windowsOf(chosen: SearchSource[]): string {
  return chosen.filter((s) => s.windows).map((s) => s.windows).join(',\n    ');
}

/** One statement body: a row `(matches, results)` per source of `chosen` (its `count`). */
function countsOf(chosen: SearchSource[]): string {
  return chosen.map((s) => `SELECT * FROM (${s.count}) AS counted`).join('\n  UNION ALL\n');
}

/** The total of the count rows of the sources: each type's results counted up to SEARCH_WINDOW, exact when none read more than it. */
function totalOf(rows: ReadonlyArray<{ matches: number | string; results: number | string }>): SearchTotal {
  const exact = rows.every((row) => Number(row.matches) <= SEARCH_WINDOW);
  const count = rows.reduce((sum, row) => sum + Math.min(Number(row.results), SEARCH_WINDOW), 0);
  return { count, exact };
}

/** The results of the sources `chosen`, each counted up to SEARCH_WINDOW (one statement, off the event loop). */
async function countResults(dataSource: DataSource, chosen: SearchSource[], match: string, signal?: AbortSignal): Promise<SearchTotal> {
  const windows = windowsOf(chosen);
  const countSql = `${windows ? `WITH ${windows}\n` : ''}${countsOf(chosen)}`;
  const rows = await readRowsOffThread<{ matches: number | string; results: number | string }>(dataSource, countSql, searchParameters(countSql, match), signal);
  return totalOf(rows);
}
