/**
 * Splits a stretch of text into word and punctuation tokens with their body offsets. Words keep
 * inner apostrophes and hyphens (Norway’s, O'Reilly, al-Assad) and the stray signs of mis-decoded
 * text (FranÃ§ois); numbers keep inner slashes, colons, dots and commas (9/11, 3:30, 1,000);
 * titles (Mr., Sen.), initials (R.) and dotted acronyms (U.S., and U.S written without its last dot) keep their dots; every other
 * punctuation mark is a token of its own.
 */
import type { Span } from '../annotations';
import { usStateAbbreviated } from './place.gazetteer';
import { TITLE_ABBREVIATIONS } from './title.lexicon';

/** A word or punctuation mark: `text` equals `body.slice(start, end)`. */
export interface Token extends Span {
  text: string;
}

/**
 * Abbreviations that end in a dot without ending a sentence, as written: titles ("Mr.", "Sen.",
 * title.lexicon), name suffixes ("Jr."), places ("St.", "Mt."), companies ("Inc."), months ("Sept.").
 */
export const DOTTED_ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS,
  'St', 'Jr', 'Sr', 'Mt', 'Ft', 'Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'No', 'vs', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec',
]);

/** The same abbreviations in lower case, for folded words. */
export const FOLDED_ABBREVIATIONS = new Set([...DOTTED_ABBREVIATIONS].map((a) => a.toLowerCase()));

/**
 * Latin-1 signs that stand inside a word only when UTF-8 text was decoded as Latin-1 ("FranÃ§ois"):
 * kept in the word; the no-break space and the guillemets are left out.
 */
const MOJIBAKE = /[\u0080-\u009F\u00A1-\u00AA\u00AC-\u00BA\u00BC-\u00BF]/;

/** What a character is, as bits: Unicode letter, upper-case letter, number, mark, white space (JavaScript's `\s`), inside a word. */
const [LETTER, UPPER, NUMBER, MARK, SPACE, INNER] = [1, 2, 4, 8, 16, 32];
/** Set on every computed entry of the cache. */
const KNOWN = 64;

/** The property each of the first five bits stands for. */
const PROPERTIES: Array<[RegExp, number]> = [[/\p{L}/u, LETTER], [/\p{Lu}/u, UPPER], [/\p{N}/u, NUMBER], [/\p{M}/u, MARK], [/^\s$/, SPACE]];

/** The class bits of one code point, from the Unicode properties (cached by `classOf`). */
function computeClass(code: number): number {
  const char = String.fromCodePoint(code);
  let bits = KNOWN;
  for (const [property, bit] of PROPERTIES) if (property.test(char)) bits |= bit;
  if (bits & (LETTER | NUMBER | MARK) || code === 0x27 || code === 0x2019 || code === 0x2d || MOJIBAKE.test(char)) bits |= INNER;
  return bits;
}

/** Class bits of the Basic Multilingual Plane, filled on first sight of each character; astral code points in a map. */
const BMP_CLASSES = new Uint8Array(0x10000);
const ASTRAL_CLASSES = new Map<number, number>();
for (let code = 0; code < 128; code++) BMP_CLASSES[code] = computeClass(code);

function classOf(code: number): number {
  if (code < 0x10000) return BMP_CLASSES[code] || (BMP_CLASSES[code] = computeClass(code));
  let bits = ASTRAL_CLASSES.get(code);
  if (bits === undefined) ASTRAL_CLASSES.set(code, (bits = computeClass(code)));
  return bits;
}

/** The code point at `i`, a surrogate pair read as one only when both halves lie before `to` (as in the text cut at `to`). */
function codeAt(body: string, i: number, to: number): number {
  const code = body.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
    const low = body.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return code;
}

const width = (code: number): number => (code >= 0x10000 ? 2 : 1);

const DOT = 46;

/**
 * Where the token that starts at `p` (no white space) ends, `to` the end of the text. The first
 * of these that matches, in this order, as the regular expression
 * `(?:\p{Lu}\.){2,} | \p{Lu}\.(?:\p{L}\.){2,} | \p{Lu}\.\p{Lu}(?![\p{L}\p{N}\p{M}]) | \p{Lu}\.\p{Lu}\p{Ll}+ (a US state's AP abbreviation only: "W.Va") | \p{Lu}\.(?=\s*\p{Lu}) | \p{N}+(?:[/:.,]\p{N}+)+ | [\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’\-MOJIBAKE]*[\p{L}\p{N}\p{M}])? | [^\s\p{L}\p{N}]`
 * would match it (flags `gu`, on the text between `from` and `to`), scanned by hand: that
 * regular expression was a fifth of the tokenizer's time, and its match arrays garbage.
 */
