import nlp from 'compromise';

/**
 * Word classes for proper-name detection, read from compromise's English lexicon and models
 * (given names, surnames, honorifics, job titles, organization and place head words, function
 * words). compromise's own tagger costs ~40 ms per 800-word article, far over the pipeline's
 * budget, so the extractor tags capitalised words itself against this data. Loaded once, lazily.
 */

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

interface Lexicon {
  tags: Map<string, Set<string>>;
  /** Per word, the classes below as bit flags, computed once. */
  flags: Map<string, number>;
  orgWords: Set<string>;
  placeWords: Set<string>;
}

const GIVEN = 1;
const SURNAME = 2;
const FUNCTION = 4;
const COMMON = 8;
const CLOSED = 16;

const GIVEN_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const SURNAME_TAGS = ['LastName', 'Person'];
/** Tags of words that never start or continue a name when written in lower case. */
const FUNCTION_TAGS = [
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Copula', 'Modal',
  'QuestionWord', 'Negative', 'Auxiliary', 'Adverb', 'WeekDay', 'Month', 'Date', 'Expression',
  'Cardinal', 'Ordinal', 'TextValue', 'Condition',
];
const CLOSED_CLASS_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Copula', 'QuestionWord', 'Negative'];
/** Tags of ordinary vocabulary: a capitalised word with one of these is not evidence of a name. */
const COMMON_TAGS = [
  ...FUNCTION_TAGS, 'Adjective', 'Comparative', 'Superlative', 'Verb', 'PastTense', 'PresentTense',
  'Infinitive', 'Gerund', 'Participle', 'PhrasalVerb', 'Imperative', 'Noun', 'Singular', 'Plural',
  'Uncountable', 'Unit', 'Currency', 'Duration', 'Value', 'Fraction', 'Multiple', 'Actor',
];
/** Organization heads that compromise's orgWords lacks but news uses constantly. */
const EXTRA_ORG_WORDS = [
  'service', 'party', 'union', 'alliance', 'senate', 'congress', 'court', 'parliament', 'assembly',
  'navy', 'forces', 'commission', 'cabinet', 'caucus', 'campaign', 'times', 'tribune', 'network',
  'fed', 'reserve', 'agency', 'organisation', 'society', 'league', 'front', 'movement', 'institute',
];

let cached: Lexicon | null = null;

function flagsOf(tags: Set<string>): number {
  const any = (wanted: string[]): boolean => wanted.some((t) => tags.has(t));
  const name = any(GIVEN_NAME_TAGS) || any(SURNAME_TAGS);
  return (
    (any(GIVEN_NAME_TAGS) ? GIVEN : 0) |
    (any(SURNAME_TAGS) ? SURNAME : 0) |
    (any(FUNCTION_TAGS) ? FUNCTION : 0) |
    (any(COMMON_TAGS) && !name ? COMMON : 0) |
    (any(CLOSED_CLASS_TAGS) ? CLOSED : 0)
  );
}

function lexicon(): Lexicon {
  if (cached) return cached;
  const model = (nlp as unknown as { model(): CompromiseModel }).model();
  const tags = new Map<string, Set<string>>();
  const flags = new Map<string, number>();
  for (const [word, tag] of Object.entries(model.one.lexicon)) {
    const set = new Set(Array.isArray(tag) ? tag : [tag]);
    tags.set(word, set);
    const f = flagsOf(set);
    if (f) flags.set(word, f);
  }
  const orgWords = new Set([...Object.keys(model.two.orgWords), ...EXTRA_ORG_WORDS]);
  cached = { tags, flags, orgWords, placeWords: new Set(Object.keys(model.two.placeWords)) };
  return cached;
}

function hasFlag(word: string, flag: number): boolean {
  return ((lexicon().flags.get(word) ?? 0) & flag) !== 0;
}

/** Every lexicon entry (lower case, possibly several words) that carries one of `wanted`. */
export function lexiconEntriesTagged(wanted: string[]): string[] {
  return [...lexicon().tags].filter(([, tags]) => wanted.some((t) => tags.has(t))).map(([word]) => word);
}

/** The lexicon's tags for a lower-case word or phrase ("crimea" -> Region, ProperNoun). */
export function lexiconTags(word: string): ReadonlySet<string> {
  return lexicon().tags.get(word) ?? new Set();
}

/** True for a known given name ("jens", "hillary", "charles"). Takes a folded word. */
export function isGivenName(word: string): boolean {
  return hasFlag(word, GIVEN);
}

/** True for a known surname or single-word person name ("cruz", "obama", "clinton"). */
export function isSurname(word: string): boolean {
  return hasFlag(word, SURNAME);
}

/** True for function words (the, but, in, we, tuesday, january...): never part of a name. */
export function isFunctionWord(word: string): boolean {
  return hasFlag(word, FUNCTION);
}

/** True for determiners, prepositions, conjunctions, pronouns and the like: never part of a name, even capitalised mid-sentence. */
export function isClosedClassWord(word: string): boolean {
  return hasFlag(word, CLOSED);
}

/** True for ordinary vocabulary that is no evidence of a name (nouns, verbs, adjectives, titles) unless it is also a name. */
export function isCommonWord(word: string): boolean {
  return hasFlag(word, COMMON);
}

/** True for a word that heads an organization's name ("committee", "bank", "party", "service"). */
export function isOrganizationHead(word: string): boolean {
  return lexicon().orgWords.has(word);
}

/** True for a word that heads a place's name ("river", "county", "peninsula"). */
export function isPlaceHead(word: string): boolean {
  return lexicon().placeWords.has(word);
}
