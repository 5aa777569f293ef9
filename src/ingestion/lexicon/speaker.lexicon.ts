/**
 * The closed word classes a speaker phrase is read with: pronouns, determiners, the prepositions a
 * phrase may contain ("a spokesman for the port authority"), role nouns, time
 * words, and the function words that end a phrase. Lower case.
 */

import { OFFICES } from './title.lexicon';

/** Subject pronouns that can speak: he, she, it, they, I, we, you. */
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you']);

/** The indefinite articles: "won an Oscar" names an award, no person. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** The articles: "the Autumn Gala" is no person's name. */
export const ARTICLES = new Set(['the', ...INDEFINITE_ARTICLES]);

/** Words that open a noun phrase: the articles, demonstratives, possessives, quantifiers. */
export const DETERMINERS = new Set([
  ...ARTICLES, 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some',
  'another', 'one', 'two', 'three', 'four', 'several', 'many', 'other', 'each', 'both', 'most', 'few', 'no',
]);

/** Determiners that make a phrase definite: it refers back to something named earlier. */
export const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our']);

/** Prepositions a noun phrase may contain before another noun phrase ("a spokesman for the port authority"). */
export const PHRASE_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from']);

/** Further prepositions allowed inside a phrase read backwards from its cue ("the top Democrat on the committee said"). */
export const INNER_PREPOSITIONS = new Set(['on', 'in', 'to']);

/** Nouns for people by role that are no office: they head a speaker phrase ("a lawyer for the family said"). */
const PERSON_NOUNS = [
  'spokesmen', 'aides', 'analyst', 'analysts', 'lawyer', 'economist', 'official', 'officials', 'pollster',
  'commentator', 'anchor', 'host', 'correspondent', 'reporter', 'columnist', 'editor', 'author', 'activist',
  'member', 'lawmakers', 'police', 'diplomat', 'diplomats', 'expert', 'experts', 'researcher', 'scientist',
  'historian', 'coach', 'pastor', 'rabbi', 'priest', 'father', 'mother', 'wife', 'husband', 'daughter', 'son',
  'sister', 'brother', 'friend', 'supporter', 'supporters', 'voter', 'voters', 'resident', 'residents', 'owner',
  'worker', 'student', 'teacher', 'consultant', 'source', 'sources',
  'critic', 'critics', 'prosecutors', 'investigator', 'investigators', 'protester', 'protesters', 'witness',
  'witnesses', 'organizer', 'organizers', 'delegate', 'delegates', 'staffer', 'staffers', 'producer', 'star',
  'actor', 'actress', 'singer', 'rapper', 'comedian', 'writer', 'blogger', 'veteran', 'physician', 'doctor', 'nurse',
  'surgeon', 'co-founder', 'partner', 'superintendent', 'inspector', 'detective', 'trooper', 'agent', 'negotiator',
  'mp', 'legislator', 'councilman', 'councilwoman', 'clerk', 'auditor', 'treasurer', 'economists', 'scholar',
  'fellow', 'boss', 'employee', 'employees', 'farmer', 'fisherman', 'neighbor', 'man', 'woman', 'people', 'person',
  'girl', 'boy', 'user', 'fan', 'fans', 'moderator', 'panelist',
];

const PERSON_NOUN_SET: ReadonlySet<string> = new Set(PERSON_NOUNS);

/** True for a folded noun for a person by role that is no office ("student", "owner", "lawyer", "witness"; plurals too: "voters"). */
export function isPersonRoleNoun(key: string): boolean {
  return PERSON_NOUN_SET.has(key);
}

/** Title modifiers that may also open a speaker phrase ("former", "deputy", "press"): the rest ("of", "house"...) may not. */
const PHRASE_TITLE_MODIFIERS = [
  'campaign', 'press', 'communications', 'former', 'acting', 'vice', 'senior', 'assistant', 'state', 'foreign', 'finance', 'defense', 'defence', 'interior', 'presidential',
  'top', 'fisheries', 'democratic', 'republican',
];

/**
 * Nouns for people by role: they head a speaker phrase or stand before a name ("police Chief Chuck
 * Jordan"): the offices of title.lexicon, the other person nouns, and the title modifiers a phrase may hold.
 */
export const ROLE_NOUNS = new Set([...OFFICES, ...PERSON_NOUNS, ...PHRASE_TITLE_MODIFIERS]);

/** Heads meaning "speaks for": "a spokesman for X" speaks for X, so X is the speaker's entity. */
export const SPOKES_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'representative', 'statement', 'release', 'tweet',
  'post', 'account',
]);

/** Words that end a speaker phrase read backwards from a cue, in any case. */
export const PHRASE_STOPS = new Set([
  'and', 'or', 'but', 'nor', 'so', 'yet', 'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'as',
  'because', 'if', 'although', 'though', 'after', 'before', 'since', 'then', 'where', 'whether', 'than',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'not', 'also', 'would', 'will', 'can',
  'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'there', 'here', 'about', 'against', 'over',
  'into', 'by', 'like', 'under', 'during', 'without', 'within', 'through', 'including', 'among', 'between',
  'toward', 'towards', 'upon', 'what', 'how', 'why', 'once', 'even', 'just', 'all', 'only', 'now',
  'however', 'meanwhile', 'instead', 'still', 'yes', 'asked', 'later', 'earlier', 'again', 'too',
  'very', 'more', 'less', 'it’s', "it's", 'out', 'up', 'off', 'down', 'either', 'neither',
]);

/** Words that may sit between a subject and its cue: "Stoltenberg has also said", "he later told". */
export const CUE_MODIFIERS = new Set([
  'also', 'has', 'have', 'had', 'later', 'then', 'once', 'again', 'previously', 'recently', 'repeatedly', 'often',
  'never', 'always', 'just', 'would', 'will', 'did', 'does', 'do', 'still', 'further', 'first', 'finally',
  'simply', 'only', 'even', 'earlier', 'subsequently', 'already', 'herself', 'himself', 'themselves', 'itself',
  'reportedly', 'was', 'is', 'were', 'are', 'being', 'been', 'not', 'famously', 'now', 'can', 'could', 'should',
  'may', 'might', 'must', 'publicly', 'openly', 'privately',
]);

/** The days of the week, folded. */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** True for a day of the week written with its capital ("Monday"). */
export const isWeekdayName = (word: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(word) && WEEKDAYS.has(word.toLowerCase());

/** Time words that may follow a cue before an inverted speaker: "said Monday Ingrid Solberg" is rare, "said Monday" common. */
export const TIME_WORDS = new Set([
  ...WEEKDAYS, 'yesterday', 'today', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'recently', 'later', 'earlier', 'then', 'afterward', 'afterwards',
]);
