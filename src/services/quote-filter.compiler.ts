import { GraphQLError } from 'graphql';
import { fromGlobalId } from '../graphql/types/global-id';
import { AboutScope, QuoteFilter } from '../graphql/types/quote-filter.input';
import { nameKey } from './name-key';

/** A SQL condition on the quote alias `q`, with its named parameters. */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/** SQL for the ids of entities that go by a name (folded) given as parameter `:param`. */
export function entitiesNamed(param: string): string {
  return `SELECT entity_id FROM entity_name WHERE key = :${param}`;
}

/** SQL for the ids of entities named `:param` and of every place within them, at any depth. */
export function entitiesNamedOrWithin(param: string): string {
  return `WITH RECURSIVE scope_${param}(id) AS (${entitiesNamed(param)}
    UNION SELECT e.id FROM entity e JOIN scope_${param} s ON e.within_id = s.id)
    SELECT id FROM scope_${param}`;
}

const scopeCondition: Record<AboutScope, string> = {
  QUOTE: 'm.article_id = q.article_id AND m.start >= q.start AND m."end" <= q."end"',
  PARAGRAPH: 'm.article_id = q.article_id AND m.paragraph = q.paragraph',
  ARTICLE: 'm.article_id = q.article_id',
};

/**
 * Compiles a QuoteFilter into one SQL condition on `q` (the quote table), so that filtering runs
 * in SQLite. Scare quotes and titles (is_statement = 0) are always left out. Throws a
 * BAD_USER_INPUT error for an articleId that is not an Article ID.
 */
export function compileQuoteFilter(filter: QuoteFilter | null | undefined): SqlCondition {
  const parts = ['q.is_statement = 1'];
  const params: Record<string, unknown> = {};
  if (filter?.speaker != null) {
    params.speaker = nameKey(filter.speaker);
    parts.push(`q.speaker_id IN (${entitiesNamed('speaker')})`);
  }
  if (filter?.articleId != null) {
    const id = fromGlobalId(filter.articleId);
    if (id?.type !== 'Article') {
      throw new GraphQLError(`"articleId" is not an Article ID: "${filter.articleId}"`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    params.articleId = id.rowId;
    parts.push('q.article_id = :articleId');
  }
  const scope = scopeCondition[filter?.aboutScope ?? AboutScope.PARAGRAPH];
  (filter?.about ?? []).forEach((about, i) => {
    params[`about${i}`] = nameKey(about);
    parts.push(`EXISTS (SELECT 1 FROM mention m WHERE ${scope} AND m.entity_id IN (${entitiesNamedOrWithin(`about${i}`)}))`);
  });
  return { sql: parts.join(' AND '), params };
}
