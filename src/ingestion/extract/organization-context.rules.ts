import { hasLexiconTag, isCommonWord, isCompanyLegalForm, isFunctionWord, isGivenName, isListedFirstName, isOrganizationHead, isPlaceHead, isPastTense, isSurname, isVocabularyWord } from '../lexicon/english.lexicon';
import { isDictionaryName, isDictionaryWord } from '../lexicon/dictionary-words.lexicon';
import { isPersonalCueForm } from '../lexicon/cue.lexicon';
import { CAPTION_LABELS, COMPANY_TRADE_NOUNS, GROUP_WORDS, INFLECTED, NAME_CONNECTORS, NAME_PARTICLES, ORGANIZATION_KIND_NOUNS, POLL_NOUNS, TRADE_NOUNS_NOT_BEFORE_NAMES, isBrandShaped, isOrganizationKindNoun } from '../lexicon/name-words.lexicon';
import { RESULT_VERBS } from '../lexicon/match-verb.lexicon';
import { countryOfDemonym } from '../lexicon/place.gazetteer';
import { APPOSITION_PLACE_NOUNS, COMPASS, DIRECTION_PREPOSITIONS, PLACE_PREPOSITIONS } from '../lexicon/place-words.lexicon';
import { ARTICLES, DETERMINERS, TIME_WORDS } from '../lexicon/speaker.lexicon';
import { isOrganizationalOffice, isOrganizationPeopleWord, isTitleHead, isTitleWord } from '../lexicon/title.lexicon';
import { surfaceOf, type ArticleToken, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { inflectedWord, isPluralShaped, modifiesNoun, singularOf, surnameParticlesStart, verbLike } from './name-shape.rules';
import { isHeadFirstOrganizationWord, isPartnerWithLegalForm } from './organization.frame';
import { isNativeCountryName, isNativeLanguageName } from '../lexicon/organization.aliases';
import { evidenceAfter } from './name-evidence.rules';
import { organizationsKnownAs } from './known-as-name.rules';
import { chunkPlace, inNameLists, personNameWords, placeAsSubject } from './person-name.reader';
import { personOrUntyped, untypedName } from './untyped-name.rules';

/**
 * Organizations no list knows, typed by the words around them as news writes them: a person "of"
 * the organization ("Nathan Law of Demosisto"), the organization's person ("Demosisto's Nathan
 * Law"), and a lower-case noun for the kind of organization before its name ("localist group
 * Youngspiration", "US team Cloud9"). Only names no other rule typed (partial findings) of at most
 * four words, none a given name, known surname or title word, are rewritten.
 */

/** How many words such a name may have. */
const NAME_WORDS = 4;

/**
 * A partial finding that may be an organization's name: at most NAME_WORDS words, none a given name,
 * known surname, title word or capitalised function word, not one ordinary word alone ("Studio 54",
 * "the Architectural, Surveying ... constituency"), and no modifier of a lower-case noun after it
 * ("the Social Welfare constituency").
 */
export function organizationShaped(tokens: ArticleToken[], f: EntityFinding, ordinaryWord = false, noNounNext = false): boolean {
  if (f.kind !== 'partial' || f.last - f.first >= NAME_WORDS) return false;
  const ws = tokens.slice(f.first, f.last + 1);
  // With `ordinaryWord`, a word that only modifies a title ("Labour" of "Labour Secretary") may name the body.
  if (ws.some((t) => isGivenName(t.key) || isSurname(t.key) || (ordinaryWord ? isTitleHead(t.key) : isTitleWord(t.key)) || (t.cap && isFunctionWord(t.key)))) return false;
  if (!ordinaryWord && ws.length === 1 && isVocabularyWord(ws[0].key)) return false;
  // With `noNounNext`, the lower-case word after the name opens a person's title ("Quorvle chief executive Ann Lee") or is a verb
  // ("analysts at Quorvle expect"): the name modifies no noun.
  return noNounNext || !modifiesNoun(tokens, f.last);
}

/**
 * A name of two or three words read as an untitled person's that no name list knows a word of (no given name, listed first name,
 * surname or title word: "Itau Unibanco", "Foro Penal", "Agnico Eagle"): news names a firm so as often as a person, and the words
 * around it decide.
 */
export function unlistedPersonName(tokens: ArticleToken[], f: EntityFinding): boolean {
  if (f.kind !== 'person' || f.titleFirst !== null || f.last === f.first || f.last - f.first > 2) return false;
  for (let i = f.first; i <= f.last; i++) {
    const { key } = tokens[i];
    if (isGivenName(key) || isListedFirstName(key) || isSurname(key) || isTitleWord(key)) return false;
  }
  return true;
}

/** Offices that lead an organization of any kind, beside a company's officers (isOrganizationalOffice): "Teamsters President", "Quorvle founder", "Quorvle chief". */
const LEADER_ROLES: ReadonlySet<string> = new Set(['president', 'founder', 'co-founder', 'cofounder', 'chief']);

/** Words of an officer's tenure that open the sentence before the organization's name and the office ("Former Quorvle chairman Ann Lee"). */
const TENURE_WORDS: ReadonlySet<string> = new Set(['former', 'acting', 'interim', 'outgoing', 'incoming']);

/** Lower-case words for an organization's leader or staff that no title list holds, written between its name and the person's: "Quorvle boss Ann Lee", "Tellan analyst Omar Haddad". */
const STAFF_WORDS: ReadonlySet<string> = new Set(['boss', 'analyst', 'economist', 'strategist']);

/**
 * "Quorvle Chief Executive Ann Lee", "Tellan president Omar Haddad", "Quorvle and its founder Ann Lee", "Quorvle
 * boss Ann Lee": the person finding `after` holds, by the title written right at token `at`, an organization's
 * office or one that leads an organization (LEADER_ROLES), or is named right after a lower-case word of STAFF_WORDS
 * there; not an office of a place ("Texas Governor").
 */
function officerTitledAt(tokens: ArticleToken[], after: EntityFinding | undefined, at: number): boolean {
  if (after?.kind !== 'person') return false;
  if (after.titleFirst === null && after.first === at + 1 && lowerWordAt(tokens, at, STAFF_WORDS)) return true;
  if (after.titleFirst !== at || !after.role) return false;
  return isOrganizationalOffice(after.role) || LEADER_ROLES.has(after.role.toLowerCase());
}

/**
 * "Quorvle and its founder Ann Lee", "Tellan and its chief executive": the name at `f` is followed by "and
 * its" and a titled person (officerTitledAt): it is that person's organization.
 */
function beforeItsOfficer(tokens: ArticleToken[], f: EntityFinding, after: EntityFinding | undefined): boolean {
  return lowerWordAt(tokens, f.last + 1, 'and') && tokens[f.last].joinsNext && lowerWordAt(tokens, f.last + 2, 'its') && officerTitledAt(tokens, after, f.last + 3);
}

/**
 * The person finding whose title or name starts right after token `last`, over capitalised words
 * of the title no rule typed ("Shadow" of "Shadow Home Secretary Yvette Cooper"), or undefined.
 */
function personAfter(tokens: ArticleToken[], findings: EntityFinding[], i: number, last: number): Extract<EntityFinding, { kind: 'person' }> | undefined {
  let end = last;
  for (let k = i + 1; k < findings.length && k <= i + 2; k++) {
    const g = findings[k];
    const start = g.kind === 'person' ? g.titleFirst ?? g.first : g.first;
    // The possessive joins no word; a title word after it does.
    if (start !== end + 1 || (end !== last && !tokens[end].joinsNext)) return undefined;
    if (g.kind === 'person') return g;
    if (g.kind !== 'partial' || tokens.slice(g.first, g.last + 1).some((t) => !t.cap || t.possessive || isGivenName(t.key))) return undefined;
    end = g.last;
  }
  return undefined;
}

/**
 * "France's Quorvane", "Norway's Brellsberg supplies": the one word `f` right after a country's possessive (`before`, one space on), as
 * news introduces a company or a body by its country; not after a place's preposition ("in Quorvia's Tellane": a region there), nor in
 * a Title Case line, whose capitals show no name's end. The caller keeps the person's readings first ("Japan's Takaichi": a surname,
 * a word of a person the article names, a person's sign after it).
 */
function afterCountryPossessive(doc: TokenizedArticle, before: EntityFinding | undefined, f: EntityFinding): boolean {
  const { tokens } = doc;
  if (f.first !== f.last || !before || lowerWordAt(tokens, before.first - 1, PLACE_PREPOSITIONS)) return false;
  return !doc.segments[tokens[f.first].segment].titleCase && before.kind === 'dict' && before.hit.type === 'COUNTRY' && before.last === f.first - 1 && tokens[before.last].possessive && /^['’]s? $/.test(doc.body.slice(tokens[before.last].end, tokens[f.first].start));
}

/** A lower-case verb right after token `last`, one space on ("Quorvle launched", "Quorvle says"): the name is its subject. */
function subjectOfVerb(tokens: ArticleToken[], last: number): boolean {
  const next = tokens[last + 1];
  return !!next && !next.cap && tokens[last].joinsNext && verbLike(next.key) && !isFunctionWord(next.key);
}

/** Token `i` is a lower-case word of `keys` with one space on each side. */
function lowerWordAt(tokens: ArticleToken[], i: number, keys: ReadonlySet<string> | string): boolean {
  const t = tokens[i];
  return !!t && !t.cap && t.joinsNext && tokens[i - 1]?.joinsNext === true && (typeof keys === 'string' ? t.key === keys : keys.has(t.key));
}

/**
 * Rewrites, in `findings` (body order), the partial findings that name an organization by their
 * context, as organizations: after "<person> of (the)", before a person or an organization or a
 * facility when the name is possessive (one ordinary word too before a titled person: "Labour's"; not one
 * word that is a surname or names a person in the article, "Yeltsin's spokesman"),
 * before a company officer's title and its holder ("Tesla Chief Executive Elon Musk"),
 * after a lower-case noun for a kind of organization, or one opening the sentence ("Insurer Quorvle said"; not before a verb: "the company Kowalczyk
 * founded"), before "poll" or "survey" ("a Quorvle poll", "the Brightwater / Tellan poll"), after a
 * person's job and "at" ("an analyst at Quorvle", "his years at Tellan") or an organization's people and
 * "of" / "for" ("a spokesman for Tellan", "chief executive of Quorvle"), after a word for a company's sale
 * or a holding in it (one ordinary word too: "the takeover of Quorvle", "Shares in Apple"), as the agent of what only an organization
 * does to a thing (afterAgentBy, one ordinary word too, no word of a person the article names: "owned by Quorvle", "run by Northern"), or as a team's or a band's
 * plural name after "the" ("the Gliders", "The Ravens have"), or set off by commas after a noun phrase for a kind of organization (bodyApposedBefore:
 * "the comptroller's office, Quorvaloria,"), or as one word right after a country's possessive (afterCountryPossessive: "France's Quorvane", no
 * place's head, no word of a person the article names, no person's sign after it), or as the short name an organization is
 * "known as" (organizationsKnownAs).
 */
export function typeOrganizationsByContext(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  partiesNamedByMembers(doc, findings);
  groupsBeforeTheirNoun(doc, findings);
  let personWords: Set<string> | null = null;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.kind !== 'partial') continue;
    const before = findings[i - 1];
    const after = findings[i + 1];
    const lastWord = tokens[f.last];
    // "Nathan Law of Demosisto", "Gary Fan of the Neo Democrats".
    const ofAt = tokens[f.first - 1]?.key === 'the' && !tokens[f.first - 1].cap ? f.first - 2 : f.first - 1;
    const ofPerson = before?.kind === 'person' && before.last === ofAt - 1 && lowerWordAt(tokens, ofAt, 'of') && (ofAt === f.first - 1 || tokens[f.first - 1].joinsNext);
    // "Demosisto's Nathan Law", "Labour's Shadow Home Secretary Yvette Cooper" (an ordinary word too, before a titled person).
    // Not one word that names a person ("Yeltsin's spokesman Sergei Orlov" after "Boris Yeltsin"; a surname the lists know): the person's own staff or kin.
    const found = lastWord.possessive ? personAfter(tokens, findings, i, f.last) : undefined;
    personWords ??= found && f.first === f.last ? personNameWords(tokens, findings) : null;
    const person = found && !(f.first === f.last && (isSurname(lastWord.key) || !!personWords?.has(lastWord.key))) ? found : undefined;
    const beforePerson = !!person;
    const beforeTitledPerson = !!person && person.titleFirst !== null && !isFunctionWord(lastWord.key);
    // "Jeff Bezos's Blue Origin launched", "Tim Cook's Apple unveiled": a whole run right after a person's possessive, before a verb, is
    // the person's organization (one ordinary word too); not a work ("Joseph Conrad's Secret Agent.").
    const afterOwner = before?.kind === 'person' && before.last === f.first - 1 && tokens[before.last].possessive && subjectOfVerb(tokens, f.last);
    // "Tesla Chief Executive Elon Musk", "Quorvle chairman Ann Lee", "Tellan President Omar Haddad": a name right
    // before an organization's office and the person who holds it (not an office of a place: "Texas Governor"),
    // or before "and its" and such an office ("Quorvle and its founder Ann Lee").
    const beforeOfficer = (officerTitledAt(tokens, after, f.last + 1) && lastWord.joinsNext) || beforeItsOfficer(tokens, f, after);
    // "Former Quorvle chairman Ann Lee": a word of the officer's tenure opening the sentence is no part of the body's name.
    const bodyFirst = beforeOfficer && f.last > f.first && tokens[f.first].sentenceStart && TENURE_WORDS.has(tokens[f.first].key) ? f.first + 1 : f.first;
    // "Trump campaign spokesman", "South Korean President": no word of a person the article names nor only peoples' words.
    personWords ??= beforeOfficer ? personNameWords(tokens, findings) : null;
    const officerBody = beforeOfficer && !!personWords && !tokens.slice(bodyFirst, f.last + 1).some((t) => personWords!.has(t.key)) && !tokens.slice(bodyFirst, f.last + 1).every((t) => isPeoplesAdjective(t) || COMPASS.has(t.key));
    // A kind's noun labels a name no person of the article bears ("Quorvle" of "Ann Quorvle" stays hers); nor do an agent's "by" and an apposition.
    const people = (personWords ??= personNameWords(tokens, findings));
    const noPersonWord = !tokens.slice(f.first, f.last + 1).some((t) => people.has(t.key));
    // "the Smithsonian's National Air and Space Museum": the body that owns an organization or a facility; not a party's, whose owner is
    // its leader ("Netanyahu's Likud Party", "Erdogan's Justice and Development party", "Oli's Communist Party of Nepal"; its words read
    // only after a possessive right before a finding); nor is a person of the article an owner ("Oli's Communist Party of Nepal" after
    // "K.P. Sharma Oli").
    const owner =
      lastWord.possessive &&
      !!after &&
      after.first === f.last + 1 &&
      !(tokens.slice(after.first, after.last + 2).some((t) => t.key === 'party') || namesPartyByMembers(tokens, after.first, after.last)) &&
      !(f.first === f.last && people.has(lastWord.key)) &&
      (isOrganizationFinding(after) || (after.kind === 'place' && after.placeKind === 'facility'));
    const afterKindNoun = afterKindNounAt(tokens, f, noPersonWord);
    if (officerBody && organizationShaped(tokens, { ...f, first: bodyFirst }, false, true)) findings[i] = organizationFinding(doc, bodyFirst, f.last);
    else if (((ofPerson || beforePerson || afterKindNoun || owner) && organizationShaped(tokens, f)) || ((beforeTitledPerson || afterOwner) && organizationShaped(tokens, f, true))) {
      findings[i] = organizationFinding(doc, f.first, f.last);
    }
    else if ((afterJobAt(tokens, f) || afterRoleOf(tokens, f)) && organizationShaped(tokens, f, false, plainVerbAfter(tokens, f.last))) findings[i] = organizationFinding(doc, f.first, f.last);
    else if ((afterDealWord(tokens, f) || inDeal(doc, findings, f)) && organizationShaped(tokens, f, true)) findings[i] = organizationFinding(doc, f.first, f.last);
    else if (afterAgentBy(tokens, f, after) && organizationShaped(tokens, f, true) && noPersonWord) findings[i] = organizationFinding(doc, f.first, f.last);
    else if (pluralTeamName(tokens, f)) findings[i] = organizationFinding(doc, f.first, f.last);
    else if (bodyApposedBefore(doc, f.first, f.last) && organizationShaped(tokens, f) && noPersonWord) findings[i] = organizationFinding(doc, f.first, f.last);
    else if (afterCountryPossessive(doc, before, f) && organizationShaped(tokens, f) && noPersonWord && !isPlaceHead(lastWord.key) && evidenceAfter(doc, f.last) !== 'person') {
      findings[i] = organizationFinding(doc, f.first, f.last);
    }
  }
  pollsters(doc, findings);
  organizationsKnownAs(doc, findings);
  pressNamedWithArticles(doc, findings);
  organizationsOpenedByAdjectives(doc, findings);
  bodiesNamedInTheirLanguage(doc, findings);
  organizationsAsSubjects(doc, findings);
  teamsInResultLines(doc, findings);
  teamsInResults(doc, findings);
  namesJoinedByAmpersand(doc, findings);
  companiesListedWithCompanies(doc, findings);
  legalFormAfterComma(doc, findings);
  headFirstNamesAcrossFigures(doc, findings);
  partiesWithBracketedWing(doc, findings);
}

