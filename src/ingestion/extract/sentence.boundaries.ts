/**
 * Sentence starts within a paragraph. A sentence ends at . ! ? or … followed by a space and a
 * capital, a digit or an opening mark (or by the paragraph end), unless the word before the dot is
 * a title, an initial or a dotted acronym (a name's last abbreviation ends one before a capitalised
 * closed-class word: "bought Tesla Inc. The deal"). Stops inside quotes do not count, except at the
 * very end of a quote (“We are ready.” The next sentence…).
 */
import type { Span } from '../annotations';
import { isClosedClassWord } from '../lexicon/english.lexicon';
import { DOTTED_ABBREVIATIONS } from '../lexicon/word.tokenizer';
import type { QuoteMarks } from './quote-marks.scanner';

const STOP = /[.!?…]/;
const STOPS = /[.!?…]/g;
const NEXT_STARTS_SENTENCE = /[\p{Lu}\p{N}“"‘'`«„(\[]/u;

/** Abbreviations that end a name: a company's legal form, a generation ("Tesla Inc.", "Cal Ripken Jr."). */
const NAME_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Jr', 'Sr']);

/** Words that open a sentence and no surname after a middle initial: "Serie A. The", "Plan B. He". */
const SENTENCE_OPENERS_AFTER_LETTER: ReadonlySet<string> = new Set(['the', 'he', 'she', 'it', 'they', 'we', 'this', 'these', 'those', 'his', 'its', 'their', 'but']);

/**
 * True when the dotted abbreviation `word` (written without its dot) also ends a sentence: it ends a
 * name, and the word at `next` is a capitalised determiner, pronoun, preposition or conjunction,
 * which no name runs on into ("bought Tesla Inc. The deal closed", "Cal Ripken Jr. He played"); or it
 * is one capital letter ending a name ("Serie A", "Group B") before a word that opens a sentence and
 * no surname after a middle initial does (SENTENCE_OPENERS_AFTER_LETTER: "Napoli lead Serie A. The").
 */
export function abbreviationEndsSentence(word: string, body: string, next: number): boolean {
  const letter = word.length === 1 && /^\p{Lu}$/u.test(word);
  if (!letter && !NAME_FINAL_ABBREVIATIONS.has(word)) return false;
  const following = /^\p{Lu}\p{Ll}*(?![\p{L}.])/u.exec(body.slice(next, next + 16))?.[0];
  if (following === undefined) return false;
  return letter ? SENTENCE_OPENERS_AFTER_LETTER.has(following.toLowerCase()) : isClosedClassWord(following.toLowerCase());
}

const LETTERS_AND_DOTS = /([\p{L}.]+)$/u;

/** The letters and dots written right before `i`, at most 12 characters back ("Inc" of "Inc.", "U.S" of "U.S."); "" when none. */
function lettersBefore(body: string, i: number): string {
  const floor = Math.max(0, i - 12);
  let j = i;
  for (; j > floor; j--) {
    const c = body.charCodeAt(j - 1);
    if (c > 127) return LETTERS_AND_DOTS.exec(body.slice(floor, i))?.[1] ?? '';
    if (!(c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break;
  }
  return body.slice(j, i);
}

/** True when the dot at `i` closes an abbreviation or initial rather than a sentence. */
function isAbbreviationDot(body: string, i: number): boolean {
  // By character code: compiled code that had read one kind of string by index ("body[i]") threw itself away on another.
  if (body.charCodeAt(i) !== 46) return false;
  const word = lettersBefore(body, i);
  if (abbreviationEndsSentence(word, body, skipSpace(body, i + 1, body.length))) return false;
  // An initial ("R."), or dotted letters ("U.S."); the cheap tests first.
  return DOTTED_ABBREVIATIONS.has(word) || (word.length <= 2 && /^\p{Lu}$/u.test(word)) || (word.includes('.') && /\p{L}\.\p{L}$/u.test(word));
}

/** Index of the first non-space character at or after `i`, or `to`. */
function skipSpace(body: string, i: number, to: number): number {
  while (i < to && /\s/.test(body[i])) i++;
  return i;
}

/** The offsets at which the sentences of `para` start, ascending; the first is the paragraph start. */
export function sentenceStarts(body: string, para: Span, quotes: QuoteMarks[]): number[] {
  const starts = [skipSpace(body, para.start, para.end)];
  const inPara = quotes.filter((q) => q.open >= para.start && q.open < para.end);
  let qi = 0;
  let i = para.start;
  const boundaryAfter = (after: number) => {
    const j = skipSpace(body, after, para.end);
    if (j > after && j < para.end && NEXT_STARTS_SENTENCE.test(body[j])) starts.push(j);
  };
  while (i < para.end) {
    const q = inPara[qi];
    STOPS.lastIndex = i;
    const found = STOPS.exec(body);
    const stop = found && found.index < para.end ? found.index : para.end;
    if (q && q.open <= stop) {
      const lastInside = body[q.end - 1];
      if (q.closed && STOP.test(lastInside) && !isAbbreviationDot(body, q.end - 1)) boundaryAfter(q.close);
      i = q.close;
      qi++;
      continue;
    }
    if (stop >= para.end) break;
    if (isAbbreviationDot(body, stop)) {
      i = stop + 1;
      continue;
    }
    let k = stop + 1;
    while (k < para.end && STOP.test(body[k])) k++;
    boundaryAfter(k);
    i = k;
  }
  return starts;
}

/** The start of the sentence that contains `pos`, given the starts of its paragraph. */
export function sentenceStartOf(starts: number[], pos: number): number {
  let s = starts[0];
  for (const start of starts) {
    if (start > pos) break;
    s = start;
  }
  return s;
}

/** The end of the sentence that contains `pos`: the next sentence start, or `paraEnd`. */
export function sentenceEndOf(starts: number[], pos: number, paraEnd: number): number {
  for (const start of starts) if (start > pos) return start;
  return paraEnd;
}
