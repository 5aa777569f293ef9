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
  const breaks = lineBreaksIn(body, segments);
  if (!breaks.includes(true)) return segments;
  return segments.flatMap((s, k) => {
    if (!breaks[k]) return [s];
    const lines = linesOf(body, s);
    return lines.some((l, k) => k > 0 && LOWER_CASE_OPENING.test(body.slice(l.start, l.end))) ? [s] : lines;
  });
}

/**
 * Per segment of `segments` (of `body`), whether it holds a line break. The body's next line feed and carriage return are found
 * by indexOf, which scans far faster than a loop over the characters, and kept while the segments (in body order) have not passed
 * them: the body is searched through once, not segment by segment; a segment that starts before the one before it searches afresh.
 */
function lineBreaksIn(body: string, segments: readonly Segment[]): boolean[] {
  let from = 0;
  let lf = body.indexOf('\n');
  let cr = body.indexOf('\r');
  return segments.map((s) => {
    if (s.start < from || (lf >= 0 && lf < s.start)) lf = body.indexOf('\n', s.start);
    if (s.start < from || (cr >= 0 && cr < s.start)) cr = body.indexOf('\r', s.start);
    from = s.start;
    return (lf >= 0 && lf < s.end) || (cr >= 0 && cr < s.end);
  });
}

/** The non-blank lines of the segment `s` of `body` (textLines), as segments of its kind and paragraph, trimmed. */
function linesOf(body: string, s: Segment): Segment[] {
  return textLines(body.slice(s.start, s.end)).map((l) => ({ ...s, start: s.start + l.start, end: s.start + l.end }));
}