/**
 * "localist group Youngspiration", "US team Cloud9 and Immortals", "state oil company Petrovia said", "Insurer Quorvle said" (the
 * kind's noun opening the sentence), "chocolate makers Quorvex and Tellan", "suppliers including Quorvex" (a plural kind's noun,
 * isOrganizationKindNoun, lists them, "including" or "such as" between), "chipmaker Quorvane rose" (with `labels`, the name no
 * person's: no determiner before the noun, any verb after the name): the name `f` right after a lower-case noun for a kind of
 * organization; not "the company Kowalczyk founded" (a verb of speech after the name, or a verb with its object, "the newspaper
 * Quorvan Daily published the story", "the newspaper al-Quorva accused Vorland", has it for subject: no relative clause), nor "a
 * group including Ann Lee" (people).
 */
export function afterKindNounAt(tokens: ArticleToken[], f: EntityFinding, labels = false): boolean {
  const at = listOpenerBefore(tokens, f.first);
  const [kindNoun, next, object] = [tokens[at], tokens[f.last + 1], tokens[f.last + 2]];
  if (!kindNoun || kindNoun.upper || kindNoun.possessive || !(isOrganizationKindNoun(kindNoun.key) || tradeLabelAt(tokens, at)) || (at < f.first - 1 && ORGANIZATION_KIND_NOUNS.has(kindNoun.key))) return false;
  const mainVerb = !!next && (isPersonalCueForm(next.key) || (next.joinsNext && (lowerWordAt(tokens, f.last + 2, OBJECT_OPENERS) || (!!object?.cap && !object.sentenceStart && !TIME_WORDS.has(object.key)))));
  const kindOpens = kindNoun.sentenceStart && kindNoun.joinsNext;
  // "chipmaker Quorvane rose", "budget carrier Quorvair cut fares": a kind's noun whose phrase no determiner opens labels the name
  // after it; "the company Kowalczyk founded", "the advocacy group Quorvle set up" (a determiner) open a relative clause.
  const label = labels && (kindOpens || !determinedPhrase(tokens, at));
  return (lowerWordAt(tokens, at, kindNoun.key) || kindOpens) && !(!!next && !next.cap && tokens[f.last].joinsNext && verbLike(next.key) && !mainVerb && !label);
}

/** "tea maker Quorvings", "grid operator Quorvgaz": a trade's noun (tradeNounAt) joined to its modifier that labels the name after it (not TRADE_NOUNS_NOT_BEFORE_NAMES). */
function tradeLabelAt(tokens: ArticleToken[], at: number): boolean {
  return tradeNounAt(tokens, at) && tokens[at - 1].joinsNext && !TRADE_NOUNS_NOT_BEFORE_NAMES.has(tokens[at].key);
}

/**
 * True when token `at` is a noun of a trade (COMPANY_TRADE_NOUNS) after a lower-case noun of what the trade deals in (token
 * `at` - 1), no adjective or function word ("tea maker", "grid operator", "the Norwegian tanker operator"): a company's noun, not a person's job.
 */
