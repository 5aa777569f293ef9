import { headlineNamesFromBody } from './headline-names.rules';
import { hasLexiconTag, isClosedClassWord, isCommonWord, isCompanyLegalForm, isForeignArticle, isFunctionWord, isGivenName, isListedFirstName, isMastheadWord, isNewspaperName, isOrganizationHead, isPastTense, isPlaceHead, isSurname, isVocabularyWord, taggerReadsAsAdjective } from '../lexicon/english.lexicon';
import { isDictionaryName, isDictionaryWord } from '../lexicon/dictionary-words.lexicon';
import { type DictionaryHit, longestNameStartingWith, lookupName } from '../lexicon/entity.dictionary';
import { COMPANY_NOUNS, DOCUMENT_HEADS, GROUP_WORDS, KIN_NOUNS, NAMED_VEHICLES_AND_STORMS, NAME_PARTICLES, NAME_SUFFIXES, ORGANIZATION_KIND_NOUNS, PERSON_LABELS, PERSON_ONLY_VERBS, RIVAL_PLURALS, ROMANCE_PARTICLES, isBrandShaped, isFirmsPlural, withoutJoinedArticle } from '../lexicon/name-words.lexicon';
import { foldName } from '../lexicon/name.normalize';
import { chamberNamedAfterThe, isClubPrefix, isCompanyNameWord } from '../lexicon/organization.aliases';
import { isMajorPlaceName, stateNamed, usStateAbbreviated, usStateOpenedBy } from '../lexicon/place.gazetteer';
import { smallTownNamed } from './small-town.rules';
import { APPOSITION_PLACE_NOUNS, CARDINAL_POINTS, COMPASS, COMPASS_INITIALS, DIRECTION_PREPOSITIONS, DISEASE_NOUNS, GEO_HEADS, GEO_PREFIXES, PLACE_PREPOSITIONS, PLACE_QUALIFIERS, PREFIXES_AFTER_THE } from '../lexicon/place-words.lexicon';
import { ARTICLES, DETERMINERS, INDEFINITE_ARTICLES, TIME_WORDS } from '../lexicon/speaker.lexicon';
import { isCourtesyTitle, isOrganizationPeopleWord, isTitleHead, isTitleWord } from '../lexicon/title.lexicon';
import { bracketedAcronymAfter, initialsStart, spellsWithJoiningWords } from './acronym-spelling.rules';
import { isConnector, opensPartyTagPlace, surfaceOf, tokenInRun, type ArticleToken, type TokenizedArticle } from './article.tokenizer';
import { personsInCreditLines } from './credit-line.rules';
import { placesInDatelines } from './dateline.rules';
import { routeNames } from './route-name.rules';
import { unionLocals } from './union-local.rules';
import { hometownsOfPeople } from './hometown.rules';
import { inOneShape } from './finding.shape';
import { packedMap } from './packed.map';
import { hyphenJoined } from './hyphenated-name.rules';
import { capitalisedOnlyBySentence, isPluralShaped, isRomanizedGivenName, inflectedWord, jobNoun, lonelyNameWord, modifiesNoun, nameShaped, personNoun, verbLike } from './name-shape.rules';
import { isPersonalCueForm } from '../lexicon/cue.lexicon';
import { withoutMarketNames } from './market-name.rules';
import { companiesByShareMoves } from './share-move.rules';
import { partiesAsBodies } from './party-name.rules';
import { evidenceAfter, personAge } from './name-evidence.rules';
import { companiesInFiguresTables } from './figures-table.rules';
import { afterJobAt, isOrganizationFinding, isPartyMembersPlural, organizationFinding, placeAfterBrandWord, placeFinding, tradeNounAt, typeOrganizationsByContext } from './organization-context.rules';
import { personsKnownAs } from './known-as-name.rules';
import { organizationUnits } from './organization-unit.rules';
import { municipalitiesAsBodies } from './municipal-body.rules';
import { companiesNamedAfterTowns } from './seat-named-company.rules';
import { HOLDINGS_WORDS, headsOrganization, isCompoundBankName, isFacilityName, isHeadFirstOrganizationWord, isPartnerWithLegalForm, isOrdinal, namesPeople, openedByThe, organizationFrame, placeFrame, placeHeadKind } from './organization.frame';
import { MONTHS, OPENING_QUOTES, hasCue, knownFullName, monthAbbreviationAsName, laterGivenName, lowerCaseTitleBefore, nameBeforeTitle, nameLength, nicknameAndSurname, opensParticleName, organizationInTitle, particleSurnameName, personAsSubject, personNameIn, placeAfterUnknownWord, placeGivenNameBeforeWord, placeInPersonName, personNameWords, personTitleAt, roleOf, titleEnd, titledNameIn, unreadNameFinding } from './person-name.reader';
import { companiesNamedInPossessive, organizationsNamedLikePersons } from './founder-named-organization.rules';
import { sportsBodyAt } from './sports-body.rules';
import { countryLengthAt, placeBodyStart } from './country-body.rules';
import { placeAcronymNames } from './place-acronym-name.rules';
import { withoutPlacesInContests } from './sports-event.rules';
import { personOrUntyped, untypedName, untypedNamesLike } from './untyped-name.rules';
import { stateChambers } from './state-chamber.rules';
import { withoutLeagueCompetitions } from './league-competition.rules';
import { typeSportsTeams } from './sports-team.rules';
import { fieldsListedInNames } from './listed-fields.rules';
import { organizationsInLists, personsInLists, placesInLists } from './name-lists.rules';
import { isPlaceHeadWord, placesByHeadNoun } from './place-head.rules';
import { peopleAfterLabels } from './labelled-person.rules';
import { placesAfterThe } from './definite-place.rules';

/**
 * The classify stage of entity extraction: what each capitalised run of a tokenized article names.
 * A finding is a span of tokens (`first`..`last`) with what it is: a name the lists know (`dict`),
 * an organization or a place the lists do not know, a person (with the title and role written
 * before the name), or a partial name ("Stoltenberg", "Mr. Price") that only the resolve stage can
 * tie to an entity.
 */
export type EntityFinding =
  | { kind: 'dict'; hit: DictionaryHit; first: number; last: number }
  | { kind: 'org'; name: string; first: number; last: number }
  | { kind: 'place'; name: string; placeKind: string; first: number; last: number }
  | { kind: 'person'; first: number; last: number; role: string | null; titleFirst: number | null; weak?: boolean; nicknamed?: NicknamedName }
  | { kind: 'partial'; first: number; last: number; cue: boolean };

/**
 * A name written with a nickname in quotation marks inside it ('Rosa "Ro" Quintell'): the tokens of the
 * whole name (`first`..`last`) and of the nickname (`nickFirst`..`nickLast`). Each of the name's three
 * person findings carries it, so that the resolve stage makes them one person named without the nickname.
 * The nickname may also come after the name ("Ann Quorvle, known as Tellie": personsKnownAs), the name and
 * the nickname's finding carrying it.
 */
export interface NicknamedName {
  first: number;
  last: number;
  nickFirst: number;
  nickLast: number;
}

/**
 * The findings of every chunk of `doc`, in body order. Adds to `doc.titleWords` the capitalised
 * words found to continue a title ("Galaxy" of "Miss Galaxy Ana Ruiz"). Pure but for that set.
 */
export function classifyEntities(doc: TokenizedArticle): EntityFinding[] {
  const findings: EntityFinding[] = [];
  for (const chunk of doc.chunks) {
    const opening = findings.length;
    classifyChunk(doc, chunk, findings);
    spelledByItsAcronym(doc, chunk, findings, opening);
    continuedToItsAcronym(doc, chunk, findings, opening);
  }
  // The passes below, and the resolver, read findings in one object shape (finding.shape.ts): each rewrite's are reshaped for the next.
  inOneShape(findings);
  personsInLists(doc, findings);
  typeByApposition(doc, findings);
  typeByOrganizationPeople(doc, findings);
  hometownsOfPeople(doc, findings);
  typeOrganizationsByContext(doc, findings);
  companiesByShareMoves(doc, findings);
  companiesInFiguresTables(doc, findings);
  organizationsNamedLikePersons(doc, findings);
  typeSportsTeams(doc, findings);
  // After the grounds ("the scrum held at Vornham's"): a business named in the possessive is what no other rule typed so.
  companiesNamedInPossessive(doc, findings);
  organizationsInLists(doc, findings);
  placesInLists(doc, findings);
  personsAfterDottedInitials(doc, findings);
  newspapersAfterThe(doc, findings);
  partiesInLowerCase(doc, findings);
  const rewrites = [organizationUnits, companiesNamedAfterTowns, placeAcronymNames, personsAroundNicknames, personsKnownAs, withoutNamedThings, withoutMarketNames, partiesAsBodies, withoutPlacesInContests, withoutLeagueCompetitions, stateChambers, municipalitiesAsBodies, fieldsListedInNames, joinNames, numberedOrganizations, unionLocals, routeNames, demonymsInNames, placesBeforeTheirRegion, constituenciesByCompass, townsAfterPrepositions, placesAfterThe, placesByHeadNoun, peopleAfterLabels, peopleNamedLikePlaces, placesInDatelines, citedAuthors, surnamesOpeningSentences, personsInCreditLines, headlineNamesFromBody];
  const rewritten = inOneShape(rewrites.reduce((found, rewrite) => rewrite(doc, inOneShape(found)), findings));
  // Again over the rewritten names: a rewrite may make the organization a name is listed beside.
  organizationsInLists(doc, rewritten, true);
  return rewritten;
}

/** Participles that give an organization's seat in an apposition: "Moderna, based in Cambridge". */
const SEAT_WORDS = new Set(['based', 'headquartered']);
/** Nouns for a part of a company, written in an apposition before "of" and the company's name: "Ticketmaster, a unit of Live Nation". */
const COMPANY_PART_NOUNS: ReadonlySet<string> = new Set(['unit', 'arm', 'affiliate']);
/** How many words an apposition's noun phrase may have after its determiner. */
const APPOSITION_WORDS = 6;
/** The apposition's noun at `nounAt` names a company by its trade after a lower-case noun ("a Norwegian tanker operator"), not in a person's name. */
function companyByTrade(tokens: ArticleToken[], f: EntityFinding, nounAt: number): boolean {
  return tradeNounAt(tokens, nounAt) && !tokens.slice(f.first, f.last + 1).some((t) => isGivenName(t.key) || isSurname(t.key));
}

/**
 * "Quantcast, a San Francisco-based company", "Mabry, a lawyer": a name no rule typed, followed by
 * a comma and "based in" / "headquartered in" / "owned by" (an organization), or an apposition whose noun (the
 * last word of its noun phrase, singular) heads an organization or names a person's office,
 * occupation, label or age ("Quorvle, the top seed,", "Quorvle, the 34-year-old,") or a place ("Kalehe, a territory on Lake Kivu": APPOSITION_PLACE_NOUNS, after a place preposition too), or names a company by its trade (companyByTrade) or a part of a company before "of" and a
 * name ("a unit of Live Nation"), is that organization or person; not after
 * a place preposition ("in Chelsea, the mayor said") but for "a" / "an" and an organization's noun ("invested
 * in Quorvle, an AI startup"). Rewrites those partial findings.
 */
function typeByApposition(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  findings.forEach((f, i) => {
    if (!untypedName(f)) return;
    const opener = tokens[f.last + 1];
    if (!opener || opener.segment !== tokens[f.last].segment || !/^\s*,\s*$/.test(body.slice(tokens[f.last].end, opener.start))) return;
    // "Moderna, based in Cambridge, ...", "Acme, headquartered in Ohio": a company's seat; "Ticketmaster, owned by Live Nation": its owner.
    const seat = SEAT_WORDS.has(opener.key) && tokens[f.last + 2]?.key === 'in';
    if ((seat || (opener.key === 'owned' && tokens[f.last + 2]?.key === 'by')) && f.kind === 'partial' && !isGivenName(tokens[f.first].key)) {
      findings[i] = organizationFinding(doc, f.first, f.last);
      return;
    }
    // The articles open an apposition: "Quantcast, a San Francisco-based company".
    if (!ARTICLES.has(opener.key)) return;
    const before = tokens[f.first - 1]?.key === 'the' ? tokens[f.first - 2] : tokens[f.first - 1];
    const afterPlacePreposition = !!before && !before.cap && PLACE_PREPOSITIONS.has(before.key);
    let noun: ArticleToken | null = null;
    let nounAt = -1;
    let capital: ArticleToken | null = null;
    // The walk steps over a possessive ("the country's largest lender"), whose "'s" ends no phrase.
    for (let j = f.last + 2; j <= f.last + 1 + APPOSITION_WORDS && j < tokens.length && (tokens[j - 1].joinsNext || tokens[j - 1].possessive || hyphenJoined(doc, j - 1)); j++) {
      const t = tokens[j];
      if (t.cap || t.possessive || /-based$/.test(t.key)) {
        capital = t;
        continue;
      }
      if (isFunctionWord(t.key) || PLACE_PREPOSITIONS.has(t.key)) break;
      // A past participle after the noun opens a clause that qualifies it ("a company based in Toronto", "a residents' group formed
      // in February", "a consultancy founded by his family"): the phrase's noun stands before it. Not a speech verb, whose subject
      // the noun is ("Quorvle, a spokesperson said,": no apposition).
      if (noun && pastParticiple(t.key) && !isPersonalCueForm(t.key)) break;
      noun = t;
      nounAt = j;
    }
    // "Quorvle, a Democrat from Ohio,", "Quorvle, a Republican,": a capitalised word for one member of a party or a faith heads the
    // phrase, no lower-case noun after it; only a person is one.
    if (!noun && f.kind === 'partial' && !afterPlacePreposition && opener.key !== 'the' && capital && !capital.possessive && GROUP_WORDS.has(capital.key)) {
      findings[i] = { kind: 'person', first: f.first, last: f.last, role: null, titleFirst: null };
      return;
    }
    if (!noun || isPluralShaped(noun.key)) return;
    // "ROS, the group of chemicals that ...": a noun of a kind of things before "of" and a small word names no organization.
    const [of, thing] = [tokens[nounAt + 1], tokens[nounAt + 2]];
    const kindOfThings = of?.key === 'of' && !of.cap && !!thing && !thing.cap;
    const part = COMPANY_PART_NOUNS.has(noun.key) && of?.key === 'of' && !!thing?.cap;
    const organization = isOrganizationHead(noun.key) || ORGANIZATION_KIND_NOUNS.has(noun.key) || part || companyByTrade(tokens, f, nounAt);
    // A place's noun, whatever stands before the name; an untitled name of two words or more whose first is no given name
    // may have been read as a person ("Ostrava Vela, a suburb of the capital").
    const placeKind = APPOSITION_PLACE_NOUNS.get(noun.key) ?? null;
    const unknownPerson = f.kind === 'person' && f.first < f.last && !isGivenName(tokens[f.first].key);
    if (placeKind && !organization && (f.kind === 'partial' || unknownPerson)) {
      findings[i] = placeFinding(doc, f.first, f.last, placeKind);
      return;
    }
    // "Pemberton Hale, the London law firm,", "Aston Martin, the British carmaker,": an untitled name read as a person's
    // (a company named after its founders) before an apposition an organization's noun heads, no verb after the noun ("Ann
    // Lee, the group said,"), is that organization.
    if (f.kind === 'person') {
      if (organization && !kindOfThings && !afterPlacePreposition && !subjectOfClause(tokens, nounAt)) findings[i] = organizationFinding(doc, f.first, f.last);
      return;
    }
    // After a place preposition only "a" / "an" and an organization's noun: "invested in Quorvle, an AI startup", not "in Chelsea, the council said";
    // A name after "in the" is a building's or a place's ("in the Capitol, a group of senators").
    if (afterPlacePreposition && !(organization && opener.key !== 'the' && before === tokens[f.first - 1])) return;
    if (organization && !kindOfThings) findings[i] = organizationFinding(doc, f.first, f.last);
    else if (isTitleHead(noun.key) || hasLexiconTag(noun.key, 'Actor') || PERSON_LABELS.has(noun.key) || personAge(noun.key)) findings[i] = { kind: 'person', first: f.first, last: f.last, role: null, titleFirst: null };
  });
}

