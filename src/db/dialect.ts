import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { DataSource, EntityManager } from 'typeorm';
import { ftsQuery, ftsTerms, tsQuery } from './fts-query';
import { preparedRows } from './postgres-prepared.reader';

/**
 * The SQL that differs between the two stores, in one place. Everything else the services write
 * is SQL both SQLite and PostgreSQL run as it is: `TRUE`/`FALSE` for booleans (SQLite reads them
 * as 1 and 0), `substr`, `lower`, `COALESCE`, `LIKE ... ESCAPE '\'`, `WITH RECURSIVE`, window
 * functions, `DELETE ... RETURNING`, named parameters through TypeORM (`:p0`), an alias on every
 * subquery in FROM, and `.orIgnore()` (TypeORM writes INSERT OR IGNORE or ON CONFLICT DO NOTHING).
 *
 * What differs:
 * - positional parameters: `?` in SQLite, `$1, $2...` in PostgreSQL (`sqlRows` rewrites them);
 * - full-text search: FTS5 tables (`quote_fts`, `article_fts`, `entity_name_fts`; MATCH, column
 *   filters, snippet) against tsvector columns (`search_vector`; @@, ts_filter, ts_headline);
 * - the data version response caches key on: SQLite's `PRAGMA data_version` against the
 *   `data_version` row that every write transaction bumps on PostgreSQL (see `lockForWrite`);
 * - PostgreSQL's text cannot hold NUL (U+0000): `unstorableAt` finds it, so that such input is
 *   refused as bad input (ingestArticle) or matches nothing (a filter), not a database error;
 * - a streamed read's cursor (src/db/row-stream.ts, which the quote export reads through: better-sqlite3's
 *   `.iterate()` against pg-cursor on a connection of its own).
 */
export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** `sql` with its `?` placeholders as the driver takes them (outside string literals and quoted names). */
  positional(sql: string): string;
  /** The value to bind for a full-text search of what a user typed; null when it has no searchable words. */
  fullTextQuery(input: string): string | null;
  /** A condition: the row `alias` of `table` matches the full-text parameter `param` (a placeholder such as ":p0"). */
  fullTextMatch(table: FullTextTable, alias: string, param: string): string;
  /** How well the quote row `alias` matches the full-text parameter `param`: higher is better. */
  quoteRelevance(alias: string, param: string): string;
  /** The SQL of `search(...)`: for each kind, its hits, snippet and count (see search.service.ts). */
  searchSources(options: SearchSourceOptions): Record<SearchKind, SearchSource>;
  /** The final raw snippet (OPEN/CLOSE marks around matches) of a snippet the SQL made, for the search `input`. */
  finishSnippet(raw: string, input: string): string;
  /** Where `text` holds a character the store cannot keep in a text column (PostgreSQL: NUL), or -1. */
  unstorableAt(text: string): number;
  /**
   * A condition that is always true and that a long read calls for every row it looks at, so that
   * ending its thread stops it (SQLite: `interruptible()`, see interruptible.function.ts); TRUE
   * on PostgreSQL, whose statements are cancelled in the database.
   */
  rowCheck: string;
  /** The store's part of the data version: changes whenever another connection commits a change. */
  storedDataVersion(dataSource: DataSource): Promise<string>;
  /**
   * The first statements of every write transaction, run through `execute`: on PostgreSQL they
   * lock the `data_version` row, so that writers (of every gateway instance and CLI) take turns
   * as they do on SQLite, and a duplicate check inside the transaction sees every committed
   * article; and they set the planner for short statements that find their rows by index (see
   * `lockForWrite` there).
   */
  lockForWrite(execute: ExecuteSql): Promise<void>;
  /** The last statement of a write transaction that changed data, run through `execute`: bumps the data version (PostgreSQL). */
  markWritten(execute: ExecuteSql): Promise<void>;
  /**
   * A LEFT JOIN of the row of `table` whose column `id` equals `outer` (an expression on the rows
   * read), as `alias`, with at least its columns `columns`: looked up by its id for each row read,
   * whatever the size of `table`.
   */
  joinById(table: string, alias: string, id: string, outer: string, columns: readonly string[]): string;
}

