import { Dialect, sqliteDialect } from '../db/dialect';
import { ArticleCriteria } from '../types/article-criteria';
import { isoDate } from '../types/bad-input';
import { compileBoolean, filterLevels, SqlParams } from './filter-logic';
import { nameKey } from './name-key';
import { dayAfter, entitiesNamedOrWithin, SqlCondition, textCondition } from './quote-filter.compiler';
import { checkSearchTerms, DEFAULT_MAX_SEARCH_TERMS } from './search-terms.limit';

/** The conditions of one ArticleCriteria level (without its and/or/not) on the article alias `a`. */
function articleConditions(filter: ArticleCriteria, params: SqlParams, dialect: Dialect): string[] {
  const parts: string[] = [];
  if (filter.text != null) parts.push(textCondition(dialect, 'article', 'a', params, filter.text, 'text'));
  if (filter.from != null) parts.push(`a.published_at >= ${params.add(isoDate(filter.from, 'from'))}`);
  if (filter.to != null) parts.push(`a.published_at < ${params.add(dayAfter(isoDate(filter.to, 'to')))}`);
  for (const name of filter.mentions ?? []) {
    parts.push(`a.id IN (SELECT m.article_id FROM mention m WHERE m.entity_id IN (${entitiesNamedOrWithin(params.add(nameKey(name)))}))`);
  }
  if (filter.source != null) {
    // A source the store cannot hold (NUL, on PostgreSQL) is no article's.
    parts.push(dialect.unstorableAt(filter.source) >= 0 ? 'FALSE' : `lower(a.source) = lower(${params.add(filter.source)})`);
  }
  return parts;
}

/**
 * Compiles an ArticleCriteria (with its nested and/or/not filters) into one SQL condition on `a`
 * (the article table), in the SQL of `dialect`. Throws BAD_USER_INPUT naming the field for a bad
 * date, a wordless text, more than `maxSearchTerms` search terms in all its `text` fields
 * together, or a filter too deep or too long (see `filterLevels`).
 */
export function compileArticleFilter(
  filter: ArticleCriteria | null | undefined,
  dialect: Dialect = sqliteDialect,
  maxSearchTerms = DEFAULT_MAX_SEARCH_TERMS,
): SqlCondition {
  const params = new SqlParams();
  if (filter) checkSearchTerms(filterLevels(filter).map((level) => level.text), maxSearchTerms, 'text');
  return { sql: filter ? compileBoolean(filter, (f) => articleConditions(f, params, dialect)) : 'TRUE', params: params.values };
}
