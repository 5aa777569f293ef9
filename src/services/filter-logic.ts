import { badInput } from '../types/bad-input';

/** A filter input that nests: all of `and`, any of `or`, none of `not`. */
export interface BooleanFilter<F> {
  and?: F[] | null;
  or?: F[] | null;
  not?: F | null;
}

/** Deepest nesting of `and`, `or` and `not` a filter may have (the top filter is level 1). */
export const MAX_FILTER_DEPTH = 16;

/** Most items in one list of a filter (`and`, `or`, `about`, `aboutAny`, `mentions`...). */
export const MAX_FILTER_LIST_ITEMS = 100;

/**
 * Most filters and list items (other than `and` and `or`, whose filters count) one filter may
 * hold in all, at every level together: SQLite takes about 60 ms to plan 100 \`about\` names
 * (20,000 articles), so 200 keeps the heaviest filter near the event loop's 100 ms budget.
 */
export const MAX_FILTER_CONDITIONS = 200;

/**
 * Every filter of a nesting filter, the top one first, read iteratively (never recursively, so
 * that no input can overflow the stack). Throws BAD_USER_INPUT naming `argument` for nesting deeper
 * than MAX_FILTER_DEPTH, a list (any array field) longer than MAX_FILTER_LIST_ITEMS, or more than
 * MAX_FILTER_CONDITIONS filters and list items in all; stops at the first excess.
 */
export function filterLevels<F extends BooleanFilter<F>>(filter: F, argument = 'filter'): F[] {
  const levels: F[] = [];
  const pending: Array<[F, number]> = [[filter, 1]];
  let conditions = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [level, depth] = next;
    if (depth > MAX_FILTER_DEPTH) {
      throw badInput(`"${argument}" nests "and", "or" and "not" more than ${MAX_FILTER_DEPTH} levels deep`);
    }
    levels.push(level);
    conditions += 1;
    for (const [field, value] of Object.entries(level)) {
      if (!Array.isArray(value)) continue;
      if (value.length > MAX_FILTER_LIST_ITEMS) {
        throw badInput(`"${argument}.${field}" has ${value.length} items: at most ${MAX_FILTER_LIST_ITEMS} are allowed in a filter list`);
      }
      if (field !== 'and' && field !== 'or') conditions += value.length;
    }
    if (conditions > MAX_FILTER_CONDITIONS) {
      throw badInput(`"${argument}" holds more than ${MAX_FILTER_CONDITIONS} filters and list items in all, its nested filters included`);
    }
    for (const child of [...(level.and ?? []), ...(level.or ?? []), ...(level.not != null ? [level.not] : [])]) {
      pending.push([child, depth + 1]);
    }
  }
  return levels;
}

/**
 * Joins SQL conditions with `operator` (AND, OR) as a balanced tree of parentheses, so that a
 * list of n conditions nests log2(n) deep, not n deep (SQLite refuses an expression more than
 * 1,000 deep). `joinBalanced(['a', 'b', 'c'], 'OR')` -> `(a OR (b OR c))`. Non-empty lists only.
 */
export function joinBalanced(parts: readonly string[], operator: 'AND' | 'OR'): string {
  if (parts.length === 1) return parts[0];
  const middle = parts.length >> 1;
  return `(${joinBalanced(parts.slice(0, middle), operator)} ${operator} ${joinBalanced(parts.slice(middle), operator)})`;
}

/**
 * Compiles a nesting filter into one SQL condition: the filter's own conditions (from
 * `conditions`, ANDed) and its `and`, `or` and `not` filters, recursively: check the filter with
 * `filterLevels` first, which bounds the depth. An empty filter is "TRUE"; an empty `or` list is
 * "FALSE" (boolean literals both SQLite and PostgreSQL read).
 */
export function compileBoolean<F extends BooleanFilter<F>>(filter: F, conditions: (filter: F) => string[]): string {
  const parts = conditions(filter);
  if (filter.and?.length) parts.push(joinBalanced(filter.and.map((f) => compileBoolean(f, conditions)), 'AND'));
  if (filter.or != null) parts.push(filter.or.length ? joinBalanced(filter.or.map((f) => `(${compileBoolean(f, conditions)})`), 'OR') : 'FALSE');
  if (filter.not != null) parts.push(`NOT (${compileBoolean(filter.not, conditions)})`);
  return parts.length ? joinBalanced(parts, 'AND') : 'TRUE';
}

/** Named SQL parameters p0, p1, ... collected while a filter is compiled. */
export class SqlParams {
  readonly values: Record<string, unknown> = {};
  private count = 0;

  /** Adds a value and returns its placeholder (":p3"). */
  add(value: unknown): string {
    const name = `p${this.count++}`;
    this.values[name] = value;
    return `:${name}`;
  }
}
