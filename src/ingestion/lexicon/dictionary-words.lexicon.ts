import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BoundedMemo, MEMO_LIMIT } from './bounded.memo';

/**
 * The words of an English spelling dictionary (dictionary-en: Hunspell's en_US word list from
 * SCOWL, base forms with the suffixes each takes): which words English writes in lower case
 * ("shuttle", "domain", and their forms: "neighboring", "organized") and which it writes as proper
 * names ("Newton", "Campbell"). Read once, on the first lookup (~50,000 lines).
 */

/** One of the dictionary's suffix rules: a base form carrying `flag` that ends as `condition` drops `strip` and takes `add`. */
interface SuffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
}

interface DictionaryWords {
  lower: Set<string>;
  /** Per word written in lower case, the flags of the suffixes it takes ("neighbor" -> "SMDYG"). */
  suffixFlags: Map<string, string>;
  /** The suffix rules that add something, by the last letter of what they add (a word is tried only by the rules that may have made it). */
  suffixRules: Map<string, SuffixRule[]>;
  proper: Set<string>;
  /** Entries written all in capitals ("NATO", "FBI"), folded. */
  acronyms: Set<string>;
}

let cached: DictionaryWords | null = null;

function dictionaryWords(): DictionaryWords {
  if (cached) return cached;
  const folder = dirname(require.resolve('dictionary-en'));
  const words: DictionaryWords = { lower: new Set(), suffixFlags: new Map(), suffixRules: suffixRules(readFileSync(join(folder, 'index.aff'), 'utf8')), proper: new Set(), acronyms: new Set() };
  const lines = readFileSync(join(folder, 'index.dic'), 'utf8').split('\n');
  // The first line is the word count; each other line is "word" or "word/FLAGS".
  for (let i = 1; i < lines.length; i++) {
    const slash = lines[i].indexOf('/');
    const word = slash < 0 ? lines[i].trim() : lines[i].slice(0, slash);
    if (!word) continue;
    const lower = word.toLowerCase();
    (word === lower ? words.lower : words.proper).add(lower);
    if (word === lower && slash >= 0) words.suffixFlags.set(lower, lines[i].slice(slash + 1).trim());
    if (word.length > 1 && word === word.toUpperCase() && word !== lower) words.acronyms.add(lower);
  }
  cached = words;
  return words;
}

/**
 * The flags of the plural and the possessive ("teamsters", "wells"): a common noun's plural, capitalised, names a union, a team or a
 * company often ("Teamsters", "Wells", "Giants"), so the dictionary's plurals are left out of its ordinary words.
 */
const NAME_MAKING_FLAGS: ReadonlySet<string> = new Set(['S', 'M']);

/** The suffix rules of a Hunspell affix file: lines "SFX flag strip add condition" ("SFX G e ing e"; "0" strips or adds nothing). */
function suffixRules(affixes: string): Map<string, SuffixRule[]> {
  const rules = new Map<string, SuffixRule[]>();
  for (const line of affixes.split('\n')) {
    const [kind, flag, strip, add, condition] = line.trim().split(/\s+/);
    if (kind !== 'SFX' || condition === undefined || NAME_MAKING_FLAGS.has(flag) || add === '0') continue;
    const last = add[add.length - 1];
    rules.set(last, [...(rules.get(last) ?? []), { flag, strip: strip === '0' ? '' : strip, add, condition: new RegExp(`${condition}$`) }]);
  }
  return rules;
}

/** True when the folded word is a form the dictionary's suffix rules make of a lower-case base ("neighboring", "organized", "travelers"). */
function suffixedForm(key: string): boolean {
  const words = dictionaryWords();
  const rules = words.suffixRules.get(key[key.length - 1]);
  return !!rules?.some((r) => {
    if (!key.endsWith(r.add)) return false;
    const base = key.slice(0, key.length - r.add.length) + r.strip;
    return !!words.suffixFlags.get(base)?.includes(r.flag) && r.condition.test(base);
  });
}

/** True when the dictionary spells the folded word `key` in lower case, as an ordinary word: a base form or a form its suffix rules make of one. */
export function isDictionaryWord(key: string): boolean {
  const words = dictionaryWords();
  return words.lower.has(key) || suffixed.get(key, suffixedForm);
}

/** suffixedForm's answers for the words met (every suffix rule is tried on a word the dictionary does not list). */
const suffixed = new BoundedMemo<boolean>(MEMO_LIMIT);

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
