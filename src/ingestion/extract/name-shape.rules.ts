import { hasLexiconTag, isCommonWord, isFunctionWord, isGivenName, isIrregularPastTense, isListedFirstName, isOrganizationHead, isPlaceHead, isSurname, isVerbForm, isVocabularyWord } from '../lexicon/english.lexicon';
import { isDictionaryEntry, isDictionaryName, isDictionaryWord } from '../lexicon/dictionary-words.lexicon';
import { EQUITY_NOUNS, INFLECTED, GROUP_WORDS, NAME_PARTICLES, NAME_SUFFIXES, NON_NAME_ENDINGS, NO_PERSON_LABELS, PERSON_LABELS, SHARED_ENDINGS, SURNAME_OPENING_PARTICLES, isBrandShaped } from '../lexicon/name-words.lexicon';
import { countryOfDemonym } from '../lexicon/place.gazetteer';
import { COMPASS, GEO_HEADS } from '../lexicon/place-words.lexicon';
import { isPersonRoleNoun } from '../lexicon/speaker.lexicon';
import { isTitleHead, isTitleWord } from '../lexicon/title.lexicon';
import { isConnector, type ArticleToken } from './article.tokenizer';

/**
 * Whether one word may stand in a person's name, by its shape and the word lists: the tests the
 * classifier and the resolver apply word by word.
 */

/** A word that may stand in a name: no digits, shouting, title, organization or place head, compass word or plural of a group word. */
export function nameShaped(t: ArticleToken): boolean {
  if (isConnector(t) || NAME_SUFFIXES.has(t.key)) return true;
  // "Scientology-owned", "peace-keeping" are no name words; "Wai-ching", "Kwok-hing" are.
  if (t.upper || /\d/.test(t.text) || (t.text.includes('-') && /-\p{Ll}{3,}(?:ing|ed)$/u.test(t.text))) return false;
  // A lower-case letter before a trailing capital is no spelling of a name: "JosÃ" (mis-decoded UTF-8), "BigDEAL".
  if (mayEndInCapital(t.text) && /\p{Ll}\p{Lu}+$/u.test(t.text)) return false;
  // An abbreviated place is no surname: "Va." and "Calif." of a dateline, "St." and "Ave." of an address.
  if (hasLexiconTag(t.key, 'Abbreviation') && hasLexiconTag(t.key, 'Place')) return false;
  // A compound round a preposition or article is no name: "Commander-in-Chief", "Editor-at-Large".
  if (t.key.includes('-') && /-(?:in|at|of|the|on|to|by|for)-/.test(t.key)) return false;
  if (isTitleHead(t.key) || isOrganizationHead(t.key) || isPlaceHead(t.key) || GEO_HEADS.has(t.key) || COMPASS.has(t.key)) return false;
  // "the Uyghur Muslim minority": a group noun is no surname (unless also a given name: "Christian").
  return !(GROUP_WORDS.has(t.key) && !isGivenName(t.key));
}

/** False when `text` ends in an ASCII character other than a capital (most words): no pattern of a trailing capital matches it then. */
function mayEndInCapital(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last > 127 || (last >= 65 && last <= 90);
}

/**
 * "Chung-tai", "Ka-ting", "Wai-ching": a given name as Hong Kong and Taiwan write it, two syllables joined by a hyphen, the second
 * small; no English compound ("Anti-war", "Post-debate", "Self-made": their first part is an English word).
 */
export function isRomanizedGivenName(t: ArticleToken | undefined): boolean {
  if (!t || !/^\p{Lu}\p{Ll}+-\p{Ll}{1,5}$/u.test(t.text)) return false;
  const first = t.key.slice(0, t.key.indexOf('-'));
  return !isVocabularyWord(first) && !isDictionaryWord(first);
}

/** The plural of an ordinary or group word ("Democrats", "Scholarships"): no name unless a surname by position ("Lorna K. Meadows"); no name's particle ("dos" of "Ana dos Quorvim"). */
export function pluralOfWord(t: ArticleToken): boolean {
  return /s$/.test(t.key) && !isSurname(t.key) && !NAME_PARTICLES.has(t.key) && isGroupWord(t.key.slice(0, -1));
}

function isGroupWord(singular: string): boolean {
  return isCommonWord(singular) || !!countryOfDemonym(singular) || hasLexiconTag(singular, 'Demonym') || GROUP_WORDS.has(singular);
}

/** Ends like an English plural ("Scholarships", "Members", "Badgers"), not like "Ross", "Davis", "Thomas", "James" or a known name. */
export function isPluralShaped(key: string): boolean {
  return key.length > 3 && key.endsWith('s') && !/(?:ss|us|is|ys|os|as|es)$/.test(key) && !isSurname(key) && !isGivenName(key);
}

/** The singular of an English plural (folded): "fisheries" -> "fishery", "securities" -> "security", "workers" -> "worker". */
export function singularOf(key: string): string {
  return key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.slice(0, -1);
}