/** A past tense or a participle in "-ed" ("based", "formed", "founded"; not "freed", "need"). */
function pastParticiple(key: string): boolean {
  return isPastTense(key) || (/[^e]ed$/.test(key) && inflectedWord(key));
}

/** Prepositions after a participle that qualifies the noun before it: "a charity based in Inverness", "a company owned by Tellan". */
const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'by']);

/**
 * A lower-case verb right after the apposition's noun at `nounAt` ("Ann Lee, the group said,"): the noun is a clause's subject, no
 * apposition; not a participle that is no speech cue before "in" or "by", which qualifies the noun ("Quorvle, a charity based in Inverness,").
 */
function verbAfterNoun(tokens: ArticleToken[], nounAt: number): boolean {
  const [next, then] = [tokens[nounAt + 1], tokens[nounAt + 2]];
  if (!next || next.cap || !tokens[nounAt].joinsNext) return false;
  if (pastParticiple(next.key) && !isPersonalCueForm(next.key) && !!then && !then.cap && next.joinsNext && PARTICIPLE_PREPOSITIONS.has(then.key)) return false;
  return verbLike(next.key) || isPersonalCueForm(next.key);
}

/** How many words an "of" phrase after an apposition's noun may have before a verb that makes the phrase a clause's subject. */
const OF_PHRASE_WORDS = 5;

/**
 * The noun at `nounAt` and an "of" phrase after it are the subject of a verb, no apposition: "After the fall of Ann Lee, the
 * government of President Tom Quorvel is staking ...", "..., the ministry of finance said" (verbAfterNoun past the phrase).
 */
function subjectOfClause(tokens: ArticleToken[], nounAt: number): boolean {
  if (verbAfterNoun(tokens, nounAt)) return true;
  const of = tokens[nounAt + 1];
  if (!of || of.key !== 'of' || of.cap || !tokens[nounAt].joinsNext || !of.joinsNext) return false;
  for (let j = nounAt + 2; j < nounAt + 2 + OF_PHRASE_WORDS && j < tokens.length && tokens[j].joinsNext && !tokens[j].possessive; j++) {
    if (isFunctionWord(tokens[j].key) && tokens[j].key !== 'the') return false;
    if (verbAfterNoun(tokens, j)) return true;
  }
  return false;
}

/** Initials written together, each with its dot: "O.J.", "J.K.", "J.R.R.". */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/** Prepositions before a town's name written with its region: "in Levico Terme, Trento", "from Irving, Texas", "swept through Derna in eastern Libya". */
const TOWN_PREPOSITIONS = new Set([...PLACE_PREPOSITIONS, ...DIRECTION_PREPOSITIONS, 'through']);

/**
 * "born in Kibbutz Kinneret, Tiberias", "a boy from Irving, Texas", "in Levico Terme, Trento, Italy", "floods swept through Derna
 * in eastern Libya": a name no list knows as a place (read as a person or not typed), with no title, right after a place
 * preposition and followed by a comma and a place the lists know (not possessive: "from Angela Merkel, Germany's chancellor"),
 * or, after a preposition other than "at", by "in", a lower-case compass word or none, and a country or region the lists know
 * ("in Derna in Libya"; not a town: "from Ann Quorvle in Boston"; not "sales at Quorvle in Germany", nor a plural or an ordinary
 * word: "from Democrats in Ohio"), is a town there. Returns the findings so retyped.
 */
function placesBeforeTheirRegion(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens, body } = doc;
  return packedMap(findings, (f, i) => {
    const g = findings[i + 1];
    if (!untypedName(f)) return f;
    const before = tokens[f.first - 1];
    if (!before || before.cap || !before.joinsNext || !TOWN_PREPOSITIONS.has(before.key) || before.segment !== tokens[f.first].segment) return f;
    if (g?.kind !== 'dict' || g.hit.type === 'ORGANIZATION' || g.hit.type === 'DEMONYM' || tokens[g.last].possessive || tokens[f.last].possessive) return f;
    if (tokens[g.first].segment !== tokens[f.last].segment) return f;
    const between = body.slice(tokens[f.last].end, tokens[g.first].start);
    const region = g.hit.type === 'COUNTRY' || (g.hit.type === 'REGION' && g.hit.kind !== 'city');
    // "Sales at Quorvle in Germany": after "at", a firm's seat as likely; "from Democrats in Ohio": a group, no town.
    const townShaped = before.key !== 'at' && !isPluralShaped(tokens[f.last].key) && tokens.slice(f.first, f.last + 1).every((t) => !isCommonWord(t.key));
    if (!/^\s*,\s*$/.test(between) && !(region && townShaped && regionAfterIn(between))) return f;
    return placeFinding(doc, f.first, f.last, 'city');
  });
}

/** Before a name, an election's word and its preposition: "the MP for", "member for", "the constituency of", "the by-election in", "voters in". */
const ELECTION_BEFORE = /\b(?:MPs?|member|candidate|seat|constituency|riding|by-election|voters|turnout)\s+(?:for|of|in)\s+$/i;
/** After a name, an election's noun it modifies: " constituency", " by-election", " seat", " voters", " MP". */
const ELECTION_NOUN_AFTER = /^\s+(?:constituency|by-election|seat|riding|voters|electorate|MP)\b/;
/** After a name, how a seat votes: " voted Labour", " swung to Reform", " in the by-election". */
const ELECTION_VERB_AFTER = /^\s+(?:voted|swung)\s+(?:to\s+(?:the\s+)?)?\p{Lu}|^\s+in\s+the\s+(?:by-)?election\b/u;

/**
 * "the MP for Ealing West", "the Hackney South by-election", "Ealing West voted Labour": a name no list knows and a capitalised cardinal
 * point or "Central" (TOWN_PART_WORDS), read as one person or name ("Ealing West") or as a name and "the West", in election copy
 * (ELECTION_BEFORE, ELECTION_NOUN_AFTER; ELECTION_VERB_AFTER where the first word is no given name: "Adam West voted") is a constituency,
 * a place. Returns the findings so retyped.
 */
function constituenciesByCompass(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens, body } = doc;
  const out: EntityFinding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const g = findings[i + 1];
    // "Ealing" and "West" read apart: the name and the region "the West".
    const split = f.kind === 'partial' && f.first === f.last && g?.kind === 'dict' && g.hit.type === 'REGION' && g.first === f.last + 1 && g.first === g.last && tokens[f.last].joinsNext;
    const last = split ? g.last : f.last;
    const shaped = (split || (untypedName(f) && last === f.first + 1)) && TOWN_PART_WORDS.has(tokens[last].key) && tokens[last].cap;
    if (!shaped || tokens[last].possessive || tokens[f.first].upper) {
      out.push(f);
      continue;
    }
    const [before, after] = [body.slice(Math.max(0, tokens[f.first].start - 30), tokens[f.first].start), body.slice(tokens[last].end, tokens[last].end + 30)];
    const election = ELECTION_BEFORE.test(before) || ELECTION_NOUN_AFTER.test(after) || (ELECTION_VERB_AFTER.test(after) && !isGivenName(tokens[f.first].key));
    out.push(election ? placeFinding(doc, f.first, last, 'region') : f);
    if (election && split) i++;
  }
  return out;
}

/** Nouns of regard after which "in" takes a person: "faith in", "confidence in", "trust in". */
const REGARD_NOUNS: ReadonlySet<string> = new Set(['faith', 'confidence', 'trust', 'belief', 'interest']);

/** Prepositions after which a name read as a person by its shape alone is a town (townsAfterPrepositions). */
const SHAPE_TOWN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'at']);

/**
 * "told reporters in Novye Atagi that", "villagers in Khatuni Yurt fled", "clashed near Ras Quorvani", "crosses the border at Gashuun
 * Quorvait": a name read as a person only by its shape (no title, no speech cue, its first word no given name the lists know, no
 * possessive), right after a lower-case "in", "near" or "at" (not after a noun of regard, REGARD_NOUNS: "faith in Tavita Ollenby"; not
 * "at" after a person's job, afterJobAt: "an analyst at Tavita Partners"), is a town: news writes a person after these rarely, and then
 * one it names elsewhere too (where "Ollenby said", the name stays a person's).
 * Returns the findings so retyped.
 */
function townsAfterPrepositions(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  const candidate = (f: EntityFinding): boolean => {
    if (f.kind !== 'person' || f.titleFirst !== null || f.nicknamed || tokens[f.last].possessive || isGivenName(tokens[f.first].key)) return false;
    const before = tokens[f.first - 1];
    const regard = tokens[f.first - 2];
    if (!before || !SHAPE_TOWN_PREPOSITIONS.has(before.key) || before.cap || !before.joinsNext || before.segment !== tokens[f.first].segment) return false;
    // "an analyst at Quorvle Partners": after a person's job, "at" names the employer (afterJobAt).
    if (before.key === 'at' && afterJobAt(tokens, f)) return false;
    return !(regard && !regard.cap && REGARD_NOUNS.has(regard.key)) && !hasCue(doc, f.first, f.last);
  };
  if (!findings.some(candidate)) return findings;
  // The words of the people named elsewhere: a name among them stays a person's.
  const personWords = new Set(findings.filter((f) => f.kind === 'person' && !candidate(f)).flatMap((f) => tokens.slice(f.first, f.last + 1).map((t) => t.key)));
  return packedMap(findings, (f) => (candidate(f) && !tokens.slice(f.first, f.last + 1).some((t) => personWords.has(t.key)) ? placeFinding(doc, f.first, f.last, 'city') : f));
}

/** What only a person has, written after a name's possessive: kin (KIN_NOUNS: "Vaughan's wife"; no "sister": "Leeds's sister city") and a batsman's innings. */
const PERSON_POSSESSIONS: ReadonlySet<string> = new Set([...KIN_NOUNS, 'innings']);

/**
 * "Vaughan's wife", "Vaughan's innings ended", "Vaughan testified": a town or a region the lists know, named by one word not in
 * capitals nor after "of" ("the Duke of Edinburgh died"), whose possessive owns what only a person has (PERSON_POSSESSIONS) or which
 * is the subject of what only a person does (PERSON_ONLY_VERBS), is a person named like the place. Returns the findings so retyped.
 */
function peopleNamedLikePlaces(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  return packedMap(findings, (f) => {
    if (f.kind !== 'dict' || f.first !== f.last || (f.hit.type !== 'CITY' && f.hit.type !== 'REGION')) return f;
    const [t, next, before] = [tokens[f.last], tokens[f.last + 1], tokens[f.first - 1]];
    // "the Duke of Edinburgh died": a place that ends a title's name stays the place.
    if (t.upper || !next || next.cap || next.segment !== t.segment || (before?.key === 'of' && !before.cap)) return f;
    const owns = t.possessive && PERSON_POSSESSIONS.has(next.key);
    const does = t.joinsNext && PERSON_ONLY_VERBS.has(next.key);
    return owns || does ? { kind: 'person', first: f.first, last: f.last, role: null, titleFirst: null } : f;
  });
}

/** The words between a town and its country or region, " in " and a lower-case compass word or none: " in eastern ", " in ". */
function regionAfterIn(between: string): boolean {
  const m = /^ in (?:(\p{Ll}+) )?$/u.exec(between);
  return !!m && (!m[1] || COMPASS.has(m[1]));
}

/**
 * "Daily et al.", "Smith et al. (2019)": the capitalised word before "et al." is an author's surname,
 * a person, whatever else it is (an ordinary word opening the sentence). Adds or retypes those
 * findings and returns the findings in body order.
 */
function citedAuthors(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  if (!doc.body.includes(' et al')) return findings;
  const authors: number[] = [];
  tokens.forEach((t, i) => {
    if (t.cap && !t.upper && t.joinsNext && tokens[i + 1]?.key === 'et' && tokens[i + 2]?.key === 'al' && tokens[i + 1].joinsNext) authors.push(i);
  });
  if (!authors.length) return findings;
  const out = findings.filter((f) => !authors.some((i) => f.first === i && f.last === i && f.kind === 'partial'));
  for (const i of authors) if (!out.some((f) => f.first <= i && i <= f.last)) out.push({ kind: 'person', first: i, last: i, role: null, titleFirst: null });
  return out.sort((a, b) => a.first - b.first);
}

/**
 * "O.J. Simpson", "J.K. Rowling": initials written together, then one or two name-shaped words no
 * list knows as ordinary words, name a person, unless the initials are a place's ("U.S. Steel").
 * Rewrites those partial findings.
 */
function personsAfterDottedInitials(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  findings.forEach((f, i) => {
    if (f.kind !== 'partial' || f.last === f.first || f.last - f.first > 2 || !DOTTED_INITIALS.test(tokens[f.first].text) || lookupName(tokens[f.first].text, 1)) return;
    const rest = tokens.slice(f.first + 1, f.last + 1);
    if (rest.every((t) => t.cap && !t.upper && nameShaped(t) && !isCommonWord(t.key) && !isConnector(t))) findings[i] = { kind: 'person', first: f.first, last: f.last, role: null, titleFirst: null };
  });
}

/**
 * 'Raymond "Big Ray" Castellano', 'Anthony “Tony” Salerno': a given name, one or two capitalised words in quotation marks and the
 * finding right after them are three names of one person, each a person's name of its own (the marks cut the name), whatever the
 * surname also is (a town: "Salerno"; a lone word the context read as an organization); each carries the whole name (NicknamedName). Returns the findings with those rewritten.
 */
function personsAroundNicknames(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens, body } = doc;
  const gap = (i: number): string => body.slice(tokens[i].end, tokens[i + 1]?.start ?? tokens[i].end);
  const out: EntityFinding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const given = tokens[f.last];
    if (!personOrUntyped(f) || doc.segments[given.segment].titleCase || !isGivenName(given.key) || !/^\s+["“]$/.test(gap(f.last))) {
      out.push(f);
      continue;
    }
    let end = f.last + 1;
    while (end < f.last + 2 && gap(end) === ' ') end++;
    const nickname = tokens.slice(f.last + 1, end + 1);
    let g = i + 1;
    while (g < findings.length && findings[g].last <= end) g++;
    const surname = findings[g];
    const named = nickname.every((t) => t.cap && !t.upper && nameShaped(t)) && /^["”]\s+$/.test(gap(end));
    // A lone word the context typed an organization ("Quintell watched") is a surname after a nickname all the same.
    if (!named || !surname || surname.first !== end + 1 || (surname.kind === 'org' && surname.last > surname.first) || !nameShaped(tokens[surname.first])) {
      out.push(f);
      continue;
    }
    const nicknamed: NicknamedName = { first: f.first, last: surname.last, nickFirst: f.last + 1, nickLast: end };
    const person = (p: EntityFinding): EntityFinding => (p.kind === 'person' ? { ...p, nicknamed } : { kind: 'person', first: p.first, last: p.last, role: null, titleFirst: null, nicknamed });
    out.push(person(f), person({ kind: 'partial', first: f.last + 1, last: end, cue: false }), person(surname));
    i = g;
  }
  return out;
}

