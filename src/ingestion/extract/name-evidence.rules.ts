import { COMPANY_NOUNS, INDIVIDUAL_EVENT_WORDS, KIN_NOUNS, NAME_PARTICLES, PERSON_PRONOUNS } from '../lexicon/name-words.lexicon';
import { isPersonalCueForm } from '../lexicon/cue.lexicon';
import { TIME_WORDS, isWeekdayName } from '../lexicon/speaker.lexicon';
import { lookupName } from '../lexicon/entity.dictionary';
import { countryNamed } from '../lexicon/place.gazetteer';
import { opensPartyTagPlace, type ArticleToken, type TokenizedArticle } from './article.tokenizer';

/**
 * One capitalised word that may name a person or an organization ("Ford", "Amazon"), decided by how
 * news writes each: a person is referred back to by "he" / "she" / "who", an organization by "it" /
 * "its" / "which", and only an organization has shares, employees or customers.
 */

/** What the words right after a name show it to be. */
export type NameEvidence = 'person' | 'organization' | null;

/** Pronouns that refer back to a thing, right after a speech verb: "X said it", "X said its" (a person's: PERSON_PRONOUNS). */
const THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its']);

/** A news outlet's verb: a one-word name no list knows that "reported" is a paper or a site (a reporter is named in full). */
const REPORTING_FORMS: ReadonlySet<string> = new Set(['reported', 'reports']);

/** The relative pronoun after a comma right after the name: "X, who", "X, whom", "X, which". */
const RELATIVE = /^,\s+(who|whom|which)\b/;
const COMMA = 44;

/**
 * What the words right after the name ending at token `last` show it to be: a person when a speech
 * verb and "he" / "she" / "his" / "her" follow ("Quorvle said he", "Quorvle said on Monday that she"),
 * ", who" or ", whom", the person's age or party and state (personTagAfter: "Quorvle, 34,", "Quorvle (D-Ohio)") or kin ("Quorvle's wife"); an organization when a speech verb and "it" / "its" follow ("Quorvle said it would"), or
 * ", which", or a noun only a company has ("Quorvle shares", "Quorvle's employees"), or "reported"
 * ("Quorvle reported that"); else null.
 */
