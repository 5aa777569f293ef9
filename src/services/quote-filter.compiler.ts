import { Dialect, FullTextTable, sqliteDialect } from '../db/dialect';
import type { CountStatement } from '../db/paginate';
import { AboutScope, QuoteCriteria } from '../types/quote-criteria';
import { DEFAULT_QUOTE_KINDS, QuoteKind } from '../types/quote-kind';
import { badInput, isoDate, rowIdOf } from '../types/bad-input';
import { compileBoolean, filterLevels, joinBalanced, SqlParams } from './filter-logic';
import { nameKey } from './name-key';
import { checkSearchTerms, DEFAULT_MAX_SEARCH_TERMS } from './search-terms.limit';

/** A SQL condition on the quote alias `q`, with its named parameters. */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/** SQL for the ids of entities that go by the folded name `param` (a placeholder such as ":p0"). */
export function entitiesNamed(param: string): string {
  return `SELECT entity_id FROM entity_name WHERE key = ${param}`;
}

/** SQL for the ids of entities named `param` and of every place within them, at any depth. */
export function entitiesNamedOrWithin(param: string): string {
  const scope = `scope_${param.slice(1)}`;
  return `WITH RECURSIVE ${scope}(id) AS (${entitiesNamed(param)}
    UNION SELECT e.id FROM entity e JOIN ${scope} s ON e.within_id = s.id)
    SELECT id FROM ${scope}`;
}

/**
 * SQL for the rows `(key, id)`: each folded name of the array parameter `param` (PostgreSQL:
 * `= ANY`) with the ids of the entities that go by it and of every place within them, at any
 * depth (what `entitiesNamedOrWithin` reads for one name). Each step of the walk looks up the
 * places within by index (a lateral subquery the planner cannot flatten): as a join, PostgreSQL
 * guesses the walk ten times longer than its first step and hashes the whole entity table on
 * every step (4.6 ms against 1.3 ms for "pakistan" at 7,976 entities, growing with the table).
 */
export function scopesOfNames(param: string): string {
  return `WITH RECURSIVE scope(key, id) AS (SELECT key, entity_id FROM entity_name WHERE key = ANY(${param})
    UNION SELECT s.key, w.id FROM scope s CROSS JOIN LATERAL (SELECT e.id FROM entity e WHERE e.within_id = s.id OFFSET 0) AS w)
    SELECT key, id FROM scope ORDER BY id`;
}

/**
 * A condition: the row `alias` of `table` matches what a user typed in the filter field `field`
 * (full text, in the store's dialect); adds the search to `params`. Throws BAD_USER_INPUT when
 * `text` has no words to search for.
 */
export function textCondition(dialect: Dialect, table: FullTextTable, alias: string, params: SqlParams, text: string, field: string): string {
  const match = dialect.fullTextQuery(text);
  if (match === null) throw badInput(`"${field}" has no words to search for: "${text}"`);
  return dialect.fullTextMatch(table, alias, params.add(match));
}

/**
 * SQL for "the quote `q` is about one of the entities that pass `entity`" at each scope (a test
 * of an entity id column: `IN (<subquery of ids>)`, or `= ANY(<bound ids>)`), written as
 * `IN (subquery)` so that the database walks the rows of those entities once instead of probing
 * for every quote. PARAGRAPH reads `quote_subject` (the entities of each
 * quote's paragraph, with its speaker: migrations/1764374400000-QuoteSubjects.ts); `speaker`, a
 * condition on its `qs.speaker_id` when the same filter level names a speaker, narrows that read
 * to one index range per entity (the outer condition on `q.speaker_id` still applies).
 */
const aboutIn: Record<AboutScope, (entity: string, speaker: string | null) => string> = {
  QUOTE: (entity) =>
    `q.id IN (SELECT qm.id FROM mention m JOIN quote qm ON qm.article_id = m.article_id AND m.start >= qm.start AND m."end" <= qm."end" WHERE m.entity_id ${entity})`,
  PARAGRAPH: (entity, speaker) => `q.id IN (SELECT qs.quote_id FROM quote_subject qs WHERE qs.entity_id ${entity}${speaker ? ` AND ${speaker}` : ''})`,
  ARTICLE: (entity) => `q.article_id IN (SELECT m.article_id FROM mention m WHERE m.entity_id ${entity})`,
};

/** The day after a YYYY-MM-DD date, for inclusive `to` bounds that still use the date indexes. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** A condition: the quote's kind (the column `column`, by default `q.kind`) is one of `kinds` (none: FALSE). */
function kindCondition(kinds: readonly QuoteKind[], params: SqlParams, column = 'q.kind'): string {
  return kinds.length ? `${column} IN (${kinds.map((kind) => params.add(kind)).join(', ')})` : 'FALSE';
}

/**
 * The entity ids that each folded speaker name of a filter stands for (`nameKey` -> ids, none for
 * a name no entity goes by), looked up before the filter is compiled: see `compileQuoteFilter`.
 */