/**
 * "The Guardian reported", "the Independent agreed": one capitalised newspaper word right after
 * "the" names that newspaper (with its capital "The"). Rewrites those partial findings.
 */
function newspapersAfterThe(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  findings.forEach((f, i) => {
    const the = tokens[f.first - 1];
    if (f.kind !== 'partial' || f.first !== f.last || !isNewspaperName(tokens[f.first].key) || !the?.joinsNext || the.key !== 'the' || the.segment !== tokens[f.first].segment) return;
    findings[i] = { kind: 'org', name: surfaceOf(doc, f.first, f.last), first: the.cap ? f.first - 1 : f.first, last: f.last };
  });
}

/**
 * "the Georgian Dream party", "the Komeito party": one or two capitalised words no rule typed, none a
 * given name or office, before a lower-case "party" are a party's name, the word "party" not its own as
 * the wire sets and CoNLL read it (but for one adjective: "the Republican party", adjectiveParty); so are two ordinary
 * words capitalised inside a sentence and joined by "and" ("the Law and Justice party", "the Justice and
 * Development party"). So is a town's one-word name right after a country or its demonym when the town lies in another
 * country ("Mexico's Morena party": a party named for a word, not a town). Rewrites those findings.
 */
function partiesInLowerCase(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  // Joined by "and", an office's word is the name's own ("Justice" of "Law and Justice").
  const nameWords = (f: EntityFinding | undefined, joined: boolean): boolean =>
    f?.kind === 'partial' && f.last - f.first <= 1 && !tokens.slice(f.first, f.last + 1).some((t) => t.upper || isGivenName(t.key) || (!joined && isTitleHead(t.key)));
  const ordinary = (g: EntityFinding): boolean => tokens.slice(g.first, g.last + 1).every((t) => !t.sentenceStart && isVocabularyWord(t.key));
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i];
    const party = tokens[f.last + 1];
    const e = findings[i - 1];
    if (!party || party.cap || party.key !== 'party' || !tokens[f.last].joinsNext) continue;
    if (townOfAnotherCountry(f, e)) {
      findings[i] = organizationFinding(doc, f.first, f.last);
      continue;
    }
    if (!nameWords(f, true)) continue;
    const and = tokens[f.first - 1];
    const joined = nameWords(e, true) && e.last === f.first - 2 && and.key === 'and' && !and.cap && tokens[e.last].joinsNext && and.joinsNext && ordinary(e) && ordinary(f);
    if (joined) findings.splice(i - 1, 2, organizationFinding(doc, e.first, f.last));
    else if (nameWords(f, false)) findings[i] = organizationFinding(doc, f.first, f.last + (adjectiveParty(tokens[f.first], f.last - f.first) ? 1 : 0));
  }
}

/**
 * The one word `t` (`more` words after it) names its party only with "party": an ordinary adjective alone ("the Republican party",
 * "the Democratic party"; "the Republican nominee" names none).
 */
function adjectiveParty(t: ArticleToken, more: number): boolean {
  return more === 0 && (isVocabularyWord(t.key) || isDictionaryWord(t.key)) && (hasLexiconTag(t.key, 'Adjective') || taggerReadsAsAdjective(t.key));
}

/** Finding `f` is one word naming a town of another country than the country or demonym finding `e` right before it names. */
function townOfAnotherCountry(f: EntityFinding, e: EntityFinding | undefined): boolean {
  if (f.kind !== 'dict' || f.hit.type !== 'CITY' || f.first !== f.last || e?.kind !== 'dict' || e.last !== f.first - 1) return false;
  return (e.hit.type === 'COUNTRY' || e.hit.type === 'DEMONYM') && e.hit.country.code !== f.hit.city.countryCode;
}

/** Lower-case nouns for a craft after its name ("the Quorvle spacecraft"); not "probe", an inquiry too ("the Quorvle probe"). */
const CRAFT_NOUNS: ReadonlySet<string> = new Set(['spacecraft', 'rover', 'lander', 'satellite', 'telescope']);

/**
 * The findings but those that name a storm or a vehicle, no person, place or organization: a name read as a person before a
 * craft's noun (CRAFT_NOUNS: "the Quorvle Tellan spacecraft"), there and alone;
 * "Phailin" and "T C Phailin" where the article writes "Cyclone Phailin", "Atlantis" where it writes
 * "Space Shuttle Atlantis" (the name after such a kind word, and the same word alone; not a place's head noun: "Storm Lake"); and a
 * country's code written before a currency sign ("US$ 10 billion"); and a given name alone after "a" or "an", an award ("won an Oscar").
 */
function withoutNamedThings(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens, body } = doc;
  const things = new Set<string>();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    // A place's head noun after the kind word names a place, no storm ("Storm Lake", "Hurricane Creek": storms bear people's names).
    if (t.cap && t.joinsNext && NAMED_VEHICLES_AND_STORMS.has(t.key) && next?.cap && !next.upper && !(isPlaceHead(next.key) && !isGivenName(next.key))) things.add(next.key);
  });
  // "the Quorvle Tellan spacecraft": a name read as a person before a craft's noun names the craft, there and where it stands alone.
  const craft = untypedNamesLike(doc, findings, (f) => tokens[f.last].joinsNext && !tokens[f.last].possessive && CRAFT_NOUNS.has(tokens[f.last + 1]?.key ?? '') && !tokens[f.last + 1].cap);
  const thing = (f: EntityFinding): boolean => {
    if (craft(f)) return true;
    if (f.kind === 'org' || (f.kind === 'dict' && (f.hit.type === 'ORGANIZATION' || f.hit.type === 'COUNTRY' || f.hit.type === 'DEMONYM'))) return false;
    const ws = tokens.slice(f.first, f.last + 1);
    return things.has(ws[ws.length - 1].key) && ws.slice(0, -1).every((t) => t.initial || t.text.length === 1 || NAMED_VEHICLES_AND_STORMS.has(t.key));
  };
  const currency = (f: EntityFinding): boolean => f.kind === 'dict' && f.hit.type === 'COUNTRY' && body.startsWith('$', tokens[f.last].end);
  // "won an Oscar", "a Tony for the role": a person's given name takes no indefinite article; so named, it is an award (not "a Kennedy", a surname,
  // nor a name before the noun it modifies: "a Hill aide").
  const counted = (f: EntityFinding): boolean => {
    const [t, article] = [tokens[f.first], tokens[f.first - 1]];
    return personOrUntyped(f) && f.first === f.last && isGivenName(t.key) && !isSurname(t.key) && !!article?.joinsNext && INDEFINITE_ARTICLES.has(article.key) && !modifiesNoun(tokens, f.last);
  };
  return findings.filter((f) => !thing(f) && !currency(f) && !counted(f) && !diseaseNamedFor(doc, f));
}

/** The people a city must have for its name before "virus" to stay the city ("Tokyo virus cases", "Sao Paulo virus curbs"). */
const VIRUS_CITY = 1000000;

/**
 * True when place finding `f` names a disease with the lower-case noun right after it: "Lassa fever", "Lyme disease", "West Nile
 * virus", "Rift Valley fever" (DISEASE_NOUNS); not a state's (a town's name too: "Florida"), a region's the lists know or a great city's before "virus", which
 * modifies the noun after it ("Florida virus cases", "Tokyo virus curbs"). Countries never name one here ("U.S. virus deaths").
 */
function diseaseNamedFor(doc: TokenizedArticle, f: EntityFinding): boolean {
  const { tokens } = doc;
  if (f.kind !== 'place' && !(f.kind === 'dict' && (f.hit.type === 'CITY' || f.hit.type === 'REGION'))) return false;
  const [last, noun] = [tokens[f.last], tokens[f.last + 1]];
  if (!noun || noun.cap || !last.joinsNext || last.possessive || noun.segment !== last.segment || !DISEASE_NOUNS.has(noun.key)) return false;
  if (noun.key !== 'virus' || f.kind === 'place') return true;
  return f.hit.type === 'CITY' && f.hit.city.population < VIRUS_CITY && !f.hit.city.capital && !stateNamed(surfaceOf(doc, f.first, f.last));
}

/**
 * The findings with neighbours that make one longer name joined, in one pass: each finding with the
 * one kept before it, by the first of nationalOrganization, companyByLineOfBusiness, organizationOn,
 * campusAt and stateByFullName that joins them.
 */
function joinNames(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const out: EntityFinding[] = [];
  for (const f of findings) {
    const before = out[out.length - 1];
    const joined = before ? nationalOrganization(doc, before, f) ?? companyByLineOfBusiness(doc, before, f) ?? organizationOn(doc, before, f) ?? campusAt(doc, before, f) ?? campusAfterComma(doc, before, f) ?? stateByFullName(doc, before, f) : null;
    if (joined) out[out.length - 1] = joined;
    else out.push(f);
  }
  return out;
}

/**
 * "the 5th U.S. Circuit Court of Appeals", "the 82nd Airborne Division", "the 2nd Circuit", "the 1st Battalion":
 * an ordinal in figures written right before an organization's name (one space on) is part of it, when the
 * name modifies no lower-case noun after it ("the 60th NATO summit", "the 3rd Quorvle meeting"); so is it before a name no rule typed
 * whose last word heads an organization after the word before it (headsOrganization: "Circuit", a unit's word), and
 * before a noun too when that name is one word only ("the 501st Legion booth"). Rewrites those findings to start at the ordinal.
 */
function numberedOrganizations(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  return packedMap(findings, (f) => {
    const ordinal = tokens[f.first - 1];
    if (!ordinal || ordinal.cap || !ordinal.joinsNext || ordinal.segment !== tokens[f.first].segment || !/^\d/.test(ordinal.key) || !isOrdinal(ordinal.key)) return f;
    const organization = isOrganizationFinding(f) || (f.kind === 'partial' && headsOrganization(tokens[f.last].key, tokens[f.last - 1].key));
    // One word that heads an organization only after the ordinal ("Legion", "Circuit") is named by it, before a noun too.
    const numbered = f.kind === 'partial' && f.first === f.last && organization;
    // "-ing" after the name is a noun it modifies ("meeting", "ruling"), not the verb of a name counted so.
    const next = tokens[f.last + 1];
    const gerund = !!next && !next.cap && tokens[f.last].joinsNext && next.key.endsWith('ing') && !isFunctionWord(next.key);
    return organization && (numbered || (!modifiesNoun(tokens, f.last) && !gerund)) ? organizationFinding(doc, f.first - 1, f.last) : f;
  });
}

/**
 * "British Red Cross", "Syrian Army": a demonym written right before an organization's name is
 * part of it, the national body, not a mention of the country. The joined finding, or null.
 */
function nationalOrganization(doc: TokenizedArticle, before: EntityFinding, f: EntityFinding): EntityFinding | null {
  const { tokens } = doc;
  const organization = isOrganizationFinding(f);
  const joins = organization && before.kind === 'dict' && before.hit.type === 'DEMONYM' && before.last + 1 === f.first && tokens[before.last].joinsNext && !tokens[f.first].upper;
  return joins ? organizationFinding(doc, before.first, f.last) : null;
}

/**
 * "Samsung Electronics", "Meta Platforms", "Nippon Steel", "Delta Air Lines": a name the lists know (an
 * organization or a place, no demonym) written right before capitalised words for a line of business
 * (isCompanyNameWord) that no rule typed and that end their sentence's run of names, is one company's
 * name. A company the lists know keeps its entry ("Samsung"). So is a company the lists know by one word before capitalised words a rule
 * read as an organization's name ("Gazprom Neft", "Boeing Commercial Airplanes"): its unit, an organization of its own. The joined
 * finding, or null.
 */
function companyByLineOfBusiness(doc: TokenizedArticle, before: EntityFinding, f: EntityFinding): EntityFinding | null {
  const { tokens } = doc;
  // "Gazprom Neft", "Boeing Commercial Airplanes", "Hyundai Motor India": after a company the lists know by one word (no acronym: "EU
  // Banco Quorvan"; no chamber: "House Republicans"), a name a rule read as an organization's, capitalised words only, is the company's own unit.
  const first = tokens[before.first];
  const unit = f.kind === 'org' && before.kind === 'dict' && before.hit.type === 'ORGANIZATION' && before.first === before.last && !first.upper && !chamberNamedAfterThe(first.key) && !isPartyMembersPlural(tokens[f.last]);
  if (before.kind !== 'dict' || before.hit.type === 'DEMONYM' || (f.kind !== 'partial' && !unit) || f.first !== before.last + 1 || !tokens[before.last].joinsNext || tokens[before.last].possessive) return null;
  const after = tokens[f.last + 1];
  if (after?.cap && tokens[f.last].joinsNext && after.segment === tokens[f.last].segment) return null;
  if (!tokens.slice(f.first, f.last + 1).every((t) => t.cap && !t.upper && (unit || isCompanyNameWord(t.key)))) return null;
  return before.hit.type === 'ORGANIZATION' && !unit ? { ...before, last: f.last } : organizationFinding(doc, before.first, f.last);
}

/**
 * "Council on Foreign Relations", "Commission on Human Rights", "Council on American-Islamic
 * Relations": one capitalised organization head word alone ("Council", "Committee"), then "on" and a
 * name no rule typed or a demonym, is one organization's name. The joined finding, or null.
 */
function organizationOn(doc: TokenizedArticle, f: EntityFinding, g: EntityFinding): EntityFinding | null {
  const { tokens } = doc;
  if (f.kind !== 'partial' || f.first !== f.last || g.first !== f.last + 2) return null;
  const on = tokens[f.last + 1];
  const head = tokens[f.first];
  const joins = !head.upper && isOrganizationHead(head.key) && head.joinsNext && on.key === 'on' && !on.cap && on.joinsNext;
  const named = g.kind === 'partial' || g.kind === 'org' || (g.kind === 'dict' && g.hit.type === 'DEMONYM');
  return joins && named ? organizationFinding(doc, f.first, g.last) : null;
}

/** Words that open a state's full name: "State of Texas", "Commonwealth of Virginia". */
const STATE_OPENERS = new Set(['state', 'commonwealth']);

/**
 * "the State of Texas", "the Commonwealth of Virginia": "State of" or "Commonwealth of" before a
 * region the lists know is part of that region's mention (the same place). The joined finding, or null.
 */
function stateByFullName(doc: TokenizedArticle, f: EntityFinding, g: EntityFinding): EntityFinding | null {
  const { tokens } = doc;
  if (f.kind !== 'partial' || f.first !== f.last || g.first !== f.last + 2 || g.kind !== 'dict' || g.hit.type !== 'REGION') return null;
  const of = tokens[f.last + 1];
  const joins = STATE_OPENERS.has(tokens[f.first].key) && !tokens[f.first].upper && tokens[f.first].joinsNext && of.key === 'of' && !of.cap && of.joinsNext;
  return joins ? { ...g, first: f.first } : null;
}

