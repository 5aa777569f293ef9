import { checkPageSize, DEFAULT_PAGE_SIZE, PageRequest } from '../types/page';
import { badInput } from '../types/bad-input';

/** Where a row sits in an ordering: the value it is sorted by, then its id (the tie-break). */
export interface SortPosition {
  value: string | number | null;
  id: number;
}

/** A validated page request. */
export interface PageWindow {
  /** Rows to return. */
  limit: number;
  /** `forward`: the first `limit` rows after `after`; `backward`: the last `limit` rows before `before`. */
  direction: 'forward' | 'backward';
  after: SortPosition | null;
  before: SortPosition | null;
}

/** Encodes a row's position in the ordering named `ordering` as an opaque cursor. */
export function toCursor(ordering: string, position: SortPosition): string {
  return Buffer.from(JSON.stringify([ordering, position.value, position.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `toCursor` for the same ordering; throws BAD_USER_INPUT naming `argument` otherwise. */
function fromCursor(cursor: string, ordering: string, argument: string): SortPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  if (!Array.isArray(decoded) || decoded.length !== 3 || !Number.isInteger(decoded[2])) {
    throw badInput(`"${argument}" is not a cursor from this API: "${cursor}"`);
  }
  if (decoded[0] !== ordering) {
    throw badInput(`"${argument}" is a cursor for another ordering (${decoded[0]}); this page is ordered by ${ordering}`);
  }
  return { value: decoded[1], id: decoded[2] };
}

/**
 * Checks Relay page arguments and turns them into a window over the ordering named `ordering`:
 * `first` and `last` must be between 0 and MAX_PAGE_SIZE and not both given; cursors must come
 * from this API and the same ordering. Throws a GraphQL BAD_USER_INPUT error naming the argument.
 */
export function pageWindow({ first, after, last, before }: PageRequest, ordering: string): PageWindow {
  if (first != null) checkPageSize(first, 'first');
  if (last != null) checkPageSize(last, 'last');
  if (first != null && last != null) throw badInput('Give either "first" or "last", not both');
  return {
    limit: first ?? last ?? DEFAULT_PAGE_SIZE,
    direction: last != null ? 'backward' : 'forward',
    after: after ? fromCursor(after, ordering, 'after') : null,
    before: before ? fromCursor(before, ordering, 'before') : null,
  };
}
