import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The words of an English spelling dictionary (dictionary-en: Hunspell's en_US word list from
 * SCOWL, base forms): which words English writes in lower case ("shuttle", "domain") and which it
 * writes as proper names ("Newton", "Campbell"). Read once, on the first lookup (~50,000 lines).
 */

interface DictionaryWords {
  lower: Set<string>;
  proper: Set<string>;
  /** Entries written all in capitals ("NATO", "FBI"), folded. */
  acronyms: Set<string>;
}

let cached: DictionaryWords | null = null;

function dictionaryWords(): DictionaryWords {
  if (cached) return cached;
  const file = join(dirname(require.resolve('dictionary-en')), 'index.dic');
  const words: DictionaryWords = { lower: new Set(), proper: new Set(), acronyms: new Set() };
  const lines = readFileSync(file, 'utf8').split('\n');
  // The first line is the word count; each other line is "word" or "word/FLAGS".
  for (let i = 1; i < lines.length; i++) {
    const slash = lines[i].indexOf('/');
    const word = slash < 0 ? lines[i].trim() : lines[i].slice(0, slash);
    if (!word) continue;
    const lower = word.toLowerCase();
    (word === lower ? words.lower : words.proper).add(lower);
    if (word.length > 1 && word === word.toUpperCase() && word !== lower) words.acronyms.add(lower);
  }
  cached = words;
  return words;
}

/** True when the dictionary lists the folded word `key` in lower case, as an ordinary word. */
export function isDictionaryWord(key: string): boolean {
  return dictionaryWords().lower.has(key);
}

/** True when the dictionary lists the folded word `key` capitalised, as a proper name ("newton"). */
export function isDictionaryName(key: string): boolean {
  return dictionaryWords().proper.has(key);
}

/** True when the dictionary writes the folded word `key` all in capitals, as an acronym ("nato", "fbi"). */
export function isDictionaryAcronym(key: string): boolean {
  return dictionaryWords().acronyms.has(key);
}

/** True when the dictionary lists the folded word `key`, or each part of a hyphenated one, in any case ("ruritania", "post-debate"). */
export function isDictionaryEntry(key: string): boolean {
  const { lower, proper } = dictionaryWords();
  return key.split('-').every((w) => lower.has(w) || proper.has(w));
}
