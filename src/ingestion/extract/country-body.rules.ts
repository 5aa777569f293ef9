import { lookupName } from '../lexicon/entity.dictionary';
import { hasLexiconTag, isFunctionWord, isGivenName, isOrganizationHead, isVocabularyWord } from '../lexicon/english.lexicon';
import { EVENT_WORDS, INFLECTED } from '../lexicon/name-words.lexicon';
import { COMPASS, GEO_PREFIXES } from '../lexicon/place-words.lexicon';
import { TIME_WORDS } from '../lexicon/speaker.lexicon';
import { isTitleHead } from '../lexicon/title.lexicon';
import { surfaceOf, type ArticleToken, type TokenizedArticle } from './article.tokenizer';
import { isPluralShaped, singularOf } from './name-shape.rules';
import { namesPeople } from './organization.frame';

/**
 * A country's or a region's public body named by its field and the place: "Environment Canada", "Air France", "Police Scotland",
 * "Statistics Canada", "Public Health Scotland", "Environment and Climate Change Canada", "Fisheries and Oceans Canada".
 */

/** The most capitalised words a body's fields may have before its place ("Environment and Climate Change", "Public Services and Procurement"). */
const FIELD_WORDS = 4;

/**
 * A plural ordinary noun for things, no people ("Statistics", "Parks", "Elections", "Oceans"; not "Workers", "Fans", "Americans"), its
 * singular an ordinary word: the field of a body the place after it has.
 */
function fieldPlural(t: ArticleToken): boolean {
  return pluralOfWord(t.key) && !namesPeople(t) && !hasLexiconTag(t.key, 'Demonym');
}

/** The folded word is written as the plural of an ordinary word ("fisheries", "oceans", "veterans"). */
function pluralOfWord(key: string): boolean {
  return key.endsWith('s') && !key.endsWith('ss') && isVocabularyWord(singularOf(key));
}

/**
 * "Environment Canada", "Air France", "Cricket Australia", "Sport England": an ordinary noun with a capital (singular, or a plural for
 * things: "Statistics Canada"), no office, noun for a person ("Assistant U.S. Attorney"), demonym or verb form, written right before
 * the place at token `place`, names a body of that place, not the place; not an event's word ("Fan Expo Canada"). Its caller asks outside
 * Title Case lines only, where every verb has a capital ("Old Hands Help Russia Navigate U.S. Media").
 */
function fieldBeforePlace(tokens: ArticleToken[], noun: number, place: number): boolean {
  const t = tokens[noun];
  if (noun !== place - 1 || !capitalisedFieldShape(t)) return false;
  const plural = fieldPlural(t);
  const singular = !plural && isVocabularyWord(t.key) && !isPluralShaped(t.key) && !INFLECTED.test(t.key) && !hasLexiconTag(t.key, 'Adjective');
  return (singular || plural) && !EVENT_WORDS.has(t.key) && !hasLexiconTag(t.key, 'Actor') && !GEO_PREFIXES.has(t.key);
}

/**
 * What every word of a body's field is (fieldBeforePlace, fieldWord): written with a capital, not all in capitals, no possessive, joined
 * to the next word, and no function word, title's head, given name, demonym or compass word.
 */
function capitalisedFieldShape(t: ArticleToken): boolean {
  if (!t.cap || t.upper || t.possessive || !t.joinsNext) return false;
  return !isFunctionWord(t.key) && !isTitleHead(t.key) && !isGivenName(t.key) && !hasLexiconTag(t.key, 'Demonym') && !COMPASS.has(t.key);
}

/** A capitalised word of a body's field before the noun next to its place: an ordinary word or a plural ("Public", "Climate", "Fisheries", "Veterans"), a field of a title too ("Environment"), no title's head, given name, demonym, adverb or time word. */
function fieldWord(t: ArticleToken): boolean {
  if (!capitalisedFieldShape(t) || TIME_WORDS.has(t.key) || hasLexiconTag(t.key, 'Adverb')) return false;
  // A plural for people the field is for may stand before it ("Veterans Affairs Canada", "Women and Gender Equality Canada").
  return isVocabularyWord(t.key) || pluralOfWord(t.key);
}

/**
 * Where the name of the body of the place at token `place` opens in `words` (the capitalised words read right before the place, in
 * order; lower-case connectors among them): the position of the first of the field's words before the place ("Public" of "Public
 * Health Scotland"), across one "and" between two fields ("Environment and Climate Change Canada"), or -1 when the word before the
 * place names no field (fieldBeforePlace). A region's body needs an organization's head before the region ("Police Scotland") or a
 * field of two words or more ("Public Health Scotland"; one word and a region is a part of it: "Rural Ohio").
 */
export function placeBodyStart(tokens: ArticleToken[], words: number[], place: number, region: boolean): number {
  let k = words.length - 1;
  // A compass word the lists read as a region names a part of what comes before it: "New Territories West".
  if (k < 0 || COMPASS.has(tokens[place].key) || !fieldBeforePlace(tokens, words[k], place)) return -1;
  let joined = false;
  while (k > 0 && words.length - k < FIELD_WORDS) {
    const before = tokens[words[k - 1]];
    if (words[k - 1] === words[k] - 1 && fieldWord(before)) k--;
    else if (!joined && k > 1 && !before.cap && before.key === 'and' && before.joinsNext && words[k - 1] === words[k] - 1 && words[k - 2] === words[k - 1] - 1 && fieldWord(tokens[words[k - 2]])) {
      joined = true;
      k -= 2;
    } else break;
  }
  if (region && words.length - k < 2 && !isOrganizationHead(tokens[words[k]].key)) return -1;
  return k;
}

/** The longest country's name, in words ("Bosnia and Herzegovina"). */
const MOST_COUNTRY_WORDS = 3;

/** How many words of `chunk` from position `at` name a country the lists know ("New Zealand"), capitalised words only; 0 when none does. */
export function countryLengthAt(doc: TokenizedArticle, chunk: number[], at: number): number {
  const { tokens } = doc;
  if (at >= chunk.length || !tokens[chunk[at]].cap || !tokens[chunk[at] - 1].joinsNext) return 0;
  for (let len = Math.min(MOST_COUNTRY_WORDS, chunk.length - at); len >= 1; len--) {
    if (chunk[at + len - 1] !== chunk[at] + len - 1) continue;
    if (lookupName(surfaceOf(doc, chunk[at], chunk[at + len - 1]), len)?.type === 'COUNTRY') return len;
  }
  return 0;
}