export function tradeNounAt(tokens: ArticleToken[], at: number): boolean {
  const [modifier, noun] = [tokens[at - 1], tokens[at]];
  return !!modifier && !!noun && !noun.cap && COMPANY_TRADE_NOUNS.has(noun.key) && !modifier.cap && !isFunctionWord(modifier.key) && !hasLexiconTag(modifier.key, 'Adjective');
}

/**
 * Where the noun before a list of names stands when the list opens at token `first`: before "including" ("suppliers including
 * Quorvex") or "such as" ("lenders such as Tellan"), one space apart, else right before `first`.
 */
function listOpenerBefore(tokens: ArticleToken[], first: number): number {
  if (lowerWordAt(tokens, first - 1, 'including')) return first - 2;
  return lowerWordAt(tokens, first - 1, 'as') && lowerWordAt(tokens, first - 2, 'such') ? first - 3 : first - 1;
}

/** How many words before its noun a noun phrase's determiner may stand ("the Chilean state miner"). */
const MODIFIERS_BEFORE_NOUN = 3;

/** True when a determiner opens the noun phrase of the noun at token `noun`, its modifiers no function words ("the German airline"). */
function determinedPhrase(tokens: ArticleToken[], noun: number): boolean {
  for (let i = noun - 1; i >= 0 && i >= noun - 1 - MODIFIERS_BEFORE_NOUN && tokens[i].joinsNext; i--) {
    if (DETERMINERS.has(tokens[i].key)) return true;
    if (isFunctionWord(tokens[i].key) || tokens[i].sentenceStart) return false;
  }
  return false;
}

/**
 * "Janata Dal (United) party", "Quorvan Dal (Secular) party": a name of one to three capitalised words no given name or
 * title opens (no rule typed it, or an untitled person), a capitalised ordinary word in brackets right after it (the
 * party's wing) and a lower-case "party" are one party's name, to "party" as partiesInLowerCase spans one. Rewrites those findings.
 */
function partiesWithBracketedWing(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  findings.forEach((f, i) => {
    if ((f.kind !== 'partial' && (f.kind !== 'person' || f.titleFirst !== null)) || f.last - f.first > 2) return;
    const wing = tokens[f.last + 1];
    const party = tokens[f.last + 2];
    if (!wing || !party || party.cap || party.key !== 'party' || !wing.cap || wing.upper || !isVocabularyWord(wing.key)) return;
    if (body.slice(tokens[f.last].end, wing.start) !== ' (' || body.slice(wing.end, party.start) !== ') ' || isGivenName(tokens[f.first].key)) return;
    findings[i] = organizationFinding(doc, f.first, f.last + 2);
  });
}

/**
 * "Movimento 5 Stelle", "Partido 17 Quorvano": a head-first organization word (isHeadFirstOrganizationWord) opening
 * a finding of that word alone, a figure and a finding of capitalised words right after it, one space between
 * each, are one organization's name (the figure ends a run of capitalised words). Replaces each pair in `findings`.
 */
function headFirstNamesAcrossFigures(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  for (let i = findings.length - 2; i >= 0; i--) {
    const f = findings[i];
    const g = findings[i + 1];
    const figure = tokens[f.last + 1];
    if (f.first !== f.last || !isHeadFirstOrganizationWord(tokens[f.first]) || !tokens[f.first].joinsNext || !figure?.joinsNext || !/^\d+$/.test(figure.key)) continue;
    if (g.first !== f.last + 2 || g.kind === 'person' || !tokens.slice(g.first, g.last + 1).every((t) => t.cap)) continue;
    findings.splice(i, 2, organizationFinding(doc, f.first, g.last));
  }
}

/** Determiners that open a verb's object: "published the story", "fined its chief". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([...ARTICLES, 'its', 'their']);

/** Words for a party's members whose capitalised plural, after a capitalised modifier, names the party: "Christian Democrats", "Liberal Democrats". */
const PARTY_MEMBER_WORDS: ReadonlySet<string> = new Set(['democrat', 'republican', 'liberal', 'conservative', 'socialist', 'communist', 'libertarian']);

/** True for a capitalised plural of a word for a party's members: "Democrats", "Republicans", "Conservatives". */
export function isPartyMembersPlural(t: ArticleToken): boolean {
  return t.cap && !t.upper && t.key.endsWith('s') && PARTY_MEMBER_WORDS.has(t.key.slice(0, -1));
}

/**
 * "Christian Democrats", "Social Democrats", "Liberal Democrats": tokens `first`..`last`, two or three
 * capitalised words, the last the plural of a word for a party's members and those before it ordinary
 * words (no title, organization or place head, no capitals), name a party as its members; "Democrats"
 * alone names people.
 */
function namesPartyByMembers(tokens: ArticleToken[], first: number, last: number): boolean {
  if (last - first < 1 || last - first > 2) return false;
  if (!isPartyMembersPlural(tokens[last])) return false;
  return tokens.slice(first, last).every((t) => t.cap && !t.upper && t.joinsNext && isVocabularyWord(t.key) && !isTitleWord(t.key) && !isOrganizationHead(t.key) && !isPlaceHead(t.key));
}

/**
 * "Angela Merkel's Christian Democrats", "voters backed the Social Democrats": a party named by its
 * members (namesPartyByMembers) after "the" or after a capitalised possessive (its leader's, its
 * country's) is that party, an organization, though a given name opens it ("Christian"). Rewrites
 * those partial and untitled person findings.
 */
function partiesNamedByMembers(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  findings.forEach((f, i) => {
    if (f.kind !== 'partial' && (f.kind !== 'person' || f.titleFirst !== null)) return;
    const before = tokens[f.first - 1];
    const opened = !!before && before.segment === tokens[f.first].segment && ((before.key === 'the' && before.joinsNext) || (before.cap && before.possessive));
    if (opened && namesPartyByMembers(tokens, f.first, f.last)) findings[i] = organizationFinding(doc, f.first, f.last);
  });
}

/** True for a finding of an organization: one a rule typed, or one the lists know. */
export function isOrganizationFinding(f: EntityFinding | undefined): boolean {
  return f?.kind === 'org' || (f?.kind === 'dict' && f.hit.type === 'ORGANIZATION');
}

/** The name an organization's finding gives its organization: the lists' name, or the words as written. */
export function organizationNameOf(doc: TokenizedArticle, f: EntityFinding): string {
  return f.kind === 'org' ? f.name : f.kind === 'dict' && f.hit.type === 'ORGANIZATION' ? f.hit.name : surfaceOf(doc, f.first, f.last);
}

/** The token of `doc` opening the name of finding `f`, a leading "The" left out: "Quorvex" of "The Quorvex Group". */
export function organizationNameOpening(doc: TokenizedArticle, f: EntityFinding): number {
  return doc.tokens[f.first].key === 'the' ? f.first + 1 : f.first;
}

/** The finding of an organization named by tokens `first`..`last` of `doc`, named `name` (by default the words as written). */
export function organizationFinding(doc: TokenizedArticle, first: number, last: number, name = surfaceOf(doc, first, last)): Extract<EntityFinding, { kind: 'org' }> {
  return { kind: 'org', name, first, last };
}

/** The finding of a place of kind `placeKind` ('city', 'region', 'facility', ...) at tokens `first`..`last` of `doc`, named `name` (by default the words as written). */
export function placeFinding(doc: TokenizedArticle, first: number, last: number, placeKind: string, name = surfaceOf(doc, first, last)): Extract<EntityFinding, { kind: 'place' }> {
  return { kind: 'place', name, placeKind, first, last };
}

const AMPERSAND = 38;
const COMMA = 44;

/** Words that, after " & ", end a company's name with its legal form: "Wells Fargo & Co", "Marsh & McLennan Cos", "J. Quimby & Company". */
const PARTNER_WORDS: ReadonlySet<string> = new Set(['company', 'cos']);

/**
 * "Bailey & Glasser", "Moore & Van Allen", "Procter & Gamble": two names no title or given name opens (a
 * particle may: "Van Allen"),
 * each a partial name, an untitled person or a one-name organization, joined by " & ", are one firm's name: people are joined
 * by "and". A given name may open one side when each side is one word and the other no given name ("Ernst & Young",
 * "Barnes & Noble"; not "Tom & Jerry"), or when one given name comes before an organization's name that opens with
 * another ("Bill & Melinda Gates Foundation"). So are any name but a place's or a titled person's and, after " & ", only a company's legal form ("Wells
 * Fargo & Co", "Morgan Stanley & Co. LLC", "J. Quimby & Company"). Replaces each pair in `findings` by one organization.
 */