/** Runs one SQL statement without parameters inside the caller's transaction. */
export type ExecuteSql = (sql: string) => Promise<unknown>;

/** The tables with full-text search. */
export type FullTextTable = 'quote' | 'article';

/** The kinds of row `search` finds. */
export type SearchKind = 'ARTICLE' | 'QUOTE' | 'ENTITY';

/** What the search SQL needs to know from search.service.ts. */
export interface SearchSourceOptions {
  /** The number each kind has in the `kind` column (its tie-break order). */
  kinds: Record<SearchKind, number>;
  /** Weights of the article columns: a word in the title counts most. */
  articleWeights: { title: number; dek: number; body: number };
  /** Longest snippet, in words. */
  snippetWords: number;
  /** The condition on the quote alias `q` that quote results meet (their kinds: `quoteKindsSql`). */
  quoteKinds: string;
  /** How many matches of each kind are ranked: the most recently stored ones (highest ids). */
  window: number;
  /** The score of an entity whose name matches, and of a quote of no length (see SEARCH_SCORES). */
  scores: { entity: number; quote: number; quoteLength: number };
}

/** The SQL of one searchable kind of row. Every `?` is the full-text parameter (`searchParameters` counts them). */
export interface SearchSource {
  /**
   * Named subqueries (`name AS MATERIALIZED (...)`, comma-separated, for a WITH clause) that
   * `hits`, `snippets` and `count` read, so that a statement holding more than one of them reads
   * the full-text index once; empty when they read none.
   */
  windows: string;
  /**
   * Rows `(kind, id, snippet_id, score)`, one per result, higher scores better: the `window`
   * matches of highest id, read from the full-text index in descending id order so that the read
   * stops there, scored from what is at hand (the matching column, the quote's length), never
   * from the whole match set.
   */
  hits: string;
  /**
   * Rows `(kind, snippet_id, snippet)`: the raw snippets of the rows of this kind in `page` (a
   * table of `hits` rows, the page of results), read in one full-text pass whatever the page size.
   */
  snippets: string;
  /**
   * One row `(matches, results)`: the index rows read, up to `window + 1` in the same order as
   * `hits` (more than `window`: the count is capped), and the results among them.
   */
  count: string;
}

/** The `?` placeholders of a search source's SQL, each bound to the full-text parameter. */
export function searchParameters(sql: string, match: string): string[] {
  return Array.from(sql.matchAll(/\?/g), () => match);
}

/** Marks around matches in a raw snippet (control characters that news text does not hold). */
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';

/** What a snippet shows where it cuts the text. */
const ELLIPSIS = '…';

// ---------------------------------------------------------------------------------------------
// SQLite: FTS5

const fts5Snippet = (table: string, column: string, words: number) => `snippet(${table}, ${column}, char(2), char(3), '${ELLIPSIS}', ${words})`;

/**
 * The raw snippets of the page's rows of kind `kind` from the FTS5 table `table`, from the column
 * `column` (an SQL expression on the page's row `p` of FTS row `f`): ONE MATCH pass over the
 * rowids between the page's least and greatest of that kind (an empty range when the page has
 * none: no pass over every match), `snippet()` computed only for the page's rows. (A MATCH per
 * row repeats the expression's setup, prefix expansion included, once per row: 226 ms a row for
 * `t* a*` on 20,000 articles. `+` keeps the IN list from driving the scan, which would run one
 * MATCH per value.)
 */
const fts5PageSnippets = (kind: number, table: string, column: string, words: number) => {
  const ofKind = (what: string) => `(SELECT ${what} FROM page WHERE kind = ${kind})`;
  return `SELECT ${kind} AS kind, f.rowid AS snippet_id, ${fts5Snippet(table, column, words)} AS snippet
      FROM ${table} f CROSS JOIN page p ON p.kind = ${kind} AND p.snippet_id = f.rowid
      WHERE ${table} MATCH ? AND f.rowid BETWEEN COALESCE(${ofKind('MIN(snippet_id)')}, 1) AND COALESCE(${ofKind('MAX(snippet_id)')}, 0)
      AND +f.rowid IN ${ofKind('snippet_id')}`;
};

