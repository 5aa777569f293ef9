import { GraphQLError } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageArgs } from '../graphql/types/page-args';

/** A validated page request over rows ordered by ascending id. */
export interface PageWindow {
  /** Rows to return. */
  limit: number;
  /** `forward`: the first `limit` rows after `afterId`; `backward`: the last `limit` rows before `beforeId`. */
  direction: 'forward' | 'backward';
  afterId: number | null;
  beforeId: number | null;
}

/** Encodes a row id as an opaque cursor. */
export function toCursor(rowId: number): string {
  return Buffer.from(`cursor:${rowId}`, 'utf8').toString('base64url');
}

function fromCursor(cursor: string, argument: string): number {
  const match = /^cursor:([0-9]+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput(`"${argument}" is not a cursor from this API: "${cursor}"`);
  return Number(match[1]);
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * Checks Relay page arguments and turns them into a window: `first` and `last` must be between 0
 * and MAX_PAGE_SIZE and not both given; cursors must come from this API. Throws a GraphQL
 * BAD_USER_INPUT error naming the argument otherwise.
 */
export function pageWindow({ first, after, last, before }: PageArgs): PageWindow {
  for (const [argument, value] of [['first', first], ['last', last]] as const) {
    if (value !== null && value !== undefined && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(`"${argument}" must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`);
    }
  }
  if (first != null && last != null) throw badInput('Give either "first" or "last", not both');
  return {
    limit: first ?? last ?? DEFAULT_PAGE_SIZE,
    direction: last != null ? 'backward' : 'forward',
    afterId: after ? fromCursor(after, 'after') : null,
    beforeId: before ? fromCursor(before, 'before') : null,
  };
}