/** Words that head a university's name, whose campus may follow "at" ("University of Texas at Arlington") or end it ("Imperial College London"). */
const CAMPUS_HEADS = new Set(['university', 'college']);

/**
 * "University of North Carolina at Chapel Hill", "University of Texas at Austin": a university's name
 * and "at" with a place (or a name no rule typed) of at most three words right after it are one
 * organization, the campus, not the university and a place. The joined finding, or null.
 */
function campusAt(doc: TokenizedArticle, f: EntityFinding, g: EntityFinding): EntityFinding | null {
  const { tokens } = doc;
  if (g.first !== f.last + 2 || g.last - g.first > 2) return null;
  const at = tokens[f.last + 1];
  const organization = isOrganizationFinding(f);
  if (!organization || at.cap || at.key !== 'at' || !tokens[f.last].joinsNext || !at.joinsNext) return null;
  const place = g.kind === 'place' || g.kind === 'partial' || (g.kind === 'dict' && g.hit.type !== 'ORGANIZATION' && g.hit.type !== 'DEMONYM');
  const university = tokens.slice(f.first, f.last + 1).some((t) => t.cap && CAMPUS_HEADS.has(t.key));
  return place && university ? organizationFinding(doc, f.first, g.last) : null;
}

/**
 * "University of Quorvia, Tellmore (UQT)", "Brellow State University, Quimby, which", "University of Technology, Vorland held": a
 * university's or a college's name (an organization's finding holding CAMPUS_HEADS), ", " and a town the lists know right after it are
 * one organization, the campus, as with "at" (campusAt); so is a country after it, where the name holds no place the lists know ("University
 * of Technology, Vorland": its country is part of its name; "University of Tellmore, Vorland" is a university and where it is).
 * Not a town in a list ("University of Tellmore, Quimby and Brellow", "..., Quimby, Vorland"), nor one in the possessive. The joined
 * finding, or null.
 */
function campusAfterComma(doc: TokenizedArticle, f: EntityFinding, g: EntityFinding): EntityFinding | null {
  const { tokens, body } = doc;
  if (g.kind !== 'dict' || (g.hit.type !== 'CITY' && g.hit.type !== 'COUNTRY') || !isOrganizationFinding(f) || tokens[g.last].possessive) return null;
  if (tokens[g.first].segment !== tokens[f.last].segment || body.slice(tokens[f.last].end, tokens[g.first].start) !== ', ') return null;
  if (!tokens.slice(f.first, f.last + 1).some((t) => t.cap && CAMPUS_HEADS.has(t.key))) return null;
  // A list goes on after the town: ", Quimby and Brellow", ", Quimby, Vorland".
  if (/^(?:,| and) \p{Lu}/u.test(body.slice(tokens[g.last].end, tokens[g.last].end + 6))) return null;
  if (g.hit.type === 'COUNTRY' && namesKnownPlace(doc, f)) return null;
  return organizationFinding(doc, f.first, g.last);
}

/** True when a capitalised word of finding `f`, or two together, name a country, a town or a region the lists know ("Tellmore" of "University of Tellmore"). */
function namesKnownPlace(doc: TokenizedArticle, f: EntityFinding): boolean {
  const { tokens } = doc;
  const place = (from: number, to: number): boolean => {
    const type = lookupName(surfaceOf(doc, from, to), to - from + 1)?.type;
    return type === 'COUNTRY' || type === 'CITY' || type === 'REGION';
  };
  for (let i = f.first; i <= f.last; i++) if (tokens[i].cap && (place(i, i) || (i < f.last && tokens[i + 1].cap && place(i, i + 1)))) return true;
  return false;
}

/**
 * "the American Revolution", "Image: Australian Paralympic Committee", "Council on American-Islamic
 * Relations": a demonym written right before a capitalised word that is no title, given name or
 * demonym is the first word of a longer name, not a mention of the country. With a name no rule
 * typed of at most three words ending in an organization's head word, it is that organization (also
 * in a caption or headline); otherwise, outside Title Case lines, the demonym is dropped. A person or
 * place written after it keeps it ("Australian Prime Minister", "American Joe Smith", "Russian
 * Far East"). Returns the findings so rewritten.
 */
function demonymsInNames(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  const out: EntityFinding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const next = tokens[f.last + 1];
    if (f.kind !== 'dict' || f.hit.type !== 'DEMONYM' || !next?.cap || next.upper || !tokens[f.last].joinsNext || tokens[f.last].possessive) {
      out.push(f);
      continue;
    }
    if (isTitleWord(next.key) || isGivenName(next.key) || hasLexiconTag(next.key, 'Demonym')) {
      out.push(f);
      continue;
    }
    const g = findings[i + 1]?.first === f.last + 1 ? findings[i + 1] : null;
    if (g?.kind === 'partial' && g.last - g.first <= 2 && isOrganizationHead(tokens[g.last].key) && !tokens.slice(g.first, g.last + 1).some((t) => isGivenName(t.key))) {
      out.push(organizationFinding(doc, f.first, g.last));
      i++;
      continue;
    }
    const named = g && (g.kind === 'person' || g.kind === 'place' || (g.kind === 'dict' && g.hit.type !== 'ORGANIZATION'));
    if (named || doc.segments[next.segment].titleCase) out.push(f);
  }
  return out;
}

/**
 * "Daly explained ...", "Bos obtained ...": an ordinary word opening a sentence is no name, unless it
 * is, alone, the surname of a person the article names in full. Adds those words as partial names
 * (the resolve stage ties them to the person) and returns the findings in body order.
 */
function surnamesOpeningSentences(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  const surnames = new Set<string>();
  // "King" of "Martin Luther King Jr.": the surname is the word before a generational suffix.
  const surnameAt = (f: { first: number; last: number }): number => (f.last - 1 > f.first && NAME_SUFFIXES.has(tokens[f.last].key) ? f.last - 1 : f.last);
  // "Assad" of "Bashar al-Assad": the surname without its joined article too.
  for (const f of findings) {
    if (f.kind !== 'person' || f.last === f.first) continue;
    const key = tokens[surnameAt(f)].key;
    surnames.add(key).add(withoutJoinedArticle(key));
  }
  if (!surnames.size) return findings;
  const candidates: number[] = [];
  tokens.forEach((t, i) => {
    if (t.sentenceStart && t.cap && !t.upper && surnames.has(t.key) && !(t.joinsNext && tokens[i + 1]?.cap)) candidates.push(i);
  });
  if (!candidates.length) return findings;
  const covered = (i: number): boolean => findings.some((f) => f.first <= i && i <= f.last);
  const added: EntityFinding[] = packedMap(
    candidates.filter((i) => !covered(i)),
    (i) => ({ kind: 'partial', first: i, last: i, cue: hasCue(doc, i, i) }),
  );
  return added.length ? [...findings, ...added].sort((a, b) => a.first - b.first) : findings;
}

/**
 * "Wikinews reporter William Saturn", "Quantcast employees", "Facebook co-founder Mark Zuckerberg":
 * a name no rule typed, of at most three words none of them a known given name, surname, word of a person
 * the article names or title word and no law's or document's name ("the Second Amendment columnist"), written right before a word
 * for an organization's people, is that organization. Rewrites those partial findings.
 */
function typeByOrganizationPeople(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  // "Biden spokesman Andrew Bates" beside "Joe Biden": a word of a person the article names is that person's.
  const personWords = personNameWords(tokens, findings);
  findings.forEach((f, i) => {
    if (f.kind !== 'partial' || f.last - f.first > 2) return;
    const next = tokens[f.last + 1];
    if (!next || !(tokens[f.last].joinsNext || tokens[f.last].possessive) || next.segment !== tokens[f.last].segment || !isOrganizationPeopleWord(next.key)) return;
    const ws = tokens.slice(f.first, f.last + 1);
    if (ws.some((t) => isGivenName(t.key) || isSurname(t.key) || personWords.has(t.key) || isTitleWord(t.key) || isFunctionWord(t.key))) return;
    // "Government spokesman Ann Lee said", "Cargo revenue fell": an ordinary word alone that opens the sentence is the noun it is,
    // capitalised by its place; unless the article writes it capitalised inside a sentence too ("Quorvle's Shell ... Shell spokesman").
    if (ws.length === 1 && capitalisedOnlyBySentence(tokens, f.first)) return;
    // "the Second Amendment columnist": a law or a document (DOCUMENT_HEADS) has writers, not people of its own.
    if (!tokens[f.last].upper && DOCUMENT_HEADS.has(tokens[f.last].key)) return;
    // "Kowalski shares his view": the verb, before a determiner or pronoun, is no organization's shares.
    const after = tokens[f.last + 2];
    if ((next.key === 'shares' || next.key === 'stock') && after && next.joinsNext && isClosedClassWord(after.key)) return;
    findings[i] = organizationFinding(doc, f.first, f.last);
  });
}

/**
 * "Frank Ocean said", "said Ricki Lake", "Frank Ocean released his album": tokens `words`, a given name the lists know and one more word,
 * the two alone, with a speech cue or as a person's subject (personAsSubject), are a person, though the second word heads a place's
 * name ("Ocean", "Lake", "Bay"): a bay or a lake says nothing.
 */
function cuedGivenNamePair(doc: TokenizedArticle, words: number[]): boolean {
  return words.length === 2 && isGivenName(doc.tokens[words[0]].key) && (hasCue(doc, words[0], words[1]) || personAsSubject(doc, words[1]));
}

/**
 * Splits one chunk into dictionary matches and runs of other words, and classifies the runs. An
 * organization's name written round other names ("University of Southern Indiana", "Andy Warhol
 * Foundation", "Russian Defense Ministry") is one organization (organization.frame.ts), unless the lists
 * know the whole name as a place ("Soviet Union"); a place's name round other names, by its head word,
 * one place ("Washington Dulles International Airport"), and so is a facility's name by its head
 * ("Museum of Flight", "Kennedy Space Center": organization.frame.ts); a capital
 * "The" inside a sentence belongs to the organization it opens ("The Onion", "The New York Times").
 */
function classifyChunk(doc: TokenizedArticle, chunk: number[], out: EntityFinding[]): void {
  const { tokens } = doc;
  if (partyTagPlace(doc, chunk, out)) return;
  // A name by form has two words at least: one-word chunks (most of them) skip the frames.
  const framed = chunk.length > 1 && !doc.segments[tokens[chunk[0]].segment].titleCase;
  const orgFrame = framed ? organizationFrame(tokens, chunk) : null;
  const frame = orgFrame ?? (framed && !cuedGivenNamePair(doc, chunk) ? placeFrame(tokens, chunk) : null);
  if (frame) {
    if (frame.from > 0) classifyChunk(doc, chunk.slice(0, frame.from), out);
    const [first, last] = [chunk[frame.from], chunk[frame.to]];
    const named = tokens[first].key === 'the' ? first + 1 : first;
    const name = surfaceOf(doc, named, last);
    const hit = lookupName(name, last - named + 1) ?? knownCompany(doc, named, last);
    const span = chunk.slice(frame.from, frame.to + 1);
    const headKind = orgFrame ? undefined : packedMap(span, (i, p) => (tokens[i].cap ? placeHeadKind(tokens[i].key, tokens[span[p - 1]]?.key, !tokens[span[p - 2]]?.cap) : undefined)).find((k) => k);
    if (hit) out.push({ kind: 'dict', hit, first, last });
    // "Banco Base": a head-first word and one word of its own name that organization, whatever building the word names
    // ("Universidad de Chile Stadium" is the stadium).
    else if (!(orgFrame && last === named + 1 && isHeadFirstOrganizationWord(tokens[named])) && isFacilityName(tokens, span)) out.push(placeFinding(doc, named, last, 'facility'));
    else if (!headKind) out.push({ kind: 'org', name, first, last });
    else out.push(placeFinding(doc, first, last, headKind, name));
    // What follows the name is read as a run of its own, from its first word that is no connector:
    // "Chevron Corp" of "Exxon Mobil Corp and Chevron Corp".
    let rest = frame.to + 1;
    while (rest < chunk.length && isConnector(tokens[chunk[rest]])) rest++;
    if (rest < chunk.length) classifyChunk(doc, chunk.slice(rest), out);
    return;
  }
  const opening = out.length;
  let residual: number[] = [];
  const flush = (): void => {
    if (residual.length) classifyRun(doc, residual, out);
    residual = [];
  };
  for (let i = 0; i < chunk.length; ) {
    const t = tokens[chunk[i]];
    const next = i + 1 < chunk.length ? tokens[chunk[i + 1]] : null;
    // The lexicon is asked only where a capitalised word follows (most chunks are one word).
    const givenNameLeads = !!next && next.cap && isGivenName(t.key) && (next.initial || !isFunctionWord(next.key));
    let matched = compassAbbreviation(doc, chunk, i, out, flush) || compassRegion(doc, chunk, i, out, flush) || sportsBodyAt(doc, chunk, i, out, flush) || chamberAfterThe(doc, chunk, i, out, flush) || chamberBeforeTitle(doc, chunk, i, out, flush);
    if (!matched && !isConnector(t) && !(t.sentenceStart && !t.upper && isFunctionWord(t.key) && !particleOpensName(t, next ?? undefined, doc.segments[t.segment].titleCase, tokens[chunk[i + 2]]))) {
      // The longest name the lists hold from this word bounds the words tried; the chunk's last word (most chunks are one word) tries itself alone.
      const left = chunk.length - i;
      for (let len = left > 1 ? Math.min(longestNameStartingWith(foldName(t.text)), left) : 1; len >= 1; len--) {
        if (len === 1 && givenNameLeads) break;
        const last = chunk[i + len - 1];
        if (isConnector(tokens[last])) continue;
        const hit = lookupName(surfaceOf(doc, chunk[i], last), len);
        const club = !!hit && hit.type === 'CITY' && residual.length > 0 && clubBeforeTown(tokens, residual[residual.length - 1], chunk[i]);
        if (hit && len === 1 && hit.type === 'CITY' && !club && (townInPersonName(tokens, chunk, i, residual) || (i === 0 && particleSurnameName(chunk.map((c) => tokens[c]))) || isRomanizedGivenName(tokens[chunk[i + 1]]))) break;
        if (hit && len === 1 && i === 0 && placeGivenNameBeforeWord(doc, chunk, hit)) {
          out.push({ kind: 'person', first: chunk[0], last: chunk[1], role: null, titleFirst: null });
          matched = 2;
          break;
        }
        if (hit && len === 1 && (placeInPersonName(tokens, chunk, i, hit) || riverBeforeName(tokens, chunk, i, hit) || bareSubdivisionBeforeName(tokens, chunk, i, hit) || holidayName(tokens, chunk, i, hit))) break;
        // "Environment Canada", "Public Health Scotland", "Fisheries and Oceans Canada": a body of the country or region (country-body.rules).
        const body = !!hit && residual.length > 0 && (hit.type === 'COUNTRY' || hit.type === 'REGION') && !doc.segments[t.segment].titleCase ? placeBodyStart(tokens, residual, chunk[i], hit.type === 'REGION') : -1;
        // "Telkom Kenya said", "Entergy Texas said": a word no list knows before a country or region that is no person's name (placeInPersonName
        // read "Kanye West said" above) names a company's unit there.
        const unit = !!hit && ((len === 1 && placeAfterUnknownWord(tokens, chunk, i)) || (residual.length === 1 && i + len === chunk.length && placeAfterBrandWord(doc, chunk, i)));
        // "Imperial College London", "University College London": a city ending the run (or before "and") right after a college or
        // university ends its name.
        const campus = hit && len === 1 && hit.type === 'CITY' && (i + 1 === chunk.length || isConnector(tokens[chunk[i + 1]])) ? campusStart(tokens, residual) : -1;
        if (campus >= 0) {
          const from = residual[campus];
          residual = residual.slice(0, campus);
          flush();
          out.push(organizationFinding(doc, from, last));
          matched = len;
          break;
        }
        if (club || unit || body >= 0) {
          const from = club || unit ? residual.length - 1 : body;
          const noun = residual[from];
          // "Food Standards Australia New Zealand": a second country right after the first is the body's too.
          const second = body >= 0 && !club && !unit ? countryLengthAt(doc, chunk, i + len) : 0;
          residual = residual.slice(0, from);
          flush();
          out.push(organizationFinding(doc, noun, chunk[i + len + second - 1]));
          matched = len + second;
          break;
        }
        if (hit) {
          flush();
          // A known place before a place's head word, or a compass word and a head, is part of a longer
          // place: "Hong Kong Island", "Hudson River", "US West Coast".
          const compass = i + len + 1 < chunk.length && tokens[chunk[i + len]].cap && COMPASS.has(tokens[chunk[i + len]].key) ? 1 : 0;
          const head = i + len + compass < chunk.length ? tokens[chunk[i + len + compass]] : null;
          const placeKind = head?.cap && hit.type !== 'ORGANIZATION' && hit.type !== 'DEMONYM' ? (GEO_HEADS.get(head.key) ?? stateHeadKind(doc, chunk[i], last, head) ?? townHeadKind(doc, chunk, i + len + compass, hit)) : undefined;
          const end = chunk[i + len + compass];
          const part = placeKind ? 0 : townPartWords(doc, chunk, i + len, hit);
          if (placeKind) out.push(placeFinding(doc, chunk[i], end, placeKind));
          else if (part) out.push(placeFinding(doc, chunk[i], chunk[i + len + part - 1], 'region'));
          else out.push({ kind: 'dict', hit, first: chunk[i], last });
          matched = placeKind ? len + 1 + compass : len + part;
          break;
        }
      }
    }
    if (matched) i += matched;
    else if (givenNameLeads) {
      let j = i + 1;
      while (j < chunk.length - 1 && (tokens[chunk[j]].initial || isConnector(tokens[chunk[j]]))) j++;
      for (; i <= j; i++) residual.push(chunk[i]);
    } else residual.push(chunk[i++]);
  }
  flush();
  if (doc.segments[tokens[chunk[0]].segment].titleCase) return;
  for (let i = 0; i < chunk.length; i++) if (openedByThe(tokens, chunk, i)) joinThe(doc, out, opening, chunk[i]);
  const the = tokens[chunk[0]];
  if (chunk.length > 1 && the.key === 'the' && the.sentenceStart && !the.upper) joinTheOfCity(out, opening, chunk[0]);
}