/** SQLite, through better-sqlite3: FTS5 external-content tables (migrations/1764288000000-FullTextSearch.ts). */
export const sqliteDialect: Dialect = {
  name: 'sqlite',
  positional: (sql) => sql,
  fullTextQuery: ftsQuery,
  fullTextMatch: (table, alias, param) => `${alias}.id IN (SELECT rowid FROM ${table}_fts WHERE ${table}_fts MATCH ${param})`,
  quoteRelevance: (alias, param) => `-(SELECT bm25(quote_fts) FROM quote_fts WHERE quote_fts MATCH ${param} AND quote_fts.rowid = ${alias}.id)`,
  /**
   * The FTS table is always the left side of a CROSS JOIN, read by MATCH in descending rowid order
   * with a LIMIT, which FTS5 serves from its index without a sort and stops at. Articles score by
   * the first of title, dek and body that holds the whole search (one column-filtered MATCH each
   * for title and dek, over the window's rowids only); quotes by their length; entities alike,
   * one row per entity (its lowest matching name in the window). No bm25: its statistics read
   * every row holding each word on every call. Quotes: statements of the kinds `quoteKinds` names.
   * Every row read calls `interruptible()` (see interruptible.function.ts): a read thread ended
   * mid-query stops at the next row.
   */
  searchSources: ({ kinds, articleWeights: { title, dek, body }, snippetWords, quoteKinds, window, scores }) => {
    const newest = (select: string, limit: number) => `${select} ORDER BY f.rowid DESC LIMIT ${limit}`;
    const articles = (limit: number) => newest(`SELECT f.rowid AS id FROM article_fts f WHERE article_fts MATCH ? AND interruptible()`, limit);
    // The newest matching quotes of every kind (the index alone), then those of the kinds asked.
    const quoteMatches = (limit: number) => newest(`SELECT f.rowid AS id FROM quote_fts f WHERE quote_fts MATCH ? AND interruptible()`, limit);
    const quotes = (what: string, limit: number) =>
      `SELECT ${what} FROM (${quoteMatches(limit)}) w CROSS JOIN quote q ON q.id = w.id WHERE q.is_statement = TRUE AND ${quoteKinds}`;
    const names = (limit: number) =>
      newest(`SELECT n.entity_id, n.id AS name_id FROM entity_name_fts f CROSS JOIN entity_name n ON n.id = f.rowid WHERE entity_name_fts MATCH ? AND interruptible()`, limit);
    const inColumn = (column: string) =>
      `w.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH '{${column}} : (' || ? || ')' AND rowid >= (SELECT MIN(id) FROM w) AND interruptible())`;
    return {
      ARTICLE: {
        windows: '',
        hits: `SELECT * FROM (WITH w AS MATERIALIZED (${articles(window)})
        SELECT ${kinds.ARTICLE} AS kind, w.id, w.id AS snippet_id,
          CASE WHEN ${inColumn('title')} THEN ${title} WHEN ${inColumn('dek')} THEN ${dek} ELSE ${body} END AS score FROM w)`,
        snippets: fts5PageSnippets(kinds.ARTICLE, 'article_fts', `CASE p.score WHEN ${title} THEN 0 WHEN ${dek} THEN 1 ELSE 2 END`, snippetWords),
        count: `SELECT COUNT(*) AS matches, COUNT(*) AS results FROM (${articles(window + 1)})`,
      },
      QUOTE: {
        windows: '',
        hits: quotes(`${kinds.QUOTE} AS kind, q.id, q.id AS snippet_id, CAST(${scores.quote * scores.quoteLength} AS REAL) / (${scores.quoteLength} + length(q.text)) AS score`, window),
        snippets: fts5PageSnippets(kinds.QUOTE, 'quote_fts', '0', snippetWords),
        count: `SELECT (SELECT COUNT(*) FROM (${quoteMatches(window + 1)})) AS matches, (SELECT COUNT(*) FROM (${quotes('1', window)})) AS results`,
      },
      ENTITY: {
        windows: '',
        hits: `SELECT ${kinds.ENTITY} AS kind, entity_id AS id, MIN(name_id) AS snippet_id, ${scores.entity} AS score FROM (${names(window)}) GROUP BY entity_id`,
        snippets: fts5PageSnippets(kinds.ENTITY, 'entity_name_fts', '0', snippetWords),
        count: `SELECT COUNT(*) AS matches, COUNT(DISTINCT entity_id) AS results FROM (${names(window + 1)})`,
      },
    };
  },
  finishSnippet: (raw) => raw,
  unstorableAt: () => -1,
  rowCheck: 'interruptible()',
  /** Changes on every commit by another connection to the same file (a `newsgraph ingest` beside the server). */
  storedDataVersion: async (dataSource) => String(dataVersionStatement(sqliteConnection(dataSource)).get()),
  // SQLite has one writer at a time by itself, and PRAGMA data_version sees other connections' commits.
  lockForWrite: async () => undefined,
  markWritten: async () => undefined,
  // SQLite joins by nested loops, here one rowid lookup per row.
  joinById: (table, alias, id, outer) => ` LEFT JOIN ${table} ${alias} ON ${alias}."${id}" = ${outer}`,
};