export type SpeakerIds = ReadonlyMap<string, readonly number[]>;

/**
 * The entity ids that each folded `about` name of a filter stands for, places within included
 * (`scopesOfNames`: `nameKey` -> ids, none for a name no entity goes by), looked up before the
 * filter is compiled, on PostgreSQL: see `compileQuoteFilter`.
 */
export type ScopeIds = ReadonlyMap<string, readonly number[]>;

/** The folded forms of the names `namesOf` picks from each level of `filter` (each once). */
function keysOf(filter: QuoteCriteria | null | undefined, namesOf: (level: QuoteCriteria) => ReadonlyArray<string | null | undefined>): string[] {
  const keys = new Set<string>();
  for (const level of filter ? filterLevels(filter) : []) for (const name of namesOf(level)) if (name != null) keys.add(nameKey(name));
  return [...keys];
}

/** The folded names of the speakers that `filter` names at any level (each once). */
export function speakerKeysOf(filter: QuoteCriteria | null | undefined): string[] {
  return keysOf(filter, (level) => [level.speaker]);
}

/** The folded names of the entities that `filter` asks quotes to be about (`about`, `aboutAny`), at any level (each once). */
export function aboutKeysOf(filter: QuoteCriteria | null | undefined): string[] {
  return keysOf(filter, (level) => [...(level.about ?? []), ...(level.aboutAny ?? [])]);
}

/**
 * The test of a speaker column against the speaker named `name`: `IN (<bound ids>)` when
 * `speakerIds` holds some ids for the name, else `IN (<subquery on entity_name>)` (for a name no
 * entity goes by too: an empty subquery is FALSE even for a quote without speaker, under NOT as well).
 */
function speakerNamed(name: string, params: SqlParams, speakerIds: SpeakerIds | undefined): string {
  const key = nameKey(name);
  const ids = speakerIds?.get(key);
  return ids?.length ? `IN (${ids.map((id) => params.add(id)).join(', ')})` : `IN (${entitiesNamed(params.add(key))})`;
}

/** The conditions of one QuoteCriteria level (without its and/or/not), adding parameters to `params`. */
/** The tests of a speaker column that one filter level names (`speaker` by name, `speakerId`), each "IN (...)" or "= :p". */
function speakerTests(filter: QuoteCriteria, params: SqlParams, speakerIds: SpeakerIds | undefined): string[] {
  const tests: string[] = [];
  if (filter.speaker != null) tests.push(speakerNamed(filter.speaker, params, speakerIds));
  if (filter.speakerId != null) tests.push(`= ${params.add(rowIdOf(filter.speakerId, ['Person', 'Organization'], 'speakerId'))}`);
  return tests;
}

/** The test of an entity column against the entity named `name` and every place within it: `= ANY(<its looked-up ids>)`, else a recursive subquery. */
function scopeTest(name: string, params: SqlParams, scopeIds: ScopeIds | undefined): string {
  const ids = scopeIds?.get(nameKey(name));
  return ids ? `= ANY(${params.add(ids)})` : `IN (${entitiesNamedOrWithin(params.add(nameKey(name)))})`;
}

/** The conditions of one filter level's `from` and `to` dates on the date column `column` (`to` inclusive). */
function dateConditions(filter: QuoteCriteria, params: SqlParams, column: string): string[] {
  const parts: string[] = [];
  if (filter.from != null) parts.push(`${column} >= ${params.add(isoDate(filter.from, 'from'))}`);
  if (filter.to != null) parts.push(`${column} < ${params.add(dayAfter(isoDate(filter.to, 'to')))}`);
  return parts;
}

function quoteConditions(filter: QuoteCriteria, params: SqlParams, dialect: Dialect, speakerIds: SpeakerIds | undefined, scopeIds: ScopeIds | undefined): string[] {
  const speakers = speakerTests(filter, params, speakerIds);
  const parts = speakers.map((speaker) => `q.speaker_id ${speaker}`);
  const speakerOfSubject = speakers.length ? speakers.map((speaker) => `qs.speaker_id ${speaker}`).join(' AND ') : null;
  const scope = aboutIn[filter.aboutScope ?? AboutScope.PARAGRAPH];
  const about = (name: string) => scope(scopeTest(name, params, scopeIds), speakerOfSubject);
  if (filter.articleId != null) parts.push(`q.article_id = ${params.add(rowIdOf(filter.articleId, ['Article'], 'articleId'))}`);
  for (const name of filter.about ?? []) parts.push(about(name));
  if (filter.aboutAny != null) parts.push(filter.aboutAny.length ? joinBalanced(filter.aboutAny.map(about), 'OR') : 'FALSE');
  if (filter.text != null) parts.push(textCondition(dialect, 'quote', 'q', params, filter.text, 'text'));
  parts.push(...dateConditions(filter, params, 'q.published_at'));
  if (filter.minConfidence != null) parts.push(`q.confidence >= ${params.add(filter.minConfidence)}`);
  if (filter.kind != null) parts.push(kindCondition(filter.kind, params));
  return parts;
}

