/**
 * Reads the speaker phrase next to a cue, as written: a pronoun ("he"), a name with its titles
 * ("Finance Minister Tomás Ibarra", "Charles de Gaulle") or a description ("the company",
 * "a spokesman for the port authority"). Backwards from a cue for "X said", forwards for
 * "said X" / "according to X" / "by X". Appositives set off by commas are skipped, not included:
 * in "Ingrid Solberg, Norway's fisheries minister, said" the phrase is "Ingrid Solberg".
 */
import type { Span } from '../annotations';
import { isCapitalized, isWord, DOTTED_ABBREVIATIONS, type Token } from '../lexicon/word.tokenizer';
import {
  CUE_MODIFIERS,
  DETERMINERS,
  INNER_PREPOSITIONS,
  PHRASE_PREPOSITIONS,
  PHRASE_STOPS,
  PRONOUNS,
  ROLE_NOUNS,
  SPOKES_NOUNS,
  TIME_WORDS,
  isWeekdayName,
} from '../lexicon/speaker.lexicon';
import { ORGANIZATION_NOUNS } from '../lexicon/english.lexicon';
import { NAME_PARTICLES } from '../lexicon/name-words.lexicon';

/** A speaker as written; `head` is the word it is about ("spokesman" in "a spokesman for NATO"). */
export interface SpeakerPhrase extends Span {
  kind: 'pronoun' | 'name' | 'description';
  head: Span;
  /** The words of the phrase, for the resolver. */
  tokens: Token[];
}

const MAX_WORDS = 12;
const MAX_PLAIN_WORDS = 4;

const low = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
const isPossessiveMark = (t: Token, prev: Token | undefined): boolean =>
  (t.text === '’' || t.text === "'") && prev !== undefined && prev.end === t.start && /s$/i.test(prev.text);
const isTitle = (t: Token): boolean => DOTTED_ABBREVIATIONS.has(t.text.replace(/\.$/, ''));

/** A capitalized word that is a function word here ("But", "In", "The"), not part of a name. */
function isCapitalizedStop(tokens: Token[], j: number): boolean {
  const word = low(tokens[j]);
  if (!PHRASE_STOPS.has(word) && !INNER_PREPOSITIONS.has(word) && !PHRASE_PREPOSITIONS.has(word)) return false;
  const prev = tokens[j - 1];
  return !(prev && isWord(prev) && isCapitalized(prev) && !PHRASE_STOPS.has(low(prev)));
}

/** True for a word that can end a noun phrase before a preposition ("spokesman" in "spokesman for"). */
function isNounish(t: Token | undefined): boolean {
  if (!t || !isWord(t)) return false;
  const word = low(t);
  return !PHRASE_STOPS.has(word) && !DETERMINERS.has(word) && !PRONOUNS.has(word) && !INNER_PREPOSITIONS.has(word);
}

