import { hasLexiconTag, isClosedClassWord, isCommonWord, isForeignArticle, isFunctionWord, isGivenName, isListedFirstName, isPastTense, isOrganizationHead, isPlaceHead, isSurname, isVerbForm, isVocabularyWord } from '../lexicon/english.lexicon';
import { type DictionaryHit, lookupName } from '../lexicon/entity.dictionary';
import { findCues, isAddresseeCueForm, isPersonalCueForm } from '../lexicon/cue.lexicon';
import { isDictionaryEntry, isDictionaryName, isDictionaryWord } from '../lexicon/dictionary-words.lexicon';
import { COMPANY_NOUNS, DOCUMENT_HEADS, GERMANIC_PARTICLES, GROUPING_NOUNS, KINSHIP_PARTICLES, NAMED_THING_KINDS, NAME_PARTICLES, NAME_SUFFIXES, PERSON_OBJECT_VERBS, PERSON_ONLY_PHRASES, PERSON_ONLY_VERBS, PERSON_PRONOUNS, WRITTEN_NAME_SUFFIXES, doubleSurnameOpening, withoutJoinedArticle } from '../lexicon/name-words.lexicon';
import { foldName } from '../lexicon/name.normalize';
import { ARTICLES, CUE_MODIFIERS, INNER_PREPOSITIONS, PHRASE_PREPOSITIONS, WEEKDAYS } from '../lexicon/speaker.lexicon';
import { TITLE_ABBREVIATIONS, formatRole, isCourtesyTitle, isOrganizationalOffice, isPersonOnlyTitle, isSovereignRank, isTitleHead, isTitleWord, opensStyle, personLedNoun } from '../lexicon/title.lexicon';
import { cityNamed, stateNamed } from '../lexicon/place.gazetteer';
import { CARDINAL_POINTS, DIRECTION_PREPOSITIONS, GEO_HEADS, PLACE_PREPOSITIONS } from '../lexicon/place-words.lexicon';
import { chamberNamedAfterThe } from '../lexicon/organization.aliases';
import { isWorldGivenName } from '../lexicon/world-given-names.lexicon';
import { isConnector, isOrdinaryWord, runsOn, surfaceOf, tokenInRun, type ArticleToken, type TokenizedArticle } from './article.tokenizer';
import { packedMap } from './packed.map';
import type { EntityFinding } from './entity.classifier';
import { evidenceAfter, personTagAfter } from './name-evidence.rules';
import { agentNounPlural, isOrdinary, isPluralShaped, jobNoun, lonelyNameWord, modifiesNoun, nameShaped, ordinaryWordEnding, personNoun, pluralOfWord, verbLike } from './name-shape.rules';

/**
 * Reading a person's name and title out of a run of capitalised words: where a title ends
 * ("Secretary General", "Gov."), how many words make the name, where a second name starts, and the
 * signs around a phrase that it does or does not name a person (a speech cue, "who", a determiner).
 */

/**
 * How many leading words of `ws` make a name: each name-shaped, and no ordinary word or plural unless
 * a surname by position; from the third word on, no word the spelling dictionary writes only in lower
 * case either, unless after an initial or a particle ("Andy Warhol" of "Andy Warhol Photographic Legacy
 * Program", "Ahmed Mohamed" before a caption's "Image:"; "Laurence H. Tribe", "Osama bin Laden", "Andre Correa do Lago").
 */
export function nameLength(ws: ArticleToken[]): number {
  // A surname that is no given name ends before a word the dictionary writes only in lower case: "Quimby Speech at ...".
  if (ws.length > 1 && isSurname(ws[0].key) && !isGivenName(ws[0].key) && !ws[1].initial && lowerCaseWord(ws[1])) return 1;
  let n = 1;
  while (n < ws.length && (ws[n].initial || beforeNameSuffix(ws, n) || placeWordSurname(ws, n) || titleWordSurname(ws, n) || (nameShaped(ws[n]) && (surnameByPosition(ws, n) || (!isOrdinary(ws[n]) && !pluralOfWord(ws[n]))))) && !(n >= 2 && !ws[n - 1].initial && !isConnector(ws[n - 1]) && lowerCaseWord(ws[n]) && !particleBeforeName(ws, n) && !syllableEndsName(ws, n))) n++;
  // A name ends in no initial or particle: "Greta F." (of "Greta F. and Ingrid H. Solberg").
  while (n > 1 && (isConnector(ws[n - 1]) || ws[n - 1].initial || ws[n - 1].text.length === 1)) n--;
  return n;
}

/** One romanized Chinese syllable as a name writes it ("Ling", "Hooi", "Wei", "Seng"): a consonant or two, one to three vowels, a final nasal or stop. */
const NAME_SYLLABLE = /^[bcdfghjklmnpqrstwxyz]{0,2}[aeiouy]{1,3}(?:ng|n|m|h|k|p|t)?$/;

/**
 * Word `n` ends the run as the second syllable of a Chinese given name written apart, after the first ("Tan Hooi Ling", "Rae Tan
 * Wei Ling"): both syllable-shaped (NAME_SYLLABLE), neither an ordinary word the lists take for a common one ("Lee Wei Ring" ends at "Wei").
 */
function syllableEndsName(ws: ArticleToken[], n: number): boolean {
  const [first, second] = [ws[n - 1], ws[n]];
  if (n < 2 || n !== ws.length - 1 || !second.cap || second.upper || !first.cap || first.upper) return false;
  return [first, second].every((t) => NAME_SYLLABLE.test(t.key) && !isCommonWord(t.key)) && !lowerCaseWord(first);
}

/** Word `n` is a name particle written small before a capitalised word, though English writes it as a word too: "do" of "Andre Correa do Lago". */
function particleBeforeName(ws: ArticleToken[], n: number): boolean {
  return isConnector(ws[n]) && NAME_PARTICLES.has(ws[n].key) && !!ws[n + 1]?.cap;
}

/** A word the spelling dictionary writes only in lower case, no given name or known surname ("Photographic", "Image"). */
function lowerCaseWord(t: ArticleToken): boolean {
  return !t.initial && !NAME_SUFFIXES.has(t.key) && isDictionaryWord(t.key) && !isDictionaryName(t.key) && !isGivenName(t.key) && !isSurname(t.key);
}

/**
 * Word `n` of a name may be an ordinary word when it is a surname by position: right after a
 * leading given name ("Mike Pence", "Theresa May", not "Morning" of "Steve Harvey Morning Show"), or
 * right after an initial ("Selma T. Bell"), or ending the run after a leading given name and middle names no list or dictionary
 * knows, when the dictionary writes it as a name too ("Nell Carden Grey").
 */
function surnameByPosition(ws: ArticleToken[], n: number): boolean {
  if (n === 0 || isClosedClassWord(ws[n].key) || !ws[n].cap) return false;
  if (ws[n - 1].initial) return true;
  if (n >= 2 && n === ws.length - 1 && isDictionaryName(ws[n].key) && isGivenName(ws[0].key) && !ws[0].upper && ws.slice(1, n).every(unknownWord)) return true;
  if (!isGivenName(ws[n - 1].key)) return false;
  for (let i = 0; i < n - 1; i++) if (!ws[i].initial) return false;
  return true;
}

/** Place words that name streets and squares after people ("George Street"): never a surname after a given name. */
const STREET_WORDS = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'way', 'crescent', 'cr', 'tr', 'terrace', 'square', 'boulevard', 'drive']);

/** A street's word written out in a name ("Lane", "Way", "Street"; not "St." or "Rd"). */
function streetWordWrittenOut(t: ArticleToken): boolean {
  return t.cap && !t.upper && t.text.length > 2 && !t.text.endsWith('.') && STREET_WORDS.has(t.key);
}

/**
 * "Christopher Hill", "Tiger Woods", "Frank Ocean": a place's head word as the last word of the
 * name, right after a leading given name that is no place ("Victoria Park", "Jordan River" stay
 * places) and not a street's word ("George Street"); after two or more given names ("Marc Lamont
 * Hill") only a place word the name lists also know as a name.
 */
function placeWordSurname(ws: ArticleToken[], n: number): boolean {
  const t = ws[n];
  if (n < 1 || n !== ws.length - 1 || !t.cap || t.upper || !(isPlaceHead(t.key) || GEO_HEADS.has(t.key)) || STREET_WORDS.has(t.key) || isOrganizationHead(t.key)) return false;
  if (n > 1 && !(isGivenName(t.key) || isSurname(t.key))) return false;
  return ws.slice(0, n).every((w) => (isGivenName(w.key) && !w.upper) || w.initial) && !lookupName(ws[0].text, 1);
}

/**
 * "Larry King", "Carole King", "Anna Bishop": a title's head word that the spelling dictionary also
 * writes as a name, as the last word of the run, right after a leading given name (and initials)
 * that is no place the lists know, is a surname; "Jordan King Abdullah" keeps its title (not last).
 */
function titleWordSurname(ws: ArticleToken[], n: number): boolean {
  const t = ws[n];
  if (n < 1 || n !== ws.length - 1 || !t.cap || t.upper || !isTitleHead(t.key) || !isDictionaryName(t.key)) return false;
  return isGivenName(ws[0].key) && !ws[0].upper && ws.slice(1, n).every((w) => w.initial) && !lookupName(ws[0].text, 1);
}

/**
 * A one-word place the lists know (`hit`, for token `chunk[i]`) that stands in a person's name (placeAsGivenName, placeAsSurname),
 * not for the place.
 */
export function placeInPersonName(tokens: ArticleToken[], chunk: number[], i: number, hit: DictionaryHit): boolean {
  if (hit.type !== 'CITY' && hit.type !== 'REGION' && hit.type !== 'COUNTRY') return false;
  return placeAsGivenName(tokens, chunk, i, hit) || placeBeforeParticleSurname(tokens, chunk, i, hit) || placeAsSurname(tokens, chunk, i, hit) || placeAfterPersonTitle(tokens, chunk, i) || placeAfterUnknownGivenName(tokens, chunk, i) || placeAfterKinshipParticle(tokens, chunk, i) || townAfterPlaceGivenName(tokens, chunk, i, hit);
}

/**
 * "Jordan Kingston scored", "Georgia Sheffield of Lidl-Trek": a town the lists know (`hit`, for token `chunk[i]`) that the name lists hold
 * as a name too ("Kingston", "Sheffield"), second of a run of two words whose first is a country or region the first-name lists hold
 * ("Jordan", "Georgia"), is the surname of a person so named: news writes no two places side by side without a comma. Its place's
 * given name is placeAsGivenName's.
 */
function townAfterPlaceGivenName(tokens: ArticleToken[], chunk: number[], i: number, hit: DictionaryHit): boolean {
  if (i !== 1 || chunk.length !== 2 || hit.type !== 'CITY') return false;
  const given = lookupName(tokens[chunk[0]].text, 1);
  return !!given && given.type !== 'CITY' && placeAsGivenName(tokens, chunk, 0, given);
}

/**
 * "Kengo wa Dondo", "Daniel arap Moi", "Ahmed bin Lima": a place right after a particle written small that names a person's father or
 * line ("bin", "ibn", "bint", "arap", "wa"; not "de", "al", which name places too: "Rio de Janeiro", "Ras al Khaimah"), itself after a
 * capitalised word of the same run, is the last word of the person's name.
 */
function placeAfterKinshipParticle(tokens: ArticleToken[], chunk: number[], i: number): boolean {
  if (i < 2) return false;
  const [given, particle] = [tokens[chunk[i - 2]], tokens[chunk[i - 1]]];
  return !particle.cap && KINSHIP_PARTICLES.has(particle.key) && given.cap && !given.upper && nameShaped(given);
}

/**
 * "Kanye West said", "Cornel West's campaign": a region or country the lists know after one word no list, dictionary or gazetteer
 * knows (placeAfterUnknownWord) is a surname when the name lists hold it as a name too ("West", "Jordan"); "Entergy Texas said" is a
 * company's unit (see placeAfterUnknownWord).
 */
