/**
 * Finds quoted stretches in body paragraphs by pairing quotation marks: curly “…” and ‘…’,
 * straight "…" and '…', guillemets «…» and ‹…›, low „…“, and mismatched pairs such as “… ».
 * Apostrophes (don’t, Ukraine’s, rock 'n' roll) are told apart from single marks by the letters
 * around them. A double quote left open at the end of a paragraph (a quotation running over
 * several paragraphs) is cut at the paragraph end. Marks nested inside a quote are not scanned,
 * including a quote nested with the same marks (“… what he calls “hell” than …”). A straight
 * double mark that a curly opening mark follows before any closer is a stray mark in text quoted
 * with curly marks, not a quote. A straight or closing-style mark opens a quote only where an
 * opening mark stands (after a space, a bracket, a dash or punctuation, before a word): the inch
 * mark in 6'3" and a stray mark after a word do not. No mark opens a quote right after "="
 * (markup attributes such as author="...").
 * Double marks typeset as two characters, ``…'' (LaTeX, New York Times) and ''…'', pair only with a
 * closing '' in the same paragraph, or run to the paragraph end when the next paragraph opens with
 * such a mark again (a continued quotation); a single apostrophe never opens or closes them, and a
 * single quote never closes at one of their marks.
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

const DOUBLE_MARKS = /[“”„«»"]/g;

/** The index of the first double mark at or after `from` and before `to`, or -1. */
function nextDoubleMark(body: string, from: number, to: number): number {
  DOUBLE_MARKS.lastIndex = from;
  const found = DOUBLE_MARKS.exec(body);
  return found && found.index < to ? found.index : -1;
}

/**
 * Where the double quote opened at `i` closes: the index of its closing mark, or -1, or `-1 - j`
 * when a fresh opening mark at `j` comes first (the quote was never closed). A fresh opening mark
 * whose own closing mark is followed by a closing mark rather than an opening one is a quote
 * nested in this one, written with the same marks (“… what he calls “hell” than …”).
 */
function findDoubleClose(body: string, i: number, to: number): number {
  const closers = DOUBLE_CLOSERS[body[i]];
  // Every closer and opener is a double mark: the loop leaps from one to the next.
  for (let j = nextDoubleMark(body, i + 1, to); j >= 0; j = nextDoubleMark(body, j + 1, to)) {
    const ch = body[j];
    if (closers.includes(ch)) return j;
    if ((ch === '“' || ch === '«') && body[i] !== '„' && opensHere(body, j, i)) {
      const inner = nextDoubleMark(body, j + 1, to);
      const after = inner >= 0 && DOUBLE_CLOSERS[ch].includes(body[inner]) ? nextDoubleMark(body, inner + 1, to) : -1;
      if (after < 0 || !closers.includes(body[after]) || opensHere(body, after, i)) return -1 - j;
      j = inner;
    }
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
    if (ch === "'" && (body[j + 1] === "'" || body[j - 1] === "'")) continue; // half of a typeset double mark ''
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

/** Any character that may open a quote. */
const MARK = /["“”„«'‘‹`]/g;

/** True when a double mark typeset as two characters, `` or '', stands at `i`. */
const isTwinMark = (body: string, i: number): boolean => (body[i] === '`' || body[i] === "'") && body[i + 1] === body[i];

/** True when the twin mark at `i` may open a quote: in opening context, a word or mark (not a space or a third apostrophe) after it. */
function twinOpensHere(body: string, i: number, from: number): boolean {
  const before = i > from ? body[i - 1] : undefined;
  const after = body[i + 2];
  return (before === undefined || OPEN_CONTEXT.test(before) || '“"«'.includes(before)) && !isSpace(after) && after !== "'" && after !== '`';
}

/** True when the paragraph `next` (if any) opens with a twin mark: the quotation of the paragraph before runs on. */
function opensWithTwinMark(body: string, next: Span | undefined): boolean {
  if (!next) return false;
  let i = next.start;
  while (i < next.end && isSpace(body[i])) i++;
  return isTwinMark(body, i) && twinOpensHere(body, i, next.start);
}

/**
 * Where the twin-mark quote opened at `i` closes: the index of its closing '', or `to` when it
 * runs to the paragraph end (`continued`), or -1. A '' in opening context (after a space, before
 * a word) is the next quote's opening mark, so this one was never closed: not a quote.
 */
function findTwinClose(body: string, i: number, to: number, continued: boolean): number {
  const j = body.indexOf("''", i + 2);
  if (j < 0 || j + 1 >= to) return continued ? to : -1;
  return isSpace(body[j - 1]) && j + 2 < to && !isSpace(body[j + 2]) ? -1 : j;
}

/** True when the mark at `i` may open a quote: a curly, low or guillemet opener anywhere but after "=" (markup), any other mark only in opening context. */
function mayOpen(body: string, i: number, from: number): boolean {
  const ch = body[i];
  if (ch === '“' || ch === '«' || ch === '„') return i === from || body[i - 1] !== '=';
  return opensHere(body, i, from) && (ch in DOUBLE_CLOSERS || isLetterOrDigit(body[i + 1]));
}

/** Every quoted stretch in the given paragraphs, in body order. */
export function scanQuoteMarks(body: string, paragraphs: Span[]): QuoteMarks[] {
  const quotes: QuoteMarks[] = [];
  paragraphs.forEach((para, paragraph) => {
    let i = para.start;
    while (i < para.end) {
      MARK.lastIndex = i;
      const found = MARK.exec(body);
      if (!found || found.index >= para.end) break;
      i = found.index;
      const ch = body[i];
      let closeAt = -2;
      let closed = true;
      if (isTwinMark(body, i)) {
        const j = twinOpensHere(body, i, para.start) ? findTwinClose(body, i, para.end, opensWithTwinMark(body, paragraphs[paragraph + 1])) : -1;
        if (j < 0) {
          i += 2;
          continue;
        }
        const inner = trimmed(body, i + 2, j);
        const closed = j < para.end;
        const close = closed ? j + 2 : j;
        if (inner) quotes.push({ start: inner.start, end: inner.end, open: i, close, closed, paragraph });
        i = close;
        continue;
      }
      if (ch === '`') {
        i++;
        continue;
      }
      const opens = mayOpen(body, i, para.start);
      if (opens && ch in DOUBLE_CLOSERS) {
        const j = findDoubleClose(body, i, para.end);
        if (j >= 0) closeAt = j;
        else if (j < -1 && ch === '"') closeAt = -2; // a stray straight mark in curly-quoted text
        else {
          closed = false;
          closeAt = j === -1 ? para.end : -1 - j;
        }
      } else if (opens) {
        const j = findSingleClose(body, i, para.end);
        if (j >= 0) closeAt = j;
      }
      if (closeAt < 0) {
        i++;
        continue;
      }
      const inner = trimmed(body, i + 1, closeAt);
      const close = closed ? closeAt + 1 : closeAt;
      if (inner) quotes.push({ start: inner.start, end: inner.end, open: i, close, closed, paragraph });
      i = close;
    }
  });
  return quotes;
}