// ---------------------------------------------------------------------------------------------
// PostgreSQL: tsvector

/** The text-search configuration of the search columns (migrations/postgres/1764288000000-FullTextSearch.ts). */
const CONFIG = `'newsgraph'`;

/**
 * ts_rank's normalization: divide by 1 + the logarithm of the document's length, so that a short
 * quote naming the words ranks above a long article naming them as often (bm25 does the same).
 */
const RANK_NORMALIZATION = 2;

/** The tsquery of the parameter `param`. */
const tsquery = (param: string) => `to_tsquery(${CONFIG}, ${param})`;

/**
 * ts_headline options: at most `words` words around the best match, marked with the control
 * characters of FTS5's snippets; short words are kept at the edges (ShortWord=0).
 */
const headlineOptions = (words: number) =>
  `'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=${words}, MinWords=1, ShortWord=0, MaxFragments=1, FragmentDelimiter=${ELLIPSIS}'`;

/**
 * A scalar expression: the raw snippet of the text `text` for the tsquery `query`, as FTS5's
 * snippet() makes it: the best passage of at most `words` words, matches between chr(2) and
 * chr(3), and "…" where the passage cuts the text. The text goes through newsgraph_search_text
 * (the tokenization the search column used) and back.
 */
function headline(text: string, query: string, words: number): string {
  return `(SELECT CASE WHEN left(t, length(s)) = s THEN '' ELSE '${ELLIPSIS}' END
      || newsgraph_search_text_restore(h)
      || CASE WHEN right(t, length(s)) = s THEN '' ELSE '${ELLIPSIS}' END
    FROM (SELECT h, t, translate(h, chr(2) || chr(3), '') AS s
      FROM (SELECT ts_headline(${CONFIG}, t, ${query}, ${headlineOptions(words)}) AS h, t
        FROM (SELECT newsgraph_search_text(${text}) AS t) AS source) AS marked) AS cut)`;
}

/** Lower-cased, accents removed: how two spellings of a word are compared. */
const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

/** Whether the document word `found` is plausibly the query word `wanted` (stemming aside), or starts with it (a prefix). */
function sameWord(found: string, wanted: string, prefix: boolean): boolean {
  const [a, b] = [fold(found), fold(wanted)];
  if (prefix) return a.startsWith(b);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common === Math.min(a.length, b.length) || common >= Math.max(1, Math.min(a.length, b.length) - 3);
}

const MARKED = new RegExp(`${SNIPPET_OPEN}([^${SNIPPET_CLOSE}]*)${SNIPPET_CLOSE}`, 'g');
const WORDS = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * ts_headline marks each matching word; FTS5 marks each phrase match as one run. Joins the marks
 * of consecutive words of a "quoted phrase" of the search into one (`<mark>rapid</mark>
 * <mark>military</mark>` -> `<mark>rapid military</mark>`), leaving separate terms separate.
 */
