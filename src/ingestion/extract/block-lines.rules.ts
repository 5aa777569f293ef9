import type { Segment } from '../annotations';

/** A line break, and the first character of the line after it when that is a lower-case letter. */
const LINE_BREAK = /\r\n|\r|\n/g;
const LOWER_CASE_OPENING = /^\s*\p{Ll}/u;

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

/** True when the segment `s` of `body` holds a line break. */
function hasLineBreak(body: string, s: Segment): boolean {
  const n = body.indexOf('\n', s.start);
  const r = body.indexOf('\r', s.start);
  return (n >= 0 && n < s.end) || (r >= 0 && r < s.end);
}

/** The non-blank lines of the segment `s` of `body`, as segments of its kind and paragraph, trimmed. */
function linesOf(body: string, s: Segment): Segment[] {
  const lines: Segment[] = [];
  const text = body.slice(s.start, s.end);
  let from = 0;
  for (const m of [...text.matchAll(LINE_BREAK), null]) {
    const to = m ? m.index : text.length;
    const line = text.slice(from, to);
    const lead = line.length - line.trimStart().length;
    const trail = line.length - line.trimEnd().length;
    if (line.trim()) lines.push({ ...s, start: s.start + from + lead, end: s.start + to - trail });
    if (m) from = m.index + m[0].length;
  }
  return lines;
}
