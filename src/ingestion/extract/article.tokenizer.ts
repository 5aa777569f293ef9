import type { ParsedArticle } from '../annotations';
import { isCommonWord } from '../lexicon/english.lexicon';
import { NAME_CONNECTORS } from '../lexicon/name-words.lexicon';
import { foldName } from '../lexicon/name.normalize';
import { FOLDED_ABBREVIATIONS, isWord, tokenize } from '../lexicon/word.tokenizer';

/**
 * The tokenize stage of entity extraction: an article's segments as the words of the one
 * tokenizer (lexicon/word.tokenizer.ts; punctuation left out, a possessive 's cut off) with the flags name
 * finding reads (capitalised, upper case, sentence start, possessive, initial, joined to the next
 * word by one space), and the runs of capitalised words ("chunks") that may hold names.
 */

/** A word of the body with the flags name finding reads. */
export interface ArticleToken {
  text: string;
  /** The folded word (lower case, no accents); a possessive 's dropped. */
  key: string;
  start: number;
  end: number;
  cap: boolean;
  upper: boolean;
  sentenceStart: boolean;
  possessive: boolean;
  /** Only a single space separates it from the next token of its segment. */
  joinsNext: boolean;
  segment: number;
  /** A capital letter with its period: the initial of a name ("W." of "George W. Bush"). */
  initial: boolean;
}

/** One segment of the article, in body order. */
export interface TokenizedSegment {
  paragraph: number | null;
  /** Written in Title Case (a headline): capitals there are no evidence of a name. */
  titleCase: boolean;
  start: number;
  end: number;
  kind: string;
}

/** An article as the classify and resolve stages read it. */
export interface TokenizedArticle {
  body: string;
  tokens: ArticleToken[];
  /** Per segment: its paragraph index, whether it is written in Title Case, its offsets and kind. */
  segments: TokenizedSegment[];
  /** Runs of capitalised tokens (with particles and "of" inside), as token indices. */
  chunks: number[][];
  /** Capitalised words found to continue a title ("Galaxy" of "Miss Galaxy Ana Ruiz"): filled by the classifier. */
  titleWords: Set<string>;
}

const SENTENCE_OPENERS = '.!?:;"“‘([{—–…•|';
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u;
const ARTICLE_PREFIXED = /^(?:al|el|ad|ar|as|ash|at|az|ud|ul)-\p{Lu}/u;
const PERIOD = 46;
const SPACE = 32;
const NBSP = 0xa0;

/**
 * The words of every segment of `article` (segments in body order), each with its flags, and the
 * capitalised runs that may hold names. Offsets point into `article.body`; a token never runs past
 * its segment's end. Pure.
 */
export function tokenizeArticle(article: ParsedArticle): TokenizedArticle {
  const { body } = article;
  const tokens: ArticleToken[] = [];
  const chunks: number[][] = [];
  const segments = [...article.segments].sort((a, b) => a.start - b.start);
  const docSegments: TokenizedSegment[] = [];
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s];
    const first = tokens.length;
    for (const word of tokenize(body, seg.start, seg.end)) {
      if (!isWord(word)) continue;
      const start = word.start;
      // A title's or an initial's dot ("Mr.", "R.") is added back below, as for any abbreviation.
      let raw = word.text.endsWith('.') && !DOTTED_ACRONYM.test(word.text) ? word.text.slice(0, -1) : word.text;
      const n = raw.length;
      const possessive = n > 2 && (raw[n - 2] === "'" || raw[n - 2] === '’') && (raw[n - 1] === 's' || raw[n - 1] === 'S');
      if (possessive) raw = raw.slice(0, -2);
      // "al-Assad", "el-Sisi": an Arabic article joined to a capitalised name is a name word.
      const cap = startsUpperCase(raw) || ((raw[2] === '-' || raw[3] === '-') && ARTICLE_PREFIXED.test(raw));
      // Lower-case words are only compared with plain English word lists: no accent folding needed.
      const key = cap ? foldName(raw) : raw.toLowerCase();
      let end = start + raw.length;
      if (cap && (raw.length === 1 || FOLDED_ABBREVIATIONS.has(key)) && body.charCodeAt(end) === PERIOD) end++;
      const prev = tokens.length > first ? tokens[tokens.length - 1] : null;
      tokens.push({
        text: end === start + raw.length ? raw : body.slice(start, end),
        key,
        start,
        end,
        cap: cap && raw !== 'I',
        upper: cap && raw.length >= 2 && raw === raw.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(raw),
        sentenceStart: cap && opensSentence(body, seg.start, start, prev),
        possessive,
        joinsNext: false,
        segment: s,
        initial: cap && raw.length === 1 && raw !== 'I' && end === start + 2,
      });
      if (prev) {
        const gap = body.charCodeAt(prev.end);
        prev.joinsNext = !prev.possessive && start - prev.end === 1 && (gap === SPACE || gap === NBSP);
      }
    }
    const titleCase = isTitleCase(tokens, first, tokens.length);
    docSegments.push({ paragraph: seg.paragraph, titleCase, start: seg.start, end: seg.end, kind: seg.kind });
    collectChunks(tokens, first, tokens.length, chunks);
  }
  return { body, tokens, segments: docSegments, chunks, titleWords: new Set() };
}