function joinPhraseMarks(raw: string, input: string): string {
  const phrases = ftsTerms(input).filter((term) => term.words.length > 1);
  if (phrases.length === 0) return raw;
  const follows = (before: string, after: string) =>
    phrases.some(({ words, prefix }) =>
      words.some((word, i) => i + 1 < words.length && sameWord(before, word, false) && sameWord(after, words[i + 1], prefix && i + 2 === words.length)),
    );
  const marks = [...raw.matchAll(MARKED)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[1] }));
  let out = '';
  let at = 0;
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i];
    const next = marks[i + 1];
    const gap = next ? raw.slice(mark.end, next.start) : '';
    const lastWord = mark.text.match(WORDS)?.pop();
    const firstWord = next?.text.match(WORDS)?.[0];
    if (next && !/[\p{L}\p{N}]/u.test(gap) && lastWord && firstWord && follows(lastWord, firstWord)) {
      // Drop this mark's CLOSE and the next one's OPEN.
      out += raw.slice(at, mark.end - SNIPPET_CLOSE.length) + gap;
      at = next.start + SNIPPET_OPEN.length;
    }
  }
  return out + raw.slice(at);
}

/** PostgreSQL, through node-postgres: tsvector columns with GIN indexes (migrations/postgres/). */
export const postgresDialect: Dialect = {
  name: 'postgres',
  positional: toNumberedParameters,
  fullTextQuery: tsQuery,
  fullTextMatch: (_table, alias, param) => `${alias}.search_vector @@ ${tsquery(param)}`,
  quoteRelevance: (alias, param) => `ts_rank(${alias}.search_vector, ${tsquery(param)}, ${RANK_NORMALIZATION})`,
  /**
   * The same window and scores as on SQLite (see sqliteDialect.searchSources): the `window`
   * matches of highest id, the GIN index finding them, the query parsed once per subquery (a CROSS
   * JOIN to one tsquery row), each kind's window read once per statement (`windows`) whether the
   * statement ranks, counts or both; an article's matching column from the weights of its
   * `headline_vector` (title A, dek B: migrations/postgres/1764810000001-HeadlineVector.ts, the
   * same positions as in `search_vector`, so the same answer as filtering that one, without
   * reading and copying the body's part, which cost 15 of the 58 ms of Q3's statement at 20,000
   * articles), and its snippet from the first of title, dek and body that matches the whole
   * search, else the body.
   */
  searchSources: ({ kinds, articleWeights: { title, dek, body }, snippetWords, quoteKinds, window, scores }) => {
    const snippetsOf = (kind: number, from: string, id: string, text: string) =>
      `SELECT ${kind} AS kind, ${id} AS snippet_id, ${headline(text, 'tq.query', snippetWords)} AS snippet
        FROM ${from} CROSS JOIN ${tsquery('?')} AS tq(query) WHERE ${id} IN (SELECT snippet_id FROM page WHERE kind = ${kind})`;
    // Each kind's window: its `window + 1` matches of highest id (one more, to tell a full window
    // from a capped one), read once for the hits and the count.
    const newest = (name: string, what: string, from: string) =>
      `${name} AS MATERIALIZED (SELECT ${what} FROM ${from} CROSS JOIN ${tsquery('?')} AS tq(query) WHERE t.search_vector @@ tq.query ORDER BY t.id DESC LIMIT ${window + 1})`;
    const inWindow = (name: string) => `(SELECT * FROM ${name} ORDER BY id DESC LIMIT ${window})`;
    // Quotes: the newest matches of every kind, then those of the kinds asked.
    const quotes = (what: string) => `SELECT ${what} FROM ${inWindow('search_quote')} AS q WHERE q.is_statement = TRUE AND ${quoteKinds}`;
    // An article's matching column: its headline vector's weights (title A, dek B), a small column beside the body's.
    const matched = (vector: string, weight: string) => `ts_filter(${vector}, '{${weight}}') @@ tq.query`;
    return {
      ARTICLE: {
        windows: newest('search_article', 't.id, t.headline_vector', 'article t'),
        hits: `SELECT ${kinds.ARTICLE} AS kind, w.id, w.id AS snippet_id,
          CAST(CASE WHEN ${matched('w.headline_vector', 'a')} THEN ${title} WHEN ${matched('w.headline_vector', 'b')} THEN ${dek} ELSE ${body} END AS double precision) AS score
        FROM ${inWindow('search_article')} AS w CROSS JOIN ${tsquery('?')} AS tq(query)`,
        snippets: snippetsOf(
          kinds.ARTICLE,
          'article a',
          'a.id',
          `CASE WHEN ${matched('a.headline_vector', 'a')} THEN a.title WHEN ${matched('a.headline_vector', 'b')} THEN a.dek ELSE a.body END`,
        ),
        count: `SELECT COUNT(*) AS matches, COUNT(*) AS results FROM search_article`,
      },
      QUOTE: {
        windows: newest('search_quote', 't.id, t.is_statement, t.kind, length(t.text) AS length', 'quote t'),
        hits: quotes(`${kinds.QUOTE} AS kind, q.id AS id, q.id AS snippet_id, CAST(${scores.quote * scores.quoteLength} AS double precision) / (${scores.quoteLength} + q.length) AS score`),
        snippets: snippetsOf(kinds.QUOTE, 'quote q', 'q.id', 'q.text'),
        count: `SELECT (SELECT COUNT(*) FROM search_quote) AS matches, (SELECT COUNT(*) FROM (${quotes('1')}) AS r) AS results`,
      },
      ENTITY: {
        windows: newest('search_entity_name', 't.id, t.entity_id', 'entity_name t'),
        hits: `SELECT ${kinds.ENTITY} AS kind, entity_id AS id, MIN(id) AS snippet_id, CAST(${scores.entity} AS double precision) AS score
          FROM ${inWindow('search_entity_name')} AS w GROUP BY entity_id`,
        snippets: snippetsOf(kinds.ENTITY, 'entity_name n', 'n.id', 'n.name'),
        count: `SELECT COUNT(*) AS matches, COUNT(DISTINCT entity_id) AS results FROM search_entity_name`,
      },
    };
  },
  finishSnippet: joinPhraseMarks,
  unstorableAt: (text) => text.indexOf('\u0000'),
  rowCheck: 'TRUE',
  /** The `data_version` row: bumped in the transaction of every write, so it changes exactly when committed data does. */
  storedDataVersion: async (dataSource) => {
    const [{ version }] = await sqlRows<{ version: number | string }>(dataSource, 'SELECT version FROM data_version WHERE id = 1');
    return String(version);
  },
  /**
   * The planner settings of a write transaction, then the lock. A write's statements each touch
   * the rows of one article (or one entity), found by index, and the plan's facet-count delta
   * (quote-scope-counts.sql.ts) walks a recursive scope whose size the planner cannot estimate: it
   * guesses ten times its first step, and then hashes or merges a whole table (every quote with a
   * speaker, every entity within a place) rather than looking up the few rows by index: a cost
   * that grows with the store, for every article stored (8 ms of 8.5 at 350 articles). Nested
   * loops only, then. And no JIT: the same guesses put the statement above jit_above_cost, and a
   * statement that ran in 10 ms spent 700 ms compiling itself (measured at 650 articles).
   */
  lockForWrite: async (execute) => {
    await execute(`SET LOCAL jit = off; SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off;
      SELECT version FROM data_version WHERE id = 1 FOR UPDATE`);
  },
  markWritten: async (execute) => {
    await execute('UPDATE data_version SET version = version + 1 WHERE id = 1');
  },
  /**
   * A lateral subquery that PostgreSQL cannot flatten (OFFSET 0): a plain LEFT JOIN of the few
   * hundred rows of a page to `entity` was planned as a hash join over a sequential scan of the
   * whole table (2 ms for Q2's 457 mentions at 7,976 entities, growing with the table), where one
   * index lookup per row (memoized per id) takes 0.8 ms.
   */
  joinById: (table, alias, id, outer, columns) =>
    ` LEFT JOIN LATERAL (SELECT ${columns.map((column) => `${alias}."${column}"`).join(', ')} FROM ${table} ${alias} WHERE ${alias}."${id}" = ${outer} OFFSET 0) AS ${alias} ON TRUE`,
};