/**
 * "The Liberation Tigers of Tamil Eelam (LTTE)": a chunk of two words or more (after an opening "the") whose
 * initials spell the whole acronym the text writes in brackets right after it is one name; when the findings
 * read in it (from `opening` of `out` on) are not one finding ending on its last word, they are rewritten as
 * one organization, whatever its words would read as alone ("Kennedy Space Center (KSC)" stays the place it was read as).
 * So is one person's name that no given name opens: a party or a company in another language ("Tamilaga Vettri Kazhagam
 * (TVK)"); a person's ("Mohammed bin Salman (MBS)", "John F. Kennedy (JFK)") stays. Where the initials spell it from a word
 * after a lower-case "the" or "and" inside the chunk ("Solomon Islands and the Quorvan Development Programme (QDP)"), the
 * name is those words, and the findings before them stay, when none runs across that word.
 */
function spelledByItsAcronym(doc: TokenizedArticle, chunk: number[], out: EntityFinding[], opening: number): void {
  const { tokens } = doc;
  const last = chunk[chunk.length - 1];
  const first = tokens[chunk[0]].key === 'the' ? chunk[0] + 1 : chunk[0];
  const read = out.length === opening + 1 && out[opening].first <= first && out[opening].last === last;
  const unnamedPerson = read && out[opening].kind === 'person' && !isGivenName(tokens[first].key) && !isListedFirstName(tokens[first].key);
  if ((read && !unnamedPerson) || last <= first || doc.segments[tokens[last].segment].titleCase) return;
  const acronym = bracketedAcronymAfter(doc, last);
  const start = acronym ? initialsStart(tokens, first, last, acronym) : null;
  if (start === first) out.splice(opening, out.length - opening, organizationFinding(doc, first, last));
  else if (start !== null && start > first && start < last && tokens[start].cap && ACRONYM_NAME_OPENERS.has(tokens[start - 1].key) && !tokens[start - 1].cap) {
    const before = out.slice(opening).filter((f) => f.last < start);
    const inside = out.slice(opening + before.length);
    if (inside.some((f) => f.first < start) || (inside.length === 1 && inside[0].first === start && inside[0].last === last)) return;
    out.splice(opening, out.length - opening, ...before, organizationFinding(doc, start, last));
  }
}

/** The lower-case words after which a name an acronym spells may open inside a chunk: "and the Quorvan Development Programme (QDP)". */
const ACRONYM_NAME_OPENERS: ReadonlySet<string> = new Set(['the', 'and']);

/** The most lower-case words between an organization's name and the rest of it that its acronym spells: "in", "in the", "de la". */
const MAX_JOINING_WORDS = 2;

/** The most words before the chunk an acronym follows that the name it spells may open at: "Aid" of "Aid to the Church in Need (ACN)". */
const MAX_WORDS_BEFORE = 10;

/**
 * "United Nations Interim Force in Lebanon (UNIFIL)", "International Center for Agricultural Research in the Dry Areas (ICARDA)", "Aid
 * to the Church in Need (ACN)": the chunk `chunk` that an acronym in brackets follows and the words before it in one sentence, each
 * stretch of lower-case words between them one or two words long (joined to each other by single spaces, a capitalised word opening the
 * name), are one organization's name where the initials of all their words spell the acronym, each lower-case word counted or not
 * (spellsWithJoiningWords), and an organization's finding is among them or no rule typed any; the findings from the name's first word on are rewritten as that
 * one organization. The chunks a lower-case word cuts a name into are read apart ("Lebanon" the country; "United Nations" and "Mission"
 * of "United Nations Assistance Mission in Quorvia"), and the acronym alone tells where the name began. Nothing is rewritten when a
 * finding runs across that first word.
 */
function continuedToItsAcronym(doc: TokenizedArticle, chunk: number[], out: EntityFinding[], opening: number): void {
  const { tokens } = doc;
  const last = chunk[chunk.length - 1];
  if (opening === 0 || doc.segments[tokens[last].segment].titleCase) return;
  const acronym = bracketedAcronymAfter(doc, last);
  const first = acronym ? acronymNameOpening(tokens, chunk[0], last, acronym) : -1;
  if (first < 0) return;
  let k = out.length;
  while (k > 0 && out[k - 1].last >= first) k--;
  const inside = out.slice(k);
  // A capital "The" read into the finding of the name's first words stays out of it: "The United Nations" of "The United Nations Assistance Mission".
  const opensWithThe = inside[0]?.first === first - 1 && tokens[first - 1].key === 'the';
  // An organization read among the words, or names no rule typed only ("Aid", "Church" and "Need"): no person's name and its place.
  const named = inside.some(isOrganizationFinding) || inside.every((f) => f.kind === 'partial');
  if ((inside[0]?.first < first && !opensWithThe) || !named) return;
  out.splice(k, out.length - k, organizationFinding(doc, first, last));
}

/**
 * The first word of the name that ends at token `last` (of a chunk opening at token `from`) and whose words' initials spell `acronym`
 * (see continuedToItsAcronym): a capitalised word before `from` in the same sentence, or -1.
 */
function acronymNameOpening(tokens: ArticleToken[], from: number, last: number, acronym: string): number {
  let opening = -1;
  let lower = 0;
  for (let i = from - 1; i >= 0 && from - i <= MAX_WORDS_BEFORE; i--) {
    const t = tokens[i];
    if (!t.joinsNext || t.segment !== tokens[last].segment) break;
    if (!t.cap) {
      if (++lower > MAX_JOINING_WORDS) break;
      continue;
    }
    lower = 0;
    if (spellsWithJoiningWords(tokens, i, last, acronym)) opening = i;
    if (t.sentenceStart) break;
  }
  return opening;
}

/**
 * "Exxon Mobil Corp", "Wells Fargo & Co": the organization the lists know by the name of tokens
 * `first`..`last` without the company's legal forms that end it, or null.
 */
function knownCompany(doc: TokenizedArticle, first: number, last: number): DictionaryHit | null {
  const { tokens } = doc;
  let end = last;
  while (end > first && tokens[end].cap && isCompanyLegalForm(tokens[end].key)) end--;
  const hit = end < last ? lookupName(surfaceOf(doc, first, end), end - first + 1) : null;
  return hit?.type === 'ORGANIZATION' ? hit : null;
}

/**
 * "(R-Mount Pleasant)", ", D-Storm Lake,", "(D-Newport News)": the words of a legislator's party tag after the party's initial
 * (opensPartyTagPlace), up to the bracket, comma or full stop that closes the tag, name the town or district the member stands for
 * (AP style; the initial is unmarked): the place the lists know by that name, else a town they lack. A US state so named ("(R-Utah)",
 * ", R-La.,", "(R-IN)", "(R-Tex)") names nothing, as before: GUM leaves it unmarked ("U.S. Senator (R-Texas)"), where the wire sets' writers marked it.
 * Pushes the finding of `chunk`; true when the chunk is such a tag's.
 */
function partyTagPlace(doc: TokenizedArticle, chunk: number[], out: EntityFinding[]): boolean {
  const { tokens, body } = doc;
  const [first, last] = [chunk[0], chunk[chunk.length - 1]];
  if (!opensPartyTagPlace(body, tokens[first].start) || !/^\.?[),.;]/.test(body.slice(tokens[last].end, tokens[last].end + 2))) return false;
  const name = surfaceOf(doc, first, last);
  // A state's AP abbreviation, its postal code ("IN") or its first letters ("Tex").
  const t = tokens[first];
  if (stateNamed(name) || (first === last && (usStateAbbreviated(t.text, t.text.endsWith('.') || body[t.end] === '.') || /^\p{Lu}{2}$/u.test(t.text) || usStateOpenedBy(t.text)))) return true;
  const hit = lookupName(name, last - first + 1);
  out.push(hit && hit.type !== 'ORGANIZATION' && hit.type !== 'DEMONYM' ? { kind: 'dict', hit, first, last } : placeFinding(doc, first, last, 'city'));
  return true;
}

/**
 * "The Onion", "The New York Times": the organization or unknown name right after a capital "The"
 * inside a sentence takes "The" into its span, as a city whose name opens with it does ("The Hague"; another place, a person or a given name does not: "The
 * Steve Harvey Morning Show", "The Donald"), nor a title ("The President"). Rewrites the
 * finding at `from` or later that starts right after `the`.
 */
function joinThe(doc: TokenizedArticle, out: EntityFinding[], from: number, the: number): void {
  if (joinTheOfCity(out, from, the)) return;
  const f = out.slice(from).find((x) => x.first === the + 1);
  if (!f) return;
  const at = out.indexOf(f);
  if (f.kind === 'dict' && f.hit.type === 'ORGANIZATION') out[at] = { ...f, first: the };
  else if (f.kind === 'org') out[at] = { ...f, first: the };
  else if (f.kind === 'partial' && !isGivenName(doc.tokens[f.first].key) && !doc.tokens.slice(f.first, f.last + 1).every((t) => isTitleWord(t.key))) out[at] = { kind: 'org', name: surfaceOf(doc, f.first, f.last), first: the, last: f.last };
}

/**
 * "The Hague", "The Dalles": a city whose own name opens with "The" takes the capital "The" before it into its span, at a
 * sentence's start too ("The Hague is the seat of the court"). Rewrites the finding at `from` or later that starts right after
 * `the`; true when it did.
 */
function joinTheOfCity(out: EntityFinding[], from: number, the: number): boolean {
  const f = out.slice(from).find((x) => x.first === the + 1);
  if (!f || f.kind !== 'dict' || f.hit.type !== 'CITY' || !f.hit.city.name.startsWith('The ')) return false;
  out[out.indexOf(f)] = { ...f, first: the };
  return true;
}

/**
 * "Bayern Munich", "Inter Miami", "Atletico Madrid", "AC Milan": a word that opens a football club's name
 * (organization.aliases isClubPrefix) written right before a town names the club, not a person or the town.
 */
function clubBeforeTown(tokens: ArticleToken[], prefix: number, town: number): boolean {
  const t = tokens[prefix];
  // A short prefix is an abbreviation, written in capitals ("AS Roma"; not "As Paris celebrated").
  return prefix === town - 1 && t.joinsNext && t.cap && !t.possessive && isClubPrefix(t.key) && (t.upper || t.key.length > 3);
}

/**
 * A one-word town written with a word no list knows, the two alone in their run, is a person's name:
 * "Valeska Paris", "Frank Messina", "Kaja Kallas" (Kaya is a town). True for the town at chunk
 * position `i` when the word before it (left over in `residual`) or after it ends the pair so. A town that opens the pair is alone
 * in its run beside a lower-case "and" too ("Dallas Quorvel and Ann Lee voted"); one that ends it there stays the town ("Ann Lee
 * and Quorvel Lima": a second surname that is a place, read whole only after more names).
 */
function townInPersonName(tokens: ArticleToken[], chunk: number[], i: number, residual: number[]): boolean {
  const unknown = (t: ArticleToken | undefined): boolean =>
    !!t && t.cap && !t.upper && !t.initial && t.text.length > 2 && !isCommonWord(t.key) && !isFunctionWord(t.key) && !isTitleWord(t.key) && nameShaped(t) && !lookupName(t.text, 1);
  if (i === 1 && chunk.length === 2) return residual.length === 1 && unknown(tokens[chunk[0]]);
  // A masthead word after the town names its newspaper or club, not a person ("Halden Sun", "Tarrow United").
  return pairAlone(tokens, chunk, i) && unknown(tokens[chunk[i + 1]]) && !isMastheadWord(tokens[chunk[i + 1]].key);
}

/** Words `j` and `j + 1` of the run `chunk` stand alone in it: each side is the run's end or a lower-case "and". */
function pairAlone(tokens: ArticleToken[], chunk: number[], j: number): boolean {
  const bound = (k: number): boolean => k < 0 || k >= chunk.length || lowerAnd(tokens[chunk[k]]);
  return j + 1 < chunk.length && bound(j - 1) && bound(j + 2);
}

/**
 * "N. Korea", "S. Carolina": a compass initial before a name the lists know once the initial is
 * spelt out. Pushes the finding and returns the number of chunk words it covers, else 0.
 */