function namesJoinedByAmpersand(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  // A one-character search first: most articles write no "&" at all.
  if (body.indexOf('&') < 0 || !body.includes(' & ')) return;
  const untitled = (f: EntityFinding): boolean => !tokens.slice(f.first, f.last + 1).some((t) => isTitleWord(t.key));
  const side = (f: EntityFinding | undefined): boolean =>
    !!f && (f.kind === 'org' || untypedName(f)) && (!isGivenName(tokens[f.first].key) || NAME_PARTICLES.has(tokens[f.first].key)) && untitled(f);
  const legalForm = (g: EntityFinding): boolean => tokens.slice(g.first, g.last + 1).every((t) => t.cap && (isCompanyLegalForm(t.key) || PARTNER_WORDS.has(t.key)));
  const company = (f: EntityFinding, g: EntityFinding): boolean =>
    legalForm(g) && (isOrganizationFinding(f) || untypedName(f)) && untitled(f);
  // "Social Science & Medicine": ordinary words only name no firm after people; "Video: Ann Lee & Bo Chen" credits people.
  const credited = (f: EntityFinding): boolean => CAPTION_LABELS.has(tokens[f.first - 1]?.key ?? '') && body[tokens[f.first - 1].end] === ':';
  // "Ernst & Young", "Simon & Schuster", "Barnes & Noble": one word on each side, not two given names ("Tom & Jerry"), names the founders' firm.
  const oneWord = (f: EntityFinding): boolean => f.first === f.last && (f.kind === 'org' || untypedName(f)) && untitled(f);
  // "Marks & Spencer Group Plc": so is one word before a partner's surname and the firm's legal form.
  const founders = (f: EntityFinding, g: EntityFinding): boolean =>
    oneWord(f) && ((oneWord(g) && !(isGivenName(tokens[f.first].key) && isGivenName(tokens[g.first].key))) || (g.kind === 'org' && isPartnerWithLegalForm(tokens, g.first, g.last)));
  // "Bill & Melinda Gates Foundation": a given name before an organization's name that opens with another is the couple's.
  const couple = (f: EntityFinding, g: EntityFinding): boolean => oneWord(f) && g.kind === 'org' && isGivenName(tokens[f.first].key) && isGivenName(tokens[g.first].key) && untitled(g);
  for (let i = findings.length - 2; i >= 0; i--) {
    const f = findings[i];
    const g = findings[i + 1];
    const gap = tokens[f.last].end;
    if (tokens[g.first].start - gap !== 3 || body.charCodeAt(gap + 1) !== AMPERSAND || body.slice(gap, gap + 3) !== ' & ') continue;
    if (company(f, g)) {
      // A company the lists know keeps its name: "Wells Fargo & Co" is Wells Fargo.
      findings.splice(i, 2, f.kind === 'dict' ? { ...f, last: g.last } : organizationFinding(doc, f.first, g.last));
      continue;
    }
    if (!side(f) || !side(g)) {
      if (!founders(f, g) && !couple(f, g)) continue;
    }
    if (tokens.slice(f.first, g.last + 1).every((t) => isVocabularyWord(t.key)) || credited(f)) continue;
    findings.splice(i, 2, organizationFinding(doc, f.first, g.last));
  }
}

/** What stands between the names of a list: "Quorvex, Tellan and Brellow". */
const LIST_GAPS: ReadonlySet<string> = new Set([', ', ' and ']);

/**
 * "Led by Ayala Land and San Miguel Corp", "Quorvex Holdings Ltd, Tellan Power and Brellow rose": a name no rule typed, listed
 * by ", " or " and " right beside a company's name that ends in its legal form, is a company too, as market reports list
 * them: a name of at most NAME_WORDS words that no given name or title word opens, not only ordinary words, and not one word a
 * surname may be ("Lee and Quorvex Corp"). Rewrites those partial findings in `findings`.
 */
function companiesListedWithCompanies(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  const company = (g: EntityFinding | undefined): boolean => isOrganizationFinding(g) && isCompanyLegalForm(tokens[g!.last].key);
  const gap = (f: EntityFinding, g: EntityFinding): string => body.slice(tokens[f.last].end, tokens[g.first].start);
  const listed = (f: EntityFinding, g: EntityFinding): boolean => LIST_GAPS.has(gap(f, g));
  // The list goes on after the name: ", " or " and " follows it.
  const goesOn = (f: EntityFinding): boolean => [...LIST_GAPS].some((g) => body.startsWith(g, tokens[f.last].end));
  findings.forEach((f, i) => {
    if (f.kind !== 'partial' || f.last - f.first >= NAME_WORDS || modifiesNoun(tokens, f.last)) return;
    const [before, after] = [findings[i - 1], findings[i + 1]];
    // After the company and a comma the list goes on past the name ("Quorvex Ltd, Tellan Power and Brellow"; not "..., Asian stocks rose").
    const afterCompany = company(before) && listed(before!, f) && (gap(before!, f) === ' and ' || goesOn(f));
    if (!((company(after) && listed(f, after)) || afterCompany)) return;
    const ws = tokens.slice(f.first, f.last + 1);
    if (isGivenName(ws[0].key) || ws.some((t) => isTitleWord(t.key) || t.possessive) || ws.every((t) => isVocabularyWord(t.key))) return;
    if (ws.length === 1 && isSurname(ws[0].key)) return;
    findings[i] = organizationFinding(doc, f.first, f.last);
  });
}

/**
 * "Zorvani Co., Ltd.", "Brellow Co., Inc.": a company's name ending in its legal form, then ", " and another
 * legal form, is one registered name: the comma sits inside it. Extends each such finding in `findings`
 * over the second form (and drops a finding of that form alone).
 */
function legalFormAfterComma(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i];
    const [form, next] = [tokens[f.last], tokens[f.last + 1]];
    if (!next?.cap || next.start - form.end !== 2 || body.charCodeAt(form.end) !== COMMA || !isOrganizationFinding(f)) continue;
    if (!isCompanyLegalForm(form.key) || !isCompanyLegalForm(next.key)) continue;
    const alone = findings[i + 1]?.first === f.last + 1 && findings[i + 1].last === f.last + 1;
    findings.splice(i, alone ? 2 : 1, f.kind === 'dict' ? { ...f, last: f.last + 1 } : organizationFinding(doc, f.first, f.last + 1));
  }
}

/** A line of a results table: a name, its score, another name, its score ("Quorvani 2 Brellow Rovers 1"), maybe a note in brackets. */
export const RESULT_LINE = /^\s*\p{Lu}[^\d\n]*?\s\d{1,3}\s+\p{Lu}[^\d\n]*?\s\d{1,3}\s*(?:\([^)\n]*\)\s*)?\.?\s*$/u;

/**
 * "Quorvani 2 Brellow Rovers 1": the names no rule typed in a segment that is one line of a results
 * table, each right before its score, are the teams (or clubs) that played. Rewrites those partial findings.
 */
function teamsInResultLines(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  const results = new Map<number, boolean>();
  findings.forEach((f, i) => {
    // A space and a digit right after the name first: most names are followed by neither.
    const end = tokens[f.last].end;
    if (f.kind !== 'partial' || end + 1 >= body.length || body.charCodeAt(end) !== 32) return;
    const digit = body.charCodeAt(end + 1);
    if (digit < 48 || digit > 57) return;
    const s = tokens[f.first].segment;
    if (!results.has(s)) results.set(s, RESULT_LINE.test(body.slice(doc.segments[s].start, doc.segments[s].end)));
    if (results.get(s) && /^\s+\d{1,3}(?!\S*\p{L})/u.test(body.slice(end, end + 5))) {
      findings[i] = organizationFinding(doc, f.first, f.last);
    }
  });
}

/** What news writes between two teams before the score: a result's verb, "upset", "drew", "tied" (alone in the gap). */
const RESULT_GAP = new RegExp(`^\\s+(?:${RESULT_VERBS}|upset|drew|tied)\\s+$`);

/** A score right after a name: " 2-1", " 3 – 0". */
const SCORE_AFTER = /^\s+\d{1,2}\s*[-–]\s*\d{1,2}(?!\d)/;

/**
 * A winning margin only a team has, right after a name: " by six wickets", " by 12 runs", " by an innings and 20 runs", " by 42
 * points", " by two tries" (a golfer wins "by two strokes", a player in sets).
 */
const TEAM_MARGIN_AFTER = /^\s+by\s+(?:an\s+innings(?:\s+and\s+\d{1,3}\s+runs?)?|(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:runs?|wickets?|points?|goals?|tries|try))\b/;

/**
 * "Brellow United beat Quorvani 2-1", "Quorvani lost to Brellow Rovers 0-3": a name no rule typed, or a
 * city the lists know, on one side of a result verb whose other side is an organization (a team), with the
 * score right after the second name, is a team too. Two people or two places so ("Quimby beat Vell 6-4")
 * stay what they are. With a team's margin after the second name instead (TEAM_MARGIN_AFTER: "Quorvane beat Brellow by six wickets",
 * "Tellan beat Carlton by 42 points"), each side is a team whatever the other: a name no rule typed, a city or a region the lists know
 * ("Essex beat Surrey"), or one word read as an untitled person's, with no word of a person the article names in full. Rewrites those findings.
 */
function teamsInResults(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  const team = (f: EntityFinding): boolean => f.kind === 'partial' || (f.kind === 'dict' && f.hit.type === 'CITY');
  let personWords: Set<string> | null = null;
  const side = (f: EntityFinding): boolean => {
    const untitled = f.kind === 'person' && f.titleFirst === null && f.first === f.last;
    if (!untitled && !team(f) && !(f.kind === 'dict' && f.hit.type === 'REGION')) return false;
    personWords ??= personNameWords(tokens, findings);
    return !tokens.slice(f.first, f.last + 1).some((t) => personWords!.has(t.key));
  };
  for (let i = 0; i + 1 < findings.length; i++) {
    const [f, g] = [findings[i], findings[i + 1]];
    const gap = body.slice(tokens[f.last].end, tokens[g.first].start);
    if (gap.length > 12 || tokens[f.last].possessive || !RESULT_GAP.test(gap)) continue;
    const after = body.slice(tokens[g.last].end, tokens[g.last].end + 40);
    if (TEAM_MARGIN_AFTER.test(after)) {
      for (const [k, h] of [[i, f], [i + 1, g]] as const) if (side(h)) findings[k] = organizationFinding(doc, h.first, h.last);
      continue;
    }
    if (!SCORE_AFTER.test(after)) continue;
    if (isOrganizationFinding(f) && team(g)) findings[i + 1] = organizationFinding(doc, g.first, g.last);
    else if (isOrganizationFinding(g) && team(f)) findings[i] = organizationFinding(doc, f.first, f.last);
  }
}

/** Verbs of speech that stay a person's sign ("Quorvani said"), but for the announcing a company does. */
const ORGANIZATION_SPEECH = new Set(['announced', 'announces']);

/**
 * A lower-case finite verb at token `i` (after at most one adverb, or after "has" / "have"): past or
 * present tense, no copula, modal or auxiliary, no verb of a person's speech ("said", "told") but
 * "announced"; "ranks", "ruled", "has learned", "then ruled".
 */
