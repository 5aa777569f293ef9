/**
 * Splits a stretch of text into word and punctuation tokens with their body offsets. Words keep
 * inner apostrophes and hyphens (Norway’s, O'Reilly, al-Assad) and the stray signs of mis-decoded
 * text (FranÃ§ois); numbers keep inner slashes, colons, dots and commas (9/11, 3:30, 1,000);
 * titles (Mr., Sen.), initials (R.) and dotted acronyms (U.S.) keep their dots; every other
 * punctuation mark is a token of its own.
 */
import type { Span } from '../annotations';
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
  'St', 'Jr', 'Sr', 'Mt', 'Ft', 'Inc', 'Corp', 'Co', 'Ltd', 'No', 'vs', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec',
]);

/** The same abbreviations in lower case, for folded words. */
export const FOLDED_ABBREVIATIONS = new Set([...DOTTED_ABBREVIATIONS].map((a) => a.toLowerCase()));

/**
 * Latin-1 signs that stand inside a word only when UTF-8 text was decoded as Latin-1 ("FranÃ§ois"):
 * kept in the word; the no-break space and the guillemets are left out.
 */
const MOJIBAKE = '\\u0080-\\u009F\\u00A1-\\u00AA\\u00AC-\\u00BA\\u00BC-\\u00BF';

const TOKEN = new RegExp(
  [
    '(?:\\p{Lu}\\.){2,}', // U.S., D.C.
    '\\p{Lu}\\.(?=\\s*\\p{Lu})', // R. in Ronald R. Fieldstone
    '\\p{N}+(?:[/:.,]\\p{N}+)+', // 9/11, 24/7, 3:30, 1,000, 3.5
    `[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}'’\\-${MOJIBAKE}]*[\\p{L}\\p{N}\\p{M}])?`, // words
    '[^\\s\\p{L}\\p{N}]', // punctuation
  ].join('|'),
  'gu',
);

const DOT = 46;
const WHITE_SPACE = /\s/;

/** The tokens of `body` between `from` and `to`, in order. */
export function tokenize(body: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const text = body.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let word = m[0];
    // An abbreviation keeps its dot before white space: "Mr.", "Sen.", "Inc." (a check cheaper than one more alternative).
    if (text.charCodeAt(TOKEN.lastIndex) === DOT && DOTTED_ABBREVIATIONS.has(word) && WHITE_SPACE.test(text[TOKEN.lastIndex + 1] ?? '')) {
      word += '.';
      TOKEN.lastIndex++;
    }
    const start = from + m.index;
    tokens.push({ start, end: start + word.length, text: word });
  }
  return tokens;
}

/** True for a word that begins with a capital letter. */
export const isCapitalized = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

/** True for a word (letters or digits) rather than a punctuation mark. */
export const isWord = (t: Token): boolean => /^[\p{L}\p{N}]/u.test(t.text);
