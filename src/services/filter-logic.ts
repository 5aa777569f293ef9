/** A filter input that nests: all of `and`, any of `or`, none of `not`. */
export interface BooleanFilter<F> {
  and?: F[] | null;
  or?: F[] | null;
  not?: F | null;
}

/**
 * Compiles a nesting filter into one SQL condition: the filter's own conditions (from
 * `conditions`, ANDed) and its `and`, `or` and `not` filters, recursively. An empty filter is
 * "TRUE"; an empty `or` list is "FALSE" (boolean literals both SQLite and PostgreSQL read).
 */
export function compileBoolean<F extends BooleanFilter<F>>(filter: F, conditions: (filter: F) => string[]): string {
  const parts = conditions(filter);
  if (filter.and?.length) parts.push(`(${filter.and.map((f) => compileBoolean(f, conditions)).join(' AND ')})`);
  if (filter.or != null) parts.push(filter.or.length ? `(${filter.or.map((f) => compileBoolean(f, conditions)).join(' OR ')})` : 'FALSE');
  if (filter.not != null) parts.push(`NOT (${compileBoolean(filter.not, conditions)})`);
  return parts.length ? parts.join(' AND ') : 'TRUE';
}

/** Named SQL parameters p0, p1, ... collected while a filter is compiled. */
export class SqlParams {
  readonly values: Record<string, unknown> = {};

  /** Adds a value and returns its placeholder (":p3"). */
  add(value: unknown): string {
    const name = `p${Object.keys(this.values).length}`;
    this.values[name] = value;
    return `:${name}`;
  }
}