/**
 * "Government spokesman Ann Lee said", "Cargo revenue fell": token `at` opens a sentence, in small letters after its capital, as a word
 * of the vocabulary that the article (`tokens`) never writes capitalised inside a sentence, and modifies the noun after it
 * (modifiesNoun): the noun it is, capitalised by its place; not before a verb ("Politico reported"), nor before a company's equity
 * (EQUITY_NOUNS: "Alphabet shares rose"), which no common noun has.
 */
export function capitalisedOnlyBySentence(tokens: ArticleToken[], at: number): boolean {
  const t = tokens[at];
  if (!t.sentenceStart || t.upper || !isVocabularyWord(t.key) || !modifiesNoun(tokens, at) || EQUITY_NOUNS.has(tokens[at + 1].key)) return false;
  return !tokens.some((u) => u.key === t.key && u.cap && !u.sentenceStart && !u.upper);
}

/** An ordinary word that is no known surname: ends a name ("Harvey" of "Steve Harvey Morning Show"). */
export function isOrdinary(t: ArticleToken): boolean {
  return !NAME_PARTICLES.has(t.key) && isCommonWord(t.key) && !isSurname(t.key);
}

/** The folded word ends as ordinary words do: an ending no name has, or one some names have too ("-ist") on a word the dictionary knows ("Marxist"; not "Tigist"). */
export function ordinaryWordEnding(key: string): boolean {
  return NON_NAME_ENDINGS.test(key) || (SHARED_ENDINGS.test(key) && isDictionaryEntry(key));
}

/**
 * The plural of a noun for whoever does a thing the dictionary knows ("climbers", "mourners", "hikers", "villagers": a base of four
 * letters or more and "-er", "-or" or "-r"), no known surname: a class of people ("Climbers died on the mountain"), no one's name.
 */
export function agentNounPlural(key: string): boolean {
  if (!/(?:er|or)s$/.test(key) || isSurname(key)) return false;
  const base = key.slice(0, -3);
  return (base.length >= 4 && isDictionaryWord(base)) || (base.length >= 3 && isDictionaryWord(`${base}e`));
}

/** A single word that may be a person named by surname alone ("Mr. Galt", "said Mabry"). */
export function lonelyNameWord(t: ArticleToken): boolean {
  if (t.upper || t.initial || t.text.length < 2 || !nameShaped(t) || isBrandShaped(t.text)) return false;
  // A given name that is also an ordinary word ("Frank", "Sunshine") stands alone for no one by itself.
  if (isSurname(t.key) || (isGivenName(t.key) && !isCommonWord(t.key))) return true;
  // The endings of ordinary words tell nothing of the second part of a double-barrelled name ("Bankman-Fried").
  const wordEnding = !doubleBarrelled(t) && (ordinaryWordEnding(t.key) || inflectedWord(t.key));
  return !isCommonWord(t.key) && !wordEnding && !pluralOfWord(t);
}

/**
 * "Bankman-Fried", "Smith-Jones": two capitalised parts joined by a hyphen, the first no ordinary word (not "Hard-Pressed", "Well-Known"
 * of a headline) and no people's name ("Anglo-Saxon"): a double-barrelled surname, whatever the second part also is ("fried").
 */
function doubleBarrelled(t: ArticleToken): boolean {
  const first = t.key.slice(0, t.key.indexOf('-'));
  return /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(t.text) && !isVocabularyWord(first) && !hasLexiconTag(first, 'Demonym');
}

/**
 * An inflected word ("-ed", "-ly", "-ing": "Asked", "Clearly", "Citing"; a compound too: "Pro-Beijing"): a word the lexicon knows, or one whose
 * stem is an English word as written, with its "e" or "y" back or its doubled consonant single ("Dragging", "Happily", "Carried"); not a
 * name that merely ends so ("Erling", "Kipling", "Xiaoping", "Lebed", "Rasheed", "Ding").
 */
export function inflectedWord(key: string): boolean {
  const ending = INFLECTED.exec(key);
  if (!ending || key.includes('-')) return !!ending;
  const stem = key.slice(0, ending.index);
  // "Ding", "Ming", "Bing": an ending after one letter is none, but for a past tense the lexicon knows ("Led", "Fed").
  if (stem.length < 2) return isIrregularPastTense(key);
  const stems = [stem, `${stem}e`, /(\p{L})\1$/u.test(stem) ? stem.slice(0, -1) : stem, stem.endsWith('i') ? `${stem.slice(0, -1)}y` : stem];
  return isVocabularyWord(key) || stems.some((w) => w.length > 1 && (isVocabularyWord(w) || isDictionaryWord(w)));
}

/** A noun for what a person does, written small in the dictionary ("Striker", "Lawyer", "Novelist") or a person's label ("Defender"): a job, no name word. */
export function jobNoun(t: ArticleToken): boolean {
  if (t.upper) return false;
  // The dictionary's names are asked last: few ordinary words are an actor's or end as an agent's noun does.
  return PERSON_LABELS.has(t.key) || (isVocabularyWord(t.key) && (hasLexiconTag(t.key, 'Actor') || /\p{L}{3}(?:er|or|ist|ian)$/u.test(t.key)) && !isDictionaryName(t.key));
}

