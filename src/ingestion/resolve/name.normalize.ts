/**
 * Folds a name or word for dictionary lookup: Unicode-decomposes it, drops combining marks
 * ("Gaël" -> "gael"), lower-cases it, unifies apostrophes and collapses whitespace. Two spellings that
 * differ only in accents, case or spacing fold to the same key.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `text` is written in Latin letters (with digits, spaces and name punctuation). */
export function isLatinName(text: string): boolean {
  return /^[\p{Script=Latin}\p{M}\d .'’&-]+$/u.test(text);
}