/**
 * `?` placeholders as `$1, $2, ...`, left alone inside '...' strings, "..." names and
 * -- comments (`'?'` stays a question mark).
 */
export function toNumberedParameters(sql: string): string {
  let out = '';
  let n = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      const end = sql.indexOf(c, i + 1);
      const stop = end < 0 ? sql.length : end + 1;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === '?') {
      out += `$${++n}`;
    } else {
      out += c;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Choosing and running

/** Where SQL runs: a DataSource, or the EntityManager of a transaction. */
export type SqlRunner = DataSource | EntityManager;

const dataSourceOf = (runner: SqlRunner): DataSource => (runner instanceof EntityManager ? runner.dataSource : runner);

/**
 * The better-sqlite3 connection under a SQLite data source, for what needs it synchronously or
 * without the ORM's per-query work (the batched writer, the export cursor, the data version read
 * on every request).
 */
export function sqliteConnection(dataSource: DataSource): BetterSqlite3.Database {
  return (dataSource.driver as unknown as { databaseConnection: BetterSqlite3.Database }).databaseConnection;
}

/** The file of a SQLite store on disk, as an absolute path; null for PostgreSQL and for ":memory:" (a store no other connection can open). */
export function sqliteFileOf(dataSource: DataSource): string | null {
  const { type, database } = dataSource.options as { type: string; database?: unknown };
  return type === 'better-sqlite3' && typeof database === 'string' && database !== ':memory:' ? path.resolve(database) : null;
}

const dataVersionStatements = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement>();

/** `PRAGMA data_version` on `db`, prepared once per connection (`db.pragma()` prepares it anew on every call, on every request). */
function dataVersionStatement(db: BetterSqlite3.Database): BetterSqlite3.Statement {
  let statement = dataVersionStatements.get(db);
  if (!statement) {
    statement = db.prepare('PRAGMA data_version').pluck();
    dataVersionStatements.set(db, statement);
  }
  return statement;
}

/** Whether the data source is a PostgreSQL one. */
export function isPostgres(runner: SqlRunner): boolean {
  return dataSourceOf(runner).options.type === 'postgres';
}

/** The dialect of a data source (or of the data source of a transaction's manager). */
export function dialectOf(runner: SqlRunner): Dialect {
  return isPostgres(runner) ? postgresDialect : sqliteDialect;
}

/**
 * `sql` and its parameters as the driver of `dataSource` takes them: `?` placeholders bound to a
 * list (rewritten as `$1, $2...` for PostgreSQL), or `:name` placeholders bound to a record.
 */
export function driverStatement(dataSource: DataSource, sql: string, parameters: unknown[] | Record<string, unknown>): [string, unknown[]] {
  return Array.isArray(parameters) ? [dialectOf(dataSource).positional(sql), parameters] : dataSource.driver.escapeQueryWithParameters(sql, parameters);
}

/**
 * Runs SQL on either store and returns its rows: those of a SELECT, or of a RETURNING clause
 * (TypeORM's own `query()` returns `[rows, count]` for an UPDATE or DELETE on PostgreSQL). The
 * one way the code reads the store (entities are built from these rows by `readEntities`).
 * `parameters`: a list bound to `?` placeholders (rewritten for the driver), or a record bound to
 * `:name` placeholders (what the filter compilers write: one value may appear in several places).
 * Inside a transaction, pass its EntityManager. On PostgreSQL, outside a transaction, a named
 * prepared statement (see `preparedRows`).
 */
export async function sqlRows<T = Record<string, unknown>>(
  runner: SqlRunner,
  sql: string,
  parameters: unknown[] | Record<string, unknown> = [],
): Promise<T[]> {
  const dataSource = dataSourceOf(runner);
  const [text, values] = driverStatement(dataSource, sql, parameters);
  const inTransaction = runner instanceof EntityManager ? runner.queryRunner : undefined;
  if (!inTransaction && dataSource.options.type === 'postgres') return (await preparedRows(dataSource, text, values)) as T[];
  const queryRunner = inTransaction ?? dataSource.createQueryRunner();
  try {
    const result = await queryRunner.query(text, values, true);
    return (result.records ?? []) as T[];
  } finally {
    if (!inTransaction) await queryRunner.release();
  }
}