function placeAfterUnknownGivenName(tokens: ArticleToken[], chunk: number[], i: number): boolean {
  // "Fortis Alberta said": a country's province or state that only the first-name list holds is the company's unit there.
  const [place, hit] = [tokens[chunk[i]], lookupName(tokens[chunk[i]].text, 1)];
  const province = hit?.type === 'REGION' && hit.countryCode !== null && !isGivenName(place.key) && !isSurname(place.key);
  return placeAfterUnknownWord(tokens, chunk, i) && inNameLists(place) && !province;
}

/** True for a word the name lists hold as a given name or a surname ("West", "Jordan", "Alberta"; not "Texas", "Kenya"). */
export function inNameLists(t: ArticleToken): boolean {
  return isGivenName(t.key) || isListedFirstName(t.key) || isSurname(t.key);
}

/**
 * "Kanye West said", "Telkom Kenya said", "Cornel West's campaign": a region or country the lists know (token `chunk[i]`, no acronym)
 * after one word no list, dictionary or gazetteer knows, the two alone, as a subject (placeAsSubject): a name of its own, a person's or a
 * company's unit's.
 */
export function placeAfterUnknownWord(tokens: ArticleToken[], chunk: number[], i: number): boolean {
  const given = tokens[chunk[0]];
  return placeAsSubject(tokens, chunk, i) && unknownWord(given) && !lookupName(given.text, 1);
}

/**
 * A region or country the lists know (no acronym) after the first word of a chunk, the rest of it ("Scotland", "New Zealand"), before
 * a speech cue, a lower-case past tense ("reported", "cut") or a possessive that owns the lower-case word after it (not a
 * constituency's "Ealing West's MP").
 */
export function placeAsSubject(tokens: ArticleToken[], chunk: number[], i: number): boolean {
  const last = chunk[chunk.length - 1];
  if (i !== 1 || !chunkPlace(tokens, chunk)) return false;
  const next = tokens[last + 1];
  return cueAfter(tokens, last) || pastTenseAfter(tokens, last) || (!!next && ownsNext(tokens, last) && !next.cap);
}

/** The words of `chunk` after its first, next to each other and none in capitals, name a region or country the lists know ("Scotland", "New Zealand"). */
export function chunkPlace(tokens: ArticleToken[], chunk: number[]): boolean {
  const words = packedMap(chunk.slice(1), (c) => tokens[c]);
  if (!words.length || words.some((t, k) => t.upper || (k > 0 && chunk[k + 1] !== chunk[k] + 1))) return false;
  const hit = lookupName(packedMap(words, (t) => t.text).join(' '), words.length);
  return !!hit && (hit.type === 'REGION' || hit.type === 'COUNTRY');
}

/** The word right after token `at`, one space on, is a lower-case past tense ("reported", "cut", "released"): the name's verb. */
function pastTenseAfter(tokens: ArticleToken[], at: number): boolean {
  const next = tokens[at + 1];
  return !!next && tokens[at].joinsNext && !next.cap && next.segment === tokens[at].segment && isPastTense(next.key);
}

/**
 * "Adam West released an album", "Oliver North testified": a given name the lists know (no ordinary word or place's name) and a
 * cardinal point, the two alone, as the subject of a past tense or of a person's verb, or with another sign of a person, are a
 * person (a compass word written after a place's name, as a district's, follows no given name: "Ealing West").
 */
function givenNameAndCardinalPoint(doc: TokenizedArticle, piece: number[]): boolean {
  const [given, point] = packedMap(piece, (i) => doc.tokens[i]);
  if (piece.length !== 2 || given.upper || point.upper || !CARDINAL_POINTS.includes(point.key) || !isGivenName(given.key) || isCommonWord(given.key) || lookupName(given.text, 1)) return false;
  return pastTenseAfter(doc.tokens, piece[1]) || personAsSubject(doc, piece[1]) || personEvidence(doc, piece);
}

/**
 * "Rep. Jordan said", "Mr. Houston", "Ms. Paris": a place alone at the end of its run right after a courtesy title only a person
 * bears ("Mr.", "Dr."; not "Miss", which names pageants: "Miss America") or an office abbreviated with its dot ("Rep.", "Sen.",
 * "Gov.") is the person's surname; so too after such a title, or an office written out ("BOJ Governor Kazuo Ueda"), and one given name
 * no list knows ("Rep. Ro Khanna"), the name ending its run or a lower-case "and". "Queen
 * Victoria", "Crown Princess Victoria": a place the name lists hold as a name, after a sovereign's rank that opens the run
 * (alone or qualified), is the sovereign's given name (a place named with the rank, "Prince George", is read whole before).
 */
function placeAfterPersonTitle(tokens: ArticleToken[], chunk: number[], i: number): boolean {
  if (!endsRunName(tokens, chunk, i) || tokens[chunk[i]].upper) return false;
  if (personTitleAt(tokens, chunk[i - 1])) return true;
  const qualifiers = chunk.slice(0, i - 1).every((w) => tokens[w].cap && isTitleWord(tokens[w].key) && !isTitleHead(tokens[w].key));
  if (i >= 1 && qualifiers && tokens[chunk[i - 1]].cap && isSovereignRank(tokens[chunk[i - 1]].key) && inNameLists(tokens[chunk[i]])) return true;
  if (i < 2) return false;
  const [title, given] = [tokens[chunk[i - 2]], tokens[chunk[i - 1]]];
  const titled = personTitleAt(tokens, chunk[i - 2]) || (title.cap && !title.upper && isTitleHead(title.key));
  return titled && given.cap && !given.upper && !given.initial && nameShaped(given) && !isVocabularyWord(given.key) && !lookupName(given.text, 1);
}

/** Word `j` of the run `chunk` ends a name there: the run's last word, or the last before a lower-case "and" ("President Santiago Pena and ..."). */
function endsRunName(tokens: ArticleToken[], chunk: number[], j: number): boolean {
  const next = tokenInRun(tokens, chunk, j + 1);
  return j === chunk.length - 1 || (!!next && !next.cap && next.key === 'and');
}

/** Tags of the words that name a day or a month ("Monday", "June"): no surname after a person's title ("Sen. Warren Monday"). */
const DATE_TAGS = ['WeekDay', 'Month', 'Date'];

/**
 * "Sen. Angus King", "Rep. Georgia Baker": tokens `first` and `last`, two capitalised words (no initial or acronym) right after a
 * title only a person bears (personTitleAt), the second no function word, plural or day's or month's name, are the person's given
 * name and surname, whatever else they are (a place, an ordinary word, a title's head word).
 */
function fullNameAfterPersonTitle(tokens: ArticleToken[], first: number, last: number): boolean {
  if (last !== first + 1 || !personTitleAt(tokens, first - 1)) return false;
  const [given, surname] = [tokens[first], tokens[last]];
  const word = (t: ArticleToken): boolean => t.cap && !t.upper && !t.initial && t.text.length > 1 && !/\d/.test(t.text);
  if (!word(given) || !word(surname) || isFunctionWord(surname.key) || isPluralShaped(surname.key) || pluralOfWord(surname)) return false;
  return !DATE_TAGS.some((tag) => hasLexiconTag(surname.key, tag));
}

/** Token `at` is a courtesy title only a person bears ("Mr.", "Dr."; not "Miss") or an office abbreviated with its dot ("Rep.", "Sen."). */
export function personTitleAt(tokens: ArticleToken[], at: number): boolean {
  const title = tokens[at];
  if (!title || !title.cap) return false;
  return isPersonOnlyTitle(title.key) || (title.text.endsWith('.') && TITLE_ABBREVIATIONS.includes(title.text.slice(0, -1)));
}

/**
 * "Rep. Victoria Spartz", "Sen. Alexandria Ocasio-Cortez", "Defense Minister Israel Katz", "Israel Katz said": a one-word place the
 * lists know (`hit`, for token `chunk[i]`) before the one word that ends the run, name-shaped, no ordinary word unless a known surname,
 * no plural and no name the lists know ("Queen Victoria Memorial", "Jordan Valley", "Georgia Power", "Virginia Democrats" stay as they
 * are; untitled, a town the name lists hold is a surname: "Jordan Kingston"), is the given name of a person: right after a title word, or, alone with that word, when it is a country or a region the first-name lists hold too
 * ("Israel", "Jordan", "Victoria"; towns so written are townInPersonName's) and the word is none the dictionary writes only in
 * lower case ("Georgia Tech").
 */
function placeAsGivenName(tokens: ArticleToken[], chunk: number[], i: number, hit: DictionaryHit): boolean {
  if (!endsRunName(tokens, chunk, i + 1)) return false;
  const [title, place, surname] = [tokens[chunk[i - 1]], tokens[chunk[i]], tokens[chunk[i + 1]]];
  if (place.upper) return false;
  if (fullNameAfterPersonTitle(tokens, chunk[i], chunk[i + 1])) return true;
  const titled = !!title && title.cap && isTitleWord(title.key);
  // Untitled, no word the dictionary writes only in lower case either ("Georgia Tech").
  if (!titled && !(i === 0 && hit.type !== 'CITY' && isListedFirstName(place.key) && !lowerCaseWord(surname))) return false;
  if (!surname.cap || surname.upper || surname.initial || !nameShaped(surname) || isFunctionWord(surname.key) || (isCommonWord(surname.key) && !isSurname(surname.key)) || isPluralShaped(surname.key) || pluralOfWord(surname)) return false;
  // "Jordan Kingston": untitled, a town the name lists hold is the surname (no two places stand side by side without a comma).
  const town = lookupName(surname.text, 1);
  return !town || (!titled && town.type === 'CITY' && inNameLists(surname));
}

/**
 * "owner Jordan Bright disagreed", "left-hander Jordan Wicks, who": a place the first-name lists hold as a name ("Jordan", "Sydney",
 * "Georgia"; `hit`, for token `chunk[0]`) and one capitalised word, the two the whole run, the word name-shaped (no head of a place's
 * or a body's name: "Jordan Valley", "Sydney Harbour") and no place, title or organization's head the lists know, are a person named
 * so when a lower-case noun for what a person does stands right before them (jobNoun: "owner", "councillor") or what stands around
 * them shows a person (personEvidence: "who", an age, a person's verb), a speech cue alone left out (companies speak: "Georgia Power
 * said").
 */
export function placeGivenNameBeforeWord(doc: TokenizedArticle, chunk: number[], hit: DictionaryHit): boolean {
  const { tokens } = doc;
  if (chunk.length !== 2 || (hit.type !== 'CITY' && hit.type !== 'REGION' && hit.type !== 'COUNTRY')) return false;
  const [place, word] = [tokens[chunk[0]], tokens[chunk[1]]];
  if (place.upper || !isListedFirstName(place.key) || !word.cap || word.upper || word.initial || word.possessive || !nameShaped(word)) return false;
  if (isFunctionWord(word.key) || isTitleWord(word.key) || isOrganizationHead(word.key) || lookupName(word.text, 1) || lookupName(surfaceOf(doc, chunk[0], chunk[1]), 2)) return false;
  const label = tokens[chunk[0] - 1];
  return (!!label && !label.cap && label.joinsNext && jobNoun(label)) || personEvidence(doc, chunk, false);
}

/**
 * "Jordan De Goey", "Israel Da Costa": a country or a region the first-name lists hold (token `chunk[i]`, `hit`, opening the
 * run) before a surname opened by a capitalised particle that ends the run (particleSurnameName) is the person's given name.
 */
function placeBeforeParticleSurname(tokens: ArticleToken[], chunk: number[], i: number, hit: DictionaryHit): boolean {
  if (i !== 0 || hit.type === 'CITY' || !isListedFirstName(tokens[chunk[0]].key)) return false;
  const end = chunk.findIndex((_, j) => endsRunName(tokens, chunk, j));
  return end >= 2 && particleSurnameName(chunk.slice(0, end + 1).map((k) => tokens[k]));
}

