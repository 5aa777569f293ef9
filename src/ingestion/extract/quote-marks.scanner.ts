/**
 * Finds quoted stretches in body paragraphs by pairing quotation marks: curly “…” and ‘…’,
 * straight "…" and '…', guillemets «…» and ‹…›, low „…“, and mismatched pairs such as “… ».
 * Apostrophes (don’t, Ukraine’s, rock 'n' roll) are told apart from single marks by the letters
 * around them. A double quote left open at the end of a paragraph (a quotation running over
 * several paragraphs) is cut at the paragraph end. Marks nested inside a quote are not scanned.
 */
import type { Span } from '../annotations';

/** One quoted stretch: `start`/`end` cover the words inside the marks, trimmed of white space. */
export interface QuoteMarks extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the paragraph end when the quote is left open. */
  close: number;
  /** False when no closing mark was found before the paragraph end. */
  closed: boolean;
  /** Index into the paragraph list. */
  paragraph: number;
}

const DOUBLE_CLOSERS: Record<string, string> = {
  '“': '”»"',
  '„': '“”"',
  '«': '»”"',
  '"': '"”',
  '”': '”"',
};
const SINGLE_CLOSERS: Record<string, string> = { '‘': '’\'', "'": "'’", '‹': '›' };

const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-–—:;,/]/;

/** True when a mark at `i` may open a quote: it starts the paragraph or follows a space or bracket, and a word follows. */
function opensHere(body: string, i: number, from: number): boolean {
  const before = i > from ? body[i - 1] : undefined;
  const after = body[i + 1];
  return (before === undefined || OPEN_CONTEXT.test(before) || '“"«'.includes(before)) && !isSpace(after);
}

/** Where the double quote opened at `i` closes: the index of its closing mark, or -1. */
function findDoubleClose(body: string, i: number, to: number): number {
  const closers = DOUBLE_CLOSERS[body[i]];
  for (let j = i + 1; j < to; j++) {
    const ch = body[j];
    if (closers.includes(ch)) return j;
    // A fresh opening curly mark before any closer: the earlier quote was never closed.
    if ((ch === '“' || ch === '«') && body[i] !== '„' && opensHere(body, j, i)) return -1 - j;
  }
  return -1;
}

/** Where the single quote opened at `i` closes (a mark not between two letters), or -1. */
function findSingleClose(body: string, i: number, to: number): number {
  const closers = SINGLE_CLOSERS[body[i]];
  for (let j = i + 1; j < to; j++) {
    const ch = body[j];
    if (ch === '\n') return -1;
    if (!closers.includes(ch)) continue;
    if (isLetterOrDigit(body[j - 1]) && isLetterOrDigit(body[j + 1])) continue; // apostrophe: don’t
    if (isSpace(body[j - 1])) continue; // an opening or elided mark: ’90s
    if (body[j - 1] === 's' && body[j + 1] === ' ' && /\p{Ll}/u.test(body[j + 2] ?? '')) continue; // the allies’ plans
    return j;
  }
  return -1;
}

/** Trims white space inside `[start, end)`; returns null when nothing is left. */
function trimmed(body: string, start: number, end: number): Span | null {
  while (start < end && isSpace(body[start])) start++;
  while (end > start && isSpace(body[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** Every quoted stretch in the given paragraphs, in body order. */
export function scanQuoteMarks(body: string, paragraphs: Span[]): QuoteMarks[] {
  const quotes: QuoteMarks[] = [];
  paragraphs.forEach((para, paragraph) => {
    let i = para.start;
    while (i < para.end) {
      const ch = body[i];
      let closeAt = -2;
      let closed = true;
      if (ch in DOUBLE_CLOSERS && (ch === '"' || ch === '“' || ch === '«' || ch === '„' || opensHere(body, i, para.start))) {
        const j = findDoubleClose(body, i, para.end);
        if (j >= 0) closeAt = j;
        else {
          closed = false;
          closeAt = j === -1 ? para.end : -1 - j;
        }
      } else if (ch in SINGLE_CLOSERS && opensHere(body, i, para.start) && isLetterOrDigit(body[i + 1])) {
        const j = findSingleClose(body, i, para.end);
        if (j >= 0) closeAt = j;
      }
      if (closeAt < 0) {
        i++;
        continue;
      }
      const inner = trimmed(body, i + 1, closeAt);
      const close = closed ? closeAt + 1 : closeAt;
      if (inner) quotes.push({ ...inner, open: i, close, closed, paragraph });
      i = close;
    }
  });
  return quotes;
}
