import { badInput } from './bad-input';

/** The most items one page may hold. */
export const MAX_PAGE_SIZE = 100;
/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** Relay cursor arguments as services and loaders take them: `first`/`after` page forward, `last`/`before` backward. */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** One page of rows as services and loaders return it: `totalCount` is computed only when asked for. */
export interface Page<T> {
  nodes: T[];
  /** The cursor of each node, in the same order. */
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

/**
 * Checks a page-size argument: between `min` and MAX_PAGE_SIZE, else a BAD_USER_INPUT error naming
 * it ("first" must be between 0 and 100, got 101). Returns the value.
 */
export function checkPageSize(value: number, argument: string, min = 0): number {
  if (value < min || value > MAX_PAGE_SIZE) throw badInput(`"${argument}" must be between ${min} and ${MAX_PAGE_SIZE}, got ${value}`);
  return value;
}