function finiteVerbAt(tokens: ArticleToken[], i: number): boolean {
  let j = i;
  if (tokens[j] && !tokens[j].cap && tokens[j].joinsNext && hasLexiconTag(tokens[j].key, 'Adverb')) j++;
  if (tokens[j] && !tokens[j].cap && tokens[j].joinsNext && (tokens[j].key === 'has' || tokens[j].key === 'have')) j++;
  const v = tokens[j];
  if (!v || v.cap || v.segment !== tokens[i].segment) return false;
  if (isPersonalCueForm(v.key) && !ORGANIZATION_SPEECH.has(v.key)) return false;
  if (hasLexiconTag(v.key, 'Copula') || hasLexiconTag(v.key, 'Modal') || hasLexiconTag(v.key, 'Auxiliary')) return false;
  if (hasLexiconTag(v.key, 'PastTense') || hasLexiconTag(v.key, 'PresentTense') || /[^e]ed$/.test(v.key)) return true;
  // "ranks", "publishes": a verb's -s form.
  const stem = v.key.endsWith('es') && hasLexiconTag(v.key.slice(0, -2), 'Infinitive') ? v.key.slice(0, -2) : v.key.slice(0, -1);
  return v.key.endsWith('s') && hasLexiconTag(stem, 'Infinitive');
}

/** An agent noun and its stem: "protesters" of "protest". */
const AGENT_NOUN = /^(\p{L}{4,}?)(?:er|or)s?$/u;

/**
 * A word some list or the dictionary knows, as written, as the plural of one ("photos", "authorities"),
 * or as the agent noun of an ordinary word ("Protesters", "Protestors").
 */
function knownWordOrPlural(key: string): boolean {
  if (knownWord(key)) return true;
  const agent = AGENT_NOUN.exec(key)?.[1];
  if (agent && isCommonWord(agent)) return true;
  if (!key.endsWith('s')) return false;
  return knownWord(key.slice(0, -1)) || (key.endsWith('es') && knownWord(key.slice(0, -2))) || (key.endsWith('ies') && knownWord(`${key.slice(0, -3)}y`));
}

function knownWord(w: string): boolean {
  return isCommonWord(w) || isGivenName(w) || isSurname(w) || isDictionaryWord(w) || isDictionaryName(w) || isTitleWord(w);
}

/**
 * Prepositions whose object is no subject of the verb after it (not "at": "analysts at Quorvle said"): a place's, and "of", whose
 * object sits inside the noun phrase that is the subject ("Residents of Quorvania gave", "the collapse of Tellanet hit"); a company's
 * people before "of" type it by the roles they hold (afterRoleOf: "shareholders of Quorvani voted").
 */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([...[...PLACE_PREPOSITIONS, ...DIRECTION_PREPOSITIONS].filter((p) => p !== 'at'), 'of']);

/**
 * "Quorvani ranks the site 135th", "Tellanet then ruled that ...", "Quorvani announced a loss": one
 * capitalised word that no list or dictionary knows (no given name, surname, ordinary word, plural or
 * brand), that is no word of a person the article names, written right before a finite verb that is no
 * verb of a person's speech and not right after a place's preposition (OBJECT_PREPOSITIONS), names an
 * organization: news introduces a person by full name or title first. Every finding of that one word
 * is rewritten, unless a person's pronoun or "who" follows one of them (evidenceAfter).
 */
function organizationsAsSubjects(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  const unknown = (f: EntityFinding): boolean => {
    if (f.kind !== 'partial' || f.first !== f.last) return false;
    const t = tokens[f.first];
    if (t.upper || t.initial || t.possessive || t.text.length < 3 || doc.segments[t.segment].titleCase || isBrandShaped(t.text) || /\d/.test(t.text)) return false;
    return t.key.includes('-') ? !t.key.split('-').some((part) => part.length > 1 && knownWordOrPlural(part)) : !knownWordOrPlural(t.key);
  };
  const subjects = new Set<string>();
  for (const f of findings) {
    const next = tokens[f.last + 1];
    // One word no rule typed, a lower-case word joined after it, first: the words around it are read only then.
    if (f.kind !== 'partial' || f.first !== f.last || !next || next.cap || !tokens[f.last].joinsNext) continue;
    // The object of a place's preposition is no subject: "the fire near Lindos had been contained", "teams in Kitchanga treated".
    const before = tokens[f.first - 1];
    const object = !!before && !before.cap && before.joinsNext && OBJECT_PREPOSITIONS.has(before.key);
    // A word after a surname's particles is a surname: "Officials and van der Quorvle met".
    const surname = surnameParticlesStart(tokens, f.first) < f.first;
    if (!object && !surname && finiteVerbAt(tokens, f.last + 1) && unknown(f)) subjects.add(tokens[f.first].key);
  }
  if (!subjects.size) return;
  for (const word of personNameWords(tokens, findings)) subjects.delete(word);
  // A person's pronoun or "who" after one finding of the word ("Quorvle said she", "Quorvle, who") shows it a person's throughout.
  for (const f of findings) if (f.kind === 'partial' && f.first === f.last && subjects.has(tokens[f.first].key) && evidenceAfter(doc, f.last) === 'person') subjects.delete(tokens[f.first].key);
  findings.forEach((f, i) => {
    if (f.kind === 'partial' && subjects.has(tokens[f.first].key) && unknown(f)) findings[i] = organizationFinding(doc, f.first, f.last);
  });
}

/**
 * "Economists at Quorvle expect", "analysts at Tellan warn": right after the name of people's workplace (token `last`), one space on, a
 * lower-case word the lexicon tags as a verb's plain form: after "at" and the name, the verb of the people before them, no noun the
 * name modifies (a noun there takes "the": "analysts at the Quorvle fund").
 */
function plainVerbAfter(tokens: ArticleToken[], last: number): boolean {
  const next = tokens[last + 1];
  return !!next && !next.cap && tokens[last].joinsNext && next.segment === tokens[last].segment && hasLexiconTag(next.key, 'Infinitive');
}

/** Lower-case words for a person's time at an organization, before "at": "works at", "his years at", "a stint at". */
const TIME_AT_WORDS: ReadonlySet<string> = new Set(['work', 'works', 'worked', 'working', 'employed', 'job', 'career', 'stint', 'years', 'time', 'tenure', 'internship']);

/**
 * "an analyst at Quorvle", "Analysts at Quorvle said", "professor of law at Tellan", "his years at Tellan", "meteorologists at Tellan":
 * the partial name right after "at", which follows a person's job or office (a title head, a word the lexicon tags as an actor or a
 * specialist's noun in "-ist" of seven letters or more (not "list", "exist"), optionally with "of" and a lower-case field) or a word for a time of work.
 */
export function afterJobAt(tokens: ArticleToken[], f: EntityFinding): boolean {
  const at = tokens[f.first - 1];
  if (!at || at.cap || at.key !== 'at' || !at.joinsNext || at.segment !== tokens[f.first].segment) return false;
  let job = tokens[f.first - 2];
  // "professor of law at ...": a field after "of".
  if (job && !job.cap && tokens[f.first - 3]?.key === 'of' && tokens[f.first - 4]) job = tokens[f.first - 4];
  // "a teacher at Tellan Hills" names a place; the job may open the sentence ("Analysts at Quorvle said").
  if (!job || (job.cap && !(job.sentenceStart && !job.upper)) || !job.joinsNext || job.segment !== at.segment || isPlaceHead(tokens[f.last].key)) return false;
  return isTitleHead(job.key) || hasLexiconTag(job.key, 'Actor') || TIME_AT_WORDS.has(job.key) || specialistNoun(job.key);
}

/** An English noun in "-ist" for a person by the field they work in, or its plural, that no lexicon tags as an actor: "meteorologists", "geologist". */
function specialistNoun(key: string): boolean {
  const singular = key.endsWith('ists') ? key.slice(0, -1) : key;
  return singular.length > 6 && singular.endsWith('ist') && isVocabularyWord(singular);
}

/** A company's people and officers, written before "of" or "for" and its name: "a spokesman for X", "chief executive of X". */
const COMPANY_ROLES: ReadonlySet<string> = new Set(['executive', 'officer', 'director', 'owner', 'manager', 'analyst', 'economist', 'strategist', 'partner', 'shareholder', 'investors']);

/**
 * "a spokesman for Tellanet", "chief executive of Vostrani", "shareholders of Quorvani": the partial
 * name right after "of" or "for", which follows a word for an organization's people or a company's
 * officer (no office of a place: "mayor of X", "president of X").
 */
function afterRoleOf(tokens: ArticleToken[], f: EntityFinding): boolean {
  const of = tokens[f.first - 1];
  const role = tokens[f.first - 2];
  if (!of || of.cap || (of.key !== 'of' && of.key !== 'for') || !of.joinsNext || of.segment !== tokens[f.first].segment) return false;
  // The role may open the sentence: "Shares of Quorvani fell".
  if (!role || (role.cap && !(role.sentenceStart && !role.upper)) || !role.joinsNext || role.segment !== of.segment || isPlaceHead(tokens[f.last].key)) return false;
  return isOrganizationPeopleWord(role.key) || COMPANY_ROLES.has(role.key);
}

/** Words for a company's sale or a holding in it, by the preposition written between them and its name: "the takeover of X", "shares of X", "a stake in X", "its merger with X". */
const DEAL_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['of', new Set(['acquisition', 'takeover', 'purchase', 'buyout', 'shares', 'stock'])],
  ['in', new Set(['stake', 'stakes', 'shares'])],
  ['with', new Set(['merger'])],
]);

/** True when a word of finding `f` holds a digit ("F-35s", "Quorvle 2030"). */
function holdsFigure(tokens: ArticleToken[], f: EntityFinding): boolean {
  for (let i = f.first; i <= f.last; i++) if (/\d/.test(tokens[i].key)) return true;
  return false;
}

/**
 * "the takeover of Quorvani", "its purchase of Tellanet", "Shares in Vostrani rose", "a merger with Quorvle": the
 * name, with no figure in it ("the purchase of F-35s" buys jets) nor a place's head word ending it ("the purchase of
 * Blackwood Manor" buys a house), right after a preposition of DEAL_WORDS and the lower-case
 * word for a company's sale or a holding it takes (which may open the sentence).
 */
export function afterDealWord(tokens: ArticleToken[], f: EntityFinding): boolean {
  const [deal, preposition] = [tokens[f.first - 2], tokens[f.first - 1]];
  if (!deal || !preposition || preposition.cap || !deal.joinsNext || !preposition.joinsNext || deal.segment !== tokens[f.first].segment) return false;
  if ((deal.cap && !(deal.sentenceStart && !deal.upper)) || !DEAL_WORDS.get(preposition.key)?.has(deal.key)) return false;
  return !isPlaceHead(tokens[f.last].key) && !holdsFigure(tokens, f);
}