/**
 * "Del. Eleanor Holmes Norton", "Rep. Lisa Blunt Rochester", "Rosa Maria de Souza Lima", "Marisol de la Fuente Ibarra": a place
 * (token `chunk[i]`, `hit`) that ends the run or its name (endsRunName), or comes right before a generational word that does ("Joaquim Souza Lima Neto"),
 * after a given name that is no ordinary word, name words that carry it on (more given names, particles written small, name-shaped
 * words no list knows: placeAsSurnameBetween) and one name-shaped word right before it that names no place ("Blunt", "Souza"), with
 * only title or function words before them in the run ("Del.", "On Monday"), is the person's surname; so after a person's title when
 * the given name is a word no list knows ("lawmaker Gael Quorvle Toledo", a Spanish second surname). A country is one only when the
 * name lists hold it ("Jordan"): "Wendy Quorvel Switzerland" in a results table is a skier and her country. A given name and the place
 * alone are townInPersonName's ("Valeska Paris").
 */
function placeAsSurname(tokens: ArticleToken[], chunk: number[], i: number, hit: DictionaryHit): boolean {
  const [place, next] = [tokens[chunk[i]], tokens[chunk[i + 1]]];
  if (i < 2 || place.upper || (hit.type === 'COUNTRY' && !inNameLists(place))) return false;
  if (!endsRunName(tokens, chunk, i) && !(endsRunName(tokens, chunk, i + 1) && next.cap && WRITTEN_NAME_SUFFIXES.has(next.key))) return false;
  // The name opens after a lower-case "and" that ends an earlier one ("Ana Souza Lima and Beatriz Souza Lima").
  let opening = 0;
  for (let k = 0; k < i; k++) if (!tokens[chunk[k]].cap && tokens[chunk[k]].key === 'and') opening = k + 1;
  let g = opening;
  while (g < i - 2 && (isTitleWord(tokens[chunk[g]].key) || isFunctionWord(tokens[chunk[g]].key))) g++;
  if (g > i - 2) return false;
  const [given, middle] = [tokens[chunk[g]], tokens[chunk[i - 1]]];
  // "Senator Gael Quorvle Toledo", "lawmaker Paloma Quorvle Toledo": after a person's title, a given name the lists lack, a word no list or dictionary knows.
  const label = tokens[chunk[0] - 1];
  const titled = chunk.slice(opening, g).some((c) => isTitleWord(tokens[c].key)) || (opening === 0 && !!label && !label.cap && label.joinsNext && (isTitleWord(label.key) || jobNoun(label)));
  const unknownGiven = titled && unknownWord(given) && !lookupName(given.text, 1);
  if (!given.cap || given.upper || !(isGivenName(given.key) || unknownGiven) || isCommonWord(given.key) || isTitleWord(given.key)) return false;
  if (!chunk.slice(g + 1, i - 1).every((c) => placeAsSurnameBetween(tokens[c]))) return false;
  return middle.cap && !middle.upper && !middle.initial && nameShaped(middle) && !isFunctionWord(middle.key) && !lookupName(middle.text, 1);
}

/** A word between a given name and the surname right before a place that ends the name (see placeAsSurname): a particle written small ("de", "la"), or a capitalised name-shaped word no list knows as a place. */
function placeAsSurnameBetween(t: ArticleToken): boolean {
  if (!t.cap) return isConnector(t) && NAME_PARTICLES.has(t.key);
  return !t.upper && !t.initial && nameShaped(t) && !isFunctionWord(t.key) && !isTitleWord(t.key) && (isGivenName(t.key) || !isCommonWord(t.key)) && !lookupName(t.text, 1);
}

/** A capitalised word right before "Jr.", "Sr.", "III" is a surname, whatever else it is ("Martin Luther King Jr."). */
function beforeNameSuffix(ws: ArticleToken[], n: number): boolean {
  return n + 1 < ws.length && NAME_SUFFIXES.has(ws[n + 1].key) && ws[n].cap && !ws[n].upper && !isClosedClassWord(ws[n].key);
}

/**
 * Where a given name later in `piece` starts a second name: "Clinton Donald Trump" splits before
 * "Donald", "Austin Mayor Nora Spencer" before "Nora". Not when only given names and initials come
 * before it ("Nora Spencer", "Otto Wade Quimby", "L. Nora Spencer"), nor when only words no list or
 * dictionary knows come before it (a given name the lists lack: "Hernan Dario Gomez", "Farouk Ben
 * Mustapha"), nor at the last word, which is then a surname ("Tavita Logan"). A name right after an
 * organization's head word starts one too, given name or not (see nameAfterOrganization); a capitalised
 * particle opens no second name ("Chandler Van Voorhis": see particleSurnameName). 0 for no split.
 */
export function laterGivenName(tokens: ArticleToken[], piece: number[]): number {
  const words = packedMap(piece, (i) => tokens[i]);
  if (particleSurnameName(words)) return 0;
  if (modifierBeforeName(words)) return 1;
  for (let i = 0; i + 2 < piece.length; i++) if (ordinaryBeforeFullName(tokens, piece, i)) return i + 1;
  for (let i = 2; i + 1 < piece.length; i++) if (nameAfterOrganization(tokens, piece, i)) return i;
  let opensName = true;
  for (let i = 1; i < piece.length - 1; i++) {
    const before = tokens[piece[i - 1]];
    opensName = opensName && (isGivenName(before.key) || before.initial);
    if (!opensName && isGivenName(tokens[piece[i]].key) && !isConnector(before) && !particleAfterConnector(tokens, piece, i) && !readsAsWord(tokens[piece[i]], tokens[piece[i + 1]]) && piece.slice(0, i).some((w) => knownWord(tokens[w])) && !firstOfThreeNames(tokens, piece, i) && !familyNameFirst(tokens, piece, i)) return i;
  }
  return 0;
}

/** A capitalised compound whose last part is a lower-case word ("Irish-born", "London-based"): a modifier, no part of a name. */
function lowerCaseCompound(t: ArticleToken): boolean {
  const cut = t.text.lastIndexOf('-');
  return cut > 0 && t.cap && /^\p{Ll}+$/u.test(t.text.slice(cut + 1)) && isVocabularyWord(t.text.slice(cut + 1));
}

/**
 * The first word of `piece` modifies the name after it, and is no part of it: a compound ending in a lower-case word ("the
 * Irish-born Nash"), or, opening the sentence, an ordinary word no name list knows before two or more words that are no
 * ordinary words ("Spearhead Mabior Chol kicked", "Guard Austin Quorvel scored"; not "Rose Quorvel", a given name, nor
 * "Standard Chartered Bank", whose later words are ordinary).
 */
function modifierBeforeName(words: ArticleToken[]): boolean {
  const w = words[0];
  if (words.length < 2 || w.upper) return false;
  // The words after the first are read in place: no copy of them is made (laterGivenName asks this of every piece).
  const later = (test: (t: ArticleToken) => boolean): boolean => words.every((t, k) => k === 0 || test(t));
  if (lowerCaseCompound(w)) return later((t) => t.cap && !t.upper && !lowerCaseCompound(t));
  if (words.length < 3 || !w.sentenceStart || !isVocabularyWord(w.key) || isDictionaryName(w.key) || isTitleWord(w.key)) return false;
  if (isGivenName(w.key) || isSurname(w.key) || isListedFirstName(w.key)) return false;
  return later((t) => t.cap && !t.upper && !isConnector(t) && nameShaped(t) && (!isVocabularyWord(t.key) || isGivenName(t.key) || isSurname(t.key)));
}

/**
 * "Mohammed bin Rashid Al Maktoum", "Tamim bin Hamad Al Thani": a name particle written with its capital (word `at` of `piece`, "Al",
 * though also a given name) after a particle written small earlier in the name ("bin") carries the name on; it opens no second name.
 */
function particleAfterConnector(tokens: ArticleToken[], piece: number[], at: number): boolean {
  const t = tokens[piece[at]];
  return t.cap && !t.upper && NAME_PARTICLES.has(t.key) && piece.slice(1, at).some((w) => isConnector(tokens[w]));
}

/**
 * "CEO of the Brightwater Council Enver Quimby told ...": after an organization's name of two words or more
 * (its head word right before word `at` of `piece`), two or three words that end the run, each name-shaped, no
 * ordinary word unless a given name or a known surname, and none a name the lists know (a place: "Bank Negara
 * Malaysia"), are a person the organization's name runs into, whatever the given name.
 */
function nameAfterOrganization(tokens: ArticleToken[], piece: number[], at: number): boolean {
  const head = tokens[piece[at - 1]];
  const rest = piece.slice(at).map((i) => tokens[i]);
  if (rest.length > 3 || !head.cap || head.upper || !isOrganizationHead(head.key) || isConnector(tokens[piece[at - 2]])) return false;
  return rest.every((t) => t.cap && !t.upper && !t.initial && nameShaped(t) && !isConnector(t) && (isGivenName(t.key) || isSurname(t.key) || !isVocabularyWord(t.key)) && !lookupName(t.text, 1));
}

/**
 * "Lawmakers Rip Nora Quimby As ...": a given name that is also an ordinary word (word `at` of `piece`), before a
 * given name that is none and the word after it, which the article also writes without it ("Nora Quimby said"): the ordinary word
 * is no part of that name.
 */
function ordinaryBeforeFullName(tokens: ArticleToken[], piece: number[], at: number): boolean {
  const [w, a, b] = [tokens[piece[at]], tokens[piece[at + 1]], tokens[piece[at + 2]]];
  if (!isGivenName(w.key) || !isCommonWord(w.key) || !isGivenName(a.key) || isCommonWord(a.key)) return false;
  for (let j = 1; j + 1 < tokens.length; j++) {
    if (tokens[j].key === a.key && tokens[j + 1].key === b.key && tokens[j].joinsNext && !(tokens[j - 1].joinsNext && tokens[j - 1].key === w.key)) return true;
  }
  return false;
}

/**
 * "Pham Minh Chinh": a surname the lists know that is no given name or ordinary word, then a given name (word `at` of `piece`) and a
 * last word no list or dictionary knows, the three alone, are one name written family name first, as Vietnamese and Chinese names
 * are; not "Clinton Donald Trump", whose last word the lists know.
 */
function familyNameFirst(tokens: ArticleToken[], piece: number[], at: number): boolean {
  if (at !== 1 || piece.length !== 3) return false;
  const family = tokens[piece[0]];
  return isSurname(family.key) && !isGivenName(family.key) && !isCommonWord(family.key) && unknownWord(tokens[piece[2]]);
}

/**
 * "Lee Harvey Oswald": one word the first-name lists hold (though the lexicon knows it as a surname) before a given
 * name (word `at` of `piece`) opens one name of three, unless the article writes the name from the given name on
 * without it ("Clinton Donald Trump" beside "Donald Trump said").
 */
function firstOfThreeNames(tokens: ArticleToken[], piece: number[], at: number): boolean {
  if (at !== 1 || !isListedFirstName(tokens[piece[0]].key)) return false;
  const [a, b] = [tokens[piece[1]].key, tokens[piece[2]].key];
  return !tokens.some((t, j) => j > 0 && t.key === a && t.joinsNext && tokens[j + 1]?.key === b && !(tokens[j - 1].joinsNext && tokens[j - 1].key === tokens[piece[0]].key));
}

/**
 * A given name that is also an ordinary word, before a word no name list knows that the dictionary lists:
 * the word it also is ("Free" of "North Atlantic Free Trade Zone", "Radio Free Ruritania"), no second name.
 */
function readsAsWord(t: ArticleToken, next: ArticleToken): boolean {
  return isCommonWord(t.key) && !isGivenName(next.key) && !isSurname(next.key) && isDictionaryEntry(next.key);
}

