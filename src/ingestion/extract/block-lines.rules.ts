import type { Segment } from '../annotations';
import { textLines } from '../parse/text-lines.util';

/** A line that opens with a lower-case letter: wrapped prose goes on there. */
const LOWER_CASE_OPENING = /^\p{Ll}/u;

/**
 * `segments` (of `body`, in body order) with each block whose lines each open a unit of their own cut into one
 * segment a line, each keeping its block's kind and paragraph: a table's rows ("Fulham 0 Bournemouth 3"), a list's
 * items, a headline over its dateline, a feed's paragraphs written one a line. A block a line of which (after its
 * first) opens with a lower-case letter is prose wrapped at a width, and stays whole. Each line's span leaves out the
 * whitespace around it. Returns `segments` itself when no block has a line break.
 */
export function blockLines(body: string, segments: readonly Segment[]): readonly Segment[] {
  if (!segments.some((s) => hasLineBreak(body, s))) return segments;
  return segments.flatMap((s) => {
    if (!hasLineBreak(body, s)) return [s];
    const lines = linesOf(body, s);
    return lines.some((l, k) => k > 0 && LOWER_CASE_OPENING.test(body.slice(l.start, l.end))) ? [s] : lines;
  });
}

/** True when the segment `s` of `body` holds a line break (read within the segment only: no search runs on past its end). */
function hasLineBreak(body: string, s: Segment): boolean {
  for (let i = s.start; i < s.end; i++) {
    const c = body.charCodeAt(i);
    if (c === LF || c === CR) return true;
  }
  return false;
}

const LF = 10;
const CR = 13;

/** The non-blank lines of the segment `s` of `body` (textLines), as segments of its kind and paragraph, trimmed. */
function linesOf(body: string, s: Segment): Segment[] {
  return textLines(body.slice(s.start, s.end)).map((l) => ({ ...s, start: s.start + l.start, end: s.start + l.end }));
}