function tokenEnd(body: string, p: number, to: number): number {
  const code = codeAt(body, p, to);
  const bits = classOf(code);
  const after = p + width(code);
  if (bits & UPPER && after < to && body.charCodeAt(after) === DOT) {
    // U.S., D.C.: two or more capitals, each with its dot.
    let q = after + 1;
    let pairs = 1;
    while (q < to) {
      const next = codeAt(body, q, to);
      const dot = q + width(next);
      if (!(classOf(next) & UPPER) || dot >= to || body.charCodeAt(dot) !== DOT) break;
      pairs++;
      q = dot + 1;
    }
    if (pairs >= 2) return q;
    // S.p.A., S.r.l.: a company's legal form, a capital and two letters or more, each with its dot, some in lower case.
    if (q < to && classOf(codeAt(body, q, to)) & LETTER) {
      const end = dottedLettersEnd(body, q, to);
      if (end > q + 2) return end;
    }
    // U.S in "the U.S government": a dotted acronym written without its last dot, before no letter.
    if (q < to && classOf(codeAt(body, q, to)) & UPPER) {
      const end = q + width(codeAt(body, q, to));
      if (end >= to || !(classOf(codeAt(body, end, to)) & (LETTER | NUMBER | MARK))) return end;
    }
    // W.Va.: AP's abbreviation of a state of two words, a capital and its dot run into a capitalised word.
    if (q === after + 1 && q < to && classOf(codeAt(body, q, to)) & UPPER) {
      const end = tokenEnd(body, q, to);
      if (end > q + 1 && usStateAbbreviated(body.slice(p, end), true)) return end;
    }
    // R. in Ronald R. Fieldstone: a capital and its dot before white space and a capital.
    let r = after + 1;
    while (r < to && classOf(body.charCodeAt(r)) & SPACE) r++;
    if (r < to && classOf(codeAt(body, r, to)) & UPPER) return after + 1;
  }
  if (bits & NUMBER) {
    // 9/11, 24/7, 3:30, 1,000, 3.5: numbers joined by single separators.
    let q = digitsEnd(body, after, to);
    let groups = 0;
    for (;;) {
      const sep = q < to ? body.charCodeAt(q) : -1;
      if (!(sep === 47 || sep === 58 || sep === DOT || sep === 44) || q + 1 >= to || !(classOf(codeAt(body, q + 1, to)) & NUMBER)) break;
      q = digitsEnd(body, q + 1, to);
      groups++;
    }
    if (groups > 0) return q;
  }
  if (bits & (LETTER | NUMBER)) {
    // A word: letters and digits, with marks, apostrophes, hyphens and mis-decoded signs inside, ending on a letter, digit or mark.
    let end = after;
    let q = after;
    while (q < to) {
      const next = codeAt(body, q, to);
      const nextBits = classOf(next);
      if (!(nextBits & INNER)) break;
      q += width(next);
      if (nextBits & (LETTER | NUMBER | MARK)) end = q;
    }
    return end;
  }
  return after; // a punctuation mark (or a lone mark, symbol, surrogate)
}

/** The end of the run of single letters from `q`, each with its dot ("p.A." of "S.p.A."); `q` when none. */
function dottedLettersEnd(body: string, q: number, to: number): number {
  while (q < to) {
    const code = codeAt(body, q, to);
    const dot = q + width(code);
    if (!(classOf(code) & LETTER) || dot >= to || body.charCodeAt(dot) !== DOT) break;
    q = dot + 1;
  }
  return q;
}

/** The end of the run of numbers from `q`. */
function digitsEnd(body: string, q: number, to: number): number {
  while (q < to) {
    const code = codeAt(body, q, to);
    if (!(classOf(code) & NUMBER)) break;
    q += width(code);
  }
  return q;
}

/** The tokens of `body` between `from` and `to`, in order. */
export function tokenize(body: string, from: number, until: number): Token[] {
  const tokens: Token[] = [];
  const to = Math.min(until, body.length);
  let p = from;
  while (p < to) {
    // White space is always one UTF-16 unit.
    if (classOf(body.charCodeAt(p)) & SPACE) {
      p++;
      continue;
    }
    let end = tokenEnd(body, p, to);
    let word = body.slice(p, end);
    // An abbreviation keeps its dot before white space: "Mr.", "Sen.", "Inc.".
    if (end + 1 < to && body.charCodeAt(end) === DOT && classOf(body.charCodeAt(end + 1)) & SPACE && DOTTED_ABBREVIATIONS.has(word)) {
      word += '.';
      end++;
    }
    tokens.push({ start: p, end, text: word });
    p = end;
  }
  return tokens;
}

/** True for a word that begins with a capital letter. */
export const isCapitalized = (t: Token): boolean => t.text.length > 0 && (classOf(t.text.codePointAt(0)!) & UPPER) !== 0;

/** True for a word (letters or digits) rather than a punctuation mark. */
export const isWord = (t: Token): boolean => t.text.length > 0 && (classOf(t.text.codePointAt(0)!) & (LETTER | NUMBER)) !== 0;