/** A word some list or the spelling dictionary knows, alone or in its parts and singular ("Pan-democrat", "Senators"): no given name the lists lack. */
function knownWord(t: ArticleToken): boolean {
  if (t.upper || isSurname(t.key)) return true;
  return t.key.split('-').some((w) => [w, w.endsWith('s') ? w.slice(0, -1) : w].some((v) => isTitleWord(v) || isCommonWord(v) || isDictionaryWord(v) || isDictionaryName(v)));
}

/**
 * The index in `words` just after a title that opens them ("Secretary General", "Speaker of the
 * House", "Gov."), or 0: the run up to the last title word that follows a title head, when the word
 * after it is no title word. A given name or a connector (other than "of" and "of the") ends the search; an
 * office that is also a given name ("Mayor") does not before a full name, nor before one name alone (see officeBeforeOneName,
 * which reads the article's `body`, when given, for quotation marks round a nickname).
 */
export function titleEnd(tokens: ArticleToken[], words: number[], body = ''): number {
  let k = 0;
  let head = false;
  for (let i = 0; i < words.length - 1; i++) {
    const t = tokens[words[i]];
    const object = head && officeObject(tokens, words, i);
    const ofThe = t.key === 'the' && i > 0 && tokens[words[i - 1]].key === 'of' && (isTitleWord(tokens[words[i + 1]].key) || officeObject(tokens, words, i + 1));
    // An office the first-name lists also hold ("Mayor", "Sergeant") is the title before a full name ("Mayor Bill de Blasio"), and
    // a given name right before such an office is its place's name ("Charlotte Mayor Jennifer Roberts").
    const seat = i === 0 && officeBeforeFullName(tokens, words, 1);
    if ((isGivenName(t.key) && !officeBeforeFullName(tokens, words, i) && !officeBeforeOneName(tokens, words, i, body) && !seat) || (isConnector(t) && t.key !== 'of' && !ofThe)) break;
    if (isTitleHead(t.key)) head = true;
    else if (!isTitleWord(t.key) && !ofThe && !object) head = false;
    if (head && (isTitleWord(t.key) || object) && !isTitleWord(tokens[words[i + 1]].key) && !isConnector(tokens[words[i + 1]])) k = i + 1;
  }
  const alone = words.length === 2 || (words.length > 2 && isConnector(tokens[words[2]]));
  return k === 0 && alone && courtesyBeforeTitleName(tokens, words[0], words[1]) ? 1 : k;
}

/**
 * "Secretary of the Commonwealth Al Quimby", "Minister of the Interior Nora Quill": word `at` of `words`, one capitalised word
 * right after a title's "of the" that is no given name, before the two or three name-shaped words that end the run (no title
 * word among them; a particle may stand inside: "Nora des Quill"), is what the office is of: the title ends with it and the name follows.
 */
function officeObject(tokens: ArticleToken[], words: number[], at: number): boolean {
  if (at < 2 || tokens[words[at - 1]].key !== 'the' || tokens[words[at - 2]].key !== 'of') return false;
  const [t, rest] = [tokens[words[at]], words.slice(at + 1).map((w) => tokens[w])];
  if (!t.cap || t.upper || isGivenName(t.key) || rest.length < 2 || rest.length > 3) return false;
  return !isConnector(rest[0]) && rest.every((w) => isConnector(w) || (w.cap && !w.upper && nameShaped(w) && !isTitleWord(w.key)));
}

/**
 * The organization named at the end of a title's "of the" ("Speaker of the House John Boehner", "President of the
 * Senate"): the one word after it when it is a chamber named after "the" or an organization the dictionary knows.
 * `title` holds the title's words (see titleEnd); no finding, or one.
 */
export function organizationInTitle(tokens: ArticleToken[], title: number[]): EntityFinding[] {
  const n = title.length;
  if (n < 4 || tokens[title[n - 2]].key !== 'the' || tokens[title[n - 3]].key !== 'of') return [];
  const at = title[n - 1];
  const t = tokens[at];
  if (!t.cap) return [];
  const chamber = chamberNamedAfterThe(t.key);
  const hit = chamber ? { type: 'ORGANIZATION' as const, name: chamber } : lookupName(t.text, 1);
  return hit?.type === 'ORGANIZATION' ? [{ kind: 'dict', hit, first: at, last: at }] : [];
}

/**
 * Word `i` of `words` is an office's head before a full name: a given name that is no title word, or a word no list or dictionary
 * knows (a given name the lists lack: "Mayor Rahm Emanuel"), and a word after it ("Mayor Bill de Blasio").
 */
function officeBeforeFullName(tokens: ArticleToken[], words: number[], i: number): boolean {
  if (i + 2 >= words.length || !isTitleHead(tokens[words[i]].key)) return false;
  const next = tokens[words[i + 1]];
  const unknown = nameShaped(next) && !next.upper && !next.initial && !isVocabularyWord(next.key) && !isSurname(next.key);
  return (isGivenName(next.key) || unknown) && !isTitleWord(next.key);
}

/**
 * "King Charles", "Prince Harry", "Mayor Quimby", "Crown Prince Haakon": an office the first-name lists also hold (word `i` of
 * `words`), alone or after the words that qualify it ("Crown", "Grand"), opening a run whose one name-shaped word after it ends
 * the run, is the title before that name ("Larry King" has its given name first). Not in a name of the words as a whole: a
 * nickname in quotation marks (“King Quimby”, in `body`), or a holder's possessive inside a longer name ("King Arthur's Court").
 */
function officeBeforeOneName(tokens: ArticleToken[], words: number[], i: number, body: string): boolean {
  if (i !== words.length - 2 || !isTitleHead(tokens[words[i]].key)) return false;
  if (words.slice(0, i).some((w) => isTitleHead(tokens[w].key) || !isTitleWord(tokens[w].key))) return false;
  const [title, next] = [tokens[words[0]], tokens[words[i + 1]]];
  const quoted = title.start > 0 && OPENING_QUOTES.includes(body[title.start - 1] ?? ' ');
  if (quoted || (next.possessive && tokens[words[i + 1] + 1]?.cap)) return false;
  return next.cap && !next.upper && !next.initial && nameShaped(next) && !isTitleWord(next.key);
}

/**
 * The finding for the words `first`..`last` written right before a title and its holder (see titleEnd): the place whose office
 * it is when the gazetteer knows them as a city or a state and the office is no company's ("Charlotte Mayor
 * Jennifer Roberts", "Eugene Mayor Lucy Vinis": lookupName takes no such given name alone), else a partial name.
 */
export function nameBeforeTitle(doc: TokenizedArticle, first: number, last: number, role: string | null): EntityFinding {
  const name = surfaceOf(doc, first, last);
  const city = cityNamed(name);
  // "the Most Rev. Justin Welby": a word of degree before a cleric's style is the style's, no town ("Most").
  const style = !!doc.tokens[last + 1] && opensStyle(doc.tokens[last].key, doc.tokens[last + 1].key);
  const seat = !!role && !style && !isOrganizationalOffice(role) && !doc.tokens[last].possessive && doc.tokens.slice(first, last + 1).every((t) => t.cap && !t.upper);
  if (seat && city?.primaryName) return { kind: 'place', name, placeKind: 'city', first, last };
  if (seat && stateNamed(name)) return { kind: 'place', name, placeKind: 'region', first, last };
  return { kind: 'partial', first, last, cue: false };
}

/** Offices a person is addressed by after a courtesy title ("Mr. Secretary", "Madam Justice"), though the dictionary also writes them as names. */
const ADDRESSED_OFFICES: ReadonlySet<string> = new Set(['secretary', 'governor', 'justice', 'lord', 'lady', 'sir', 'dame']);

/**
 * "Mr. King", "Ms. Bishop": a courtesy title (token `at`), then a title's head word the spelling dictionary writes
 * as a name (a surname), not an office addressed so; "Mr. Justice" too when the article names a person so in full
 * ("Jim Justice").
 */
function courtesyBeforeTitleName(tokens: ArticleToken[], at: number, next: number): boolean {
  const word = tokens[next];
  if (!isCourtesyTitle(tokens[at].key) || !word.cap || word.upper || !isTitleHead(word.key)) return false;
  return (isDictionaryName(word.key) && !ADDRESSED_OFFICES.has(word.key)) || namedInFull(tokens, word.key);
}

/** The article writes the folded word `key` as a surname right after a given name ("Jim Justice"). */
function namedInFull(tokens: ArticleToken[], key: string): boolean {
  return tokens.some((t, j) => t.key === key && t.cap && !t.upper && j > 0 && tokens[j - 1].joinsNext && tokens[j - 1].cap && isGivenName(tokens[j - 1].key) && !isTitleWord(tokens[j - 1].key));
}

/**
 * After a title ("President Obama Speech", "Gov. Rose Pearl Holloway"; both words after a person's title: "Sen. Angus King"; an unknown
 * given name and a word also written as a name: "Director Shalanda Young"): the name words up to the first
 * ordinary word, or up to the last word that is no ordinary word when only name-shaped words lead
 * there ("Rose Pearl" before "Holloway"); none for an ordinary word alone (see ordinaryWordAfterTitle).
 */
export function titledNameIn(doc: TokenizedArticle, piece: number[]): number[] {
  const { tokens } = doc;
  if (piece.length === 2 && fullNameAfterPersonTitle(tokens, piece[0], piece[1])) return piece;
  const ws = packedMap(piece, (i) => tokens[i]);
  // "spokesman Nikolaus van der Pas": a title is sign enough of a person.
  if (germanicParticleName(ws)) return piece;
  // "Budget Director Shalanda Young": a first word no list knows before a word the dictionary also writes as a name (no day's or
  // month's), the two alone after the title, are the given name and the surname.
  if (ws.length === 2 && unknownWord(ws[0]) && wordWrittenAsName(ws[1]) && !DATE_TAGS.some((tag) => hasLexiconTag(ws[1].key, tag))) return piece;
  let n = nameLength(ws);
  for (let m = n; m < ws.length && nameShaped(ws[m]) && !isConnector(ws[m]); m++) {
    if (!isOrdinary(ws[m]) && !pluralOfWord(ws[m]) && !ws[m].initial && ws[m].text.length > 1 && !lowerCaseWord(ws[m])) n = m + 1;
  }
  if (threeWordNameEndingInWord(doc, piece, n)) return piece;
  return n === 1 && ordinaryWordAfterTitle(tokens, piece[0]) ? [] : piece.slice(0, n);
}

/**
 * "Executive Session", "Chairman Board": an ordinary word (one English writes in lower case and never as a
 * name, no given name or known surname) alone after a title written out is no surname unless the article
 * also writes it after another name word ("Governor Pence" beside "Mike Pence"); after an abbreviated or a
 * courtesy title ("Rep. Pence", "Mr. Pence") it stays one.
 */
function ordinaryWordAfterTitle(tokens: ArticleToken[], at: number): boolean {
  const [title, word] = [tokens[at - 1], tokens[at]];
  if (!title || !isTitleWord(title.key) || title.text.endsWith('.') || isCourtesyTitle(title.key) || TITLE_ABBREVIATIONS.includes(title.text)) return false;
  if (!isVocabularyWord(word.key) || isDictionaryName(word.key) || isGivenName(word.key) || isSurname(word.key)) return false;
  return !tokens.some((t, j) => j !== at && t.key === word.key && t.cap && j > 0 && tokens[j - 1].cap && tokens[j - 1].joinsNext && !isTitleWord(tokens[j - 1].key));
}