/**
 * The count of the quotes that `filter` matches, read from `quote_subject` and its index on
 * (entity, speaker, statement, kind, date) alone (migrations/1765000000001-QuoteSubjectCounts.ts),
 * when the filter is one level (no and/or/not) of at most a speaker (by name or id), one `about`
 * name at PARAGRAPH scope, kinds and dates: the headline query's "quotes by S about P" count,
 * which otherwise looks up every matching quote's row. The same number as counting the quotes
 * compileQuoteFilter selects (a quote about several places of the scope counts once). Null for any
 * other filter. `speakerIds` and `scopeIds` as for compileQuoteFilter.
 */
export function compileSubjectCount(
  filter: QuoteCriteria | null | undefined,
  speakerIds?: SpeakerIds,
  scopeIds?: ScopeIds,
): CountStatement | null {
  if (!filter || filterLevels(filter).length !== 1 || filter.about?.length !== 1 || filter.aboutAny != null) return null;
  if ((filter.aboutScope ?? AboutScope.PARAGRAPH) !== AboutScope.PARAGRAPH) return null;
  if (filter.text != null || filter.articleId != null || filter.minConfidence != null) return null;
  const params = new SqlParams();
  const parts = [
    `qs.entity_id ${scopeTest(filter.about[0], params, scopeIds)}`,
    ...speakerTests(filter, params, speakerIds).map((speaker) => `qs.speaker_id ${speaker}`),
    'qs.is_statement = TRUE',
    kindCondition(filter.kind ?? DEFAULT_QUOTE_KINDS, params, 'qs.kind'),
    ...dateConditions(filter, params, 'qs.published_at'),
  ];
  return { select: 'DISTINCT qs.quote_id', fromWhere: `FROM quote_subject qs WHERE ${parts.join(' AND ')}`, params: params.values };
}

/**
 * `filter` narrowed to the kinds `kinds` (an argument beside a filter: `quoteAdded(kind)`, the
 * export's `kind` parameter): unchanged when `kinds` is null (the filter's own kinds, or the
 * default, apply); otherwise its top level's `kind` becomes `kinds`, or the kinds in both when the
 * filter names some too. Adds no nesting level.
 */
export function withKinds(filter: QuoteCriteria | null | undefined, kinds: readonly QuoteKind[] | null | undefined): QuoteCriteria | null | undefined {
  if (kinds == null) return filter;
  const kind = filter?.kind == null ? [...kinds] : filter.kind.filter((k) => kinds.includes(k));
  return { ...filter, kind };
}

/**
 * Compiles a QuoteCriteria (with its nested and/or/not filters) into one SQL condition on `q` (the
 * quote table), in the SQL of `dialect` (the store's: `dialectOf(dataSource)`), so that all
 * filtering runs in the database. Scare quotes and titles (is_statement false) are always left
 * out. Kinds: when no level of the filter (or no filter) names `kind`, only DEFAULT_QUOTE_KINDS
 * (DIRECT), a condition ANDed once at the top; a `kind` at any level is an ordinary condition of
 * its level, and the default then applies nowhere. Throws a BAD_USER_INPUT error naming the field for an ID of the wrong type, a date that is
 * not YYYY-MM-DD, a `text` with no words, more than `maxSearchTerms` search terms in all its
 * `text` fields together, or a filter too deep or too long (see `filterLevels`).
 * `speakerIds`: the ids of the filter's speaker names (`speakerKeysOf`), looked up beforehand, so
 * that a speaker test binds them (`q.speaker_id IN ($1)`), whose rows the planner estimates from
 * the column's statistics, where a subquery on the names gets a table-wide average (PostgreSQL then
 * sorts every quote of a busy speaker rather than walk the date index); a name it lacks is tested
 * by subquery. `scopeIds`: likewise the ids of the filter's `about` names, places within included
 * (`aboutKeysOf`, `scopesOfNames`), tested as `= ANY(<bound array>)` (PostgreSQL only); a name it
 * lacks is walked by a recursive subquery.
 */
export function compileQuoteFilter(
  filter: QuoteCriteria | null | undefined,
  dialect: Dialect = sqliteDialect,
  maxSearchTerms = DEFAULT_MAX_SEARCH_TERMS,
  speakerIds?: SpeakerIds,
  scopeIds?: ScopeIds,
): SqlCondition {
  const params = new SqlParams();
  const levels = filter ? filterLevels(filter) : [];
  checkSearchTerms(levels.map((level) => level.text), maxSearchTerms, 'text');
  const sql = filter ? compileBoolean(filter, (f) => quoteConditions(f, params, dialect, speakerIds, scopeIds)) : 'TRUE';
  const kinds = levels.some((level) => level.kind != null) ? '' : ` AND ${kindCondition(DEFAULT_QUOTE_KINDS, params)}`;
  return { sql: `q.is_statement = TRUE${kinds} AND (${sql})`, params: params.values };
}
