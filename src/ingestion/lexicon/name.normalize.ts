/**
 * True for text that folding leaves as it is, but for case: ASCII letters, digits and name
 * punctuation (. & ' -), words separated by single spaces. Same as
 * /^[A-Za-z0-9.&'-]+(?: [A-Za-z0-9.&'-]+)*$/ without a regular expression.
 */
function isPlain(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  let prevSpace = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 38 || c === 39 || c === 45) continue;
    return false;
  }
  return !prevSpace;
}

/**
 * Folds a name or word for dictionary lookup: Unicode-decomposes it, drops combining marks
 * ("Gaël" -> "gael"), lower-cases it, unifies apostrophes and collapses whitespace. Two spellings that
 * differ only in accents, case or spacing fold to the same key.
 */
export function foldName(text: string): string {
  // Lookups fold the same phrase against several lists in a row: remember the last one.
  if (text === lastText) return lastFolded;
  lastText = text;
  lastFolded = isPlain(text)
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
