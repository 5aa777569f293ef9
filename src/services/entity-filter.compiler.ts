import { EntityCriteria } from '../types/entity-criteria';
import { compileBoolean, filterLevels, SqlParams } from './filter-logic';
import { nameKey } from './name-key';
import { SqlCondition, entitiesNamed } from './quote-filter.compiler';

/** The conditions of one EntityCriteria level (without its and/or/not) on the entity alias `e`. */
function entityConditions(filter: EntityCriteria, params: SqlParams): string[] {
  const parts: string[] = [];
  if (filter.name != null) parts.push(`e.id IN (${entitiesNamed(params.add(nameKey(filter.name)))})`);
  if (filter.mentionedWith != null) {
    parts.push(`EXISTS (SELECT 1 FROM mention m1 JOIN mention m2 ON m2.article_id = m1.article_id
      WHERE m1.entity_id = e.id AND m2.entity_id <> e.id AND m2.entity_id IN (${entitiesNamed(params.add(nameKey(filter.mentionedWith)))}))`);
  }
  if (filter.within != null) {
    const param = params.add(nameKey(filter.within));
    const scope = `within_${param.slice(1)}`;
    parts.push(`e.id IN (WITH RECURSIVE ${scope}(id) AS (SELECT c.id FROM entity c WHERE c.within_id IN (${entitiesNamed(param)})
      UNION SELECT c.id FROM entity c JOIN ${scope} s ON c.within_id = s.id) SELECT id FROM ${scope})`);
  }
  return parts;
}

/**
 * Compiles an EntityCriteria (with its nested and/or/not filters) into one SQL condition on `e`
 * (the entity table). Throws BAD_USER_INPUT for a filter too deep or too long (see `filterLevels`).
 */
export function compileEntityFilter(filter: EntityCriteria | null | undefined): SqlCondition {
  const params = new SqlParams();
  if (filter) filterLevels(filter);
  return { sql: filter ? compileBoolean(filter, (f) => entityConditions(f, params)) : 'TRUE', params: params.values };
}