function compassAbbreviation(doc: TokenizedArticle, chunk: number[], i: number, out: EntityFinding[], flush: () => void): number {
  const { tokens } = doc;
  const t = tokens[chunk[i]];
  const compass = t.initial ? COMPASS_INITIALS[t.text[0]] : undefined;
  if (!compass || i + 1 >= chunk.length || !t.joinsNext) return 0;
  for (let len = Math.min(3, chunk.length - i - 1); len >= 1; len--) {
    const last = chunk[i + len];
    if (isConnector(tokens[last])) continue;
    const hit = lookupName(`${compass} ${surfaceOf(doc, chunk[i + 1], last)}`, len + 1);
    if (hit && hit.type !== 'ORGANIZATION') {
      flush();
      out.push({ kind: 'dict', hit, first: chunk[i], last });
      return len + 1;
    }
  }
  return 0;
}

/**
 * "North Florida", "Southern California", "West Texas", "Old Delhi", "Old Trafford", "Lake Tanganyika": a compass
 * word, "Old" or "Little" (PLACE_QUALIFIERS) or a word that opens a place's name (GEO_PREFIXES: "Lake", "Mount")
 * before a place the lists know (a country, a state or region, a city), where the lists know no name made of
 * them together ("North Korea", "West Virginia" are theirs), is a place named by both: not a person named
 * North, nor the place alone. Pushes the finding and returns the number of chunk words it covers, else 0.
 */
function compassRegion(doc: TokenizedArticle, chunk: number[], i: number, out: EntityFinding[], flush: () => void): number {
  const { tokens } = doc;
  const t = tokens[chunk[i]];
  if (!t.cap || t.upper || i + 1 >= chunk.length || !t.joinsNext) return 0;
  const prefix = geoPrefixAt(tokens, chunk[i]);
  if (!(PLACE_QUALIFIERS.has(t.key) || prefix)) return 0;
  const most = Math.min(3, chunk.length - i - 1);
  for (let len = most; len >= 1; len--) if (lookupName(surfaceOf(doc, chunk[i], chunk[i + len]), len + 1)) return 0;
  for (let len = most; len >= 1; len--) {
    const last = chunk[i + len];
    if (isConnector(tokens[last])) continue;
    const hit = lookupName(surfaceOf(doc, chunk[i + 1], last), len);
    if (hit && (hit.type === 'COUNTRY' || hit.type === 'REGION' || hit.type === 'CITY')) {
      flush();
      out.push(placeFinding(doc, chunk[i], last, prefix ?? 'region'));
      return len + 1;
    }
  }
  return 0;
}

/**
 * "the House voted", "passed the House and the Senate": a chamber's one-word name (organization.aliases
 * chamberNamedAfterThe) right after "the" (a capital one only opening a sentence: "The House voted"), or after "the" and
 * a word for who holds it ("the Republican-controlled House", "The Democratic-led House voted"), ending its name (no capitalised word follows
 * it: not "the House Judiciary Committee", "the House of Lords"; not in a Title Case line). Pushes the
 * finding and returns 1, else 0.
 */
function chamberAfterThe(doc: TokenizedArticle, chunk: number[], i: number, out: EntityFinding[], flush: () => void): number {
  const { tokens } = doc;
  const at = chunk[i];
  const t = tokens[at];
  const holder = tokens[at - 1]?.key ?? '';
  const held = holder.endsWith('ed') && holder.includes('-') && CHAMBER_HOLDERS.test(holder) ? 1 : 0;
  const before = tokens[at - 1 - held];
  const next = tokens[at + 1];
  if (!t.cap || t.upper || !before || (before.cap && !before.sentenceStart) || before.key !== 'the' || !before.joinsNext || (held && t.start - tokens[at - 1].end !== 1)) return 0;
  const chamber = chamberNamedAfterThe(t.key);
  if (!chamber || doc.segments[t.segment].titleCase) return 0;
  if (next && next.segment === t.segment && t.joinsNext && (next.cap || (next.key === 'of' && !next.cap))) return 0;
  flush();
  out.push({ kind: 'dict', hit: { type: 'ORGANIZATION', name: chamber }, first: at, last: at });
  return 1;
}

/** A word for the party that holds a chamber, before its name: "Republican-controlled", "Democratic-led". */
const CHAMBER_HOLDERS = /^\p{L}+-(?:controlled|led|dominated)$/u;

/**
 * "House Minority Leader Nancy Pelosi", "House Speaker Paul Ryan": a chamber's one-word name
 * (organization.aliases chamberNamedAfterThe) opening its run (after function words only: "Then
 * House Speaker ..."; not "Opera House Director Ann Lee") right before a title that opens the rest of the run
 * (titleEnd) is that chamber, as "Senate" of "Senate Majority Leader Mitch McConnell" is; so is one before
 * a party's members' plural that ends the run ("House Republicans said", "House Democrats"); not in a
 * Title Case line. Pushes the finding and returns 1, else 0.
 */
function chamberBeforeTitle(doc: TokenizedArticle, chunk: number[], i: number, out: EntityFinding[], flush: () => void): number {
  const { tokens } = doc;
  const t = tokens[chunk[i]];
  if (!t.cap || t.upper || !t.joinsNext || i + 1 >= chunk.length || doc.segments[t.segment].titleCase) return 0;
  const chamber = chamberNamedAfterThe(t.key);
  // The words before it are read only for a chamber's name (few words are one).
  if (!chamber) return 0;
  for (let k = 0; k < i; k++) if (!isFunctionWord(tokens[chunk[k]].key) || tokens[chunk[k]].upper) return 0;
  const members = (i + 2 === chunk.length || isConnector(tokens[chunk[i + 2]])) && isPartyMembersPlural(tokens[chunk[i + 1]]);
  if (!members && (i + 2 >= chunk.length || !tokens[chunk[i + 1]].cap || !isTitleWord(tokens[chunk[i + 1]].key) || titleEnd(tokens, chunk.slice(i + 1)) === 0)) return 0;
  flush();
  out.push({ kind: 'dict', hit: { type: 'ORGANIZATION', name: chamber }, first: chunk[i], last: chunk[i] });
  return 1;
}

