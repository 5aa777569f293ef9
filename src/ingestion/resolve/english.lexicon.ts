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
  orgWords: Set<string>;
  placeWords: Set<string>;
}

const GIVEN_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const SURNAME_TAGS = ['LastName', 'Person'];
/** Tags of words that never start or continue a name when written in lower case. */
const FUNCTION_TAGS = [
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Copula', 'Modal',
  'QuestionWord', 'Negative', 'Auxiliary', 'Adverb', 'WeekDay', 'Month', 'Date', 'Expression',
  'Cardinal', 'Ordinal', 'TextValue', 'Condition',
];
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

function lexicon(): Lexicon {
  if (cached) return cached;
  const model = (nlp as unknown as { model(): CompromiseModel }).model();
  const tags = new Map<string, Set<string>>();
  for (const [word, tag] of Object.entries(model.one.lexicon)) {
    tags.set(word, new Set(Array.isArray(tag) ? tag : [tag]));
  }
  const orgWords = new Set([...Object.keys(model.two.orgWords), ...EXTRA_ORG_WORDS]);
  cached = { tags, orgWords, placeWords: new Set(Object.keys(model.two.placeWords)) };
  return cached;
}

function hasTag(word: string, wanted: string[]): boolean {
  const tags = lexicon().tags.get(word);
  return !!tags && wanted.some((t) => tags.has(t));
}

/** The lexicon's tags for a lower-case word or phrase ("crimea" -> Region, ProperNoun). */
export function lexiconTags(word: string): ReadonlySet<string> {
  return lexicon().tags.get(word) ?? new Set();
}

/** True for a known given name ("jens", "hillary", "charles"). Takes a folded word. */
export function isGivenName(word: string): boolean {
  return hasTag(word, GIVEN_NAME_TAGS);
}

/** True for a known surname or single-word person name ("cruz", "obama", "clinton"). */
export function isSurname(word: string): boolean {
  return hasTag(word, SURNAME_TAGS);
}

/** True for function words (the, but, in, we, tuesday, january...): never part of a name. */
export function isFunctionWord(word: string): boolean {
  return hasTag(word, FUNCTION_TAGS);
}

/** True for ordinary vocabulary that is no evidence of a name (nouns, verbs, adjectives, titles) unless it is also a name. */
export function isCommonWord(word: string): boolean {
  return hasTag(word, COMMON_TAGS) && !hasTag(word, [...GIVEN_NAME_TAGS, ...SURNAME_TAGS]);
}

/** True for a word that heads an organization's name ("committee", "bank", "party", "service"). */
export function isOrganizationHead(word: string): boolean {
  return lexicon().orgWords.has(word);
}

/** True for a word that heads a place's name ("river", "county", "peninsula"). */
export function isPlaceHead(word: string): boolean {
  return lexicon().placeWords.has(word);
}