/** Classifies and checks the words `tokens[from..to]`; null when they do not look like a speaker. */
function makePhrase(tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  const words = tokens.slice(from, to + 1);
  if (!words.length) return null;
  if (words.length === 1 && PRONOUNS.has(low(words[0]))) {
    return { start: words[0].start, end: words[0].end, kind: 'pronoun', head: words[0], tokens: words };
  }
  const ppAt = words.findIndex((t, i) => i > 0 && (PHRASE_PREPOSITIONS.has(t.text) || INNER_PREPOSITIONS.has(t.text)));
  let head = words[(ppAt > 0 ? ppAt : words.length) - 1];
  if (!isWord(head)) head = words[Math.max(0, (ppAt > 0 ? ppAt : words.length) - 2)];
  if (DETERMINERS.has(low(head)) || TIME_WORDS.has(low(head))) return null;
  const headWord = low(head).replace(/['’]s$/, '');
  const named = words.some((t) => isWord(t) && isCapitalized(t) && !DETERMINERS.has(low(t)) && !isTitle(t));
  const kind = isCapitalized(head) && named ? 'name' : 'description';
  if (kind === 'description') {
    const known = ROLE_NOUNS.has(headWord) || ORGANIZATION_NOUNS.has(headWord) || SPOKES_NOUNS.has(headWord);
    const determined = DETERMINERS.has(low(words[0])) || /['’]s$/.test(words[0].text);
    if (!known && !(determined && words.length >= 2) && !/[^s]s$/.test(headWord)) return null;
  }
  return { start: words[0].start, end: words[words.length - 1].end, kind, head, tokens: words };
}

/** Collects a phrase backwards from `tokens[k]`; returns the index of its first word, or -1. */
function collectBackwards(tokens: Token[], k: number, floor: number): number {
  if (PRONOUNS.has(low(tokens[k]))) return k;
  let first = -1;
  let named = false;
  let plain = 0;
  for (let j = k; j >= floor && k - j < MAX_WORDS; j--) {
    const t = tokens[j];
    const word = low(t);
    if (isPossessiveMark(t, tokens[j - 1])) {
      first = j;
      continue;
    }
    if (!isWord(t)) break;
    if (DETERMINERS.has(word)) {
      first = j;
      const prep = tokens[j - 1];
      if (j - 2 >= floor && (PHRASE_PREPOSITIONS.has(low(prep)) || INNER_PREPOSITIONS.has(low(prep))) && isNounish(tokens[j - 2])) {
        j--; // read on through "for the", "of the"
        named = false;
        plain = 0;
        continue;
      }
      break;
    }
    if (isCapitalized(t) || isTitle(t)) {
      if (isCapitalizedStop(tokens, j) || PRONOUNS.has(word)) break;
      named = true;
      first = j;
      continue;
    }
    if (PHRASE_PREPOSITIONS.has(word) || INNER_PREPOSITIONS.has(word)) {
      if (first < 0 || !isNounish(tokens[j - 1]) || j - 1 < floor) break;
      named = false;
      plain = 0;
      continue;
    }
    if (NAME_PARTICLES.has(word) && named) {
      first = j;
      continue;
    }
    if (PHRASE_STOPS.has(word) || PRONOUNS.has(word)) break;
    if (named ? !ROLE_NOUNS.has(word) : plain >= MAX_PLAIN_WORDS) break;
    plain++;
    first = j;
  }
  return first;
}

/** Index of the token before a parenthesis that ends at `tokens[k]` ("Rep. Gwen Moore (D-Wis.)"), else `k`. */
function skipParenthesis(tokens: Token[], k: number, floor: number): number {
  if (tokens[k]?.text !== ')') return k;
  for (let j = k - 1; j >= Math.max(floor, k - 10); j--) if (tokens[j].text === '(') return j - 1;
  return k;
}

/** What may open a year between subject and cue ("in 2001"). */
const TIME_PREPOSITIONS = new Set(['in', 'since', 'by']);
/** Periods and the words that make them a time between subject and cue ("this month", "last week"). */
const PERIOD_NOUNS = new Set(['week', 'month', 'year', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter']);
const TIME_DETERMINERS = new Set(['this', 'last', 'next', 'that', 'each']);

/** Index of the last token before `end` that is not a modifier between subject and cue ("has also", "on Monday", "(D-Wis.)"). */
function skipModifiers(tokens: Token[], end: number, floor: number): number {
  let k = end - 1;
  while (k >= floor) {
    const word = low(tokens[k]);
    if (word === ')') {
      const before = skipParenthesis(tokens, k, floor);
      if (before === k) break;
      k = before;
    } else if (CUE_MODIFIERS.has(word) || (/^\p{Ll}+ly$/u.test(tokens[k].text) && !DETERMINERS.has(low(tokens[k - 1])))) k--;
    else if (isWeekdayName(tokens[k].text) && low(tokens[k - 1]) === 'on') k -= 2;
    else if (/^(?:1[89]|20)\d\d$/.test(tokens[k].text) && TIME_PREPOSITIONS.has(low(tokens[k - 1]))) k -= 2; // "in 2001"
    else if (PERIOD_NOUNS.has(word) && TIME_DETERMINERS.has(low(tokens[k - 1]))) k -= 2; // "this month", "last week"
    else break;
  }
  return k;
}

/**
 * The speaker phrase that ends just before `tokens[end]` (a cue), reading no further back than
 * `tokens[floor]`. After an appositive ("Quina Jones, 25, said"), the earliest comma-separated
 * part that is a whole phrase is taken.
 */
export function phraseBefore(tokens: Token[], end: number, floor = 0): SpeakerPhrase | null {
  const k = skipModifiers(tokens, end, floor);
  if (k < floor) return null;
  if (tokens[k].text !== ',') {
    const first = collectBackwards(tokens, k, floor);
    return first < 0 ? null : makePhrase(tokens, first, k);
  }
  let nearest: SpeakerPhrase | null = null;
  let whole: SpeakerPhrase | null = null;
  let segmentEnd = k;
  for (let commas = 0; commas < 4; commas++) {
    let c = segmentEnd - 1;
    while (c >= floor && tokens[c].text !== ',') c--;
    if (commas > 0 || c < floor) {
      const last = skipParenthesis(tokens, segmentEnd - 1, Math.max(floor, c + 1));
      const first = last >= floor ? collectBackwards(tokens, last, Math.max(floor, c + 1)) : -1;
      const phrase = first < 0 ? null : makePhrase(tokens, first, last);
      if (phrase) {
        nearest ??= phrase;
        if (first === c + 1) whole = phrase;
      }
    }
    if (c < floor) break;
    segmentEnd = c;
  }
  return whole ?? nearest;
}

/** Index of the first token at or after `i` that is not a time word ("Monday", "on Tuesday", "last week"). */
function skipTime(tokens: Token[], i: number): number {
  while (i < tokens.length) {
    const word = low(tokens[i]);
    if (TIME_WORDS.has(word)) i++;
    else if ((word === 'on' || word === 'last' || word === 'this') && (TIME_WORDS.has(low(tokens[i + 1])) || low(tokens[i + 1]) === 'week')) i += 2;
    else break;
  }
  return i;
}

/** The speaker phrase that starts at `tokens[i]` (after a cue, "according to" or "by"), skipping time words first. */
export function phraseAfter(tokens: Token[], i: number): SpeakerPhrase | null {
  i = skipTime(tokens, i);
  const t = tokens[i];
  if (!t || !isWord(t)) return null;
  if (PRONOUNS.has(low(t))) return low(t) === 'it' || low(t) === 'you' ? null : makePhrase(tokens, i, i);
  let last = -1;
  let named = false;
  let plain = 0;
  for (let j = i; j < tokens.length && j - i < MAX_WORDS; j++) {
    const tok = tokens[j];
    const word = low(tok);
    if (isPossessiveMark(tok, tokens[j - 1])) {
      last = j;
      continue;
    }
    if (!isWord(tok)) break;
    if (DETERMINERS.has(word)) {
      if (last >= 0 && !PHRASE_PREPOSITIONS.has(low(tokens[j - 1]))) break;
      continue;
    }
    if (isCapitalized(tok) || isTitle(tok)) {
      if ((j === i && isCapitalizedStop(tokens, j)) || PRONOUNS.has(word)) break;
      named = true;
      last = j;
      continue;
    }
    if (PHRASE_PREPOSITIONS.has(word)) {
      const next = tokens[j + 1];
      if (last < 0 || !next || !(DETERMINERS.has(low(next)) || isCapitalized(next))) break;
      named = false;
      plain = 0;
      continue;
    }
    if (NAME_PARTICLES.has(word) && tokens[j + 1] && isCapitalized(tokens[j + 1])) continue;
    if (PHRASE_STOPS.has(word) || INNER_PREPOSITIONS.has(word) || PRONOUNS.has(word)) break;
    if (named ? !ROLE_NOUNS.has(word) : plain >= MAX_PLAIN_WORDS) break;
    plain++;
    last = j;
  }
  return last < 0 ? null : makePhrase(tokens, i, last);
}

/** `phrase` widened back to start at `tokens[from]` when only up to three plain lower-case words lie between ("panel Chairman Rep. Jason Chaffetz"); null otherwise. */
export function widenTo(tokens: Token[], from: number, phrase: SpeakerPhrase): SpeakerPhrase | null {
  if (tokens[from].start === phrase.start) return phrase;
  const between = tokens.filter((t) => t.start >= tokens[from].start && t.start < phrase.start);
  const plain = between.every((t) => /^\p{Ll}/u.test(t.text) && !PHRASE_STOPS.has(t.text) && !PRONOUNS.has(t.text) && !INNER_PREPOSITIONS.has(t.text));
  if (!plain || between.length > 3 || phrase.kind === 'pronoun') return null;
  return { ...phrase, start: tokens[from].start, tokens: [...between, ...phrase.tokens] };
}