/**
 * The leading words of `piece` that make a person's name, or none: a given name first (then the
 * words up to the first ordinary word: "Steve Harvey" of "Steve Harvey Morning Show"; a street's word
 * after it only with a sign of a person: "host Nora Lane said"); else
 * name-shaped words that take a known surname or an initial; else two to four words no list knows
 * ("Gaël Müller", "Tavita Quimby") unless something says they are no name: a determiner before them
 * ("the Autumn Gala"), the head word of a law or a document at or right after their end ("Affordable Care
 * Act"), quotation marks round just them (a title: “Glass Harbor”), a plural last
 * word ("Fulbright Scholarships"), only words the spelling dictionary writes in lower case and never
 * as a name ("Space Shuttle Discovery"), or a last word (or a first word that is no given name) the
 * article also writes in lower case ("Iodine Nutrition") or alone after an article ("the Polaroid"). Those, and
 * names whose first word is ordinary vocabulary ("Pearl Mabry"), need evidence that they name a
 * person (see personEvidence).
 */
export function personNameIn(doc: TokenizedArticle, piece: number[], titleCase: boolean): number[] {
  if (piece.length < 2) return [];
  const { tokens } = doc;
  const ws = packedMap(piece, (i) => tokens[i]);
  if (particleSurnameName(ws) || articleAndGivenName(ws) || (!titleCase && writtenSuffixName(ws))) return piece;
  if (!titleCase && germanicParticleName(ws) && (isGivenName(ws[0].key) || monthAbbreviationAsName(ws[0], ws[1]) || personEvidence(doc, piece))) return piece;
  const given = isGivenName(ws[0].key) || monthAbbreviationAsName(ws[0], ws[1]);
  const n = nameLength(ws);
  // "host Nora Lane said": a given name and a street's word written out, with a sign of a person, is one ("Penny Lane" alone stays none).
  if (n === 1 && ws.length === 2 && given && !ws[0].upper && streetWordWrittenOut(ws[1]) && personEvidence(doc, piece)) return piece;
  // "JD Vance said", "AJ Cox, who ...": a given name written as two initials without their dots (no title, no name the lists know: not
  // "PM", "EU", "AP"), before a given name or surname the lists know that is no ordinary word, the two alone, with a sign of a person.
  if (ws.length === 2 && !titleCase && /^\p{Lu}{2}$/u.test(ws[0].text) && !isTitleWord(ws[0].key) && !lookupName(ws[0].text, 1) && knownNameWord(ws[1]) && personEvidence(doc, piece)) return piece;
  // "Sherrod Brown said", "Taylor Swift said", "Cathie Wood, who ...": a first word no list or dictionary knows, or one the first-name
  // lists hold that is no ordinary word ("Taylor", a surname to the lexicon), before an ordinary word the dictionary also writes as a
  // name ("Brown", "Swift"; not "Energy" of "Quorvle Energy"), the two alone, with a sign of a person, is one; with no sign when the
  // first word is one no list or dictionary knows that the world's given-name lists hold ("Oisin Baker scored": isWorldGivenName).
  const firstName = unknownWord(ws[0]) || (isListedFirstName(ws[0].key) && !ws[0].upper && !isCommonWord(ws[0].key) && !isTitleWord(ws[0].key));
  // So too before a possessive that owns the next word ("Taylor Swift's new album"), as a person owns her album.
  if (n === 1 && ws.length === 2 && !titleCase && firstName && wordWrittenAsName(ws[1]) && (ownsNext(tokens, piece[1]) || personEvidence(doc, piece) || (unknownWord(ws[0]) && isWorldGivenName(ws[0].key)))) return piece;
  // "Jannik Sinner said he", "Jannik Sinner won the Australian Open": a first word no list or dictionary knows before an ordinary noun
  // no text writes as a name, the two alone, with a sign only a person gives (evidenceAfter, personAsSubject), or the noun alone
  // elsewhere beside a speech cue or before an age ("Sinner said", "Sinner, 23,": surnameAloneElsewhere), are one ("Quorvle
  // Energy said it" stays none).
  if (n === 1 && ws.length === 2 && !titleCase && unknownWord(ws[0]) && ordinaryNounAsSurname(ws[1]) && (evidenceAfter(doc, piece[1]) === 'person' || personAsSubject(doc, piece[1]) || surnameAloneElsewhere(doc, piece[1], true))) return piece;
  if (threeWordNameEndingInWord(doc, piece, n)) return piece;
  // "Geert Wilders said he", "Zizou Bergs (Belgium) 6-4 6-2": a first word no list or dictionary knows before a word shaped like the
  // plural of an ordinary one (no noun for a class of people: "Quorvle Farmers"), the two alone, with a sign only a person gives
  // right after them (a pronoun after the verb proves less: "Kalbe Farms named her chief executive"), are one ("Quorvle Metals said
  // it" stays none).
  if (n === 1 && ws.length === 2 && !titleCase && unknownWord(ws[0]) && pluralAsSurname(ws[1]) && (evidenceAfter(doc, piece[1]) === 'person' || personOnlyVerbAfter(tokens, piece[1]))) return piece;
  if (ws.length === 2 && !titleCase && (placeAfterUnknownGivenName(tokens, piece, 1) || givenNameAndCardinalPoint(doc, piece))) return piece;
  if (ws.length === 2 && !titleCase && nicknameAndSurname(doc, piece[0], piece[1])) return piece;
  if (n < 2) return [];
  const name = ws.slice(0, n);
  // "Affordable Care Act", "Free Document License": the name of a law or a document, no person's.
  const documentHead = (t: ArticleToken | undefined): boolean => !!t && t.cap && !t.upper && DOCUMENT_HEADS.has(t.key);
  if (documentHead(name[n - 1]) || documentHead(ws[n])) return [];
  // In a headline, a given name that is also an ordinary word leads a name only before a word that is none ("Frank Ostrova", not "Lucky Win").
  // Nor before a word no name list knows that English writes, as a word or a place's or people's name ("Minor Post-Debate Bump");
  // nor, anywhere, before a people's name ("North American", "South African"), nor, when the dictionary writes the given
  // name only in lower case, before a word with no sign of a person ("Lessig's Free Culture"; "Frank Rack" stands).
  if (given && readsAsWord(ws[0], ws[1]) && (titleCase || hasLexiconTag(ws[1].key, 'Demonym') || (!isDictionaryName(ws[0].key) && !personEvidence(doc, piece)))) return [];
  // A given name before a regnal number is a sovereign's or a pope's name, though the given name is an ordinary word too ("Benedict XVI").
  if (given && (!name[1].upper || NAME_SUFFIXES.has(name[1].key)) && !(titleCase && isCommonWord(ws[0].key) && isCommonWord(ws[1].key))) return piece.slice(0, n);
  if (titleCase || n !== ws.length || !nameShaped(name[0]) || pluralOfWord(name[0])) return [];
  const words = name.filter((t) => !isConnector(t));
  const ordinaryEnding = (t: ArticleToken): boolean => ordinaryWordEnding(t.key) && !isGivenName(t.key) && !isSurname(t.key);
  // "Jr." and "III" end a name; the lexicon's honorifics hold them too.
  if (words.length > 4 || words.some((t) => (isTitleWord(t.key) && !NAME_SUFFIXES.has(t.key)) || ordinaryEnding(t))) return [];
  // A plural last word is no surname, whatever comes before it ("Warhol Polaroids"), without evidence.
  const last = words[words.length - 1];
  if (isPluralShaped(last.key) && !last.possessive && !personEvidence(doc, piece)) return [];
  // "Cyclone Phailin", "Space Shuttle Discovery": a kind of thing before the name.
  if (words.some((t) => NAMED_THING_KINDS.has(t.key))) return [];
  // A last word the article writes as a word ("the Polaroid", "polaroid") is no surname: "Warhol Polaroid exhibits";
  // unless the article names the person so too ("Mitt Romney ... painted Romney as ... a Romney caricature") and the first word
  // is no known surname (then it is the person's, the thing after it named after them: "Warhol Polaroid").
  if (!isSurname(last.key) && writtenAsWord(doc, last.key) && (isSurname(words[0].key) || (!isDictionaryName(ws[0].key) && !personEvidence(doc, piece)))) return [];
  if (words.some((t) => isSurname(t.key) || t.initial)) return piece;
  if (words.slice(1).some((t) => isCommonWord(t.key))) return [];
  if (isCommonWord(words[0].key)) return !isVerbForm(words[0].key) && personEvidence(doc, piece) ? piece : [];
  return !doubtfulName(doc, piece) || personEvidence(doc, piece) ? piece : [];
}

/** Token `at` is a possessive that owns the word right after it ("Swift's new album", "Swift's Eras Tour"; not "Swift's, a bar"). */
function ownsNext(tokens: ArticleToken[], at: number): boolean {
  const [t, next] = [tokens[at], tokens[at + 1]];
  return t.possessive && !!next && next.segment === t.segment && next.start - t.end <= 3;
}

/**
 * "Jonas Gahr Store ... Store said", "Grant Quorvan Bishop, 58,": a given name (or a word no list knows) and a second name before a
 * capitalised singular word English knows (no verb form, function word, or head of an organization's or place's name), which the
 * name reader ends before (`n` 2 of the 3 words of `piece`), are one name where what follows them shows a person (evidenceAfter) or
 * the word stands alone elsewhere beside a speech cue or before what shows a person (surnameAloneElsewhere).
 */
function threeWordNameEndingInWord(doc: TokenizedArticle, piece: number[], n: number): boolean {
  if (n !== 2 || piece.length !== 3) return false;
  const [given, , last] = packedMap(piece, (i) => doc.tokens[i]);
  if (given.upper || !(isGivenName(given.key) || unknownWord(given))) return false;
  const word = last.cap && !last.upper && !last.initial && !last.possessive && nameShaped(last) && isVocabularyWord(last.key) && !isFunctionWord(last.key);
  if (!word || isPluralShaped(last.key) || isVerbForm(last.key) || isOrganizationHead(last.key) || isPlaceHead(last.key) || isTitleWord(last.key)) return false;
  return evidenceAfter(doc, piece[2]) === 'person' || surnameAloneElsewhere(doc, piece[2], true);
}

/** A capitalised ordinary singular noun that may stand as a surname ("Sinner"): name-shaped, no plural, verb form or function word. */
function ordinaryNounAsSurname(t: ArticleToken): boolean {
  return t.cap && !t.upper && !t.initial && !t.possessive && nameShaped(t) && isCommonWord(t.key) && !isFunctionWord(t.key) && !isPluralShaped(t.key) && !isVerbForm(t.key);
}

/**
 * A capitalised word shaped like the plural of an ordinary one that may end a name ("Bergs"; "Wilders", a comparative's, which has
 * no plural): no noun for a class of people ("Farmers").
 */
function pluralAsSurname(t: ArticleToken): boolean {
  if (!t.cap || t.upper || t.initial || t.possessive || !nameShaped(t) || !pluralOfWord(t)) return false;
  return !agentNounPlural(t.key) || hasLexiconTag(t.key.slice(0, -1), 'Comparative');
}

/** A name-shaped capitalised word (no acronym, no initial) the spelling dictionary also writes as a name ("Brown", "Swift", "Young"). */
function wordWrittenAsName(t: ArticleToken): boolean {
  return nameShaped(t) && !t.upper && !t.initial && isDictionaryName(t.key);
}

/**
 * "Tiger Woods said he would play": two capitalised words alone (tokens `first`, `last`), the first a rare English word (no common
 * word, adjective, title or noun the lexicon tags for a person: a nickname used as a given name), the second a word the dictionary
 * also writes as a name (a place's head word too: "Woods"), as the subject of a verb only a person does or of one a person's pronoun follows (personAsSubject; "Tiger
 * Brands said it" stays none) or as the object of a verb only a person takes ("He met Tiger Woods"), are a person's name.
 */
export function nicknameAndSurname(doc: TokenizedArticle, first: number, last: number): boolean {
  const [nick, surname] = [doc.tokens[first], doc.tokens[last]];
  if (last !== first + 1 || !nick.cap || nick.upper || !nick.joinsNext || !isVocabularyWord(nick.key) || isCommonWord(nick.key) || isTitleWord(nick.key)) return false;
  const tagged = ['Actor', 'Adjective', 'Plural'].some((tag) => hasLexiconTag(nick.key, tag)) || verbLike(nick.key);
  // The surname may be a place's head word too ("Woods"), no organization's or title's.
  const surnameWord = surname.cap && !surname.upper && !surname.initial && isDictionaryName(surname.key) && !isCommonWord(surname.key) && !isOrganizationHead(surname.key) && !isTitleWord(surname.key);
  return !tagged && surnameWord && (personAsSubject(doc, last) || personAsObject(doc.tokens, first));
}