/**
 * A singular noun for a person, which news sets right before the person's bare name as a label ("the singer Quorvle", "Novelist
 * Quorvle", "striker Quorvle", "graduate student Quorvle"; not "many people Quorvle met"): one the lexicon tags as an actor, an agent
 * noun (agentNoun), a person's label (PERSON_LABELS) or a noun for a person by role that heads a speaker phrase (isPersonRoleNoun:
 * "student", "witness", "nurse"; none the lexicon reads as an adjective: "official", "expert"); none that names a firm too or
 * modifies a noun (NO_PERSON_LABELS: "property developer Quorvex", "franchise owner Quorvex").
 */
export function personNoun(key: string): boolean {
  if (NO_PERSON_LABELS.has(key) || isPluralShaped(key) || hasLexiconTag(key, 'Plural')) return false;
  return hasLexiconTag(key, 'Actor') || agentNoun(key) || PERSON_LABELS.has(key) || (isPersonRoleNoun(key) && !hasLexiconTag(key, 'Adjective'));
}

/**
 * A noun for a person's trade or field the dictionary writes in lower case, by its ending, "-ist" or "-ian" ("novelist", "historian",
 * "economist"; no name: "Christian", "Brian"); those in "-er" or "-or" the lexicon tags as actors itself ("golfer", "investor"). By
 * its form alone, a student of a science ("-ologist": "volcanologist", though the dictionary lacks it; no name ends so), and a
 * compound in "-man" or "-woman" (compoundPersonNoun: "fisherman", "fisherwoman").
 */
export function agentNoun(key: string): boolean {
  if (/\p{L}{3}ologist$/u.test(key)) return true;
  return (/\p{L}{3}(?:ist|ian)$/u.test(key) && isVocabularyWord(key) && !isDictionaryName(key) && !isGivenName(key)) || compoundPersonNoun(key);
}

/**
 * "fisherman", "fisherwoman", "policewoman", "horsewoman": a word of the dictionary and "man" or "woman" written as one word, a noun
 * for a person when the vocabulary holds it with "man" ("fisherwoman" of "fisherman"); no name ("Freeman", "Newman", "Hoffman"), no
 * adjective ("German", "Roman") and no word whose part before "man" is none ("talisman", "human").
 */
function compoundPersonNoun(key: string): boolean {
  const parts = /^(\p{L}{3,}?)(?:wo)?man$/u.exec(key);
  if (!parts || isSurname(key) || isGivenName(key) || isDictionaryName(key) || hasLexiconTag(key, 'Adjective')) return false;
  const stem = parts[1];
  return (isVocabularyWord(stem) || isDictionaryWord(stem)) && isVocabularyWord(`${stem}man`);
}

/** A lower-case word that reads as a verb: one the lexicon tags so, an inflected form ("failed", "founded") or an irregular past tense ("rose"). */
export function verbLike(key: string): boolean {
  return isVerbForm(key) || hasLexiconTag(key, 'Verb') || INFLECTED.test(key) || isIrregularPastTense(key);
}

/**
 * The capitalised words ending at token `last` modify the lower-case noun right after them ("the
 * Social Welfare constituency", "the National Iodine Nutrition study"): the next word is written
 * small, one space on, and is no function word or verb; the last word is not possessive.
 */
export function modifiesNoun(tokens: ArticleToken[], last: number): boolean {
  const next = tokens[last + 1];
  return !!next && !next.cap && tokens[last].joinsNext && !isFunctionWord(next.key) && !verbLike(next.key);
}

/**
 * "van der" of "On Monday van der Quorvle said", "de la" of "Later, de la Quintell said": the first of the (at most two) lower-case
 * particles written right before token `first` in its segment, when they open as a surname does (SURNAME_OPENING_PARTICLES; not
 * "la Repubblica"); `first` itself when none does.
 */
export function surnameParticlesStart(tokens: ArticleToken[], first: number): number {
  const particle = (t: ArticleToken | undefined): boolean => !!t && !t.cap && t.joinsNext && t.segment === tokens[first].segment && NAME_PARTICLES.has(t.key);
  let from = first;
  while (from > first - 2 && particle(tokens[from - 1])) from--;
  return from < first && SURNAME_OPENING_PARTICLES.has(tokens[from].key) ? from : first;
}

/**
 * True for a capitalised ordinary word, singular, no adjective, that no name list knows and heads no organization or
 * title ("Target", "Apple"; not "Police", "Officials", "Hope", "Shell", "Republican"): a company news names by it once the article
 * shows it as one (organizationWords).
 */
export function isOrdinaryCompanyWord(t: ArticleToken): boolean {
  if (t.upper || /\d/.test(t.text) || !isCommonWord(t.key) || t.key.endsWith('s')) return false;
  if (hasLexiconTag(t.key, 'Adjective') || hasLexiconTag(t.key, 'Demonym')) return false;
  return !isGivenName(t.key) && !isListedFirstName(t.key) && !isSurname(t.key) && !isTitleWord(t.key) && !isOrganizationHead(t.key);
}
