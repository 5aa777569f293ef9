/** Text that folding leaves as it is, but for case: ASCII letters, digits and name punctuation. */
const PLAIN = /^[A-Za-z0-9.&'-]+(?: [A-Za-z0-9.&'-]+)*$/;

/**
 * Folds a name or word for dictionary lookup: Unicode-decomposes it, drops combining marks
 * ("Gaël" -> "gael"), lower-cases it, unifies apostrophes and collapses whitespace. Two spellings that
 * differ only in accents, case or spacing fold to the same key.
 */
export function foldName(text: string): string {
  // Lookups fold the same phrase against several lists in a row: remember the last one.
  if (text === lastText) return lastFolded;
  lastText = text;
  lastFolded = PLAIN.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[’‘`]/g, "'")
        .replace(/\s+/g, ' ')
        .trim();
  return lastFolded;
}

let lastText = '';
let lastFolded = '';

/** True when `text` is written in Latin letters (with digits, spaces and name punctuation). */
export function isLatinName(text: string): boolean {
  return /^[\p{Script=Latin}\p{M}\d .'’&-]+$/u.test(text);
}