/** The name opening at token `first` is the object of the lower-case verb right before it, one only a person takes (PERSON_OBJECT_VERBS: "met", "arrested"). */
function personAsObject(tokens: ArticleToken[], first: number): boolean {
  const verb = tokens[first - 1];
  return !!verb && !verb.cap && verb.joinsNext && verb.segment === tokens[first].segment && PERSON_OBJECT_VERBS.has(verb.key);
}

/** A capitalised word no list or dictionary knows, name-shaped (a given name the lists lack: "Sherrod", "Cathie"). */
function unknownWord(t: ArticleToken): boolean {
  // The lexicon's flags, read from the record isVocabularyWord just fetched, before the dictionary's two larger lists.
  return t.cap && !t.upper && !t.initial && nameShaped(t) && !isVocabularyWord(t.key) && !isSurname(t.key) && !isGivenName(t.key) && !isDictionaryWord(t.key) && !isDictionaryName(t.key);
}

/**
 * The folded words of the people `findings` name ("Joe Biden": joe, biden), and the first part of a double surname ("yesilgoz" of
 * "Dilan Yesilgoz-Zegerius", written alone as wires write it): a name of them is a person's, not an organization's.
 */
export function personNameWords(tokens: ArticleToken[], findings: EntityFinding[]): Set<string> {
  // Loops, not flatMap over slices: rules ask this of every article several times.
  const words = new Set<string>();
  for (const f of findings) {
    if (f.kind !== 'person') continue;
    for (let i = f.first; i <= f.last; i++) {
      const { key } = tokens[i];
      words.add(key);
      const bare = withoutJoinedArticle(key);
      if (bare !== key) words.add(bare);
    }
    const opening = f.last > f.first ? doubleSurnameOpening(tokens[f.last].key) : null;
    if (opening) words.add(opening);
  }
  return words;
}

/**
 * Two or three words each a given name or a surname the lists know and no ordinary word ("Anderson Cooper"): a person's name,
 * which "and" after it ends ("Anderson Cooper and Fox News' Chris Wallace"), unlike a firm's one name ("Procter and Gamble").
 */
export function knownFullName(ws: ArticleToken[]): boolean {
  return ws.length >= 2 && ws.length <= 3 && ws.every(knownNameWord);
}

/** A capitalised word the lists know as a given name or a surname and no ordinary word ("Anderson", "Vance"). */
function knownNameWord(t: ArticleToken): boolean {
  return t.cap && !t.upper && !t.initial && (isGivenName(t.key) || isSurname(t.key)) && !isCommonWord(t.key);
}

/** A name particle written with its capital ("Le" of "Marine Le Pen", "Van" of "Chris Van Hollen"): a foreign article, or a particle that is also a name. */
function capitalParticle(t: ArticleToken | undefined): boolean {
  return !!t && t.cap && !t.upper && t.text.length > 1 && NAME_PARTICLES.has(t.key) && (isForeignArticle(t.key) || isGivenName(t.key) || isSurname(t.key));
}

/**
 * "Vinicius Junior", "Neymar da Silva Santos Junior": name words ending in a generational word written out (WRITTEN_NAME_SUFFIXES)
 * are a person's name, whatever the suffix is in English. The first word is a given name or one no list or dictionary knows (no
 * place's or firm's: "Manchester Junior", "Quorvex Junior School" stay none), the words between it and the suffix capitalised name
 * words or name particles written small, no title, plural or ordinary word among them, and no place or organization the lists know
 * ("Neymar da Silva Santos Junior" stays unread: the surname alone would be the club Santos's too, and a person's name holding it
 * would take the club's mentions).
 */
function writtenSuffixName(ws: ArticleToken[]): boolean {
  const [first, last] = [ws[0], ws[ws.length - 1]];
  if (ws.length < 2 || ws.length > 6 || !WRITTEN_NAME_SUFFIXES.has(last.key) || !last.cap || last.upper) return false;
  if (!first.cap || first.upper || !nameShaped(first) || !(isGivenName(first.key) || unknownWord(first))) return false;
  const nameWord = (t: ArticleToken): boolean =>
    (!t.cap && NAME_PARTICLES.has(t.key)) ||
    (t.cap && !t.upper && nameShaped(t) && !isConnector(t) && !isTitleWord(t.key) && !isPluralShaped(t.key) && (!isCommonWord(t.key) || isSurname(t.key)) && !lookupName(t.text, 1));
  return ws.slice(1, -1).every(nameWord) && (ws.length === 2 || ws[ws.length - 2].cap);
}

/**
 * "Marine Le Pen", "Chris Van Hollen", "Ursula Von Der Leyen": one word, one or two name particles written with their capitals, and
 * a name-shaped word are a person's name, whatever the first word (an ordinary word, even an organization's head: "Marine"), as
 * English writes the particle small inside the names of places and institutions ("Tour de France", "Cirque du Soleil"). Not with a
 * title, a function word or a place's head word first, nor with a plural last ("Palais Des Nations").
 */
export function particleSurnameName(ws: ArticleToken[]): boolean {
  if (ws.length < 3 || ws.length > 4 || !ws.slice(1, -1).every(capitalParticle)) return false;
  const [first, last] = [ws[0], ws[ws.length - 1]];
  return opensParticleName(first, ws[1]) && last.cap && !last.upper && nameShaped(last) && !isFunctionWord(last.key) && !isPluralShaped(last.key) && !pluralOfWord(last);
}

/**
 * "Pieter van den Berg", "Nikolaus van der Pas", "Otto von Bismarck": a capitalised word, Dutch or German particles written small
 * (GERMANIC_PARTICLES) and a name-shaped word are a person's name by their shape, though the last is also an English word ("Berg")
 * or reads as a plural ("Pas"). The first word opens it as particleNameOpener says, or is a month's abbreviation used as a given name ("Jan"). (Its caller asks for
 * a given name first or a sign of a person: "Rijksmuseum van Oudheden" is a museum.)
 */
export function germanicParticleName(ws: ArticleToken[]): boolean {
  if (ws.length < 3 || ws.length > 4 || ws.slice(1, -1).some((t) => t.cap)) return false;
  const [first, last] = [ws[0], ws[ws.length - 1]];
  if (!GERMANIC_PARTICLES.has(packedMap(ws.slice(1, -1), (t) => t.key).join(' '))) return false;
  return (monthAbbreviationAsName(first, ws[1]) || (particleNameOpener(first) && nameShaped(first))) && last.cap && !last.upper && nameShaped(last) && !isFunctionWord(last.key);
}

/**
 * "Le Pen", "La Rosa": a foreign article written with its capital and a given name after it, the two words alone, are a surname
 * with its particle, though the given name is also an English word ("pen"); the places so named the gazetteer knows first.
 */
function articleAndGivenName(ws: ArticleToken[]): boolean {
  const [article, name] = ws;
  return ws.length === 2 && capitalParticle(article) && isForeignArticle(article.key) && name.cap && !name.upper && isGivenName(name.key) && nameShaped(name);
}

/** Tags of words that open a sentence before a name as adverbs ("Later De Brellow said", "Earlier ..."): no first name. */
const ADVERB_LIKE_TAGS = ['Comparative', 'Superlative'];

/**
 * A capitalised word before a name particle written with its capital ("Marine" of "Marine Le Pen"): see particleNameOpener.
 */
export function opensParticleName(t: ArticleToken, next: ArticleToken | undefined): boolean {
  return capitalParticle(next) && particleNameOpener(t);
}

/** The months' names in English, lower case ("may"): a month opens a date, no name. */
export const MONTHS: ReadonlySet<string> = new Set(
  Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2000, m, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }).toLowerCase()),
);

/** The months' and the weekdays' names, folded: their abbreviations ("Jan", "Mon") may be given names. */
const CALENDAR_NAMES: readonly string[] = [...MONTHS, ...WEEKDAYS];

/**
 * "Jan" of "Jan van der Quorvle", "Mon" of "Mon Laferte", "Jun" of "Jun Azumi": a capitalised abbreviation of a month or a weekday
 * (three letters or more; "De" is a particle), written without the dot a date's has ("Jan. 5"), may be a given name (its callers
 * ask what follows it: a name, not a day): one the first-name lists hold, or one the lexicon reads as the date's only before
 * `next`, a capitalised name word or one no word list knows ("Mon Dec 6", "Feb Inflation Data" stay dates).
 */
export function monthAbbreviationAsName(t: ArticleToken, next: ArticleToken | undefined): boolean {
  // Whether the word opens a month's or a weekday's name is asked first: the word lists only of the few that do.
  if (!t.cap || t.upper || t.key.length < 3 || t.text.endsWith('.') || MONTHS.has(t.key) || WEEKDAYS.has(t.key) || !CALENDAR_NAMES.some((m) => m.startsWith(t.key))) return false;
  const nameWord = (key: string): boolean => isSurname(key) || isGivenName(key) || (!isVocabularyWord(key) && !isDictionaryWord(key));
  return isListedFirstName(t.key) || (isFunctionWord(t.key) && !!next && next.cap && !next.upper && !isFunctionWord(next.key) && nameWord(next.key));
}

/**
 * A capitalised word that may open a name with particles ("Marine" of "Marine Le Pen", "Pieter" of "Pieter van den Berg"): no
 * particle, initial, title, function word, verb form, comparative ("Later") or place's head word.
 */
function particleNameOpener(t: ArticleToken): boolean {
  if (!t.cap || t.upper || t.initial || t.text.length < 2 || NAME_PARTICLES.has(t.key)) return false;
  return !isFunctionWord(t.key) && !isVerbForm(t.key) && !ADVERB_LIKE_TAGS.some((tag) => hasLexiconTag(t.key, tag)) && !isTitleWord(t.key) && !isPlaceHead(t.key);
}

/** Marks that open a quotation. */
export const OPENING_QUOTES = '"“‘\'';
const CLOSING_QUOTES = '"”’\'';

/** Signs that capitalised words no list knows are no person's name (see personNameIn). */
function doubtfulName(doc: TokenizedArticle, piece: number[]): boolean {
  const { tokens, body } = doc;
  const first = tokens[piece[0]];
  const last = tokens[piece[piece.length - 1]];
  const before = tokens[piece[0] - 1];
  if (before && before.joinsNext && before.segment === first.segment && ARTICLES.has(before.key)) return true;
  // A lower-case noun for a political grouping, or one only a company has, right after the words: "whose Pakatan Harapan coalition",
  // "Quorvle Tellan shares rose"; or a company's shares or stock right before them: "shares in Quorvle Tellan".
  const after = tokens[piece[piece.length - 1] + 1];
  if (after && last.joinsNext && !after.cap && (GROUPING_NOUNS.has(after.key) || COMPANY_NOUNS.has(after.key))) return true;
  if (sharesOf(tokens, piece[0])) return true;
  // A lower-case office and a name right after the words: "Lib Dem leader Ed Quintell", "Quorvle Tellan chief executive Ann Lee" (the office's body).
  if (last.joinsNext && !last.possessive && officerAfter(tokens, piece[piece.length - 1])) return true;
  // Quotation marks round the words (a possessive's apostrophe closes none; the body's start opens none).
  const [opening, closing] = [body[first.start - 1], /^[.,!?]?(.)/.exec(body.slice(last.end, last.end + 2))?.[1]];
  if (opening && closing && !last.possessive && OPENING_QUOTES.includes(opening) && CLOSING_QUOTES.includes(closing)) return true;
  if (isPluralShaped(last.key) && !last.possessive) return true;
  // The plural of an ordinary word the dictionary writes as no name ("Getty Images"; not "Banks", "Gates", "Wells").
  if (last.key.endsWith('s') && !last.possessive && isOrdinaryWord(last.key) && !isDictionaryName(last.key)) return true;
  // Only words English writes in lower case, none of them a name: "Space Shuttle Discovery", "Digital Domain".
  if (piece.every((i) => isConnector(tokens[i]) || (isDictionaryWord(tokens[i].key) && !isDictionaryName(tokens[i].key)))) return true;
  return !isGivenName(first.key) && writtenAsWord(doc, first.key);
}