/**
 * Participles of what an organization does to a thing, whose agent after "by" is an organization rather than a person: a company
 * owns, operates, publishes, sponsors, supplies, sells, builds or buys it, a body runs, organises, funds or finances it ("the race is
 * organised by Quorvle Events", "a drug sold by Quorvane", "the railway built by Tellan", "a plant financed by Brellow Bank").
 */
export const ORGANIZATION_AGENT_PARTICIPLES: ReadonlySet<string> = new Set([
  'owned', 'operated', 'run', 'organised', 'organized', 'published', 'sponsored', 'supplied', 'promoted', 'bought', 'acquired', 'sold', 'built', 'funded', 'financed',
]);

/**
 * "55 percent owned by Quorvacom", "the league, organised by Quorvle Sports", "hosted ... run by the Tellan Trust": the name `f`
 * (no figure in it, no place's head word ending it, not cut from a longer name), with the finding `after` it, right after "by", or
 * "by the", after a lower-case participle of ORGANIZATION_AGENT_PARTICIPLES in its segment: the agent of that act.
 */
function afterAgentBy(tokens: ArticleToken[], f: EntityFinding, after: EntityFinding | undefined): boolean {
  const by = lowerWordAt(tokens, f.first - 1, 'the') ? f.first - 2 : f.first - 1;
  const participle = tokens[by - 1];
  if (!participle || participle.cap || !participle.joinsNext || participle.segment !== tokens[f.first].segment || !ORGANIZATION_AGENT_PARTICIPLES.has(participle.key)) return false;
  // "organised by Friends of Harbour Green", "by Great Ethiopian Run": a name that goes on after "of" or in capitals was cut there, its
  // first part naming nothing alone; but for a country or a region right after it ("run by Curl Manitoba": the body's unit there,
  // organization-unit.rules).
  const unit = !!after && after.first === f.last + 1 && after.kind === 'dict' && (after.hit.type === 'COUNTRY' || after.hit.type === 'REGION');
  const goesOn = (tokens[f.last].joinsNext && !!tokens[f.last + 1]?.cap && !unit) || (lowerWordAt(tokens, f.last + 1, 'of') && !!tokens[f.last + 2]?.cap);
  return lowerWordAt(tokens, by, 'by') && !goesOn && !isPlaceHead(tokens[f.last].key) && !holdsFigure(tokens, f);
}

/** A deal's verb phrase right after a company's name, its buyer's or its partner's: "agreed to acquire", "is in talks to buy", "has agreed to merge". */
const DEAL_AFTER = /^ (?:(?:has |have |had )?agreed|(?:is|are|was|were) in (?:[a-z]+ )?talks) to (?:buy|acquire|purchase|take over|merge|sell)\b/;
/** A deal's words right before the company bought: "agreed to buy", "talks to acquire", "acquired", "a bid for". */
const DEAL_BEFORE = /(?:\b(?:agreed|agreement|talks|deal|offer|bid|plans?) to (?:buy|acquire)|\bacquir(?:e|ed|es|ing)) $/;

/**
 * "Quorvle agreed to acquire Tellanet", "Apple is in talks to buy a stake": the partial name (with no figure in it) right
 * before a deal's verb phrase (DEAL_AFTER) or right after a deal's words (DEAL_BEFORE) is a company's, a buyer's, a seller's or
 * the one bought; not a word the article writes in a person's name ("Kretinsky agreed to buy" after "Daniel Kretinsky").
 */
function inDeal(doc: TokenizedArticle, findings: EntityFinding[], f: EntityFinding): boolean {
  const { tokens, body } = doc;
  const [first, last] = [tokens[f.first], tokens[f.last]];
  const deal = (!last.possessive && DEAL_AFTER.test(body.slice(last.end, last.end + 40))) || DEAL_BEFORE.test(body.slice(Math.max(0, first.start - 30), first.start));
  if (!deal || holdsFigure(tokens, f)) return false;
  const people = personNameWords(tokens, findings);
  return !tokens.slice(f.first, f.last + 1).some((t) => people.has(t.key));
}

/**
 * "the Gliders", "The Ravens have never won": one capitalised plural word right after "the" (no other
 * capitalised word after it, not opening a sentence itself), whose singular is ordinary English
 * vocabulary and no title, group word, demonym or place head, is a team's or a band's name.
 */
function pluralTeamName(tokens: ArticleToken[], f: EntityFinding): boolean {
  if (f.kind !== 'partial' || f.first !== f.last) return false;
  const t = tokens[f.first];
  const the = tokens[f.first - 1];
  const next = tokens[f.first + 1];
  if (!the || the.key !== 'the' || !the.joinsNext || the.segment !== t.segment || (the.cap && !the.sentenceStart) || t.upper || t.sentenceStart) return false;
  // Not the start of a longer name ("the Plains of Arafat", "the Arts and Humanities Index") nor a modifier ("the Gliders team").
  if (next && t.joinsNext && (next.cap || (NAME_CONNECTORS.has(next.key) && (tokens[f.first + 2]?.cap || tokens[f.first + 3]?.cap)) || modifiesNoun(tokens, f.last))) return false;
  if (!isPluralShaped(t.key) || isDictionaryName(t.key)) return false;
  const singular = singularOf(t.key);
  if (isDictionaryName(singular) || isTitleWord(singular) || GROUP_WORDS.has(singular) || countryOfDemonym(singular) || hasLexiconTag(singular, 'Demonym')) return false;
  // "the Courts", "the Highlands": an organization's or a place's head word in the plural names no team.
  if (isOrganizationHead(singular) || isPlaceHead(singular)) return false;
  return isDictionaryWord(singular) || isCommonWord(singular);
}

/**
 * Lower-case nouns for a group of people acting together, written right after its name ("the Quorvan Dawn movement",
 * "the United Steelworkers union", "the ruling Pakatan Harapan coalition", "the M23 rebels").
 */
const MOVEMENT_NOUNS: ReadonlySet<string> = new Set([
  'group', 'movement', 'militia', 'militants', 'organization', 'organisation', 'union', 'coalition', 'alliance', 'bloc', 'faction', 'rebels',
]);

/** How many lower-case modifiers may stand between "the" (or a possessive) and a group's name: "the ruling", "the main opposition". */
const GROUP_MODIFIERS = 2;

/**
 * The name at `f` is opened as a group's: right after "the" or a capitalised possessive ("Malaysia's"), or after
 * up to GROUP_MODIFIERS lower-case words that are no function words after one ("the ruling", "the main opposition").
 */
function openedAsGroup(tokens: ArticleToken[], f: EntityFinding): boolean {
  for (let j = f.first - 1; j >= 0 && j >= f.first - 1 - GROUP_MODIFIERS; j--) {
    const t = tokens[j];
    if (t.segment !== tokens[f.first].segment) return false;
    if (t.cap && t.possessive) return true;
    if (!t.joinsNext) return false;
    if (t.key === 'the' && !t.possessive) return true;
    if (t.cap || isFunctionWord(t.key)) return false;
  }
  return false;
}

/**
 * "the Red Harvest movement", "Malaysia's ruling Pakatan Harapan coalition", "the M23 rebels": a name no rule typed, or
 * read as a person with no title, opened as a group's (openedAsGroup) and written right before a word for a group of
 * people (MOVEMENT_NOUNS), names that group (movementNamed), without the peoples' adjectives before an acronym ("the
 * Kurdish YPG militia"); so does one before its armed members' plural, opened so or not (armedGroupNamed: "Tamil Tiger
 * rebels"). Rewrites those findings.
 */
function groupsBeforeTheirNoun(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  findings.forEach((f, i) => {
    if (f.kind !== 'partial' && (f.kind !== 'person' || f.titleFirst !== null)) return;
    const next = tokens[f.last + 1];
    if (!next || next.cap || !tokens[f.last].joinsNext) return;
    if ((MOVEMENT_NOUNS.has(next.key) && openedAsGroup(tokens, f) && movementNamed(tokens, f)) || (ARMED_MEMBERS.has(next.key) && armedGroupNamed(tokens, f))) {
      findings[i] = organizationFinding(doc, acronymAfterPeoples(tokens, f), f.last);
    }
  });
}

/** Lower-case plurals for the members of an armed group, written right after its name: "Tamil Tiger rebels", "Shining Path guerrillas". */
const ARMED_MEMBERS: ReadonlySet<string> = new Set(['rebels', 'militants', 'guerrillas', 'guerillas', 'insurgents', 'fighters', 'separatists', 'militiamen']);

/**
 * "Tamil Tiger rebels", "Shining Path guerrillas", "Quorvan Dawn fighters": before its members' plural (ARMED_MEMBERS), a name of
 * two to NAME_WORDS words ending in an ordinary English word, with no given name opening it (a warlord's men: "Ann Rose
 * fighters"), no title head, capitalised function word or possessive, names the armed group, with "the" before it or not.
 */
function armedGroupNamed(tokens: ArticleToken[], f: EntityFinding): boolean {
  const ws = tokens.slice(f.first, f.last + 1);
  const last = ws[ws.length - 1];
  if (ws.length < 2 || ws.length > NAME_WORDS || isGivenName(ws[0].key) || last.possessive || last.upper || !isVocabularyWord(last.key)) return false;
  return !ws.some((t) => !t.cap || isTitleHead(t.key) || isFunctionWord(t.key));
}

/**
 * "the Quorvan Dawn movement", "the Red Harvest group", "the M23 rebels": a name of two to NAME_WORDS words, or one
 * acronym or word with a figure (any one word before "union": "the Unite union", "the Teamsters union"), none a given name, known surname, title head or capitalised function word, and not
 * only group nouns or peoples ("the Sunni Muslim group"), names a group, whatever its words ("Islamic State", "Black
 * Lives Matter").
 */
function movementNamed(tokens: ArticleToken[], f: EntityFinding): boolean {
  const one = tokens[f.first];
  if (f.last - f.first >= NAME_WORDS || (f.first === f.last && !one.upper && !/\d/.test(one.key) && tokens[f.last + 1].key !== 'union')) return false;
  const ws = tokens.slice(f.first, f.last + 1);
  if (ws.some((t) => isGivenName(t.key) || isSurname(t.key) || isTitleHead(t.key) || (t.cap && isFunctionWord(t.key)))) return false;
  return !ws.every((t) => GROUP_WORDS.has(t.key) || hasLexiconTag(t.key, 'Demonym') || !!countryOfDemonym(t.text));
}