export function evidenceAfter(doc: TokenizedArticle, last: number): NameEvidence {
  const { tokens, body } = doc;
  const name = tokens[last];
  const next = tokens[last + 1];
  // The comma RELATIVE opens with first (few names are followed by one).
  const relative = body.charCodeAt(name.end) === COMMA ? RELATIVE.exec(body.slice(name.end, name.end + 8)) : null;
  if (relative) return relative[1] === 'which' ? 'organization' : 'person';
  if (personTagAfter(doc, last)) return 'person';
  // A possessive joins the next word over its "'s" and one space.
  const joined = name.joinsNext || (name.possessive && /^['’]s? $/.test(body.slice(name.end, next?.start)));
  if (!next || next.segment !== name.segment || next.cap || !joined) return null;
  if (COMPANY_NOUNS.has(next.key) || (REPORTING_FORMS.has(next.key) && !name.possessive)) return 'organization';
  if (name.possessive && KIN_NOUNS.has(next.key)) return 'person';
  if (!name.possessive && winsIndividualEvent(tokens, last + 1)) return 'person';
  if (name.possessive || !isPersonalCueForm(next.key)) return null;
  const pronoun = subjectAfterCue(tokens, last + 1);
  if (pronoun && PERSON_PRONOUNS.has(pronoun)) return 'person';
  return pronoun && THING_PRONOUNS.has(pronoun) ? 'organization' : null;
}

/** The oldest age news gives a person. */
export const MAX_AGE = 120;

/** A person's age as a noun: "the 34-year-old". */
const AGE_NOUN = /^(\d{1,3})-year-old$/;

/** "34-year-old": a noun for a person of an age news gives a person (no more than MAX_AGE), not "the 150-year-old" firm or building. */
export function personAge(key: string): boolean {
  const age = AGE_NOUN.exec(key);
  return !!age && Number(age[1]) <= MAX_AGE;
}

/**
 * "Quorvle, 34, was jailed", "Dean Quintell, aged 22, died", "the victim, Ann Quorvle, 45.": a person's age set off by a comma right
 * after the name ending at token `last` (a number of one to three digits, no more than MAX_AGE), closed by a comma or a full stop.
 */
export function ageSetOffAfter(doc: TokenizedArticle, last: number): boolean {
  const { tokens, body } = doc;
  const name = tokens[last];
  const aged = tokens[last + 1]?.key === 'aged' && !tokens[last + 1].cap ? 1 : 0;
  const age = tokens[last + 1 + aged];
  if (!age || age.segment !== name.segment || name.possessive || !/^\d{1,3}$/.test(age.text) || Number(age.text) > MAX_AGE) return false;
  if (aged && body.slice(tokens[last + 1].end, age.start) !== ' ') return false;
  return /^\s*,\s*$/.test(body.slice(name.end, tokens[last + 1].start)) && /^[,.](?!\d)/.test(body.slice(age.end, age.end + 2));
}

/**
 * "Ann Quorvle (D-Ohio)", "Ann Quorvle, R-Texas,": right after the name ending at token `last`, in brackets or after a comma, a US
 * legislator's party initial, a hyphen and the state or district the member stands for.
 */
function partyTagAfter(doc: TokenizedArticle, last: number): boolean {
  const [name, tag] = [doc.tokens[last], doc.tokens[last + 1]];
  // The tokenizer cut the party's initial off the place: it stands between the name and the place's first word.
  return !!tag && tag.segment === name.segment && !name.possessive && tag.start - name.end <= 4 && opensPartyTagPlace(doc.body, tag.start);
}

/** A word of up to six letters in brackets, then a number, right after a name: "Quorvle (Lab) 12,345", "Quorvle (Eng) 254". */
const RESULT_TAG = /^ \((\p{Lu}\p{L}{1,5})\) \d/u;

/** An opening bracket's code, for RESULT_TAG. */
const OPENING_BRACKET: ReadonlySet<number> = new Set([40]);

/**
 * A space at `at` in `body`, then a character of `codes`: the two characters every match of SETS_AFTER or RESULT_TAG opens with, read
 * before either pattern runs (most names are followed by neither), none past the body's end.
 */
function spaceThen(body: string, at: number, codes: ReadonlySet<number>): boolean {
  return at + 1 < body.length && body.charCodeAt(at) === 32 && codes.has(body.charCodeAt(at + 1));
}

/**
 * "Quorvle (Lab) 12,345; Quintell (Con) 9,876", "Quorvle (Eng) 254": right after the name ending at token `last`, a short word in
 * brackets that names no place the lists know (a party's or a side's abbreviation; not "Celtic (Scotland) 2") and a number: a
 * candidate's votes or a player's figures in a results line.
 */
function resultTagAfter(doc: TokenizedArticle, last: number): boolean {
  const name = doc.tokens[last];
  if (!spaceThen(doc.body, name.end, OPENING_BRACKET)) return false;
  const tag = RESULT_TAG.exec(doc.body.slice(name.end, name.end + 12));
  if (!tag || name.possessive) return false;
  const hit = lookupName(tag[1], 1);
  return !hit || hit.type === 'ORGANIZATION';
}

/** A tennis set's score, a tie-break's points after it in brackets: "6-4", "7-6(5)" (no side wins a set with more than seven games). */
const SET_SCORE = '[0-7]-[0-7](?:\\(\\d{1,2}\\))?';

/**
 * The rest of a tennis results line after a player's name: a country or seed in brackets, then, before two set scores or more, the
 * scores alone or "beat" / "defeated" and the other side (a player, a doubles pair): "Quorvle (Croatia) beat Ann Tellan (Spain) 6-4 7-6(5)",
 * "Tellan beat Quorvle 6-2 6-3", "Tellan beat Quorvle of Spain 6-2 6-3", "Quorvle / Tellan (Spain) 6-4 6-2". Neither bracket nor side holds a full
 * stop or a lower-case word but the "of" before a capitalised one.
 */
const SETS_AFTER = new RegExp(
  `^(?: \\([^().\\d]{1,30}\\))?(?: / \\p{Lu}[^().]{1,40}\\([^().\\d]{1,30}\\))?(?: (?:beat|defeated|def\\.|bt) (?:\\p{Lu}[\\p{L}\\p{M}'’-]*|\\([^().\\d]{1,30}\\)|of(?= \\p{Lu})|/| )+?)? ${SET_SCORE},? ${SET_SCORE}`,
  'u',
);

/** How many characters after a name a tennis results line is read for (SETS_AFTER). */
const SETS_WINDOW = 160;

/** The character codes that may follow the space SETS_AFTER opens with: a bracket, a slash, "beat", "bt", "defeated", "def." or a set's score. */
const SETS_OPENERS: ReadonlySet<number> = new Set(['(', '/', 'b', 'd', '0', '1', '2', '3', '4', '5', '6', '7'].map((c) => c.charCodeAt(0)));

/** True when the name ending at token `last` is a side of a tennis result: set scores follow it, or its opponent and them (SETS_AFTER). */
export function setScoresAfter(doc: TokenizedArticle, last: number): boolean {
  const name = doc.tokens[last];
  if (name.possessive || !spaceThen(doc.body, name.end, SETS_OPENERS)) return false;
  const seg = doc.segments[name.segment];
  return SETS_AFTER.test(doc.body.slice(name.end, Math.min(seg.end, name.end + SETS_WINDOW)));
}

/**
 * A country's name in brackets right after a name (group 1), not before a goal tally of one digit ("Quorvex Vellamo (Norway) 3
 * Celtic (Scotland) 1" is a football result between clubs; " (France) Racing Bulls", " (U.S.) 65 66" follow competitors).
 */
const COUNTRY_TAG = /^ \((\p{Lu}[\p{L}\p{M}. ]{1,28})\)(?! \d(?!\d))/u;

/**
 * "Ann Quorvle (France) Racing Bulls +53", "Ann Quorvle (U.S.) 65 66": a name of two words or more (token `last` and the capitalised
 * word joined before it), then a country's name in brackets (COUNTRY_TAG): a competitor in a results line or a table. One word
 * may be a club ("Celtic (Scotland) 2"), and so may more before a goal tally.
 */
export function countryTagAfter(doc: TokenizedArticle, last: number): boolean {
  const { tokens, body } = doc;
  const [name, before] = [tokens[last], tokens[last - 1]];
  if (!before?.cap || !before.joinsNext || before.segment !== name.segment || name.possessive) return false;
  const tag = COUNTRY_TAG.exec(body.slice(name.end, name.end + 32));
  return !!tag && !!countryNamed(tag[1]);
}

/**
 * What news writes right after a person's name alone: the person's age (ageSetOffAfter), a legislator's party and state
 * (partyTagAfter), a results line's party and votes (resultTagAfter) or a tennis result's set scores (setScoresAfter).
 */
export function personTagAfter(doc: TokenizedArticle, last: number): boolean {
  return ageSetOffAfter(doc, last) || partyTagAfter(doc, last) || resultTagAfter(doc, last) || setScoresAfter(doc, last);
}

/** Forms of "win" before what was won. */
const WIN_FORMS: ReadonlySet<string> = new Set(['won', 'wins', 'win', 'retained', 'defended']);

/** Small words between "won" and the contest's name: "won the U.S. Open", "won her first Grand Slam", "won the 2019 Masters". */
const BEFORE_CONTEST = /^(?:the|a|an|his|her|this|last|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{4}|\d+(?:st|nd|rd|th))$/;

/**
 * "Quorvle won the U.S. Open", "Tellan won her third Berlin Marathon": token `verb`, a form of "win", then up to three small words and
 * a capitalised name that one of INDIVIDUAL_EVENT_WORDS ends or holds ("Tour de France"), in one sentence: what only a person wins.
 */
export function winsIndividualEvent(tokens: ArticleToken[], verb: number): boolean {
  if (!WIN_FORMS.has(tokens[verb]?.key ?? '') || tokens[verb].cap) return false;
  let i = verb + 1;
  while (i <= verb + 3 && tokens[i] && !tokens[i].cap && tokens[i - 1].joinsNext && BEFORE_CONTEST.test(tokens[i].key)) i++;
  for (let k = i; k < i + 4 && tokens[k] && tokens[k - 1].joinsNext && (tokens[k].cap || NAME_PARTICLES.has(tokens[k].key)); k++) {
    if (tokens[k].cap && INDIVIDUAL_EVENT_WORDS.has(tokens[k].key)) return true;
  }
  return false;
}

/**
 * The name opening at token `first` is what a form of "win" before it names as won, after "the" and up to two more small words
 * (BEFORE_CONTEST) in one sentence: "won the Quorvle Bianca", "wins the 2031 Tellan Classic".
 */
export function wonNameAt(tokens: ArticleToken[], first: number): boolean {
  let i = first - 1;
  while (i >= first - 3 && tokens[i] && !tokens[i].cap && tokens[i].joinsNext && BEFORE_CONTEST.test(tokens[i].key)) i--;
  return i < first - 1 && tokens[i + 1].key === 'the' && WIN_FORMS.has(tokens[i]?.key ?? '') && !tokens[i].cap && tokens[i].joinsNext;
}

/** Words between a speech verb and the subject of what was said: "said on Tuesday that", "said in a statement", "said last week". */
const BEFORE_SUBJECT: ReadonlySet<string> = new Set([
  ...TIME_WORDS, 'that', 'on', 'in', 'at', 'a', 'an', 'last', 'this', 'late', 'early', 'statement', 'interview', 'email', 'release', 'week', 'month', 'year',
]);

/** How many words may stand between a speech verb and the subject of what was said. */
const MAX_BEFORE_SUBJECT = 4;

/** The folded word right after the speech verb at token `cue` and the words BEFORE_SUBJECT, all joined by single spaces in one sentence, or null. */
function subjectAfterCue(tokens: ArticleToken[], cue: number): string | null {
  for (let i = cue + 1; i <= cue + 1 + MAX_BEFORE_SUBJECT; i++) {
    const t = tokens[i];
    if (!t || !tokens[i - 1].joinsNext || t.sentenceStart || t.segment !== tokens[cue].segment) return null;
    if (!BEFORE_SUBJECT.has(t.key)) return t.cap && !isWeekdayName(t.text) ? null : t.key;
  }
  return null;
}