/** Right after token `last`, up to three lower-case title words with a head (lowerCaseTitleBefore) and a capitalised word: an office and its holder. */
function officerAfter(tokens: ArticleToken[], last: number): boolean {
  let k = last + 1;
  while (k <= last + 3 && tokens[k] && !tokens[k].cap) k++;
  return k > last + 1 && !!tokens[k]?.cap && lowerCaseTitleBefore(tokens, k) === last + 1;
}

/** "shares of Quorvle", "a stake in Quorvle": lower-case "shares", "stock" or "stake" and "of" or "in" right before token `at`. */
function sharesOf(tokens: ArticleToken[], at: number): boolean {
  const [noun, preposition] = [tokens[at - 2], tokens[at - 1]];
  if (!noun || noun.upper || !noun.joinsNext || !preposition.joinsNext || preposition.cap) return false;
  return ['shares', 'stock', 'stake'].includes(noun.key) && (preposition.key === 'of' || preposition.key === 'in');
}

/**
 * Per article, how many times writtenAsWord read its tokens, then, from the SCANS_BEFORE_INDEX-th question on, the folded words it
 * writes in lower case or alone after an article.
 */
const WORDS_WRITTEN = new WeakMap<TokenizedArticle, number | Set<string>>();

/**
 * How many questions writtenAsWord answers by reading the article's tokens before it indexes their words: most articles ask once or
 * twice (149 questions over PolNeAR dev's 84 articles), and indexing every word of each cost 1% of annotation.
 */
const SCANS_BEFORE_INDEX = 8;

/** The article writes the folded word `key` in lower case ("iodine") or alone after an article ("the Polaroid"). */
function writtenAsWord(doc: TokenizedArticle, key: string): boolean {
  const { tokens } = doc;
  const known = WORDS_WRITTEN.get(doc) ?? 0;
  if (typeof known !== 'number') return known.has(key);
  if (known < SCANS_BEFORE_INDEX) {
    WORDS_WRITTEN.set(doc, known + 1);
    for (let i = 0; i < tokens.length; i++) if (tokens[i].key === key && writtenAsWordAt(doc, i)) return true;
    return false;
  }
  const words = new Set<string>();
  for (let i = 0; i < tokens.length; i++) if (writtenAsWordAt(doc, i)) words.add(tokens[i].key);
  WORDS_WRITTEN.set(doc, words);
  return words.has(key);
}

/** Token `i` is written in lower case or alone after an article (see writtenAsWord). */
function writtenAsWordAt(doc: TokenizedArticle, i: number): boolean {
  return !doc.tokens[i].cap || afterArticleAlone(doc, i);
}

/** A capitalised word alone after "the", "a" or "an" ("the Polaroid camera"): the way no person is named. */
function afterArticleAlone(doc: TokenizedArticle, i: number): boolean {
  const { tokens } = doc;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return !!before && before.joinsNext && !before.cap && ARTICLES.has(before.key) && !(tokens[i].joinsNext && after?.cap);
}

/**
 * True when a noun for a person (personNoun: "actor", "singer", "striker"; not "developer") stands right before token `at`: in lower
 * case, or opening the sentence (personNounOpening).
 */
export function personNounBefore(tokens: ArticleToken[], at: number): boolean {
  const before = tokens[at - 1];
  if (!before || !before.joinsNext || before.segment !== tokens[at].segment || before.upper) return false;
  return before.cap ? personNounOpening(tokens, at) : personNoun(before.key);
}

/**
 * "Novelist Quorvle won", "Singer Quorvle", "Striker Quorvle": right before token `at`, opening the sentence with its capital, a noun
 * for a person (personNoun), no given name or adjective ("Radical").
 */
function personNounOpening(tokens: ArticleToken[], at: number): boolean {
  const before = tokens[at - 1];
  if (!before || !before.cap || before.upper || !before.sentenceStart || !before.joinsNext || before.segment !== tokens[at].segment) return false;
  return !isGivenName(before.key) && !hasLexiconTag(before.key, 'Adjective') && personNoun(before.key);
}

/** Signs around a capitalised phrase that it names a person (see personNameIn). */
function personEvidence(doc: TokenizedArticle, piece: number[], cue = true): boolean {
  const { tokens } = doc;
  const first = piece[0];
  const last = piece[piece.length - 1];
  if (cue && hasCue(doc, first, last)) return true;
  if (personNounBefore(tokens, first)) return true;
  const after = tokens[last + 1];
  if (after && after.key === 'who' && /^\s*,\s*$/.test(doc.body.slice(tokens[last].end, after.start))) return true;
  // "Sherrod Quorvle (D-Ohio)", "Pearl Quintell, 34,": a legislator's party and state, or an age, right after the words.
  if (personTagAfter(doc, last)) return true;
  // "Frans Timmermans stepped down as leader", "Edgars Rinkevics signed his first decree": what only a person does, or a person's pronoun after the verb.
  if (personAsSubject(doc, last)) return true;
  // The surname alone elsewhere ("Pearl Mabry ... said Mabry"); a given name or a plural ("Warhol Polaroids") alone proves nothing.
  // After an ordinary first word ("Cyclone Phailin", "Space Shuttle Endeavour") the surname alone must stand beside a speech cue.
  if (isGivenName(tokens[last].key)) return false;
  return surnameAloneElsewhere(doc, last, isCommonWord(tokens[first].key) && !isGivenName(tokens[first].key));
}

/**
 * The word at token `last`, no plural, written alone elsewhere in the article (not right before a capitalised word, nor after one or
 * a particle of a longer name: "Air India", "Banco de la Nación" again; nor alone after an article); when `cued`, only where a speech cue stands beside it
 * ("Sinner said") or what follows shows a person (evidenceAfter: "Sinner, who won", "Sinner, 23,", "Sinner said he").
 */
function surnameAloneElsewhere(doc: TokenizedArticle, last: number, cued: boolean): boolean {
  const { tokens } = doc;
  const surname = tokens[last].key;
  if (isPluralShaped(surname)) return false;
  const alone = (i: number): boolean => !(tokens[i - 1]?.joinsNext && (tokens[i - 1].cap || isConnector(tokens[i - 1]))) && !(tokens[i].joinsNext && tokens[i + 1]?.cap);
  return tokens.some((t, i) => t.key === surname && t.cap && i !== last && alone(i) && !afterArticleAlone(doc, i) && (!cued || hasCue(doc, i, i) || evidenceAfter(doc, i) === 'person'));
}

/** The first of up to three lower-case title words right before token `at` ("presidential nominee X"), or null. */
export function lowerCaseTitleBefore(tokens: ArticleToken[], at: number): number | null {
  let i = at;
  while (i > 0 && at - i < 3) {
    const t = tokens[i - 1];
    if (t.segment !== tokens[at].segment || !t.joinsNext || t.cap || !isTitleWord(t.key) || t.key === 'of') break;
    i--;
  }
  if (i === at) return null;
  for (let j = i; j < at; j++) if (isTitleHead(tokens[j].key)) return i;
  return null;
}

/** The role the title words from token `from` to `to` give ("Secretary General"), courtesy titles dropped; null for none. */
export function roleOf(tokens: ArticleToken[], from: number | null, to: number): string | null {
  if (from === null || to < from) return null;
  const words = packedMap(tokens.slice(from, to + 1), (t) => t.text);
  while (words.length && isCourtesyTitle(foldName(words[0]))) words.shift();
  return words.length ? formatRole(words) : null;
}

/**
 * The finding for words `first`..`last` no rule read: a person for a leader's surname alone ("the Quimby administration", see
 * leaderBefore), a word set off after a noun for a person ("her husband, Jay-Z,", see apposedToPersonNoun) or a word that may stand
 * alone for a person, no name the lists know, as a person's subject ("Quorvle died", see personAsSubject) or after a noun for a person
 * ("Novelist Quorvle won", "the singer Quorvle cancelled", see personNounBefore; not before a noun it modifies) with no speech cue beside it, or a word
 * shaped like a plural as the subject of a singular verb ("Wines believes", see singularSubject), else a partial name, with whether a speech cue stands beside it (hasCue)
 * or, for one word, "who" or a caption's "left" sets it off (setOffAsPerson: a person's sign sports copy may overrule, "Leeds, who lost").
 */
export function unreadNameFinding(doc: TokenizedArticle, first: number, last: number): EntityFinding {
  const t = doc.tokens[last];
  const cue = hasCue(doc, first, last);
  // The cheap tests of the words around it first: most unread names stand as no subject at all.
  // "Climbers died": a class of people opening the sentence is no one's name.
  const subject = (): boolean =>
    !cue && (personAsSubject(doc, last) || (personNounBefore(doc.tokens, first) && !modifiesNoun(doc.tokens, last))) && lonelyNameWord(t) && !lookupName(t.text, 1) && !(t.sentenceStart && agentNounPlural(t.key));
  // A preposition's object is no subject ("Delegate Ann Lee of Quorvanto said").
  const subjectSlot = (): boolean => !prepositionsObject(doc.tokens, first) && (subject() || singularSubject(doc, last));
  if (first === last && (leaderBefore(doc.tokens, last) || apposedToPersonNoun(doc, last) || subjectSlot())) return { kind: 'person', first, last, role: null, titleFirst: null };
  return { kind: 'partial', first, last, cue: cue || (first === last && setOffAsPerson(doc, last)) };
}

/**
 * A speech cue beside the words: "X said" (also over up to two adverbs or auxiliaries: "X also said",
 * "X has repeatedly said"), or "said X" when X ends the clause ("said Mabry.", "said Pearl Mabry, a
 * lawyer"; not "said Medicorp is failing", nor "told Brightwater"); for a given name alone, a verb of
 * thought after it too (see thoughtAfterGivenName).
 */
export function hasCue(doc: TokenizedArticle, first: number, last: number): boolean {
  const { tokens } = doc;
  const after = tokens[last + 1];
  if ((cueAfter(tokens, last) && !prepositionsObject(tokens, first)) || (first === last && thoughtAfterGivenName(doc, last))) return true;
  const before = tokens[first - 1];
  if (!before || before.segment !== tokens[first].segment || !before.joinsNext || !isPersonalCueForm(before.key) || isAddresseeCueForm(before.key)) return false;
  return !(after && after.segment === tokens[last].segment && tokens[last].joinsNext && !after.cap);
}

/** Prepositions whose object a name may be inside the phrase before a verb: "a lawyer for", "residents of", "who fled to", "traders at". */
const OBJECT_OF_PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set([...PHRASE_PREPOSITIONS, ...INNER_PREPOSITIONS, ...PLACE_PREPOSITIONS, ...DIRECTION_PREPOSITIONS]);

/**
 * "Fisherman Ann Lee of Quorvanto said", "residents who fled to Quorvanto said", "traders at Quorvanto said": a name right after a
 * lower-case preposition that ends a phrase opened before it in the sentence is the preposition's object, no subject of the verb after
 * it: the phrase's head speaks (speaker-phrase.parser reads it so).
 */
function prepositionsObject(tokens: ArticleToken[], first: number): boolean {
  const [prep, head] = [tokens[first - 1], tokens[first - 2]];
  return !!prep && !!head && !prep.cap && OBJECT_OF_PHRASE_PREPOSITIONS.has(prep.key) && runsOn(prep, tokens[first]) && runsOn(head, prep);
}