/** The endings of a people's adjective: "Kurdish", "Quorvian", "Sudanese", "Houthi". */
const PEOPLE_ADJECTIVE = /(?:ish|ian|ese|i)$/;

/** A people's name or adjective, or a faith's ("Syrian", "Kurdish", "Sunni"), no given name or surname. */
function isPeoplesAdjective(t: ArticleToken): boolean {
  if (hasLexiconTag(t.key, 'Demonym') || !!countryOfDemonym(t.text) || GROUP_WORDS.has(t.key)) return true;
  return !t.upper && PEOPLE_ADJECTIVE.test(t.key) && !isGivenName(t.key) && !isSurname(t.key);
}

/**
 * "the Kurdish YPG militia": where a group's name `f` is peoples' adjectives before one acronym, the acronym
 * alone is the name (the adjectives describe it); a name in words keeps them ("British Red Cross"). The name's first token.
 */
function acronymAfterPeoples(tokens: ArticleToken[], f: EntityFinding): number {
  return tokens[f.last].upper && tokens.slice(f.first, f.last).every(isPeoplesAdjective) ? f.last : f.first;
}

/** A German adjective's weak ending, which opens a company's or a body's name and no person's ("Deutsche", "Bayerische"; not "Nietzsche", a surname that ends a name). */
const GERMAN_ADJECTIVE = /\p{Ll}sche$/u;

/** The endings of an English adjective the tagger's lexicon leaves untagged: "National", "Federal", "Atlantic". */
const ADJECTIVE_ENDING = /(?:al|ic)$/;

/**
 * A capitalised word that opens a body's name as an adjective no person bears for a given name: an English adjective or
 * ordinal ("Standard", "First"), a German adjective (GERMAN_ADJECTIVE), or a dictionary word with an adjective's ending
 * no name list holds ("National"; not "Kamal"); no office ("General" heads one) or people's adjective ("British").
 */
function adjectiveOpener(t: ArticleToken): boolean {
  if (!t.cap || t.upper || t.possessive || isTitleHead(t.key) || isPeoplesAdjective(t)) return false;
  const untagged = ADJECTIVE_ENDING.test(t.key) && isVocabularyWord(t.key) && !inNameLists(t);
  return hasLexiconTag(t.key, 'Adjective') || hasLexiconTag(t.key, 'Ordinal') || GERMAN_ADJECTIVE.test(t.key) || untagged;
}

/**
 * True when the word joined right after the name ending at token `last` shows it acting as a body: an organization's
 * evidence (evidenceAfter: "said it", "shares"), a speech verb with no person's pronoun after it, or its armed members'
 * plural ("guerrillas"); not ", which", said of reports and laws too ("the National Climate Assessment, which").
 */
function actsAsBody(doc: TokenizedArticle, last: number): boolean {
  const next = doc.tokens[last + 1];
  if (!next || next.cap || !doc.tokens[last].joinsNext || next.segment !== doc.tokens[last].segment) return false;
  const evidence = evidenceAfter(doc, last);
  return evidence ? evidence === 'organization' : isPersonalCueForm(next.key) || ARMED_MEMBERS.has(next.key);
}

/**
 * "Deutsche Telekom said", "Standard Chartered said", "Royal Mail said", "National Grid said it", "Shining Path guerrillas": a
 * name of two to NAME_WORDS words opened by an adjective no person bears for a given name (adjectiveOpener), the words after
 * it no name the lists hold as a person's, no title word ("First Lady") and no particle ("Marine Le Pen"), names a company or a body, not a person: read
 * as an untitled person's, or left untyped and acting as a body (actsAsBody). An adjective the lists also hold as a given
 * name ("Royal") opens one only before ordinary words alone ("Royal Mail"; not "Royal Quimby"). So does such an adjective
 * opening the sentence, left out of the name, before capitalised dictionary words acting as a body ("Standard Life said
 * it", "First Solar shares"): none names a thing alone; and so does a number word capitalised inside the sentence ("Zero
 * Hedge said"; not "One Republican said", the sentence's capital). Outside Title Case lines. Rewrites those findings.
 */
function organizationsOpenedByAdjectives(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  findings.forEach((f, i) => {
    if (f.last - f.first >= NAME_WORDS || doc.segments[tokens[f.first].segment].titleCase) return;
    const opener = tokens[f.first - 1];
    // The lists are asked of the word before a name only for an untyped name or an organization's with a word joined before it,
    // and of the name's words only when that word was left out of it (few names). "Zero Hedge said": a number word capitalised
    // inside the sentence opens a name.
    const leftOut =
      (f.kind === 'partial' || f.kind === 'org') &&
      !!opener?.joinsNext &&
      findings[i - 1]?.last !== f.first - 1 &&
      ((opener.sentenceStart && adjectiveOpener(opener)) || (!opener.sentenceStart && opener.cap && !opener.upper && hasLexiconTag(opener.key, 'Cardinal')));
    const ordinary = leftOut && tokens.slice(f.first, f.last + 1).every((t) => t.cap && !t.upper && !t.possessive && isVocabularyWord(t.key) && !inNameLists(t) && !isTitleWord(t.key));
    if (ordinary && actsAsBody(doc, f.last)) {
      findings[i] = organizationFinding(doc, f.first - 1, f.last);
      return;
    }
    if (!untypedName(f) || f.last === f.first) return;
    // "the Board on Professional Responsibility says": a name after a lower-case function word and a capital inside the sentence ends a longer one.
    const before = tokens[f.first - 2];
    const inLonger = !!opener && !opener.cap && isFunctionWord(opener.key) && opener.joinsNext && !!before?.cap && !before.sentenceStart && before.joinsNext;
    if (inLonger || !adjectiveOpener(tokens[f.first])) return;
    const rest = tokens.slice(f.first + 1, f.last + 1);
    if (rest.some((t) => !t.cap || inNameLists(t) || isTitleWord(t.key) || NAME_PARTICLES.has(t.key)) || (f.kind === 'partial' && !actsAsBody(doc, f.last))) return;
    if (!inNameLists(tokens[f.first]) || rest.every((t) => !t.upper && isVocabularyWord(t.key))) findings[i] = organizationFinding(doc, f.first, f.last);
  });
}

/**
 * "Orange Polska cut its forecast", "Forza Italia said", "Vodafone España reported": a name of two to NAME_WORDS words no
 * rule typed as a place or a titled person, with a country's own name in its language in it (isNativeCountryName), names a
 * company's unit there or a party, not a person, and so does one opened by a language's own name in it ("Norsk Hydro said",
 * isNativeLanguageName); so does an organization's name right before such a country's name alone. Rewrites those findings (one for the two in the second case).
 */
function bodiesNamedInTheirLanguage(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i];
    if (f.kind === 'place' || (f.kind === 'person' && f.titleFirst !== null) || f.last - f.first >= NAME_WORDS) continue;
    // "Norsk Hydro", "Svenska Handelsbanken": a language's own name opens such a name too ("Péter Magyar" ends with one).
    const language = f.last > f.first && tokens[f.first].cap && isNativeLanguageName(tokens[f.first].key);
    if (!language && !tokens.slice(f.first, f.last + 1).some((t) => t.cap && isNativeCountryName(t.key))) continue;
    const before = findings[i - 1];
    if (f.first === f.last && before?.last === f.first - 1 && tokens[before.last].joinsNext && isOrganizationFinding(before)) findings.splice(i - 1, 2, organizationFinding(doc, before.first, f.last));
    else if (f.last > f.first && personOrUntyped(f)) findings[i] = organizationFinding(doc, f.first, f.last);
  }
}

/** The lexicon's tags of words that describe or place a name rather than open it: "Neighbouring Nigeria", "Meanwhile Kenya", "Both Texas". */
const MODIFIER_TAGS = ['Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Value', 'Verb'];

/**
 * "Shell Nigeria said", "Telkom Kenya said", "Screen Scotland, the national screen agency,", "sanctioned by Quorvex New Zealand": a
 * country or region the name lists hold as no person's name ("Nigeria"; not "West" of "Kanye West") after the first of a run of
 * capitalised words, the rest of it ("Scotland", "New Zealand"), acting as a subject (placeAsSubject), set off before an
 * organization's apposition (bodyApposedAfter) or with a body's signs around it (bodyAround), after a word that no list holds as a given name and that
 * describes nothing (no adjective, adverb, number, function, time, title or people's word, no plural or inflected word: not
 * "Neighbouring Nigeria said", "Meanwhile Kenya said"), names the company's unit or the body in that country.
 */
export function placeAfterBrandWord(doc: TokenizedArticle, chunk: number[], i: number): boolean {
  const { tokens } = doc;
  const last = chunk[chunk.length - 1];
  const body = i === 1 && chunkPlace(tokens, chunk) && (bodyApposedAfter(doc, last) || bodyAround(doc, chunk[0], last));
  if (!(placeAsSubject(tokens, chunk, i) || body) || (chunk.length === 2 && inNameLists(tokens[chunk[1]]))) return false;
  const brand = tokens[chunk[0]];
  if (brand.upper || brand.possessive || isGivenName(brand.key) || isFunctionWord(brand.key) || TIME_WORDS.has(brand.key) || isTitleWord(brand.key)) return false;
  return !MODIFIER_TAGS.some((tag) => hasLexiconTag(brand.key, tag)) && !isPeoplesAdjective(brand) && !isPluralShaped(brand.key) && !INFLECTED.test(brand.key);
}

/**
 * "sanctioned by Quorvex Australia", "Quorvex Scotland spokesperson Ann Lee", "Quorvex Scotland said it": the words around the name
 * from token `first` to `last` show a body: the agent of a passive before it (a lower-case past tense or participle in "-ed" and "by"), a word for an
 * organization's people right after it (isOrganizationPeopleWord), or a body's acting after it (actsAsBody).
 */