/**
 * Whether tokens `from`..`to` are written in Title Case (a headline): three words of four letters or
 * more, three quarters of them capitalised, and so the ordinary words among them when there are three
 * or more ("the Croucher Foundation, US National Park Service" is no headline).
 */
function isTitleCase(tokens: ArticleToken[], from: number, to: number): boolean {
  const share = (counted: (t: ArticleToken) => boolean): boolean => {
    let words = 0;
    let capitalised = 0;
    for (let i = from; i < to; i++) {
      if (tokens[i].key.length < 4 || !counted(tokens[i])) continue;
      words++;
      if (tokens[i].cap) capitalised++;
    }
    return words < 3 ? true : capitalised >= 0.75 * words;
  };
  const all = share(() => true);
  return all && hasWords(tokens, from, to) && share((t) => isCommonWord(t.key));
}

/** Three words of four letters or more. */
function hasWords(tokens: ArticleToken[], from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to && words < 3; i++) if (tokens[i].key.length >= 4) words++;
  return words >= 3;
}

/** The body text from token `first` to token `last`, both included. */
export function surfaceOf(doc: TokenizedArticle, first: number, last: number): string {
  return doc.body.slice(doc.tokens[first].start, doc.tokens[last].end);
}

/** True for a lower-case word that may stand inside a name: a particle, "of", "for", "the", "and", "&". */
export function isConnector(t: ArticleToken): boolean {
  return !t.cap && NAME_CONNECTORS.has(t.key);
}

/** True when the word's first character changes under lower-casing (an upper-case or title-case letter). */
function startsUpperCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return word[0] !== word[0].toLowerCase();
}

/** JavaScript's `\s`. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function opensSentence(body: string, segStart: number, at: number, prev: ArticleToken | null): boolean {
  let p = at - 1;
  while (p >= segStart && isSpace(body.charCodeAt(p))) p--;
  if (p < segStart) return true;
  if (body[p] === '.' && prev && prev.end === p + 1) return false;
  // Two apostrophes stand for a quotation mark in some feeds: ''Did he?''
  if (body[p] === "'" && body[p - 1] === "'") return true;
  return SENTENCE_OPENERS.includes(body[p]) || body[p] === '\n';
}

function collectChunks(tokens: ArticleToken[], from: number, to: number, chunks: number[][]): void {
  for (let i = from; i < to; i++) {
    if (!tokens[i].cap) continue;
    const chunk = [i];
    let j = i;
    while (tokens[j].joinsNext && j + 1 < to) {
      const n = j + 1;
      if (tokens[n].cap) {
        chunk.push(n);
        j = n;
        continue;
      }
      let k = n;
      while (k < to && k < n + 2 && NAME_CONNECTORS.has(tokens[k].key) && !tokens[k].cap && tokens[k].joinsNext) k++;
      if (k === n || k >= to || !tokens[k].cap || (tokens[n].key === 'the' && k === n + 1)) break;
      for (let c = n; c <= k; c++) chunk.push(c);
      j = k;
    }
    chunks.push(chunk);
    i = j;
  }
}
