import type { Span } from '../../src/ingestion/annotations';

/** The span of the first occurrence of `part` in `body` at or after `from`; throws when it is not there. */
export function spanOf(body: string, part: string, from = 0): Span {
  const start = body.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" is not in the body`);
  return { start, end: start + part.length };
}