function bodyAround(doc: TokenizedArticle, first: number, last: number): boolean {
  const { tokens } = doc;
  const [by, verb, next] = [tokens[first - 1], tokens[first - 2], tokens[last + 1]];
  const agent = !!by && !!verb && by.key === 'by' && !by.cap && by.joinsNext && verb.joinsNext && !verb.cap && by.segment === tokens[first].segment && (isPastTense(verb.key) || (verb.key.endsWith('ed') && inflectedWord(verb.key)));
  const people = !!next && !next.cap && tokens[last].joinsNext && next.segment === tokens[last].segment && isOrganizationPeopleWord(next.key);
  return agent || people || actsAsBody(doc, last);
}

/** How many lower-case words an organization's apposition may have after its article ("the national screen agency"). */
const BODY_APPOSITION_WORDS = 4;

/**
 * ", the national screen agency," ", a tourism body": right after token `at`, a comma and an apposition, an article and lower-case
 * words (no function word) whose last, where the apposition ends or a function word follows, heads an organization's name or
 * names a kind of one, and no place ("the capital").
 */
function bodyApposedAfter(doc: TokenizedArticle, at: number): boolean {
  const { tokens, body } = doc;
  const article = tokens[at + 1];
  if (!article || article.cap || !ARTICLES.has(article.key) || article.segment !== tokens[at].segment || body.slice(tokens[at].end, article.start) !== ', ') return false;
  let nounAt = -1;
  for (let j = at + 2; j <= at + 1 + BODY_APPOSITION_WORDS && j < tokens.length && tokens[j - 1].joinsNext; j++) {
    const t = tokens[j];
    if (t.cap || t.possessive || isFunctionWord(t.key)) break;
    nounAt = j;
  }
  if (nounAt < 0) return false;
  const [noun, next] = [tokens[nounAt], tokens[nounAt + 1]];
  // The apposition ends at its noun, before punctuation or a function word ("the national screen agency of Scotland"); not "the group said".
  const ends = !noun.joinsNext || (!!next && !next.cap && isFunctionWord(next.key));
  return ends && (isOrganizationHead(noun.key) || ORGANIZATION_KIND_NOUNS.has(noun.key)) && !APPOSITION_PLACE_NOUNS.has(noun.key);
}

/**
 * "the comptroller's office, Quorvaloria,", "Ghana's cocoa board, Quorbod,", "The agency, Tellvolcs, said": right before token `first`, a
 * comma after an apposition's noun phrase, a possessive or a determiner (after no function word: "At the club, Quorvle, a newcomer,")
 * and lower-case words (no function word) whose last heads an
 * organization's name or names a kind of one (no place: "the capital"); and the apposition closes right after token `last` (a comma,
 * a full stop, a bracket): the name it stands beside is that organization's.
 */
function bodyApposedBefore(doc: TokenizedArticle, first: number, last: number): boolean {
  const { tokens, body } = doc;
  const noun = tokens[first - 1];
  if (!noun || noun.cap || noun.segment !== tokens[first].segment || body.slice(noun.end, tokens[first].start) !== ', ') return false;
  if (!(isOrganizationHead(noun.key) || isOrganizationKindNoun(noun.key)) || APPOSITION_PLACE_NOUNS.has(noun.key)) return false;
  if (!/^(?:, |\.|\s\()/.test(body.slice(tokens[last].end, tokens[last].end + 2))) return false;
  for (let j = first - 2; j >= 0 && j >= first - 2 - BODY_APPOSITION_WORDS && tokens[j].segment === noun.segment; j--) {
    const t = tokens[j];
    if (t.possessive) return true;
    if (!t.joinsNext) return false;
    // Not the object of a preposition ("At the club, Quorvle, a newcomer, scored").
    if (DETERMINERS.has(t.key)) return t.cap ? t.sentenceStart : !(tokens[j - 1]?.joinsNext && isFunctionWord(tokens[j - 1].key));
    if (t.cap || isFunctionWord(t.key)) return false;
  }
  return false;
}

/** German and Italian articles, which open no person's name in English news: "Der Spiegel", "Die Welt", "Il Messaggero". */
const PRESS_ONLY_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'il']);

/** The articles of the Romance languages and German that open a newspaper's or a party's name: "la Repubblica", "El Pais", "Die Linke". */
const TITLE_ARTICLES: ReadonlySet<string> = new Set([...PRESS_ONLY_ARTICLES, 'la', 'le', 'les', 'el', 'los', 'las']);

/** Lower-case words after a publication's name that show it reporting: "Le Figaro reported", "La Stampa quoted officials". */
const PRESS_VERBS: ReadonlySet<string> = new Set(['reported', 'reports', 'quoted', 'quotes']);

/** The words before a paper's name that cite it: "told El Mundo", "according to La Stampa". */
const TOLD: ReadonlySet<string> = new Set(['told']);
const TO: ReadonlySet<string> = new Set(['to']);
const ACCORDING: ReadonlySet<string> = new Set(['according']);

/** True when token `at` is the lower-case word `keys` holds (or the sentence's capital), in the same sentence as token `of`: the cue round a name. */
function cueWordAt(tokens: ArticleToken[], at: number, of: number, keys: ReadonlySet<string>): boolean {
  const t = tokens[at];
  return !!t && (!t.cap || t.sentenceStart) && !t.upper && keys.has(t.key) && t.segment === tokens[of].segment && (at < of ? t.joinsNext : tokens[of].joinsNext);
}

/**
 * "Italy's la Repubblica reported", "the German weekly Der Spiegel", "Le Figaro reported": a foreign article is part of the
 * name of the paper (or party) it opens, as its masthead writes it (CoNLL spans "La Repubblica", "Le Monde"). A name of at
 * most NAME_WORDS words no rule typed as a place or a titled person, opened by such an article, is an organization when the
 * article is German or Italian (PRESS_ONLY_ARTICLES: no person's name opens so), when the article is written in lower case
 * inside the sentence with no name word before it ("la Repubblica"; not "Fiorello la Guardia"), or when a word for a
 * publication stands before or after it, a verb of reporting after it, or "told" or "according to" before it ("the daily
 * Le Monde", "Le Figaro reported", "told El Mundo"; not "Le Pen said", a surname). Rewrites those findings, the lower-case article taken into the span.
 */
function pressNamedWithArticles(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  findings.forEach((f, i) => {
    if (f.last - f.first >= NAME_WORDS || f.kind === 'place' || (f.kind === 'dict' && f.hit.type !== 'ORGANIZATION') || (f.kind === 'person' && f.titleFirst !== null)) return;
    const [small, before] = [tokens[f.first - 1], tokens[f.first - 2]];
    const outside = !!small && small.joinsNext && TITLE_ARTICLES.has(small.key) && small.segment === tokens[f.first].segment;
    // "Italy's la Repubblica", "Die Linke won" (the sentence's capital): the article left out of the name before it; not one
    // after another particle, of a surname ("van der Quorvle", "de la Quintell").
    const lowerArticle = outside && !small.cap && !(before?.cap && !before.possessive) && !(before && !before.cap && before.joinsNext && NAME_PARTICLES.has(before.key));
    const openingArticle = outside && small.sentenceStart && PRESS_ONLY_ARTICLES.has(small.key);
    const article = lowerArticle || openingArticle ? small : tokens[f.first];
    const first = article === small ? f.first - 1 : f.first;
    if (first === f.first && (f.first === f.last || !article.cap || article.upper || !TITLE_ARTICLES.has(article.key))) return;
    // "told El Mundo", "according to La Stampa": a paper is told things and cited.
    const cited = cueWordAt(tokens, first - 1, first, TOLD) || (cueWordAt(tokens, first - 1, first, TO) && cueWordAt(tokens, first - 2, first - 1, ACCORDING));
    const press = lowerArticle || cited || PRESS_ONLY_ARTICLES.has(article.key) || cueWordAt(tokens, first - 1, first, MEDIA_NOUNS) || cueWordAt(tokens, f.last + 1, f.last, MEDIA_NOUNS) || cueWordAt(tokens, f.last + 1, f.last, PRESS_VERBS);
    if (!press || (f.kind === 'org' && f.first === first)) return;
    // "Marine Le Pen ... Le Pen reported": a surname the article gives a person elsewhere.
    const surname = tokens[f.last].key;
    if (!findings.some((g) => g !== f && g.kind === 'person' && tokens[g.last].key === surname)) findings[i] = organizationFinding(doc, first, f.last);
  });
}

/** Lower-case words for a publication or a broadcaster written right after its name ("Cosmopolitan magazine"). */
const MEDIA_NOUNS: ReadonlySet<string> = new Set(['newspaper', 'magazine', 'tabloid', 'daily', 'weekly', 'broadcaster', 'newswire']);

/**
 * "a Quorvle poll", "the latest Brightwater / Tellan poll", "Tellan magazine": a name no rule typed (no given name, known
 * surname or title word) right before a lower-case "poll" or "survey" is the pollster (before "magazine",
 * "newspaper", "news agency" the publication or the agency), and so is a name
 * written before it with a slash between. Rewrites those partial findings.
 */
function pollsters(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  const pollster = (f: EntityFinding): boolean => {
    if (f.kind !== 'partial' || f.last - f.first >= NAME_WORDS) return false;
    const ws = tokens.slice(f.first, f.last + 1);
    // "battleground Republican polls", "Internet polls": ordinary words name no pollster.
    if (ws.every((t) => isVocabularyWord(t.key))) return false;
    return !ws.some((t) => isGivenName(t.key) || isSurname(t.key) || isTitleWord(t.key) || isFunctionWord(t.key));
  };
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i];
    if (f.kind !== 'partial') continue;
    const next = tokens[f.last + 1];
    // "Cosmopolitan magazine", "the Yonhap news agency": a publication's or a broadcaster's name before the word for it.
    const poll = !!next && !next.cap && tokens[f.last].joinsNext && (POLL_NOUNS.has(next.key) || MEDIA_NOUNS.has(next.key) || (next.key === 'news' && next.joinsNext && tokens[f.last + 2]?.key === 'agency'));
    const g = findings[i + 1];
    const slashed = !poll && !!g && g.kind === 'org' && tokens[g.first].start - tokens[f.last].end <= 3 && /^\s*\/\s*$/.test(body.slice(tokens[f.last].end, tokens[g.first].start));
    if ((poll || slashed) && pollster(f)) findings[i] = organizationFinding(doc, f.first, f.last);
  }
}