/** Words between a subject and its cue, at most two: "also", "has", "later", an "-ly" adverb ("has also said", "repeatedly said"). */
const MAX_CUE_MODIFIERS = 2;

/** Tags of the forms of "be" ("was", "been", "being"): before a cue, a passive ("Orthodox were admitted") that makes no speaker. */
const PASSIVE_TAGS = ['Copula', 'Participle', 'Gerund'];

/** A speech cue right after token `last`, or after up to two lower-case adverbs or auxiliaries between them (CUE_MODIFIERS), no form of "be". */
function cueAfter(tokens: ArticleToken[], last: number): boolean {
  for (let i = last + 1; i <= last + 1 + MAX_CUE_MODIFIERS && i < tokens.length && tokens[i - 1].joinsNext; i++) {
    const t = tokens[i];
    if (isPersonalCueForm(t.key)) return true;
    // A word that is no modifier stops the search before the lexicon's tags are asked of it.
    if (t.cap || !(CUE_MODIFIERS.has(t.key) || /^\p{Ll}+ly$/u.test(t.text)) || PASSIVE_TAGS.some((tag) => hasLexiconTag(t.key, tag))) return false;
  }
  return false;
}

/**
 * "Her husband, Jay-Z, said", "the singer, Quorvle.", "her son, Hunter,": a word that may stand alone for a person (lonelyNameWord)
 * or a given name, though also an ordinary word ("Hunter", "Rose"), and no name the lists know, set off by a comma right after a lower-case noun for a person (personNounBefore's: "husband", "singer"; not after "its":
 * "its partner, Quorvle,"), and closed by a comma or a full stop, is that person's name.
 */
function apposedToPersonNoun(doc: TokenizedArticle, at: number): boolean {
  const { tokens, body } = doc;
  const [t, noun, determiner] = [tokens[at], tokens[at - 1], tokens[at - 2]];
  if (!noun || noun.cap || noun.segment !== t.segment || !hasLexiconTag(noun.key, 'Actor') || determiner?.key === 'its') return false;
  if (!/^\s*,\s*$/.test(body.slice(noun.end, t.start)) || !/^[,.]/.test(body.slice(t.end)) || t.possessive) return false;
  return t.cap && (lonelyNameWord(t) || isGivenName(t.key)) && !lookupName(t.text, 1);
}

/** A caption's word for where a person stands in the picture: "Quorvle, left, and Smith", "Smith (R) greets Quorvle". */
const PICTURE_POSITIONS: ReadonlySet<string> = new Set(['left', 'right', 'center', 'centre', 'l', 'r', 'c']);

/**
 * "Quorvle, who lost in the final", "Quorvle, left, and Smith shake hands", "Quorvle (R) greets Smith": a word that may stand alone
 * for a person (lonelyNameWord) and no name the lists know, set off by a comma and a lower-case "who" (a company or a town takes
 * "which"), or by a comma or a bracket and a caption's position word (PICTURE_POSITIONS: full words after a comma, closed by a comma,
 * or inside brackets), names a person unless its context says a team.
 */
function setOffAsPerson(doc: TokenizedArticle, at: number): boolean {
  const { tokens, body } = doc;
  const [t, next] = [tokens[at], tokens[at + 1]];
  if (!next || next.segment !== t.segment || t.possessive) return false;
  // The word after it first: few words stand before "who" or a position's word, and the word's own tests ask the lists.
  const who = !next.cap && next.key === 'who';
  const pictured = PICTURE_POSITIONS.has(next.key);
  if ((!who && !pictured) || !lonelyNameWord(t) || lookupName(t.text, 1)) return false;
  const gap = body.slice(t.end, next.start);
  const after = body.slice(next.end, next.end + 2);
  const position = pictured && (gap === ' (' ? after.startsWith(')') : /^\s*,\s*$/.test(gap) && next.key.length > 1 && after.startsWith(','));
  return (who && /^\s*,\s*$/.test(gap)) || (position && !(next.cap && next.key.length > 1));
}

/**
 * "the Quimby administration", "a Quimby presidency", "Quimby campaign officials": a capitalised word (no acronym) right before a
 * lower-case noun for what a leader runs (personLedNoun) is the leader's surname when it is a known surname or given name, or
 * a name-shaped word that is no ordinary word (not "the Republican administration"), and, before a noun that a group or a cause
 * may have too ("campaign", "regime"), none the spelling dictionary writes as a name either ("the Brexit campaign", "the Nazi regime").
 */
function leaderBefore(tokens: ArticleToken[], at: number): boolean {
  const [t, next] = [tokens[at], tokens[at + 1]];
  const onlyPerson = next && !next.cap ? personLedNoun(next.key) : undefined;
  if (onlyPerson === undefined || !t.joinsNext || !t.cap || t.upper || t.initial || t.possessive) return false;
  return isSurname(t.key) || isGivenName(t.key) || (!isVocabularyWord(t.key) && nameShaped(t) && (onlyPerson || !isDictionaryName(t.key)));
}

/**
 * "Melanie thought the whole thing was outrageous": a given name that is no ordinary word, alone, right before a verb of thought
 * or intent (the cue lexicon's clause cues: "thought", "believes", "feared", "plans"), even at a sentence's start; no town's name
 * ("Charlotte expects 10,000 visitors").
 */
function thoughtAfterGivenName(doc: TokenizedArticle, at: number): boolean {
  const [t, next] = [doc.tokens[at], doc.tokens[at + 1]];
  if (!next || next.cap || !t.joinsNext || t.upper || !isGivenName(t.key) || isCommonWord(t.key) || cityNamed(t.text)) return false;
  return findCues(doc.body, next.start, next.end, { clauseCues: true }).length > 0;
}

/** How many words after a subject's verb are read for a pronoun that refers back to the subject. */
const PRONOUN_REACH = 10;

/** Pronouns that refer back to a thing or to a group: after a subject's verb, the subject is no person ("Quorvle said its", "they"). */
const NON_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'itself', 'they', 'their', 'them', 'themselves']);

/**
 * "Quorvle died in 1991", "Quorvle won her third title", "Frank Ocean released his first album": the name ending at token `last` is
 * the subject of the lower-case verb right after it, and that verb is one only a person does (PERSON_ONLY_VERBS, PERSON_ONLY_PHRASES: "stepped down"), or a pronoun only a
 * person takes ("his", "her" before its noun; not "hired her") follows it in its sentence and clause, within PRONOUN_REACH words and
 * before "it", "they", a quotation mark, a noun for a person ("interviewed the owner about his bar") or another capitalised name word
 * ("Quorvle ruled that Trump's claim ... he" proves nothing).
 */
export function personAsSubject(doc: TokenizedArticle, last: number): boolean {
  const { tokens } = doc;
  const [name, verb] = [tokens[last], tokens[last + 1]];
  if (!verb || verb.cap || !name.joinsNext || name.possessive || verb.segment !== name.segment) return false;
  if (personOnlyVerbAfter(tokens, last)) return true;
  const at = mannerAdverb(verb.key) ? last + 2 : last + 1;
  const word = tokens[at];
  return !!word && !word.cap && tokens[at - 1].joinsNext && word.segment === name.segment && verbLike(word.key) && pronounInClause(doc, at) === 'person';
}

/**
 * An adverb of manner made from an adjective ("separately", "quietly", "happily"; of four letters or more before its "-ly": not
 * "reply", "apply"): no verb, though "-ly" ends it; the verb, if any, follows it ("Quorvle quietly won her title"; "told Quorvex
 * separately that she", Quorvex the one told, is no subject).
 */
function mannerAdverb(key: string): boolean {
  if (!/^\p{Ll}{4,}ly$/u.test(key)) return false;
  const stem = key.slice(0, -2);
  return isVocabularyWord(stem) || (stem.endsWith('i') && isVocabularyWord(`${stem.slice(0, -1)}y`));
}

/** The lower-case word (or two) right after token `last`, in its segment, is a verb only a person does (PERSON_ONLY_VERBS, PERSON_ONLY_PHRASES: "died", "stepped down"). */
function personOnlyVerbAfter(tokens: ArticleToken[], last: number): boolean {
  const [name, verb, particle] = [tokens[last], tokens[last + 1], tokens[last + 2]];
  if (!verb || verb.cap || !name.joinsNext || name.possessive || verb.segment !== name.segment) return false;
  if (PERSON_ONLY_VERBS.has(verb.key)) return true;
  return verb.joinsNext && particle?.segment === verb.segment && PERSON_ONLY_PHRASES.has(`${verb.key} ${particle.key}`);
}

/**
 * The first pronoun after token `verb` in its sentence and clause, within PRONOUN_REACH words, that tells a person ("his", "she",
 * "her" before its noun) from a thing or a group ("it", "its", "they"); null when none does, or when a quotation mark, a noun for a
 * person or another capitalised name word comes first (the pronoun may be theirs).
 */
function pronounInClause(doc: TokenizedArticle, verb: number): 'person' | 'thing' | null {
  const { tokens, body } = doc;
  for (let i = verb + 1; i <= verb + PRONOUN_REACH && i < tokens.length; i++) {
    const t = tokens[i];
    if (t.segment !== tokens[verb].segment || t.sentenceStart || /[.!?;:"“”]/.test(body.slice(tokens[i - 1].end, t.start))) return null;
    if (!t.cap && PERSON_PRONOUNS.has(t.key) && (t.key !== 'her' || possessiveBeforeNoun(tokens, i))) return 'person';
    if (NON_PERSON_PRONOUNS.has(t.key)) return 'thing';
    if ((!t.cap && !isFunctionWord(t.key) && jobNoun(t)) || (t.cap && !t.upper && (isGivenName(t.key) || isSurname(t.key) || !isVocabularyWord(t.key)))) return null;
  }
  return null;
}

/** The article writes the folded word `key` right before another capitalised word, as the first word of a longer name ("Wells Fargo"). */
function opensLongerName(tokens: ArticleToken[], key: string): boolean {
  return tokens.some((t, i) => t.key === key && t.joinsNext && !!tokens[i + 1]?.cap);
}

/** Singular forms of "be", "have" and "do" ("Woods was", "Wines has"). */
const SINGULAR_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'has', 'does']);

/**
 * "Wines believes that ...", "Woods was fourth": one capitalised word written as the plural of an ordinary word (pluralOfWord; not
 * "Wikinews") that no list knows, that is no ordinary word as written ("News", "Politics" are), no title or organization word and
 * no first word of a longer name in the article ("Wells" of "Wells Fargo"), as the subject of a singular verb right after it (a present "-s" form,
 * "is", "was", "has"), with no "it", "its" or "they" after it in its clause ("Quorvles has closed its stores"): a surname, no plural.
 */
function singularSubject(doc: TokenizedArticle, at: number): boolean {
  const { tokens } = doc;
  const [t, verb] = [tokens[at], tokens[at + 1]];
  if (!verb || verb.cap || !t.cap || t.upper || !t.joinsNext || t.possessive || verb.segment !== t.segment || doc.segments[t.segment].titleCase) return false;
  if (!pluralOfWord(t) || isCommonWord(t.key) || isTitleWord(t.key) || isOrganizationHead(t.key) || lookupName(t.text, 1) || opensLongerName(tokens, t.key)) return false;
  const singular = SINGULAR_AUXILIARIES.has(verb.key) || (verb.key.endsWith('s') && hasLexiconTag(verb.key, 'PresentTense'));
  return singular && pronounInClause(doc, at + 1) !== 'thing';
}

/** "her" (token `at`) as a possessive: a lower-case word that is no closed-class word right after it ("her third title"; not "hired her in 2019"). */
function possessiveBeforeNoun(tokens: ArticleToken[], at: number): boolean {
  const next = tokens[at + 1];
  return !!next && tokens[at].joinsNext && !next.cap && next.segment === tokens[at].segment && !isClosedClassWord(next.key);
}