/** Classifies capitalised words that no list knows: an organization, a place, a person, or a partial name to resolve later. */
function classifyRun(doc: TokenizedArticle, run: number[], out: EntityFinding[]): void {
  const { tokens } = doc;
  const titleCase = doc.segments[tokens[run[0]].segment].titleCase;
  // "in Eureka Springs": a small town's name of two or three words stays whole, whatever its words are alone; the resolver reads the town.
  if (run.length <= 3 && smallTownNamed(doc, run[0], run[run.length - 1]) !== undefined) {
    out.push({ kind: 'partial', first: run[0], last: run[run.length - 1], cue: false });
    return;
  }
  let a = 0;
  let b = run.length;
  // "Editing by Will Dunham", "De Blasio said": a word that opens the name after it is kept.
  // "Marks & Spencer said": an ordinary word opening the sentence before " & " opens a firm's name (namesJoinedByAmpersand decides).
  const opensFirm = (t: ArticleToken): boolean => !titleCase && t.cap && !t.upper && doc.body.startsWith(' & ', t.end) && /^\p{Lu}/u.test(doc.body.slice(t.end + 3, t.end + 4));
  // "Marks and Spencer Group Plc cut": so does one before "and", a partner's surname and the firm's legal form, unless a plural for people ("Workers and").
  const opensPartners = (t: ArticleToken): boolean =>
    t === tokens[run[0]] && run.length > 3 && lowerAnd(tokens[run[1]]) && !peoplePlural(t.key) && isPartnerWithLegalForm(tokens, run[2], run[run.length - 1]);
  // "including First Majestic Silver", "First Quantum Minerals said": a capitalised ordinal before a capitalised word (no title's: "First
  // Lady") opens the name inside a sentence, or at its start when a company's line of business ends the run.
  const opensWithOrdinal = (t: ArticleToken, next: ArticleToken | undefined): boolean =>
    !titleCase && t.cap && !t.upper && !!next?.cap && hasLexiconTag(t.key, 'Ordinal') && !isTitleWord(next.key) && (!t.sentenceStart || isCompanyNameWord(tokens[run[run.length - 1]].key));
  const opensName = (t: ArticleToken, next: ArticleToken | undefined, after: ArticleToken | undefined): boolean =>
    modalGivenName(t, next, after, titleCase) || monthAbbreviationGivenName(t, next) || particleOpensName(t, next, titleCase, after) || opensParticleName(t, next) || opensFirm(t) || opensPartners(t) || opensWithOrdinal(t, next);
  // "the Democratic Party (PD)", "the Mapping Team (HOT)": a word in capitals alone in brackets right after a name is the name's
  // acronym, though the dictionary knows the word and the bracket opens it as a sentence is opened.
  const acronymInBrackets = (t: ArticleToken): boolean =>
    t.upper && t.text.length >= 2 && doc.body[t.start - 1] === '(' && doc.body[t.end] === ')' && t.start >= 2 && doc.body[t.start - 2] === ' ' && !!tokens[run[0] - 1]?.cap && tokens[run[0] - 1].end === t.start - 2;
  const strippable = (t: ArticleToken, next: ArticleToken | undefined, after: ArticleToken | undefined): boolean =>
    isConnector(t) ||
    // "Chipmaker Quorvle said": a compound trade noun the spelling dictionary lacks opens the sentence before the company.
    (t.sentenceStart && ORGANIZATION_KIND_NOUNS.has(t.key) && !isDictionaryWord(t.key)) ||
    // "Lenders Quorvex and Tellan said", "Rivals Quorvex and Tellan rose": a plural for firms of a kind or for a company's rivals opening the
    // sentence names them, no part of a name; not a surname, the last word of a run ("Banks said") nor before a name's head ("Peers Group").
    (t.sentenceStart && !t.upper && (isFirmsPlural(t.key) || RIVAL_PLURALS.has(t.key)) && !isSurname(t.key) && !!next && !headsOrganization(next.key, t.key)) ||
    // "Later Johnson said", "Earlier Quorvle had": a time word opening the sentence is no part of the name after it.
    (t.sentenceStart && TIME_WORDS.has(t.key) && !t.upper) ||
    (isFunctionWord(t.key) && !t.upper && !t.initial && !opensName(t, next, after)) ||
    ((t.sentenceStart || titleCase) &&
      !opensName(t, next, after) &&
      !acronymInBrackets(t) &&
      !isTitleWord(t.key) &&
      !isGivenName(t.key) &&
      // "Dragging Walsh into it ...": an inflected word opens the sentence even before a surname; a word
      // the dictionary also writes as a name before another name word does not ("Frank Rack got in touch"), unless a noun for a person ("Singer Rosalía",
      // "Fisherman Rolando Reyes", "Volcanologist Ann Lee": personNoun, no adjective).
      (((jobNoun(t) || isCommonWord(t.key) || (personNoun(t.key) && !hasLexiconTag(t.key, 'Adjective'))) && !(next && (isSurname(next.key) || (isDictionaryName(t.key) && !hasLexiconTag(t.key, 'Actor') && nameShaped(next) && !isCommonWord(next.key))))) || inflectedWord(t.key)));
  // "Arab Bank said", "Education Ministry said": a word opening the sentence before an organization's head word alone is its name's, not the
  // sentence's; not a quotation's first word (NBC's "Nightly News", a programme).
  const headsAlone = (at: number): boolean => {
    if (b - at !== 2) return false;
    const [t, head] = [tokens[run[at]], tokens[run[at + 1]]];
    return !titleCase && t.sentenceStart && !(t.start > 0 && OPENING_QUOTES.includes(doc.body[t.start - 1])) && !t.upper && !head.upper &&
      !isFunctionWord(t.key) && !DETERMINERS.has(t.key) && !TIME_WORDS.has(t.key) && !isTitleWord(t.key) && headsOrganization(head.key, t.key);
  };
  while (a < b && strippable(tokens[run[a]], a + 1 < b ? tokens[run[a + 1]] : undefined, a + 1 < b ? tokens[run[a + 1] + 1] : undefined) && !(b - a === 2 && nicknameAndSurname(doc, run[a], run[a + 1])) && !headsAlone(a)) a++;
  while (b > a && isConnector(tokens[run[b - 1]])) b--;
  if (a >= b) return;
  const words = run.slice(a, b);
  const first = words[0];
  const last = words[words.length - 1];
  const head = tokens[last].key;
  const place = out[out.length - 1];
  // A place right before: "Washington Post", "Houston Chronicle", "Russian Defense Ministry", "Toronto Star"; one read by its head word
  // too ("Nile Coast Logistics"), no building.
  const namedPlace = !!place && ((place.kind === 'dict' && place.hit.type !== 'ORGANIZATION') || (place.kind === 'place' && place.placeKind !== 'facility'));
  const afterPlace = namedPlace && place.last === first - 1 && tokens[place.last].joinsNext;
  const masthead = afterPlace && words.every((w) => isMastheadWord(tokens[w].key));
  // "Tellmore Pharma chief executive Ann Lee", "Quorvle Energy said": a line of business after a name no given name opens ends a company's,
  // unless it modifies a noun after it that opens no title ("the Quorvle Global robotics contest"); capitalised words only
  // ("Privatisation of Quorvle Pharma" opens with no part of the company's name).
  // A place's name may open it: "Nile Coast Logistics", "Halden Grocers".
  const withPlace = afterPlace ? packedMap([...Array(place.last - place.first + 1).keys()], (k) => place.first + k).concat(words) : words;
  const business = businessShaped(tokens, withPlace) || (words.some((w, c) => companiesJoinedByAnd(tokens, words, c)) && businessShaped(tokens, words, true));
  if ((words.length >= 2 || afterPlace) && !titleCase && (headsOrganization(head, tokens[words[words.length - 2]]?.key) || masthead || business) && !words.every((w) => isTitleWord(tokens[w].key))) {
    const split = organizationSplit(tokens, words);
    if (split > 0) {
      const left = words.slice(0, split);
      // The first of two companies ("Smurfit Westrock" of "... and International Paper Co."), unless a given name opens it.
      if (companiesJoinedByAnd(tokens, words, split) && !isListedFirstName(tokens[left[0]].key)) out.push(organizationFinding(doc, left[0], left[left.length - 1]));
      else if (!left.every((w) => isCommonWord(tokens[w].key))) classifyRun(doc, left, out);
      classifyRun(doc, words.slice(split + 1), out);
      return;
    }
    const absorb = afterPlace;
    if (absorb) out.pop();
    const from = absorb ? place.first : first;
    const name = surfaceOf(doc, from, last);
    if (isFacilityName(tokens, words)) out.push(placeFinding(doc, from, last, 'facility'));
    else out.push({ kind: 'org', name, first: from, last });
    return;
  }
  // "Turkey's Kalyon Holding and Cengiz Enerji": a company's name on one side of "and" is read apart from the other side.
  const and = titleCase ? -1 : words.findIndex((w, c) => c > 1 && c < words.length - 1 && lowerAnd(tokens[w]));
  if (and > 0 && (businessShaped(tokens, words.slice(0, and)) || businessShaped(tokens, words.slice(and + 1)))) {
    classifyRun(doc, words.slice(0, and), out);
    classifyRun(doc, words.slice(and + 1), out);
    return;
  }
  const placeKind = words.length >= 2 && !titleCase && !cuedGivenNamePair(doc, words) ? placeHeadKind(head, tokens[words[words.length - 2]].key, words.length === 2) : undefined;
  if (placeKind) {
    out.push(placeFinding(doc, first, last, placeKind));
    return;
  }
  // "Austin Badgers", "fans of the Denver Otters": a place and a plural is a team or a group,
  // not a given name and a surname; not a town that is a given name either where the words around show a person
  // ("said Austin Rivers, who scored", "Austin Rivers said he"), unless "the" opens it.
  const n = words.length;
  const town = n >= 2 ? tokens[words[n - 2]] : null;
  const cued = (t: ArticleToken | undefined): boolean => !!t && !t.cap && t.joinsNext && isPersonalCueForm(t.key);
  const personShaped = !!town && isListedFirstName(town.key) && !lowerThe(tokens[words[n - 2] - 1]) && (cued(tokens[words[n - 2] - 1]) || evidenceAfter(doc, last) === 'person');
  if (town && !titleCase && isPluralShaped(head) && !tokens[last].possessive && isMajorPlaceName(town.text) && (n === 2 || isConnector(tokens[words[n - 3]])) && !personShaped) {
    if (n > 2) classifyRun(doc, words.slice(0, n - 2), out);
    out.push(organizationFinding(doc, words[n - 2], last));
    return;
  }
  const prefixed = titleCase ? null : prefixedPlace(doc, words);
  if (prefixed) {
    out.push(prefixed);
    return;
  }
  const k = titleEnd(tokens, words, doc.body);
  let roleStart = k;
  const inTitle = (i: number): boolean =>
    isTitleWord(tokens[words[i]].key) || (tokens[words[i]].key === 'the' && i > 0 && tokens[words[i - 1]].key === 'of');
  while (roleStart > 0 && inTitle(roleStart - 1)) roleStart--;
  const titleFirst = k > 0 ? words[roleStart] : lowerCaseTitleBefore(tokens, first);
  const role = roleOf(tokens, titleFirst, k > 0 ? words[k - 1] : first - 1);
  if (k > 0 && roleStart > 0) out.push(nameBeforeTitle(doc, first, words[roleStart - 1], role));
  out.push(...organizationInTitle(tokens, words.slice(roleStart, k)));
  const pieces = splitAtFunctionWords(tokens, words.slice(k), titleCase);
  pieces.forEach((whole, p) => {
    let piece = whole;
    let titled = p === 0 && titleFirst !== null && piece[0] === words[k];
    let pieceRole = role;
    let pieceTitle = titleFirst;
    // A later piece with a title of its own: "Mr. Quimby" of "Mr. Galt and Mr. Quimby".
    const own = p > 0 ? titleEnd(tokens, piece) : 0;
    if (own > 0) {
      titled = true;
      pieceTitle = piece[0];
      pieceRole = roleOf(tokens, piece[0], piece[own - 1]);
      piece = piece.slice(own);
    }
    // "Wadi Halfa and Jebel Marra": each piece a place's word opens is that place.
    const place = !titled && !titleCase ? prefixedPlace(doc, piece) : null;
    if (place) {
      out.push(place);
      return;
    }
    // "after the Bundesbank left rates unchanged", "Rabobank and Commerzbank": a bank's one-word name, unless the article has it as a person's surname.
    if (piece.length === 1 && !titled && !titleCase && isCompoundBankName(tokens[piece[0]]) && !out.some((f) => f.kind === 'person' && tokens[f.last].key === tokens[piece[0]].key)) {
      out.push(organizationFinding(doc, piece[0], piece[0]));
      return;
    }
    const g = laterGivenName(tokens, piece);
    // "CEO of the Refugee Council Enver Solomon": the words before the name that end in an organization's head are read again, as a
    // run of their own; not a head the tokenizer joined with a plural's apostrophe ("Brellow News' Tavita Olsen"), whose span would keep it.
    const head = g > 1 ? tokens[piece[g - 1]] : null;
    const organization = !!head && !head.upper && headsOrganization(head.key, tokens[piece[g - 2]].key) && !/['’]$/.test(head.text);
    // "Miss Galaxy Ana Ruiz": the words before the given name belong to the title.
    if (g > 0 && titled && !organization) for (let i = 0; i < g; i++) doc.titleWords.add(tokens[piece[i]].key);
    if (organization) classifyRun(doc, piece.slice(0, g), out);
    else if (g > 0) out.push({ kind: 'partial', first: piece[0], last: piece[g - 1], cue: false });
    piece = piece.slice(g);
    let name = titled ? titledNameIn(doc, piece) : personNameIn(doc, piece, titleCase);
    if (name.length < piece.length && givenNameAndShortSurname(tokens, piece, titleCase)) name = piece;
    if (!name.length && modalGivenName(tokens[piece[0]], tokenInRun(tokens, piece, 1), piece.length > 1 ? tokens[piece[1] + 1] : undefined, titleCase)) name = piece.slice(0, nameLength(packedMap(piece, (i) => tokens[i])));
    // "Director of the National Iodine Nutrition study": after a title's "of", words before a noun name no person.
    if (titled && name.length === piece.length && pieceTitle !== null && tokens.slice(pieceTitle, name[0]).some((t) => t.key === 'of' && !t.cap) && modifiesNoun(tokens, name[name.length - 1])) name = [];
    // "Brellow Art Collections": what an institution holds is no person (organization.frame HOLDINGS_WORDS).
    if (name.length && HOLDINGS_WORDS.has(tokens[name[name.length - 1]].key)) name = [];
    if (name.length) {
      // One word after a title names a person only if the article names one so in full when it cannot be
      // a surname ("President JosÃ", "Justice Against"), when it is an ordinary word after a courtesy title
      // ("Miss Sunshine"; but "Gov. Brown" stands), or when it is a given name cut from its initial ("Rep.
      // Anna K. "Annie" Berg").
      const lone = tokens[name[0]];
      const courtesy = titled && pieceTitle !== null && isCourtesyTitle(tokens[pieceTitle].key);
      const noSurname = !nameShaped(lone) || isFunctionWord(lone.key) || isBrandShaped(lone.text);
      const weak = name.length === 1 && (noSurname || (courtesy && !lonelyNameWord(lone)) || !!tokens[piece[1]]?.initial);
      out.push({ kind: 'person', first: name[0], last: name[name.length - 1], role: titled ? pieceRole : null, titleFirst: titled ? pieceTitle : null, weak });
      piece = piece.slice(name.length);
    }
    if (piece.length) out.push(unreadNameFinding(doc, piece[0], piece[piece.length - 1]));
  });
}

/**
 * "Tellmore Pharma chief executive Ann Lee", "Quorvle Energy said": two capitalised words or more (with `joined`, the words of two
 * companies joined by "and" too) whose last is a line of business, no given name opening them and no surname nor acronym ending them,
 * that modify no noun after them that opens no title nor only a company has ("the Quorvle Global robotics contest"; "Quorvle Logistics shares" is
 * the company's), name a company.
 */
function businessShaped(tokens: ArticleToken[], words: number[], joined = false): boolean {
  const [first, last] = [words[0], words[words.length - 1]];
  const head = tokens[last].key;
  return words.length >= 2 && (joined || words.every((w) => tokens[w].cap)) && isCompanyNameWord(head) && !tokens[last].upper && !isGivenName(tokens[first].key) && !isSurname(head) && (!modifiesNoun(tokens, last) || isTitleWord(tokens[last + 1].key) || COMPANY_NOUNS.has(tokens[last + 1].key));
}

/**
 * True when the words `first`..`last`, opened by a word that is a given name too ("Isla"), are a person's: after a title or a noun for
 * a person ("Actress Isla Fitch", "the singer Isla Quorvle"; not before a noun they modify, "Tourist Isla Mujeres beaches") or before
 * what only a person's name has (evidenceAfter: "Isla Fitch, who").
 */
function labelledPerson(doc: TokenizedArticle, first: number, last: number): boolean {
  const { tokens } = doc;
  if (!isGivenName(tokens[first].key)) return false;
  const label = tokens[first - 1];
  const labelled = !!label && label.joinsNext && label.segment === tokens[first].segment && (isTitleWord(label.key) || jobNoun(label)) && !modifiesNoun(tokens, last);
  return labelled || evidenceAfter(doc, last) === 'person';
}

/**
 * The place that the words `words` name when a word that opens a place's name (GEO_PREFIXES) opens them before names only ("Mount
 * Everest", "Jebel Marra"), or null. "Camp David", not "the Camp Fire": a camp's name is no ordinary word; "Koh Samui", not "Koh Boon
 * Hwee said" (a surname, a speech cue).
 */
function prefixedPlace(doc: TokenizedArticle, words: number[]): EntityFinding | null {
  const { tokens } = doc;
  const [first, last] = [words[0], words[words.length - 1]];
  const geoPrefix = words.length >= 2 ? geoPrefixAt(tokens, first) : undefined;
  // A Romance particle between names belongs to the place: "Piazza del Campo", "Plaza de la Revolucion".
  const particle = (w: number): boolean => w < last && !tokens[w].cap && ROMANCE_PARTICLES.has(tokens[w].key);
  const named = (w: number): boolean => particle(w) || (nameShaped(tokens[w]) && !isConnector(tokens[w]) && (geoPrefix !== 'facility' || !isCommonWord(tokens[w].key)));
  if (!geoPrefix || !words.slice(1).every(named) || hasCue(doc, first, last) || personAsSubject(doc, last) || labelledPerson(doc, first, last)) return null;
  return placeFinding(doc, first, last, geoPrefix);
}

/**
 * Where an organization's name really starts in "Martha Raddatz of ABC News" or "Members of the
 * Sierra Club": the rightmost "of"/"and" whose left side names a person (a given name, an honorific)
 * or is only ordinary words (before "and", only where one opens the sentence or is a plural). 0 when
 * the whole run is the name ("Department of Justice", "Justice and Development Party", "Marks and Spencer Plc"); before "and" where two
 * words or more come before it and two words and a company's legal form after it ("Smurfit Westrock and International Paper Co."); before "and the"
 * when no word on the left heads an organization ("the Met and the National Crime Agency") or its last word does ("the Food and Drug
 * Administration and the European Medicines Agency").
 */
function organizationSplit(tokens: ArticleToken[], words: number[]): number {
  for (let c = words.length - 2; c > 0; c--) {
    const t = tokens[words[c]];
    if (t.cap || (t.key !== 'of' && t.key !== 'and')) continue;
    // "Marks and Spencer Group Plc cut its dividend": one word before "and" and a partner's surname with the firm's legal form.
    // A legal form alone before "and" ends the company before it: "Eli Lilly & Co. and Eisai Co.".
    if (c === 1 && t.key === 'and' && isCompanyLegalForm(tokens[words[0]].key)) return c;
    if (c === 1 && t.key === 'and' && !peoplePlural(tokens[words[0]].key) && isPartnerWithLegalForm(tokens, words[2], words[words.length - 1])) return 0;
    const left = words.slice(0, c).map((w) => tokens[w]);
    if (companiesJoinedByAnd(tokens, words, c)) return c;
    // "officers from the Met and the National Crime Agency": "and the" joins no name whose first part holds no organization's head
    // ("House Education and the Workforce Committee" stays whole).
    // Nor one whose first part ends in a head of its own ("the Food and Drug Administration and the European Medicines Agency").
    if (t.key === 'and' && lowerThe(tokens[words[c + 1]]) && (!left.some((l) => isOrganizationHead(l.key)) || isOrganizationHead(left[left.length - 1].key))) return c;
    const person = left.some((l) => isGivenName(l.key) || isCourtesyTitle(l.key)) || (t.key === 'and' && knownFullName(left));
    const ordinary = left.every((l) => isCommonWord(l.key) && !isOrganizationHead(l.key));
    // "Members of the ...", "Leaders of the ...": one plural word opening the sentence names no organization.
    const plural = left.length === 1 && left[0].sentenceStart && isPluralShaped(left[0].key) && !isOrganizationHead(left[0].key) && !isSurname(left[0].key);
    // "Justice and Development Party", "Law and Justice Party", "Parks and Wildlife Department": ordinary words capitalised inside a sentence
    // before "and" are the name's own, a plural too but one for people ("Republicans and Democratic Party leaders").
    const named = t.key === 'and' && left.every((l) => !l.sentenceStart && !namesPeople(l));
    if (person || (ordinary && !named) || plural || (t.key === 'of' && foreignPersonName(left))) return c;
  }
  return 0;
}

/** Heads of a bank's or an investor's name, none a public body's: "Tellan Bank", "Holvina Capital", "Brellhouse Investment". */
const FIRM_HEADS: ReadonlySet<string> = new Set(['bank', 'capital', 'investment']);

/**
 * "Smurfit Westrock and International Paper Co.": the "and" at `words[c]` joins two companies, two capitalised words or more
 * before it and two words and a company's legal form after it; or two capitalised words or more on each side, each side ending in a
 * line of business or a legal form and the second opened by a word of its own, no ordinary word, given name nor line of business
 * ("Quorvex Mining and Brellow Aerospace"; not "Quorvex Oil and Gas", "Brellow Shipping and Logistics Services"); or one brand's word before
 * it and such a second company after it ("Nomura and SMBC Nikko Securities"; not "Johnson and Johnson Holdings"). An "And" that ends
 * a run of capitalised words ("talks with Quorvex And.") joins nothing.
 */
function companiesJoinedByAnd(tokens: ArticleToken[], words: number[], c: number): boolean {
  if (tokens[words[c]].key !== 'and' || c < 1 || c === words.length - 1 || !words.every((w, k) => k === c || tokens[w].cap)) return false;
  const after = words.length - c - 1;
  const companyEnd = (w: number): boolean => isCompanyNameWord(tokens[w].key) || isCompanyLegalForm(tokens[w].key);
  const opener = tokens[words[c + 1]].key;
  const secondOwnWord = after >= 2 && companyEnd(words[words.length - 1]) && !isCommonWord(opener) && !isCompanyNameWord(opener) && !isGivenName(opener);
  // "Nomura and SMBC Nikko Securities", "Barrick and Vedanta Resources": one word of a brand (no English word, given name or surname)
  // before "and", the second company's own name after it; that name may end in a bank's or an investor's head ("Quorvex and Tellan
  // Bank", "Zembrax and Holvina Capital"; not a public body's: "Quorvedale and Tellness Council") where neither the brand nor the brand
  // with the second name's first word is a place the lists know.
  if (c === 1) {
    const brand = tokens[words[0]];
    if (brand.upper || isVocabularyWord(brand.key) || isDictionaryWord(brand.key) || isGivenName(brand.key) || isSurname(brand.key) || brand.key === opener) return false;
    if (secondOwnWord) return true;
    const headed = after >= 2 && FIRM_HEADS.has(tokens[words[words.length - 1]].key) && !isCommonWord(opener) && !isCompanyNameWord(opener) && !isGivenName(opener);
    return headed && lookupName(brand.text, 1) === null && lookupName(`${brand.text} and ${tokens[words[2]].text}`, 3) === null;
  }
  if (after >= 3 && isCompanyLegalForm(tokens[words[words.length - 1]].key)) return true;
  return secondOwnWord && companyEnd(words[c - 1]);
}

/**
 * Words that head a hospital's name, which the hospital's town may end as British and South Asian English name hospitals ("Queen
 * Elizabeth Hospital Birmingham", "Civil Hospital Quetta", "University Hospitals Birmingham").
 */
const HOSPITAL_HEADS: ReadonlySet<string> = new Set(['hospital', 'hospitals', 'infirmary']);

/**
 * Where in `residual` a college's, a university's or a hospital's name starts that ends it ("Imperial College" of "... and Imperial
 * College", "Civil Hospital"): two or more capitalised words after the last connector or function word, the last a college's, a
 * university's or a hospital's head. -1 when none does.
 */
function campusStart(tokens: ArticleToken[], residual: number[]): number {
  let start = residual.length;
  while (start > 0 && !isConnector(tokens[residual[start - 1]]) && !isFunctionWord(tokens[residual[start - 1]].key)) start--;
  const name = residual.slice(start).map((r) => tokens[r]);
  const head = name[name.length - 1]?.key ?? '';
  return name.length >= 2 && (CAMPUS_HEADS.has(head) || HOSPITAL_HEADS.has(head)) && name.every((t) => t.cap && !t.upper) ? start : -1;
}

/** A lower-case "the" token. */
function lowerThe(t: ArticleToken | undefined): boolean {
  return !!t && !t.cap && t.key === 'the';
}

/**
 * The kind of place (GEO_PREFIXES) that the word at token `at` opens the name of ("Lake", "Mount"), or undefined; one that does so
 * only after "the" (PREFIXES_AFTER_THE: "the River Eden", not "River Phoenix said") only there.
 */
function geoPrefixAt(tokens: ArticleToken[], at: number): string | undefined {
  const t = tokens[at];
  const kind = GEO_PREFIXES.get(t.key);
  if (kind === undefined || !PREFIXES_AFTER_THE.has(t.key)) return kind;
  const before = tokens[at - 1];
  return lowerThe(before) && before.joinsNext && before.segment === t.segment ? kind : undefined;
}

/** A lower-case "and" token. */
function lowerAnd(t: ArticleToken | undefined): boolean {
  return !!t && !t.cap && t.key === 'and';
}

/** The plural of a noun for people ("Workers", "Officials", "Investors", "Analysts"): they are no firm's partner. */
function peoplePlural(key: string): boolean {
  return key.endsWith('s') && (hasLexiconTag(key, 'Actor') || /\p{L}{3}(?:er|or|ist|ee|ant|ent|al|ian)s$/u.test(key));
}

/**
 * Word `w` (the `i`th of its run) comes right after a given name (the last word of `piece`, the name read so far) or, opening the run, a
 * person's title: a name that is also a month or a modal ("May", "August": "Mrs. May", "Rep. August Pfluger").
 */
function afterGivenNameAt(tokens: ArticleToken[], piece: number[], i: number, w: number): boolean {
  const t = tokens[w];
  return (piece.length > 0 ? isGivenName(tokens[piece[piece.length - 1]].key) : i === 0 && personTitleAt(tokens, w - 1)) && !t.sentenceStart && !isClosedClassWord(t.key);
}

function splitAtFunctionWords(tokens: ArticleToken[], words: number[], titleCase: boolean): number[][] {
  const pieces: number[][] = [];
  let piece: number[] = [];
  words.forEach((w, i) => {
    const t = tokens[w];
    // A function word, a connector or a headline's ordinary word breaks a name (few of a run's words are one: the exceptions after
    // are asked only of those).
    const breaking =
      (isFunctionWord(t.key) && !NAME_PARTICLES.has(t.key) && !afterGivenNameAt(tokens, piece, i, w)) ||
      (isConnector(t) && !NAME_PARTICLES.has(t.key)) ||
      // A headline's ordinary word, unless it is a known surname after a given name ("Christopher Hill").
      (titleCase && isCommonWord(t.key) && !isGivenName(t.key) && !(afterGivenNameAt(tokens, piece, i, w) && isSurname(t.key)));
    const next = tokenInRun(tokens, words, i + 1);
    const breaks =
      breaking &&
      !t.initial &&
      !(i === words.length - 1 && piece.length <= 2 && givenNameAndShortSurname(tokens, [...piece, w], titleCase)) &&
      !modalGivenName(t, next, next && tokens[words[i + 1] + 1], titleCase) &&
      !monthAbbreviationGivenName(t, next);
    if (breaks) {
      if (piece.length) pieces.push(piece);
      piece = [];
    } else if (piece.length || !isConnector(t)) piece.push(w);
  });
  if (piece.length) pieces.push(piece);
  return pieces.map((p) => {
    while (p.length > 1 && isConnector(tokens[p[p.length - 1]])) p.pop();
    return p;
  });
}

/**
 * "Orvan Velloway" of "Orvan Velloway of the Tellan Party": two or three name-shaped words before "of"
 * (no ordinary or dictionary word, title, organization or place head, initial or capitals), a person
 * whose given name the lists may not know, as newswire names foreign politicians.
 */
function foreignPersonName(left: ArticleToken[]): boolean {
  if (left.length < 2 || left.length > 3) return false;
  return left.every((l) => l.cap && !l.upper && !l.initial && nameShaped(l) && !isCommonWord(l.key) && !isDictionaryWord(l.key) && !isTitleWord(l.key) && !isOrganizationHead(l.key) && !GEO_HEADS.has(l.key));
}


/**
 * "Editing by Will Dunham", "stars such as Will Smith": a capitalised modal verb the first-name lists
 * hold ("Will"; not "May", a month), inside a sentence and outside a headline, right before a
 * capitalised name-shaped word that is no ordinary word (or is a known surname), is a given name.
 * Opening a sentence it stays the verb ("Will Quimby act?"), unless a past-tense verb follows the
 * name (token `after`: "Will Quimby dropped out"), which no question opened by the modal has.
 */
function modalGivenName(t: ArticleToken, next: ArticleToken | undefined, after: ArticleToken | undefined, titleCase: boolean): boolean {
  if (titleCase || !t.cap || t.upper || !t.joinsNext || !isListedFirstName(t.key) || !hasLexiconTag(t.key, 'Modal') || MONTHS.has(t.key)) return false;
  // The verb after the name is looked up only for such a modal opening the sentence.
  const pastVerbAfter = (): boolean => !!next && !!after && next.joinsNext && !after.cap && after.segment === next.segment && hasLexiconTag(after.key, 'PastTense');
  if (t.sentenceStart && !pastVerbAfter()) return false;
  return !!next && next.cap && !next.upper && nameShaped(next) && !isFunctionWord(next.key) && (!isCommonWord(next.key) || isSurname(next.key));
}

/**
 * "Jan van der Quorvle said", "Jan Quorvle said": a month's abbreviation the first-name lists hold ("Jan"), written without the dot a
 * date's has ("Jan. 5"), right before a capitalised name-shaped word or a name's particle, is a given name, not the month.
 */
function monthAbbreviationGivenName(t: ArticleToken, next: ArticleToken | undefined): boolean {
  if (!t.joinsNext || !next || !monthAbbreviationAsName(t, next)) return false;
  return NAME_PARTICLES.has(next.key) || (next.cap && !next.upper && nameShaped(next) && !isFunctionWord(next.key));
}

/** Words that, written after a town's name, name a part of it: "Glasgow East", "Cardiff Central", "Sheffield South East". */
const TOWN_PART_WORDS: ReadonlySet<string> = new Set([...CARDINAL_POINTS, 'central']);

/**
 * "Glasgow East", "Cardiff Central", "Sheffield South East" (a constituency, a district): after a town the lists know (`hit`),
 * one or two capitalised compass words (TOWN_PART_WORDS) from chunk position `at` that end the chunk or come before a
 * connector ("Cardiff Central and Bristol West") name a part of the town, outside a headline; not before a noun they modify
 * ("the Kowloon East geographical constituency": the town alone is named). Returns how many words they are, else 0.
 */
function townPartWords(doc: TokenizedArticle, chunk: number[], at: number, hit: DictionaryHit): number {
  const { tokens } = doc;
  if (hit.type !== 'CITY' || at >= chunk.length || doc.segments[tokens[chunk[at]].segment].titleCase || !tokens[chunk[at] - 1].joinsNext) return 0;
  const part = (k: number | undefined): boolean => k !== undefined && tokens[k].cap && !tokens[k].upper && TOWN_PART_WORDS.has(tokens[k].key);
  let words = 0;
  while (words < 2 && part(chunk[at + words])) words++;
  const after = chunk[at + words];
  if (words && after === undefined && modifiesNoun(tokens, chunk[at + words - 1])) return 0;
  return after === undefined || isConnector(tokens[after]) ? words : 0;
}

/**
 * "Nile Rodgers", "Thames Water": a river's one-word name (`hit`, for chunk position `i`) before another capitalised
 * word of its run that is no place's head ("Rhine Valley") opens another name, not the river.
 */
function riverBeforeName(tokens: ArticleToken[], chunk: number[], i: number, hit: DictionaryHit): boolean {
  const next = tokenInRun(tokens, chunk, i + 1);
  return hit.type === 'REGION' && hit.kind === 'river' && !!next && next.cap && !GEO_HEADS.has(next.key);
}

/**
 * "Tasman Rowe-Ngata", "Dakota Johnson": a subdivision the lists know only by a bare name derived from a listed one (`hit`, for chunk
 * position `i`: "Tasman" of "Tasman District", "Dakota" of "North Dakota"; StateRecord.bare) before a name-shaped word of its run that
 * no list or the lexicon knows as a word or a title opens a person's name, not the place.
 */
function bareSubdivisionBeforeName(tokens: ArticleToken[], chunk: number[], i: number, hit: DictionaryHit): boolean {
  const next = tokenInRun(tokens, chunk, i + 1);
  if (hit.type !== 'REGION' || !next?.cap || next.upper || !nameShaped(next) || isCommonWord(next.key) || isTitleWord(next.key) || GEO_HEADS.has(next.key)) return false;
  return !!stateNamed(tokens[chunk[i]].text)?.bare && !lookupName(next.text, 1);
}

/**
 * "Kano State", "Ondo State": a capitalised "State" (`head`) after the name of tokens `first`..`last`, a state of a
 * country other than the US, is that state's full name ('region'); "Ohio State", "Washington State" are universities.
 */
function stateHeadKind(doc: TokenizedArticle, first: number, last: number, head: ArticleToken): string | undefined {
  if (head.key !== 'state') return undefined;
  const state = stateNamed(surfaceOf(doc, first, last));
  return state && state.countryCode !== 'US' ? 'region' : undefined;
}

/** Place words that, after a town's name, name a club, a university or the town itself ("Manchester City", "Ohio State", "Quebec City"). */
const TOWN_NAME_WORDS: ReadonlySet<string> = new Set(['city', 'state', 'country', 'kingdom']);

/**
 * "Fishing boats near Scarborough Shoal", "trains at Ashford Junction": a town the gazetteer knows (`hit`) before one capitalised
 * place word of the lexicon's (compromise's place words: shoal, junction, village, heights, estates, district; chunk position `at`)
 * that ends the run is one place, the town's name used for another place, as placesByHeadNoun reads such names when no list
 * knows their first word ('region'), with the same head words (isPlaceHeadWord: none that ends people's names, "Park", "Field",
 * "Lane", "Grove", or heads an organization's, "Museum", "Centre", which the frames read). Not a word that names a club, a university or the town itself after it
 * (TOWN_NAME_WORDS), nor in capitals or a Title Case line; GEO_HEADS and stateHeadKind are asked first. Only after a town: a
 * state's or a province's name before such a word is more often an adjective of it.
 */
function townHeadKind(doc: TokenizedArticle, chunk: number[], at: number, hit: DictionaryHit): string | undefined {
  const { tokens } = doc;
  const head = tokens[chunk[at]];
  if (hit.type !== 'CITY' || at !== chunk.length - 1 || head.upper || doc.segments[head.segment].titleCase || !tokens[chunk[at] - 1].joinsNext) return undefined;
  return isPlaceHeadWord(head.key) && !TOWN_NAME_WORDS.has(head.key) ? 'region' : undefined;
}

/**
 * "Independence Day", "Columbus Day", "Victoria Day": a town's name (`hit`, for chunk position `i`) before a
 * capitalised "Day" of its run names a holiday after a word or a person, not after the town. So does an
 * organization the lists name by one ordinary word ("Labour Day"), which before a capitalised "Minister" or
 * "Secretary" names a ministry's field ("Labour Minister Ana Ruiz"; "Labour leader", "a Labour MP" are the party's).
 */
function holidayName(tokens: ArticleToken[], chunk: number[], i: number, hit: DictionaryHit): boolean {
  const next = tokenInRun(tokens, chunk, i + 1);
  if (!next?.cap) return false;
  if (hit.type === 'CITY') return next.key === 'day';
  return hit.type === 'ORGANIZATION' && isCommonWord(tokens[chunk[i]].key) && FIELD_WORDS_AFTER.has(next.key);
}

/** Capitalised words after which an ordinary word names a field, not an organization the lists name by it (see holidayName). */
const FIELD_WORDS_AFTER: ReadonlySet<string> = new Set(['day', 'minister', 'secretary']);

/**
 * "De Blasio said", "Le Pen", "El Salvador", "De la Fuente said": a capitalised name particle that is no English word but a
 * foreign article ("De", "Le", "El"; not "Van", "Do", "Ten"), outside a headline, right before a capitalised
 * name-shaped word that is no function word (`next`, or `after` when `next` is a particle written small), opens that name, at a
 * sentence's start too.
 */
function particleOpensName(t: ArticleToken, next: ArticleToken | undefined, titleCase: boolean, after?: ArticleToken): boolean {
  if (titleCase || !t.cap || t.upper || !t.joinsNext || !isForeignArticle(t.key)) return false;
  // "De la Fuente said", "De los Santos": a second particle written small between the capitalised one and the name.
  const named = !!next && !next.cap && next.joinsNext && NAME_PARTICLES.has(next.key) && next.segment === t.segment ? after : next;
  return !!named && named.cap && !named.upper && nameShaped(named) && !isFunctionWord(named.key) && !isConnector(named);
}

/**
 * "James To", "Wilson Or": a lone given name (or a surname, which Western given names in Asian news often
 * are) and a capitalised closed-class word that ends its run, inside a sentence and outside a headline, is a
 * person with a short surname; so is such a word after a name-shaped word and one no dictionary knows, a Korean name
 * whose given name's last syllable is written apart ("Moon Jae In").
 */
function givenNameAndShortSurname(tokens: ArticleToken[], piece: number[], titleCase: boolean): boolean {
  if (titleCase || piece.length < 2 || piece.length > 3) return false;
  const surname = tokens[piece[piece.length - 1]];
  // The closing word is asked of first: few runs end on a capitalised closed-class word, and only theirs need the lists' answers.
  if (!surname.cap || surname.upper || surname.sentenceStart || !isClosedClassWord(surname.key)) return false;
  const first = tokens[piece[0]];
  if (piece.length === 2) return isGivenName(first.key) || isSurname(first.key);
  const middle = tokens[piece[1]];
  return nameShaped(first) && !first.upper && !isFunctionWord(first.key) && nameShaped(middle) && !middle.upper && !isCommonWord(middle.key) && !isDictionaryWord(middle.key);
}

