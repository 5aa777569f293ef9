/**
 * Splits a stretch of text into word and punctuation tokens with their body offsets. Words keep
 * inner apostrophes and hyphens (Norway’s, O'Reilly, al-Assad) and the stray signs of mis-decoded
 * text (FranÃ§ois); numbers keep inner slashes, colons, dots and commas (9/11, 3:30, 1,000);
 * titles (Mr., Sen.), initials (R.) and dotted acronyms (U.S.) keep their dots; every other
 * punctuation mark is a token of its own.
 */
import type { Span } from '../annotations';

/** A word or punctuation mark: `text` equals `body.slice(start, end)`. */
export interface Token extends Span {
  text: string;
}

/** Abbreviations that end in a dot without ending a sentence. */
export const TITLE_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Cmdr', 'Adm',
  'Maj', 'Prof', 'St', 'Jr', 'Sr', 'Rev', 'Hon', 'Pres', 'Sec', 'Atty', 'Supt', 'Det', 'Amb', 'Fr', 'Msgr', 'Gens',
  'Del', 'Cpl', 'Pvt', 'Pfc', 'Spc', 'Insp', 'Brig', 'Esq', 'Ald',
  'Mt', 'Ft', 'Inc', 'Corp', 'Co', 'Ltd', 'No', 'vs', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec',
]);

/** Abbreviations whose period belongs to the word ("Mr.", "Sen."), so that it ends no sentence (lower case). */
export const PERIOD_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'prof', 'rev',
  'st', 'jr', 'sr', 'capt', 'adm', 'maj', 'cmdr', 'pres', 'amb', 'atty', 'supt', 'hon', 'mt', 'ft', 'gov',
]);

/**
 * Latin-1 signs that stand inside a word only when UTF-8 text was decoded as Latin-1 ("FranÃ§ois"):
 * kept in the word; the no-break space and the guillemets are left out.
 */
const MOJIBAKE = '\\u0080-\\u009F\\u00A1-\\u00AA\\u00AC-\\u00BA\\u00BC-\\u00BF';

const TOKEN = new RegExp(
  [
    '(?:\\p{Lu}\\.){2,}', // U.S., D.C.
    `(?:${[...TITLE_ABBREVIATIONS].join('|')})\\.(?=\\s)`, // Mr. Sen.
    '\\p{Lu}\\.(?=\\s*\\p{Lu})', // R. in Ronald R. Fieldstone
    '\\p{N}+(?:[/:.,]\\p{N}+)+', // 9/11, 24/7, 3:30, 1,000, 3.5
    `[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}'’\\-${MOJIBAKE}]*[\\p{L}\\p{N}\\p{M}])?`, // words
    '[^\\s\\p{L}\\p{N}]', // punctuation
  ].join('|'),
  'gu',
);

/** The tokens of `body` between `from` and `to`, in order. */
export function tokenize(body: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const text = body.slice(from, to);
  for (const m of text.matchAll(TOKEN)) {
    const start = from + (m.index ?? 0);
    tokens.push({ start, end: start + m[0].length, text: m[0] });
  }
  return tokens;
}

/** True for a word that begins with a capital letter. */
export const isCapitalized = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

/** True for a word (letters or digits) rather than a punctuation mark. */
export const isWord = (t: Token): boolean => /^[\p{L}\p{N}]/u.test(t.text);
