import type { EntityCandidate, MentionCandidate } from '../annotations';
import { keyOf, opensPartyTagPlace, surfaceOf, type ArticleToken, type TokenizedArticle } from '../extract/article.tokenizer';
import { isDateline } from '../extract/dateline.rules';
import { capitalFollows, smallTownNamed } from '../extract/small-town.rules';
import { standsAsTeam } from '../extract/sports-team.rules';
import type { EntityFinding, NicknamedName } from '../extract/entity.classifier';
import { isOrdinaryCompanyWord, lonelyNameWord, modifiesNoun, surnameParticlesStart } from '../extract/name-shape.rules';
import { isPersonalCueForm } from '../lexicon/cue.lexicon';
import { isDictionaryName, isDictionaryWord } from '../lexicon/dictionary-words.lexicon';
import { hasLexiconTag, isClosedClassWord, isCommonWord, isFunctionWord, isGivenName, isListedFirstName, isSurname, isVerbForm, isVocabularyWord } from '../lexicon/english.lexicon';
import { personKey } from '../lexicon/entity.keys';
import { EVENT_WORDS, NAME_PARTICLES, NOT_ORGANIZATIONS, PATRONYMIC_PARTICLES, isBrandShaped } from '../lexicon/name-words.lexicon';
import { foldName } from '../lexicon/name.normalize';
import { organizationNamed } from '../lexicon/organization.aliases';
import { type CityRecord, cityNamed, countryOfDemonym, isMajorPlaceName, smallTownCountry, usStateAbbreviated } from '../lexicon/place.gazetteer';
import { DIRECTION_PREPOSITIONS, JOURNEY_WORDS, NAMING_WORDS, PLACE_PREPOSITIONS } from '../lexicon/place-words.lexicon';
import { isCurrencyCode, isCurrencyUnit } from '../lexicon/currency.lexicon';
import { MIN_SINGLE_WORD_CITY, isSeatOnly, lookupName } from '../lexicon/entity.dictionary';
import { genderOfCourtesyTitle, isPersonOnlyTitle, isTitleHead } from '../lexicon/title.lexicon';
import { acronymsUsedAsTerms } from './acronym-organization.rules';
import { productWords } from './product-name.rules';
import { organizationsListedBesideResolved } from './listed-organization.rules';
import { articleCountries, nationalBodyName } from './national-body.rules';
import { acronymDefinitions, facilitiesByInitials, organizationsByFirstWord, type OrganizationByFirstWord, organizationsByHead, organizationsByInitials, organizationsByLeadingAcronym, organizationsByLongerName, organizationsBySurface, organizationsByTail, organizationsByTown } from './acronym.definitions';
import { type OrganizationOpenedBefore, organizationsNamedByInitials, organizationsNamedShort, organizationsOpenedBefore } from './organization-short-form.rules';
import { explicitAffiliation, fallbackAffiliation, type OrganizationTally } from './affiliation.resolver';
import { EntityRegistry } from './entity.registry';
import { applyLocative, cityOrState, locativeContext, placeNounAfter, siteNounAfter, stateAfter } from './locative.context';
import { clusterPersonNames, personCluster, particleNameInside, personOfInitials, resolvePartialName, sameNameSpelledApart, surnameShared, type Gender, type PersonCluster } from './person.resolver';
import { ageSetOffAfter, countryTagAfter, evidenceAfter, setScoresAfter, winsIndividualEvent } from '../extract/name-evidence.rules';
import { isUnknownNameWord, organizationShownWords, organizationWords, personsNamedLikeOrganizations, toldAt, mediumAt, outletWordAt } from './person-or-organization.rules';
import { packedMap } from '../extract/packed.map';
import { untypedName } from '../extract/untyped-name.rules';

/**
 * An acronym's letters: three to eight capitals, capitals on either side of an ampersand ("AT&T", "P&G": article.tokenizer
 * joins them), or two acronyms joined by a hyphen ("AFL-CIO", "ZANU-PF"; hyphenatedAcronym keeps out a pair of known names, "UK-EU"),
 * maybe with a plus sign ("OPEC+").
 */
const ACRONYM_LETTERS = /^(?:\p{Lu}{3,8}|\p{Lu}{1,3}&\p{Lu}{1,3}|\p{Lu}{2,5}-\p{Lu}{2,5})\+?$/u;

/** Words that scale an amount before its currency: "62 billion CFA francs". */
const AMOUNT_SCALES: ReadonlySet<string> = new Set(['million', 'billion', 'trillion', 'mln', 'bln', 'bn']);

/**
 * True when the acronym at token `at` is part of a currency's name in an amount: a number (maybe with its scale) before it and the
 * currency's unit after it, in any case ("2,800 CFA francs", "62 BILLION CFA FRANCS"): money, no organization.
 */
function amountsMoney(tokens: ArticleToken[], at: number): boolean {
  const [before, unit] = [tokens[at - 1], tokens[at + 1]];
  if (!before || !unit || !before.joinsNext || !tokens[at].joinsNext || !isCurrencyUnit(unit.key) || isVerbForm(unit.key)) return false;
  const number = AMOUNT_SCALES.has(before.key) ? tokens[at - 2] : before;
  return !!number && /\d/.test(number.text);
}

/** "AFL-CIO", "ZANU-PF": a hyphen between capitals, each side no name the lists know alone ("UK-EU talks", "US-NATO ties" pair two). */
function hyphenatedAcronym(letters: string): boolean {
  const dash = letters.indexOf('-');
  return dash < 0 || !(lookupName(letters.slice(0, dash), 1) || lookupName(letters.slice(dash + 1), 1));
}

type PersonFinding = Extract<EntityFinding, { kind: 'person' }>;

/** Words after which an ordinary word in capitals stands for a name: "of DAB", "and BET". */
const ACRONYM_OPENERS = new Set(['of', 'from', 'at', 'by', 'for', 'with', 'and', 'the', 'to']);

/** The words of tokens `f.first` to `f.last`, as written. */
function wordsOf(tokens: ArticleToken[], f: { first: number; last: number }): string[] {
  return packedMap(tokens.slice(f.first, f.last + 1), (t) => t.text);
}

/**
 * A name with a nickname inside ('Rosa "Ro" Quintell') is one full name without it, however its three findings are cut; one whose
 * nickname comes after it ("Ann Quorvle, known as Tellie") is the name itself. (A function
 * of the module, not a closure of resolveEntities: compiled code that had met one closure threw itself away on the next article's.)
 */
function nameWithout(tokens: ArticleToken[], n: NicknamedName): string[] {
  if (n.nickFirst > n.last) return wordsOf(tokens, n);
  return [...wordsOf(tokens, { first: n.first, last: n.nickFirst - 1 }), ...wordsOf(tokens, { first: n.nickLast + 1, last: n.last })];
}

/**
 * The resolve stage of entity extraction: the classifier's findings -> canonical entities with
 * stable keys (entity.keys.ts) and one mention per naming. Full names cluster into people, and
 * partial names ("Stoltenberg", "Mr. Price") resolve to them; aliases resolve to their canonical
 * entity ("Atlantic Alliance" -> NATO, "Kiev" -> Kyiv); acronyms the text defines ("... Organization
 * (XYZ)") name that organization; a demonym is a mention of its country (no alias); a city's country
 * and the country of "the Ukrainian peninsula of X" are entities even when the text never names
 * them. A person's `role` comes from the title beside a mention, `affiliationKey` from an organization
 * written beside it, else, for an organizational office only, the most-mentioned organization.
 * Entities come in order of first mention, mentions in body order. Pure and deterministic.
 */
export function resolveEntities(doc: TokenizedArticle, classified: EntityFinding[]): { entities: EntityCandidate[]; mentions: MentionCandidate[] } {
  const { tokens } = doc;
  const findings = organizationsNamedByInitials(doc, personsNamedLikeOrganizations(doc, classified));
  placesTheArticleNames(doc, findings);
  organizationsNamedShort(doc, findings);
  const reg = new EntityRegistry(doc);
  const words = (f: { first: number; last: number }): string[] => wordsOf(tokens, f);
  // A courtesy title's gender keeps a surname from a person of the other ("Mr. Orrick" is not Michelle Orrick).
  const genderOf = (f: EntityFinding): Gender | null => (f.kind === 'person' && f.titleFirst !== null ? genderOfCourtesyTitle(tokens[f.titleFirst].text) : null);
  // `inner`: may be a word inside a person's name (resolvePartialName), not for a word the lists know as a place or organization.
  const personNamed = (f: EntityFinding, inner = true): PersonCluster | null =>
    resolvePartialName(words(f), tokens[f.first].start, clusters, segmentStart(doc, f.first), genderOf(f), inner);

  const named = findings.filter((f): f is PersonFinding => f.kind === 'person' && (f.nicknamed ? f.first === f.nicknamed.first : f.last > f.first));
  const clusters = clusterPersonNames(
    named.map((p) => {
      const n = p.nicknamed;
      return n ? { words: nameWithout(tokens, n), start: tokens[n.first].start, nicknames: [words({ first: n.nickFirst, last: n.nickLast }).join(' ')] } : { words: words(p), start: tokens[p.first].start };
    }),
  );
  // A lone word after a title that may be no name ("Miss Sunshine") stands for a person only when the
  // article titles it so twice ("Mr. Price ... Mr. Price") or names the person in full; never when the
  // word continues a title elsewhere ("Miss Galaxy").
  const titledAlone = new Map<string, number>();
  for (const f of findings) {
    if (f.kind === 'person' && f.first === f.last && f.titleFirst !== null && isPersonOnlyTitle(tokens[f.titleFirst].key)) {
      titledAlone.set(tokens[f.first].key, (titledAlone.get(tokens[f.first].key) ?? 0) + 1);
    }
  }
  findings.forEach((f, i) => {
    if (f.kind !== 'person' || f.first !== f.last) return;
    const key = tokens[f.first].key;
    const weak = (f.weak && (titledAlone.get(key) ?? 0) < 2) || (f.titleFirst !== null && doc.titleWords.has(key));
    if (weak && !personNamed(f)) findings[i] = { kind: 'partial', first: f.first, last: f.last, cue: false };
  });
  const persons = findings.filter((f): f is PersonFinding => f.kind === 'person');
  const personOf = new Map<EntityFinding, PersonCluster>();
  // A surname after a courtesy title founds its person first, so that one after a title of no gender ("President
  // Obama") joins the "Mr. Obama" of the same article, not a woman of that surname named in full later.
  const gendered = (p: PersonFinding): boolean => p.first === p.last && genderOf(p) !== null;
  for (const p of [...persons.filter(gendered), ...persons.filter((q) => !gendered(q))]) {
    const w = words(p);
    const at = tokens[p.first].start;
    let cluster = p.nicknamed ? findCluster(clusters, nameWithout(tokens, p.nicknamed)) : p.last > p.first ? findCluster(clusters, w) : personNamed(p);
    if (!cluster) {
      cluster = personCluster(w, packedMap(w, foldName), at, genderOf(p), undefined);
      clusters.push(cluster);
    }
    personOf.set(p, cluster);
  }

  const definitions = acronymDefinitions(doc, findings);
  const acronyms = new Map<string, string>();
  // Acronyms the article defines in brackets after an organization's name, by the organization's key (filled as the loop reaches them).
  const definedOrganizations = new Map<string, string>();
  // A national body's generic name in an article about another country is that country's body (national-body.rules.ts).
  const countries = articleCountries(doc, findings);
  const organizationNames = new Map<EntityFinding, string | null>();
  const organizationNameOf = (f: EntityFinding): string | null => {
    let name = organizationNames.get(f);
    if (name !== undefined) return name;
    if (f.kind === 'org') {
      const known = organizationNamed(f.name);
      name = known === null ? f.name : nationalBodyName(doc, known, f.first, f.last, countries);
    } else name = f.kind === 'dict' && f.hit.type === 'ORGANIZATION' ? nationalBodyName(doc, f.hit.name, f.first, f.last, countries) : null;
    organizationNames.set(f, name);
    return name;
  };
  for (const [initials, name] of organizationsByInitials(doc, findings, organizationNameOf)) acronyms.set(initials, reg.organization(name));
  // "MCG" alone after "Melbourne Cricket Ground".
  for (const [initials, f] of facilitiesByInitials(doc, findings)) if (!acronyms.has(initials)) acronyms.set(initials, reg.place(f.name, f.placeKind, null));
  // "HSBC" alone after "HSBC Holdings Plc".
  for (const [acronym, name] of organizationsByLeadingAcronym(doc, findings, organizationNameOf)) if (!acronyms.has(acronym)) acronyms.set(acronym, reg.organization(name));
  const tails = organizationsByTail(doc, findings, organizationNameOf);
  const { byClubOrBank: byTown, byAnyName: byAnyTown } = organizationsByTown(doc, findings, organizationNameOf);
  const longer = organizationsByLongerName(doc, findings, organizationNameOf);
  const known = {
    bySurface: organizationsBySurface(doc, findings, organizationNameOf),
    byHead: organizationsByHead(doc, findings, organizationNameOf),
    byFirstWord: organizationsByFirstWord(doc, findings, organizationNameOf),
    termAcronyms: acronymsUsedAsTerms(doc, findings),
    products: productWords(doc, findings),
    organizationWords: organizationWords(doc, findings),
    openedBefore: organizationsOpenedBefore(doc, findings, organizationNameOf),
  };
  const organizationShown = organizationShownWords(doc, findings, known.organizationWords);
  const ownerOf = new Map<number, string>();
  const roles = new Map<PersonCluster, { role: string | null; affiliation: string | null }>();
  // One name, one place: an untyped name no rule resolved where it stands ("... Rescue Walkers At Goodwin": a Title Case headline's
  // capitals give no context; "Goodwin lost power" opening a sentence) is the place the article makes of the same words elsewhere
  // ("near the town of Goodwin"), by their folded words; outside a Title Case line, not a word of a longer run of capitals ("Indian
  // Wells"). A place, or in a Title Case line an organization named in two words or more ("Free List Wins Mayoralty ..." after "the
  // green-left Free List (FL) won"): a person's or an organization's reading of one untyped word is of one use ("told Goodwin", a brand's
  // shape), and the same word may name another thing (an organization's product or site: "QuorSAT Telescope Detects ...").
  const entityOfWords = new Map<string, string>();
  const unresolved: EntityFinding[] = [];
  // The entity each finding the loop below resolved names.
  const entityOfFinding = new Map<EntityFinding, string>();
  // Each acronym the article defines, with its entity and where its long form is written (acronymsWrittenFirst).
  const definedAt: DefinedAcronym[] = [];

  for (const f of findings) {
    let key: string | null = null;
    if (f.kind === 'dict') {
      // A one-word organization name is the article's person of that surname where the words after it show a person
      // ("Ford said he"), or where the article never shows the organization ("Gerald Ford ... Ford was 93").
      const personal = f.hit.type !== 'ORGANIZATION' ? f.hit.type !== 'DEMONYM' && !placeWhereWritten(doc, f) : evidenceAfter(doc, f.last) === 'person' || !organizationShown.has(tokens[f.first].key);
      // A place is no person named by a given name alone ("between Berlin, Hamburg and Munich" beside a "Berlin Hauptbahnhof" read as a
      // person's name) unless the words after it show a person ("Jordan said she").
      const named = f.first === f.last && personal ? personNamed(f, false) : null;
      const byGivenName = !!named && f.hit.type !== 'ORGANIZATION' && byGivenNameOnly(named, tokens[f.first]) && evidenceAfter(doc, f.last) !== 'person';
      const asPerson = byGivenName ? null : named;
      // One word the lists know as an organization may be the short form of one the article names in full.
      const single = f.first === f.last && f.hit.type === 'ORGANIZATION' ? tokens[f.first] : null;
      const byAcronym = single?.upper ? acronyms.get(single.text) : undefined;
      // A town a club or a bank the article names carries, alone and no place preposition's object: the club or the bank ("Dortmund
      // twice came from behind", "Treviso brings us"; "in Dortmund" stays the town); so is a town that opens or closes the name of one
      // organization the article names, where it stands as a team does ("Brisbane stay seventh" after "Brisbane Roar", "Oklahoma City
      // never trailed" after "Oklahoma City Thunder": standsAsTeam).
      const town = f.last - f.first < 2 && f.hit.type === 'CITY' && !placeWhereWritten(doc, f) ? surfaceOf(doc, f.first, f.last) : null;
      const byTail = single && !single.upper ? tails.get(single.text) : town ? (byTown.get(town) ?? (standsAsTeam(doc, f.first, f.last) ? byAnyTown.get(town) : undefined)) : undefined;
      // A small town's name (no state or country) that opens an organization the article names in full, outside a
      // locative phrase: that organization ("Wenatchee cut jobs" after "Wenatchee Energy Corp."; "in Wenatchee" stays the town);
      // so does a demonym standing as a noun phrase alone ("Ethiopian has expanded", "Ethiopian's fleet" after "Ethiopian Airlines").
      const smallTown = f.first === f.last && f.hit.type === 'CITY' && !isMajorPlaceName(tokens[f.first].text);
      const byFirstWord = smallTown ? firstWordOrganization(doc, f.first, known.byFirstWord) : (f.hit.type === 'DEMONYM' && demonymAsNoun(doc, f.first) ? known.byFirstWord(tokens[f.first].key, true) : undefined);
      // "Naftna Industrija Srbije (NIS) ... NIS operates": capitals the article defined as an organization's acronym name it, not the
      // place the lists spell so (the Serbian city of Nis).
      const definedAs = f.first === f.last && tokens[f.first].upper && f.hit.type !== 'ORGANIZATION' ? definedOrganizations.get(tokens[f.first].text) : undefined;
      if (definedAs) {
        key = definedAs;
        reg.mention(key, f.first, f.last);
      } else if (asPerson) key = mentionPerson(reg, asPerson, f);
      else if (byFirstWord) {
        key = reg.organization(byFirstWord);
        reg.mention(key, f.first, f.last);
      } else if (byAcronym || byTail) {
        key = byAcronym ?? reg.organization(byTail!);
        reg.mention(key, f.first, f.last);
      } else if (f.hit.type === 'ORGANIZATION') {
        const name = organizationNameOf(f)!;
        key = reg.organization(longer.get(name) ?? name);
        reg.mention(key, f.first, f.last);
      } else {
        const hit = cityOrState(doc, f.hit, f.first, f.last);
        key = reg.entityFor(hit);
        reg.mention(key, f.first, f.last, hit.type !== 'DEMONYM');
        if (hit.type === 'REGION' && !hit.countryCode) applyLocative(doc, reg, key, f.first);
      }
    } else if (f.kind === 'org') {
      const name = organizationNameOf(f)!;
      // One word its context shows an organization ("Quorvex shares fell", "a spokesman for Quorvex") may be the
      // first word of one the article names in full ("Quorvex Holdings"), or an acronym or a short form it defined ("QVX shares fell",
      // "Cetel said" after "Companhia Energetica de Tellanas (Cetel)"): that organization; so may a town's word that opens or closes the
      // name of one ("the Edmonton captain" beside "Edmonton Oilers", "Oklahoma City never trailed" beside "Oklahoma City Thunder").
      const single = f.first === f.last ? tokens[f.first] : null;
      const byAcronym = single ? acronyms.get(single.text) : undefined;
      const byFirstWord = single && !single.upper ? (firstWordOrganization(doc, f.first, known.byFirstWord) ?? byAnyTown.get(single.text)) : f.last === f.first + 1 ? byAnyTown.get(surfaceOf(doc, f.first, f.last)) : undefined;
      key = byAcronym ?? reg.organization(byFirstWord ?? longer.get(name) ?? name);
      reg.mention(key, f.first, f.last);
    } else if (f.kind === 'place') {
      key = reg.place(f.name, f.placeKind, null);
      reg.mention(key, f.first, f.last);
      applyLocative(doc, reg, key, f.first);
    } else if (f.kind === 'person') {
      const cluster = personOf.get(f)!;
      key = mentionPerson(reg, cluster, f);
      const held = roles.get(cluster) ?? { role: null, affiliation: null };
      if (!held.role && f.role) held.role = f.role;
      roles.set(cluster, held);
    } else {
      key = resolvePartial(doc, reg, f, clusters, acronyms, known);
    }
    const defined = definitions.get(f);
    if (defined) {
      if (!key) {
        key = reg.organization(defined.name);
        reg.mention(key, defined.first, f.last);
      }
      acronyms.set(defined.acronym, key);
      definedAt.push({ acronym: defined.acronym, key, start: tokens[f.first].start });
      if (reg.drafts.get(key)?.entity.type === 'ORGANIZATION') definedOrganizations.set(defined.acronym, key);
    }
    if (key) {
      const words = keyOf(doc, f.first, f.last);
      if (!entityOfWords.has(words)) entityOfWords.set(words, key);
      entityOfFinding.set(f, key);
    } else if (f.kind === 'partial' && !inLongerRun(doc, f)) unresolved.push(f);
    if (key) for (let i = f.first; i <= f.last; i++) ownerOf.set(i, key);
  }
  const open = new Set<EntityFinding>();
  for (const f of unresolved) {
    const key = entityOfWords.get(keyOf(doc, f.first, f.last));
    const type = key ? reg.drafts.get(key)?.entity.type : undefined;
    if (key && (type === 'LOCATION' || (type === 'ORGANIZATION' && f.last > f.first && doc.segments[tokens[f.first].segment].titleCase))) reg.mention(key, f.first, f.last);
    else open.add(f);
  }
  const resolvedOrganization = (f: EntityFinding): boolean => reg.drafts.get(entityOfFinding.get(f) ?? '')?.entity.type === 'ORGANIZATION';
  for (const f of organizationsListedBesideResolved(doc, findings, resolvedOrganization, open)) {
    const key = reg.organization(surfaceOf(doc, f.first, f.last));
    reg.mention(key, f.first, f.last);
    for (let i = f.first; i <= f.last; i++) ownerOf.set(i, key);
  }

  acronymsWrittenFirst(doc, reg, definedAt, ownerOf);

  for (const f of persons) {
    const cluster = personOf.get(f)!;
    const held = roles.get(cluster)!;
    const explicit = explicitAffiliation(doc, f, ownerOf, reg);
    if (explicit?.affiliation && !held.affiliation) held.affiliation = explicit.affiliation;
    if (explicit?.role && !held.role) held.role = explicit.role;
  }
  reg.foldTownsIntoCities();
  const tallies: OrganizationTally[] = [...reg.drafts.values()]
    .filter((d) => d.entity.type === 'ORGANIZATION' && d.mentions > 0)
    .map((d) => ({ key: d.entity.key, mentions: d.mentions, firstStart: d.firstStart }));
  for (const [cluster, held] of roles) {
    const draft = reg.drafts.get(personKey(cluster.words.join(' ')))!;
    draft.entity.role = held.role;
    draft.entity.affiliationKey = held.affiliation ?? fallbackAffiliation(held.role, tallies);
  }

  const entities = packedMap(
    [...reg.drafts.values()].sort((x, y) => x.firstStart - y.firstStart),
    (d) => {
      const { entity } = d;
      const name = foldName(entity.name);
      // The draft's own entity takes its aliases (no copy: the registry is dropped here): a spread copy of entities of five
      // shapes made the store of "aliases" megamorphic, and it missed V8's stub cache on every entity (1,714 a pass over PolNeAR dev).
      entity.aliases = [...new Set([...entity.aliases, ...d.surfaces])].filter((s) => foldName(s) !== name && !(entity.demonyms ?? []).includes(s));
      return entity;
    },
  );
  return { entities, mentions: reg.mentions.sort((x, y) => x.start - y.start) };
}

/** An acronym the article defines ("... in Lebanon (UNIFIL)"), the entity it names and where the long form's finding starts. */
interface DefinedAcronym {
  acronym: string;
  key: string;
  start: number;
}

/**
 * An acronym written alone before the article defines it (a headline's or a lede's "UNIFIL", then "the United Nations Interim Force in
 * Lebanon (UNIFIL)" below; "NIS" before "Naftna Industrija Srbije (NIS)") names what the definition names: the resolve loop, reaching the
 * definition only after those mentions, made them an entity of the acronym's own name (an organization "UNIFIL", the lists' town Nis);
 * such mentions move to the defined entity, and so do the tokens `ownerOf` gave them. Only an entity named by the acronym's letters
 * moves, no other reading of the same capitals.
 */
function acronymsWrittenFirst(doc: TokenizedArticle, reg: EntityRegistry, definedAt: DefinedAcronym[], ownerOf: Map<number, string>): void {
  for (const { acronym, key, start } of definedAt) {
    const spelled = foldName(acronym);
    const early = (m: MentionCandidate): boolean => m.start < start && m.entityKey !== key && doc.body.slice(m.start, m.end) === acronym && foldName(reg.drafts.get(m.entityKey)?.entity.name ?? '') === spelled;
    for (const from of new Set(reg.mentions.filter(early).map((m) => m.entityKey))) {
      reg.moveMentions(from, key, (m) => m.start < start && doc.body.slice(m.start, m.end) === acronym);
      for (const [i, owner] of ownerOf) if (owner === from && doc.tokens[i].start < start && doc.tokens[i].text === acronym) ownerOf.set(i, key);
    }
  }
}

/**
 * Rewrites in place the findings that name a town the article names as a place elsewhere. "the northern town of Kiryat Shmona",
 * "North Kivu province", "Ann Quorvle, 45, of Bradford Heath": an untitled name read as a person's is a place in a locative phrase, before a
 * place's noun or as a person's home town (a partial, which resolvePartial makes the place); after "east of", only without a given name.
 * The words such a phrase names, or a name read as a partial there ("the town of Sindirgi"), or a town opening a dateline ("LEVI, Finland,
 * Nov 15 (Reuters) -"), are the article's towns: the same untitled words after a place preposition name that town too ("its mill in Flin Flon",
 * "a ninth win in Levi", beside a person "Levi Black"), and so, anywhere, do words no list knows as a name or an ordinary word ("the
 * Sindirgi quake"), even where their context made them an organization's ("the Faenza floods"), unless a person the article names in
 * full bears the word as a surname.
 */
function placesTheArticleNames(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  const locative = (f: EntityFinding): boolean => {
    const context = locativeContext(doc, f.first);
    return !!context && !(context.byDirection && isGivenName(tokens[f.first].key));
  };
  const placed = new Set<string>();
  // The findings that name the towns, which their own context resolves.
  const naming = new Set<EntityFinding>();
  findings.forEach((f, i) => {
    if (f.kind === 'place' && f.placeKind === 'city' && isDateline(doc, f)) placed.add(foldName(f.name));
    const unknownOrganization = f.kind === 'org' && tokens.slice(f.first, f.last + 1).every(isUnknownNameWord);
    const untitled = untypedName(f) || unknownOrganization;
    if (!untitled || tokens[f.last].possessive || !(placeNounAfter(doc, f.last) || siteNounAfter(doc, f.first, f.last) || locative(f) || hometownAfterAge(doc, f.first))) return;
    if (f.kind !== 'partial') findings[i] = { kind: 'partial', first: f.first, last: f.last, cue: false };
    naming.add(findings[i]);
    placed.add(foldName(surfaceOf(doc, f.first, f.last)));
  });
  if (!placed.size) return;
  // The last words of the people the article names in full ("Quorvaro" of "Kerwin Quorvaro"): alone, the person's surname as much as the town.
  const surnames = new Set(findings.flatMap((f) => (f.kind === 'person' && f.last > f.first ? [tokens[f.last].key] : [])));
  findings.forEach((f, i) => {
    const untitled = (f.kind === 'person' && f.titleFirst === null && !f.nicknamed) || (f.kind === 'partial' && !f.cue && !naming.has(f));
    const surface = untitled || f.kind === 'org' ? surfaceOf(doc, f.first, f.last) : '';
    if (!surface || !placed.has(foldName(surface))) return;
    // An organization only by its context's words ("the Faenza floods" after "the town of Faenza") is the town too; not the surname of
    // a person the article names in full ("Quorvaro: No, it is my real name" of an interview with Kerwin Quorvaro), the town only
    // after a place preposition ("everybody in Quorvaro").
    const surname = f.first === f.last && surnames.has(tokens[f.first].key);
    const unknown = (f.kind === 'partial' || f.kind === 'org') && !surname && tokens.slice(f.first, f.last + 1).every(isUnknownNameWord);
    if (!unknown && (f.kind === 'org' || !afterPlacePreposition(tokens, f.first))) return;
    // The gazetteer's town of that name when it has one ("in Bambari"), into which the registry folds the town the phrase named.
    const city = cityNamed(surface);
    findings[i] = city ? { kind: 'dict', hit: { type: 'CITY', city }, first: f.first, last: f.last } : { kind: 'place', name: surface, placeKind: 'city', first: f.first, last: f.last };
  });
}

/**
 * The finding `f` stands in a longer run of capitalised words, outside a Title Case line: a capitalised word joined before it (not
 * where `f` opens a sentence) or after it ("Wells" of "Indian Wells": a fragment of a name).
 */
function inLongerRun(doc: TokenizedArticle, f: EntityFinding): boolean {
  const { tokens } = doc;
  const before = tokens[f.first - 1];
  return !doc.segments[tokens[f.first].segment].titleCase && ((!!before?.cap && before.joinsNext && !tokens[f.first].sentenceStart) || (tokens[f.last].joinsNext && !!tokens[f.last + 1]?.cap));
}

/** True when the one word `t` names person `cluster` by its given name alone, no later word of the name ("Austin" of "Austin Delacroix"). */
function byGivenNameOnly(cluster: PersonCluster, t: ArticleToken): boolean {
  const keys = cluster.keys;
  return keys.length > 1 && keys[0] === foldName(t.text) && keys.indexOf(keys[0], 1) < 0;
}

/** The body offset where the segment (paragraph) of token `i` starts. */
function segmentStart(doc: TokenizedArticle, i: number): number {
  return doc.segments[doc.tokens[i].segment].start;
}

function findCluster(clusters: PersonCluster[], w: string[]): PersonCluster | null {
  const keys = packedMap(w, foldName);
  return clusters.find((c) => (c.keys[c.keys.length - 1] === keys[keys.length - 1] && keys.every((k) => c.keys.includes(k))) || sameNameSpelledApart(c.keys, keys) || particleNameInside(c.keys, keys)) ?? personOfInitials(clusters, keys) ?? null;
}

function mentionPerson(reg: EntityRegistry, cluster: PersonCluster, f: { first: number; last: number }): string {
  const name = cluster.words.join(' ');
  const key = personKey(name);
  // The entity is made at the person's first mention only (ensure keeps the first): its aliases are read then.
  if (!reg.drafts.has(key)) reg.ensure({ key, type: 'PERSON', name, aliases: [...particleSurname(cluster.words), ...nicknameAliases(cluster)], role: null, affiliationKey: null });
  reg.mention(key, extendOverParticle(reg, cluster, f.first), f.last);
  return key;
}

/**
 * The surname with its particles, as people write it alone: "von der Leyen" of "Ursula von der
 * Leyen", "bin Salman", "Van Rompuy" (none when the name has no particle after its first word).
 */
function particleSurname(words: string[]): string[] {
  const at = words.findIndex((w, i) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w.toLowerCase()));
  return at > 0 ? [words.slice(at).join(' ')] : [];
}

/** A person's nicknames alone and before the words after the given name ("Ro", "Ro Quintell" of 'Rosa "Ro" Quintell'). */
function nicknameAliases(cluster: PersonCluster): string[] {
  const rest = cluster.words.slice(1);
  return (cluster.nicknames ?? []).flatMap((n) => (rest.length ? [n, [n, ...rest].join(' ')] : [n]));
}

/** "de Gaulle", "von der Leyen": include the lower-case particles written before a surname that the full name has too. */
function extendOverParticle(reg: EntityRegistry, cluster: PersonCluster, first: number): number {
  const { tokens } = reg.doc;
  let at = cluster.keys.indexOf(tokens[first].key);
  let from = first;
  for (let prev = tokens[from - 1]; prev && prev.joinsNext && !prev.cap && NAME_PARTICLES.has(prev.key) && at > 0 && cluster.keys[at - 1] === prev.key; prev = tokens[from - 1]) {
    from--;
    at--;
  }
  return from;
}

/**
 * The finding's first token `first`, moved back over the particles a surname read alone opens with ("On Monday van der Quorvle
 * said": surnameParticlesStart); not after a name just mentioned ("in Lisbon da Quorvle": another name's).
 */
function particlesBeforeSurname(reg: EntityRegistry, first: number): number {
  const from = surnameParticlesStart(reg.doc.tokens, first);
  const previous = reg.mentions[reg.mentions.length - 1];
  return from > 0 && previous?.end === reg.doc.tokens[from - 1].end ? first : from;
}

/**
 * A person of its own named by the words `ws` of finding `at`, added to `clusters`; the mention takes in the particles
 * written before them (particlesBeforeSurname: "von der Leyen"), the person keeps the words' name, so that a surname read
 * alone stays a lone surname, which the store joins to the one person stored with it.
 */
function newPerson(reg: EntityRegistry, clusters: PersonCluster[], ws: ArticleToken[], at: { first: number; last: number }): string {
  const f = { first: particlesBeforeSurname(reg, at.first), last: at.last };
  const cluster = personCluster(packedMap(ws, (t) => t.text), packedMap(ws, (t) => t.key), ws[0].start, null, undefined);
  clusters.push(cluster);
  return mentionPerson(reg, cluster, f);
}

/** True when token `at` follows a lower-case preposition of direction ("from Rangiora", "into Argun"). */
function afterDirectionPreposition(tokens: ArticleToken[], at: number): boolean {
  const before = tokens[at - 1];
  return !!before && !before.cap && before.joinsNext && DIRECTION_PREPOSITIONS.includes(before.key);
}

/** True when token `at` follows a lower-case place preposition ("in Peabody"). */
function afterPlacePreposition(tokens: ArticleToken[], at: number): boolean {
  const before = tokens[at - 1];
  return !!before && (!before.cap || before.sentenceStart) && before.joinsNext && PLACE_PREPOSITIONS.has(before.key);
}

/**
 * True when a place the lists know stands where only a place does, whoever the article names with its word: right after a place
 * preposition, no possessive ("held in Paris" beside Valeska Paris), or opening a dateline ("AMSTERDAM, Feb 11 (Reuters) -").
 */
function placeWhereWritten(doc: TokenizedArticle, f: EntityFinding): boolean {
  return (afterPlacePreposition(doc.tokens, f.first) && !doc.tokens[f.last].possessive) || isDateline(doc, f);
}

/** The place prepositions after which a word a person may bear is the town the gazetteer holds (townWhereWritten). */
const TOWN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside']);

/**
 * The town the gazetteer holds that the one word of finding `f` names where only a place stands, whatever person of the article
 * bears the word: right after "in", "near" or "outside" ("a grain elevator in Quorton" beside Tyler Quorton; not "at" or "around",
 * which take people too: "an analyst at Quorton", "gathered around Quorton"; not a word in capitals; not a language after a word of
 * naming: "as the town is called in Quorton", NAMING_WORDS), opening a dateline ("QUORTON, S.D. --") or before a comma and its
 * state or country ("Quorton, Neb."); never a possessive ("in Quorton' commentary"). A CityRecord for a town of 15,000 people or
 * more (cityNamed), the country code of a smaller one (smallTownCountry: null when towns of several countries bear it), undefined
 * elsewhere.
 */
function townWhereWritten(doc: TokenizedArticle, f: EntityFinding): CityRecord | string | null | undefined {
  const { tokens } = doc;
  const t = tokens[f.first];
  if (t.possessive || /['’]/.test(doc.body[t.end] ?? '')) return undefined;
  const before = tokens[f.first - 1];
  const slot = afterPlacePreposition(tokens, f.first) && TOWN_PREPOSITIONS.has(before.key) && !t.upper && !(before.key === 'in' && NAMING_WORDS.has(tokens[f.first - 2]?.key ?? ''));
  if (!slot && !isDateline(doc, f) && stateAfter(doc, f.last) === null) return undefined;
  return cityNamed(t.text) ?? smallTownCountry(t.text);
}

/** How many words back from the last of a list of places its preposition may stand ("in Chillicothe, Waverly and Quorton"). */
const LISTED_PLACE_WORDS = 8;

/**
 * The town the gazetteer holds (as townWhereWritten gives it) that the word at token `at` names where it closes a list joined by "and"
 * or "or" that opens right after "in", "near" or "outside", the item before it a place (besidePlace: "plants in Thorp and Quorton",
 * "hospitals in Chillicothe, Waverly and Quorton"; not "In Ohio, Gould and Quorton said", whose list no preposition opens); undefined
 * elsewhere.
 */
function listedTown(doc: TokenizedArticle, reg: EntityRegistry, at: number): CityRecord | string | null | undefined {
  const { tokens } = doc;
  const [t, conjunction] = [tokens[at], tokens[at - 1]];
  if (t.possessive || t.upper || !conjunction || conjunction.cap || (conjunction.key !== 'and' && conjunction.key !== 'or') || !conjunction.joinsNext) return undefined;
  for (let i = at - 2; i >= 0 && i >= at - LISTED_PLACE_WORDS && tokens[i].segment === t.segment; i--) {
    const w = tokens[i];
    if (w.cap) continue;
    return TOWN_PREPOSITIONS.has(w.key) && w.joinsNext && besidePlace(doc, reg, at) ? (cityNamed(t.text) ?? smallTownCountry(t.text)) : undefined;
  }
  return undefined;
}

/**
 * True when the word at token `at` stands beside a place: after a comma and a place this article's resolution
 * has just recorded ("Kibbutz Ein Harod, Tiberias": the next name of an address), or joined by "and"/"or" to
 * a place, one just recorded ("Cesena and Faenza") or one word after it that names a town of 50,000 people or
 * more, a state or a country and nothing else ("Faenza and Cesena").
 */
function besidePlace(doc: TokenizedArticle, reg: EntityRegistry, at: number): boolean {
  const { tokens, body } = doc;
  const t = tokens[at];
  const [conjunction, partner] = [tokens[at + 1], tokens[at + 2]];
  if (t.joinsNext && conjunction?.joinsNext && !conjunction.cap && (conjunction.key === 'and' || conjunction.key === 'or') && partner?.cap && !partner.upper && partner.segment === t.segment) {
    const end = tokens[at + 3];
    const oneWord = !end || !end.cap || !partner.joinsNext || end.segment !== partner.segment;
    const place = (cityNamed(partner.text)?.population ?? 0) >= MIN_SINGLE_WORD_CITY || isMajorPlaceName(partner.text);
    if (oneWord && place && !isCommonWord(partner.key) && !isGivenName(partner.key) && !isSurname(partner.key)) return true;
  }
  const previous = reg.mentions[reg.mentions.length - 1];
  const before = tokens[at - 1];
  if (!previous || !before || before.segment !== t.segment || reg.drafts.get(previous.entityKey)?.entity.type !== 'LOCATION') return false;
  if (previous.end === before.end) return /^\s*,\s*$/.test(body.slice(before.end, t.start));
  return !before.cap && (before.key === 'and' || before.key === 'or') && previous.end === tokens[at - 2]?.end && tokens[at - 2].joinsNext && before.joinsNext;
}

/**
 * True when the word at token `at`, one no list or dictionary knows as a word or a name, is a member of a list of towns that a
 * lower-case place preposition or a preposition of direction or a route opens ("depots in Broadstone, Ringsend, Phibsborough and
 * Harristown", "a service between Oban and Castlebay"): the member just before it, after a comma or "and" / "or", is a town this
 * article's resolution has just recorded, after a comma the list goes on past the word ("in Leeds, Quorvex said": no list), and no
 * verb or other open-class word follows the word ("in Piraeus and Quorvle beat Tellan").
 */
function listedAfterTown(doc: TokenizedArticle, reg: EntityRegistry, at: number): boolean {
  const { tokens, body } = doc;
  const t = tokens[at];
  if (t.possessive || !isUnknownNameWord(t) || isDictionaryWord(t.key) || isDictionaryName(t.key)) return false;
  const previous = reg.mentions[reg.mentions.length - 1];
  if (!previous || reg.drafts.get(previous.entityKey)?.entity.kind !== 'city') return false;
  const joins = (i: number): boolean => !!tokens[i] && !tokens[i].cap && (tokens[i].key === 'and' || tokens[i].key === 'or') && tokens[i].joinsNext;
  const gap = (a: ArticleToken, b: ArticleToken): string => body.slice(a.end, b.start);
  const next = tokens[at + 1];
  // "won at Olympiacos in Piraeus and Quorvle beat Tellan": the subject of a verb of its own, no list's member; a list's last name
  // ends the phrase, before punctuation or a word of a closed class ("Harristown from 5 a.m.").
  if (t.joinsNext && next && !next.cap && next.segment === t.segment && (isVerbForm(next.key) || !isClosedClassWord(next.key))) return false;
  const goesOn = !!next && next.segment === t.segment && ((/^\s*,\s*$/.test(gap(t, next)) && next.cap) || (joins(at + 1) && !!tokens[at + 2]?.cap));
  const comma = previous.end === tokens[at - 1]?.end && /^\s*,\s*$/.test(gap(tokens[at - 1], t));
  if (!(comma && goesOn) && !(joins(at - 1) && previous.end === tokens[at - 2]?.end && /^\s*$/.test(gap(tokens[at - 2], tokens[at - 1])))) return false;
  // Back over the list's names and their commas, "and" and "or", to the preposition that opens it.
  for (let i = at - 1; i >= 0 && i > at - 16 && tokens[i].segment === t.segment; i--) {
    const w = tokens[i];
    if (!/^\s*,?\s*$/.test(gap(w, tokens[i + 1]))) return false;
    if (w.cap || joins(i)) continue;
    return w.joinsNext && (PLACE_PREPOSITIONS.has(w.key) || ROUTE_PREPOSITIONS.has(w.key));
  }
  return false;
}

/** The kinds of place a given name alone beside one is a region of its own: "Brittany and Normandy", "Carolina and Maryland" (towns are the gazetteer's). */
const REGION_KINDS: ReadonlySet<string> = new Set(['region', 'country']);

/**
 * True when the word at token `at` is joined by "and" / "or" to a region, state or country named by no given name: one word after it
 * that the lists know so ("Brittany and Normandy", "Carolina and Maryland"), or the place this article's resolution has just recorded
 * before it ("Normandy and Brittany"); not "Victoria and Albert", "Georgia and Sophie", two people.
 */
function besideRegion(doc: TokenizedArticle, reg: EntityRegistry, at: number): boolean {
  const { tokens } = doc;
  const t = tokens[at];
  const joins = (c: ArticleToken | undefined): boolean => !!c && !c.cap && (c.key === 'and' || c.key === 'or') && c.joinsNext && c.segment === t.segment;
  const partner = tokens[at + 2];
  if (t.joinsNext && joins(tokens[at + 1]) && partner?.cap && !partner.upper && !partner.possessive && !isListedFirstName(partner.key) && !(partner.joinsNext && tokens[at + 3]?.cap)) {
    const hit = lookupName(partner.text, 1);
    if (hit?.type === 'COUNTRY' || (hit?.type === 'REGION' && hit.kind === 'region')) return true;
  }
  const previous = reg.mentions[reg.mentions.length - 1];
  if (!joins(tokens[at - 1]) || !tokens[at - 2]?.joinsNext || previous?.end !== tokens[at - 2].end || isListedFirstName(tokens[at - 2].key)) return false;
  const entity = reg.drafts.get(previous.entityKey)?.entity;
  return entity?.type === 'LOCATION' && REGION_KINDS.has(entity.kind ?? '');
}

/** Prepositions of direction ("from", "into") and of a route ("between", "through", "via") before a town. */
const ROUTE_PREPOSITIONS: ReadonlySet<string> = new Set([...DIRECTION_PREPOSITIONS, 'between', 'through', 'via']);

/** The population a town named like a surname ("Orlando", "Austin", "Jackson") must have for "in" to make it the town. */
const MIN_CITY_NAMED_LIKE_PERSON = 100000;

/**
 * The town that the one word at token `at` names after a place preposition other than "at" (directly, or
 * after another name and "and" / "or": "in Ferguson and Charlotte"), or null. A word no list or dictionary
 * knows as an ordinary word or a name is the gazetteer's town of that name ("in Tiberias"; not "in March"); a given name, the town
 * when it has 50,000 people ("in Charlotte"; "at Charlotte's" may be a person's); a surname, only after
 * "in" and when it has 100,000 ("Police in Orlando said", "In Austin, ..."; not "near Austin"). A person
 * the article names in full with the word has taken it before this ("Andrew Jackson ... in Jackson").
 * `afterPlace` (the word stands beside a place, see besidePlace: "Kibbutz Ein Harod, Tiberias", "Faenza and
 * Cesena"), or a preposition of direction or a route ("from Gudermes", "into Argun", "between Ramallah and Jenin": ROUTE_PREPOSITIONS;
 * not a word in capitals), stands for the
 * preposition for a town whose name is no English word or person's name.
 */
function townAfterPreposition(tokens: ArticleToken[], at: number, afterPlace: boolean): CityRecord | null {
  const t = tokens[at];
  const slot = townSlot(tokens, at, afterPlace);
  const town = slot ? cityNamed(t.text) : null;
  if (!town) return null;
  if (isGivenName(t.key)) return slot === 'preposition' && town.population >= MIN_SINGLE_WORD_CITY ? town : null;
  if (isSurname(t.key)) return slot === 'preposition' && tokens[at - 1].key === 'in' && town.population >= MIN_CITY_NAMED_LIKE_PERSON ? town : null;
  return town.primaryName && !(slot === 'preposition' && t.upper) && !isCommonWord(t.key) && !isDictionaryWord(t.key) ? town : null;
}

/**
 * Where the one word at token `at` stands that townAfterPreposition reads a town in: after a place preposition other than "at"
 * (directly, or after another name and "and" / "or": "in Ferguson and Charlotte"), beside a place (`afterPlace`), or after a
 * preposition of direction or a route, not in capitals ("withdrew from Gudermes", "fled towards Argun and Gudermes", "the road
 * between Ramallah and Jenin"); null elsewhere and for a possessive.
 */
function townSlot(tokens: ArticleToken[], at: number, afterPlace: boolean): 'preposition' | 'beside' | 'directed' | null {
  const t = tokens[at];
  const before = tokens[at - 1];
  if (t.possessive || !before) return null;
  const after = (test: (i: number) => boolean): boolean =>
    test(at) || ((before.key === 'and' || before.key === 'or') && before.joinsNext && tokens[at - 2]?.cap === true && tokens[at - 2].joinsNext && test(at - 2));
  // "at" names an organization as often as a town: only a word no capitalised word follows ("at Faenza on Saturday"; not "a fellow at
  // Carnegie Europe"), where no person's job before it made it an employer (the classifier's afterJobAt: "an analyst at Quorvle").
  const nameGoesOn = capitalFollows(tokens, at);
  if (after((i) => afterPlacePreposition(tokens, i) && (tokens[i - 1].key !== 'at' || !nameGoesOn))) return 'preposition';
  if (afterPlace) return 'beside';
  return !t.upper && after((i) => directedAt(tokens, i)) ? 'directed' : null;
}

/**
 * True when token `at` ends a journey or a route: after a lower-case preposition of direction or a route ("from Gudermes", "between
 * Ramallah and Jenin": ROUTE_PREPOSITIONS), or after "to" that a word of a journey (JOURNEY_WORDS: "a flight to Jomsom", "north to
 * Quorvle") or a route's start ("from Quorvle to Tellan", a name of up to three words after "from") comes before.
 */
function directedAt(tokens: ArticleToken[], at: number): boolean {
  const before = tokens[at - 1];
  if (!before || before.cap || !before.joinsNext) return false;
  if (ROUTE_PREPOSITIONS.has(before.key)) return true;
  const journey = tokens[at - 2];
  if (before.key !== 'to' || !journey || !journey.joinsNext || journey.segment !== before.segment) return false;
  if (!journey.cap) return JOURNEY_WORDS.has(journey.key);
  let first = at - 2;
  while (first > at - 4 && tokens[first - 1]?.cap && tokens[first - 1].joinsNext) first--;
  const from = tokens[first - 1];
  return !!from && !from.cap && from.joinsNext && from.key === 'from' && from.segment === before.segment;
}

/**
 * The country code (null: towns of several countries, or a place no list knows) of the gazetteer's small town (smallTownCountry) that
 * the one word at token `at` names where townAfterPreposition reads a town (townSlot: "founded in Naracoorte", "through Adre"), or
 * undefined: a word no list or dictionary knows, as a word or a name ("in English"), not in capitals, that no larger town bears.
 * A word the gazetteer lacks too is a place of its own where unlistedPlaceAt reads one ("buried in Nkawkaw", "a student from Sululta").
 */
function smallTownAfterPreposition(tokens: ArticleToken[], at: number, afterPlace: boolean): string | null | undefined {
  const t = tokens[at];
  const slot = townSlot(tokens, at, afterPlace);
  if (!isUnknownNameWord(t) || isDictionaryWord(t.key) || isDictionaryName(t.key) || cityNamed(t.text) || !slot) return undefined;
  const country = smallTownCountry(t.text);
  return country === undefined && slot !== 'beside' && unlistedPlaceAt(tokens, at) ? null : country;
}

/**
 * True when the word at token `at`, after a place preposition or one of direction (townSlot, not beside a place), reads as a place's
 * name although no list knows it: no word, people or plural of one the lists know ("toward Muslims", "in Ants"), no hyphenated name
 * with such a word in it ("in Counter-Strike", "Markets in Crypto-Assets"), no brand's inner capital ("in LaLiga"), no name that goes on
 * ("in Serie A", "from Wikimedia Armenia", "from Ateneo de Davao"), not after "at", "through" or "via", which take an organization
 * or a channel as often as a place ("sales at Quorvle", "spoke at Quorvle", "organised through Quorvix"), and not a word joined by
 * "and" / "or" after a place that a verb follows, the subject of a clause of its own ("won in Piraeus and Quorvle beat Tellan").
 */
function unlistedPlaceAt(tokens: ArticleToken[], at: number): boolean {
  const t = tokens[at];
  const [before, next] = [tokens[at - 1], tokens[at + 1]];
  const known = (key: string): boolean => orItsSingular(key, isKnownWord);
  if (known(t.key) || (t.key.includes('-') && t.key.split('-').some(known)) || /\p{Ll}\p{Lu}/u.test(t.text)) return false;
  const sameSegment = !!next && t.joinsNext && next.segment === t.segment;
  if (capitalFollows(tokens, at) || (sameSegment && !next.cap && NAME_PARTICLES.has(next.key) && capitalFollows(tokens, at + 1))) return false;
  if (before.key === 'at' || before.key === 'through' || before.key === 'via') return false;
  const joined = before.key === 'and' || before.key === 'or';
  return !(joined && sameSegment && !next.cap && (isVerbForm(next.key) || !isClosedClassWord(next.key)));
}

/** True when `known` holds for the folded word `key` or, where it ends in "s", for the word without it (a plural's singular: "ants"). */
function orItsSingular(key: string, known: (key: string) => boolean): boolean {
  return known(key) || (key.endsWith('s') && known(key.slice(0, -1)));
}

/** True for a folded word the lists know: an ordinary word, a name the dictionary or the name lists hold, a demonym ("muslim", "bangladeshi"). */
function isKnownWord(key: string): boolean {
  return isCommonWord(key) || isVocabularyWord(key) || isDictionaryWord(key) || isDictionaryName(key) || isGivenName(key) || isSurname(key) || !!countryOfDemonym(key);
}

/** True when token `at` follows "of" after a person's age set off by commas after a name (ageSetOffAfter): "Ann Quorvle, 45, of Leeds", "Quorvle, aged 45, of Leeds". */
function hometownAfterAge(doc: TokenizedArticle, at: number): boolean {
  const { tokens, body } = doc;
  const [of, age] = [tokens[at - 1], tokens[at - 2]];
  if (!age || of.key !== 'of' || of.cap || !of.joinsNext || of.segment !== tokens[at].segment || !/^\s*,\s*$/.test(body.slice(age.end, of.start))) return false;
  const name = tokens[at - 3]?.key === 'aged' ? at - 4 : at - 3;
  return !!tokens[name]?.cap && ageSetOffAfter(doc, name);
}

/** True when the article writes the word `key` (a town's name) right after a place preposition somewhere. */
function usedAsPlace(doc: TokenizedArticle, key: string): boolean {
  const { tokens } = doc;
  return tokens.some((t, i) => t.key === key && t.cap && !t.possessive && afterPlacePreposition(tokens, i));
}

/**
 * True when the lower-case word after token `at` is a noun of people or a plural noun that the capitalised word
 * modifies ("Muslim cleric", "Christian groups"; not a verb, "Wenatchee cut", "Quorvle says").
 */
function modifiesNounAfter(tokens: ArticleToken[], at: number): boolean {
  const next = tokens[at + 1];
  if (!next || next.cap || !tokens[at].joinsNext || next.segment !== tokens[at].segment || isClosedClassWord(next.key) || isVerbForm(next.key)) return false;
  const plural = /[^s]s$/.test(next.key) && isVocabularyWord(next.key.slice(0, -1)) && !hasLexiconTag(next.key, 'PresentTense');
  return plural || hasLexiconTag(next.key, 'Actor');
}

/**
 * True when the demonym at token `at` stands as a noun phrase alone, as a company's short name does ("Ethiopian has expanded",
 * "Ethiopian's fleet", "with Ethiopian and Kenya Airways"): no determiner or "in" before it (not "the Ethiopian said", "in
 * Norwegian"), no noun it modifies after it, alone or with another adjective ("Ethiopian officials", "Swedish and Finnish
 * waters"), no capitalised word joined to it ("African American"). In a Title Case headline, whose capitals hide the noun a
 * demonym modifies ("Fifth Straight Lithuanian Title", "Australian Singer"), only where the body too writes it so alone.
 */
function demonymAsNoun(doc: TokenizedArticle, at: number): boolean {
  const { tokens, segments } = doc;
  const [before, t, next] = [tokens[at - 1], tokens[at], tokens[at + 1]];
  if (segments[t.segment].titleCase) return tokens.some((b, k) => b.key === t.key && !segments[b.segment].titleCase && demonymAsNoun(doc, k));
  if (before && before.segment === t.segment && before.joinsNext && (DEMONYM_NOUN_OPENERS.has(before.key) || (before.cap && !before.sentenceStart))) return false;
  if (next && next.segment === t.segment && t.joinsNext && next.cap) return false;
  // "Swedish and Finnish waters": adjectives joined before their noun.
  const joined = !!next && (next.key === 'and' || next.key === 'or') && !next.cap && !!tokens[at + 2]?.cap && modifiesNoun(tokens, at + 2);
  return t.possessive || (!modifiesNoun(tokens, at) && !joined);
}

/** Words before a demonym that make it a person or a language ("the Ethiopian", "an Ethiopian", "in Norwegian"). */
const DEMONYM_NOUN_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'one', 'each', 'every', 'another', 'fellow', 'this', 'that', 'in', 'speaks', 'speak', 'spoke', 'spoken', 'speaking']);

/**
 * The organization whose name the word at token `at` opens (organizationsByFirstWord), unless it opens the place of a
 * legislator's party tag ("D-Merced"), or follows a place preposition other than "at", a preposition of direction or a locative expression ("the town of", "north of") with no company's
 * noun after it ("in Wenatchee", "from Wenatchee": the town; "in Quorvex shares": the company), the article also writes the word as a plural, a
 * class of people or things ("Muslim" beside "Muslims"), or the word is one English writes capitalised that
 * modifies the noun after it ("Muslim cleric" after "Muslim Brotherhood").
 */
function firstWordOrganization(doc: TokenizedArticle, at: number, byFirstWord: OrganizationByFirstWord): string | undefined {
  const t = doc.tokens[at];
  const organization = byFirstWord(t.key, false, t.sentenceStart || modifiesNoun(doc.tokens, at));
  // "at" names an organization as often as a place ("a debate at Hofstra"), and a noun only a company has shows one after any
  // preposition ("paid in Quorvex shares").
  if (organization === undefined) return undefined;
  // "Sen. Ann Quorvle, D-Merced, said": a legislator's party tag names the place the member stands for ("Merced College" aside).
  if (opensPartyTagPlace(doc.body, t.start)) return undefined;
  if (afterPlacePreposition(doc.tokens, at) && doc.tokens[at - 1].key !== 'at' && evidenceAfter(doc, at) !== 'organization') return undefined;
  // "the southern town of Jinka", "north of Sedona", "a teacher from Rangiora": a locative expression, or a preposition of direction
  // before a town the gazetteer holds, makes it the town ("Jinka General Hospital", "Rangiora Borough School" are its own bodies;
  // "an order from Quorvex" is the company's).
  const fromTown = afterDirectionPreposition(doc.tokens, at) && (!!cityNamed(t.text) || smallTownCountry(t.text) !== undefined);
  if ((fromTown || locativeContext(doc, at)) && evidenceAfter(doc, at) !== 'organization') return undefined;
  if (isDictionaryName(t.key) && modifiesNounAfter(doc.tokens, at)) return undefined;
  const plural = `${t.key}s`;
  return doc.tokens.some((w) => w.key === plural) ? undefined : organization;
}

/**
 * A partial name: a person it ends (or starts) the name of, an acronym defined earlier, a place in
 * a locative phrase, an unknown upper-case acronym, an image credit or a brand-shaped word (an
 * organization), or, beside a speech cue, as the owner of a party ("Le Pen's party") or as a known given
 * name or surname alone inside a sentence, a person of its own. Null when none fits.
 */
function resolvePartial(
  doc: TokenizedArticle,
  reg: EntityRegistry,
  f: Extract<EntityFinding, { kind: 'partial' }>,
  clusters: PersonCluster[],
  acronyms: Map<string, string>,
  organizations: {
    bySurface: Map<string, string>;
    byHead: Map<string, string>;
    byFirstWord: OrganizationByFirstWord;
    termAcronyms: Set<string>;
    products: Set<string>;
    organizationWords: Set<string>;
    openedBefore: OrganizationOpenedBefore;
  },
): string | null {
  const { tokens } = doc;
  const ws = tokens.slice(f.first, f.last + 1);
  const at = ws[0].start;
  // "Google Chrome", then "Chrome continues to surge": a product (product-name.rules.ts) is no entity of these types.
  if (ws.length === 1 && organizations.products.has(ws[0].key)) return null;
  // "the King said" beside "Martin Luther King Jr.": an office's head right after "the" is the office, no surname; not before a noun
  // it modifies ("the Justice properties" are the Justice family's).
  const office = ws.length === 1 && tokens[f.first - 1]?.key === 'the' && tokens[f.first - 1].joinsNext && isTitleHead(ws[0].key) && !modifiesNoun(tokens, f.first);
  // "bin Laden" of "Osama bin Laden": a patronymic particle right before the word is looked up with it (no father's name alone).
  const particle = tokens[f.first - 1];
  const looked = particle && !particle.cap && particle.joinsNext && PATRONYMIC_PARTICLES.has(particle.key) ? [particle, ...ws] : ws;
  // "a grain elevator in Quorton" beside "Tyler Quorton", "QUORTON, S.D. --": a name a person may bear, no word, that a town the
  // gazetteer holds bears too, where only a place stands; any such name closing a list of places after "in" ("plants in Thorp and
  // Quorton": listedTown).
  const person = office ? null : resolvePartialName(packedMap(looked, (t) => t.text), at, clusters, segmentStart(doc, f.first));
  // "the neighbouring town of Quorton" beside Conor Quorton: a locative phrase before the word ("the town of", "the Welsh village
  // of"; not a direction's "north of", which a person's name outweighs) names a place, whatever person of the article bears the word.
  const phrase = person ? locativeContext(doc, f.first) : null;
  if (phrase && !phrase.byDirection) {
    const key = reg.place(surfaceOf(doc, f.first, f.last), phrase.kind, phrase.countryCode);
    reg.mention(key, f.first, f.last);
    return key;
  }
  const personal = !!person || isGivenName(ws[0].key) || isSurname(ws[0].key);
  const word = ws.length > 1 || isCommonWord(ws[0].key) || isDictionaryWord(ws[0].key);
  const placed = word ? undefined : ((personal ? townWhereWritten(doc, f) : undefined) ?? listedTown(doc, reg, f.first));
  if (placed !== undefined) {
    const key = placed && typeof placed === 'object' ? reg.entityFor({ type: 'CITY', city: placed }) : reg.place(ws[0].text, 'city', placed, true);
    reg.mention(key, f.first, f.last);
    return key;
  }
  // "Quorvex, founded by engineer Ann Quorvex": one word whose person the article names in full only after it, where an organization
  // whose name the word opens was named before it, is that organization: news names a person in full before it writes the surname alone.
  // So is a surname two people of the article share ("Sakthivel has the dealer network" beside K. Sakthivel, his daughter Priya
  // Sakthivel and Sakthivel Hydraulics): the family's company, which no surname alone could tell from them.
  const company = person && ws.length === 1 && (person.starts[0] > at || surnameShared(clusters, ws[0].key)) ? organizations.openedBefore(ws[0].key, at) : undefined;
  if (company) {
    const key = reg.organization(company);
    reg.mention(key, f.first, f.last);
    return key;
  }
  // "In Austin, the Texas Senate voted" beside "Rep. Austin Delacroix": a town after a place preposition, not the person by a given name alone.
  const townFirst = !!person && ws.length === 1 && byGivenNameOnly(person, ws[0]) ? townAfterPreposition(tokens, f.first, false) : null;
  if (townFirst) {
    const key = reg.entityFor({ type: 'CITY', city: townFirst });
    reg.mention(key, f.first, f.last);
    return key;
  }
  if (person) return mentionPerson(reg, person, f);
  const surface = surfaceOf(doc, f.first, f.last);
  const defined = acronyms.get(surface);
  if (defined) {
    reg.mention(defined, f.first, f.last);
    return defined;
  }
  // The article's own organization written again ("Quantcast ranks ..."), its head word after "the"
  // ("the Church", "The Church also claims" after "Church of Scientology"), or the first word of its
  // name alone ("Hofstra" after "Hofstra University").
  const before = tokens[f.first - 1];
  const afterThe = ws.length === 1 && !ws[0].sentenceStart && !!before && before.key === 'the' && (!before.cap || before.sentenceStart) && before.joinsNext;
  const organization =
    (ws.length === 1 ? firstWordOrganization(doc, f.first, organizations.byFirstWord) : undefined) ??
    organizations.bySurface.get(foldName(surface)) ??
    (afterThe ? organizations.byHead.get(ws[0].key) : undefined);
  if (organization) {
    const key = reg.organization(organization);
    reg.mention(key, f.first, f.last);
    return key;
  }
  // "Charlotte, N.C.", "Fresno, Calif.": a US state's dotted initials or AP abbreviation after a town and a comma are the state.
  const dotted = ws.length === 1 && before?.cap && /^\s*,\s*$/.test(doc.body.slice(before.end, ws[0].start)) ? usStateAbbreviated(ws[0].text, doc.body[ws[0].end] === '.') : null;
  if (dotted) {
    const key = reg.entityFor({ type: 'REGION', name: dotted.name, kind: 'region', countryCode: dotted.countryCode });
    reg.mention(key, f.first, f.last);
    return key;
  }
  const nounKind = placeNounAfter(doc, f.last) ?? siteNounAfter(doc, f.first, f.last);
  const locative = locativeContext(doc, f.first) ?? (nounKind ? { countryCode: null, kind: nounKind } : null);
  // "Eureka Springs, Arkansas": a name no list knows before its state or country is a town there; a given
  // name only when it is a town's name alone ("Charlotte, N.C.").
  const state = locative || ws.length > 3 || (isGivenName(ws[0].key) && !(ws.length === 1 && cityNamed(ws[0].text))) ? null : stateAfter(doc, f.last);
  if (locative || state) {
    const key = reg.place(surface, locative?.kind ?? 'city', locative?.countryCode ?? state);
    reg.mention(key, f.first, f.last);
    return key;
  }
  const segment = doc.segments[ws[0].segment];
  // An ordinary word in capitals ("DAB", "FIRST"; not the emphasis of "an immature WHITE boy", "waken ALL of")
  // is an acronym where a name would stand: possessive, after a preposition or "and", or before a capitalised word;
  // and not one the article uses as a term only (acronym-organization.rules.ts).
  const after = tokens[f.first + 1];
  const sameSegment = (t: ArticleToken | undefined): t is ArticleToken => !!t && t.segment === ws[0].segment;
  // A capital "The" opening the sentence opens a name as "the" does ("The SEC charged ..."); not a "THE" in capitals,
  // nor before an adjective written in capitals for emphasis ("The BEST plan").
  const emphasis = ['Adjective', 'Comparative', 'Superlative'].some((tag) => hasLexiconTag(ws[0].key, tag));
  const opener = sameSegment(before) && (!before.cap || (before.sentenceStart && !before.upper && !emphasis)) && ACRONYM_OPENERS.has(before.key);
  const nameSlot = ws[0].possessive || opener || (sameSegment(after) && after.cap && !after.upper);
  const acronymShaped = !isCommonWord(ws[0].key) || (!isFunctionWord(ws[0].key) && nameSlot);
  // "the S.E.C.", "the I.R.S.", "Clinton's N.Y.U.": a dotted acronym after "the" or a possessive reads as its
  // letters; without one it may be a person's initials ("the way J.F.K. would have done it").
  const dottedSlot = !!before && (before.key === 'the' || before.possessive);
  const letters = ws.length === 1 && dottedSlot && /^(\p{Lu}\.){3,6}$/u.test(ws[0].text) ? ws[0].text.replace(/\./g, '') : ws[0].text;
  // Seven or eight capitals ("MONUSCO", "MINUSTAH") only as a word no list knows, not a name or word (or its plural) in capitals.
  const known = (w: string): boolean => isCommonWord(w) || isDictionaryWord(w) || isDictionaryName(w) || isGivenName(w) || isSurname(w);
  // Asked only of a word in capitals (below): the lists are asked of no other.
  const longWord = (): boolean => letters.length > 6 && orItsSingular(ws[0].key, known);
  // An event's word in capitals ("BELGIAN GRAND PRIX", "THE OPEN") is no acronym.
  if (ws.length === 1 && ACRONYM_LETTERS.test(letters) && hyphenatedAcronym(letters) && !longWord() && !EVENT_WORDS.has(ws[0].key) && !/^[IVXLC]+$/.test(letters) && !NOT_ORGANIZATIONS.has(letters) && !isCurrencyCode(letters) && acronymShaped && !organizations.termAcronyms.has(letters) && !amountsMoney(tokens, f.first)) {
    const key = reg.organization(surface);
    reg.mention(key, f.first, f.last);
    return key;
  }
  if (segment.kind === 'credit' && ws.length <= 4) {
    const key = reg.organization(surface);
    reg.mention(key, f.first, f.last);
    return key;
  }
  // "Quorvle told Wikinews", "the mayor told Axios on Monday", "she spoke to Wikinews by telephone": one word no name list knows, right after "told", that no person of the
  // article bears (resolvePartialName found none above) is the outlet or body told, not a person named by a surname never given in full;
  // nor a plural for a people or group ("told African-Americans", "told Texans").
  // So is the medium a source said or wrote something on, one word no list knows or a lone capital letter ("wrote on Quorvix",
  // "said on X that"): a platform or a broadcaster.
  const medium = mediumAt(tokens, f.first) && (isUnknownNameWord(ws[0]) || (ws[0].text.length === 1 && !ws[0].initial));
  if (ws.length === 1 && (medium || (toldAt(tokens, f.first) && isUnknownNameWord(ws[0]))) && outletWordAt(doc, f.first)) {
    const key = reg.organization(surface);
    reg.mention(key, f.first, f.last);
    return key;
  }
  // A word with a capital inside it after a small letter is a brand: the organization behind it ("LibriVox");
  // not a handle or hashtag ("@HillaryClinton").
  const handle = /[@#]/.test(doc.body[ws[0].start - 1] ?? '') || /\d/.test(ws[0].text);
  if (ws.length === 1 && isBrandShaped(ws[0].text) && !segment.titleCase && !ws[0].upper && !handle && !organizations.termAcronyms.has(ws[0].text)) {
    const key = reg.organization(surface);
    reg.mention(key, f.first, f.last);
    return key;
  }
  // The speech verb right after the name: its subject ("the Orlikko administration announced" is the administration's).
  const speaks = ws[0].joinsNext && !!tokens[f.last + 1] && isPersonalCueForm(tokens[f.last + 1].key);
  // A word no name list knows, or an ordinary word ("Target"), that the article shows as an organization's ("Quorvle said it would", "Quorvle
  // shares"), or an unknown one that speaks after "the" ("the Quorvani claimed"; not a family's plural, "the Orricks said"): news writes no person's name after "the".
  const shown = organizations.organizationWords.has(ws[0].key) && (isUnknownNameWord(ws[0]) || (!afterThe && isOrdinaryCompanyWord(ws[0])));
  if (ws.length === 1 && (shown || (afterThe && speaks && !ws[0].key.endsWith('s') && isUnknownNameWord(ws[0])))) {
    const key = reg.organization(surface);
    reg.mention(key, f.first, f.last);
    return key;
  }
  // "the fire near Lindos": a name of one or two words that no list knows, right after "near", is a place.
  if (ws.length <= 2 && before?.key === 'near' && !before.cap && before.joinsNext && !ws[ws.length - 1].possessive && ws.every(isUnknownNameWord)) {
    const key = reg.place(surface, 'city', null);
    reg.mention(key, f.first, f.last);
    return key;
  }
  // "Ann Quorvle, 45, of Bradford, was charged": a name of one or two words after a person's age set off by commas and "of" is
  // the person's home town, the gazetteer's of that name or one it lacks.
  if (ws.length <= 2 && !ws[ws.length - 1].possessive && hometownAfterAge(doc, f.first)) {
    const home = cityNamed(surface);
    const key = home ? reg.entityFor({ type: 'CITY', city: home }) : reg.place(surface, 'city', null);
    reg.mention(key, f.first, f.last);
    return key;
  }
  const beside = ws.length === 1 && besidePlace(doc, reg, f.first);
  const town = ws.length === 1 ? townAfterPreposition(tokens, f.first, beside) : null;
  if (town) {
    const key = reg.entityFor({ type: 'CITY', city: town });
    reg.mention(key, f.first, f.last);
    return key;
  }
  // "the storm hit Charlottetown": one word no list knows as a word or a person's name, left unread so far, that names the seat of
  // a state or province (isSeatOnly) is that town wherever it stands.
  const seat = ws.length === 1 && !ws[0].upper && isUnknownNameWord(ws[0]) ? cityNamed(ws[0].text) : null;
  if (seat?.primaryName && isSeatOnly(seat)) {
    const key = reg.entityFor({ type: 'CITY', city: seat });
    reg.mention(key, f.first, f.last);
    return key;
  }
  const smallTown = ws.length === 1 ? smallTownAfterPreposition(tokens, f.first, beside) : smallTownNamed(doc, f.first, f.last);
  if (smallTown !== undefined) {
    const key = reg.place(surface, 'city', smallTown, true);
    reg.mention(key, f.first, f.last);
    return key;
  }
  // "depots in Broadstone, Ringsend, Phibsborough and Harristown": a word no list knows, listed after a town, is a town too.
  if (ws.length === 1 && beside && listedAfterTown(doc, reg, f.first)) {
    const key = reg.place(surface, 'city', null);
    reg.mention(key, f.first, f.last);
    return key;
  }
  // "Brittany and Normandy": a given name alone beside a region, state or country is a region too.
  if (ws.length === 1 && isGivenName(ws[0].key) && !ws[0].possessive && besideRegion(doc, reg, f.first)) {
    const key = reg.place(surface, 'region', null);
    reg.mention(key, f.first, f.last);
    return key;
  }
  // "Le Pen's party", "Quorvani's party": a name whose possessive owns a party is its leader, a person.
  const party = tokens[f.last + 1];
  const leadsParty = ws.length <= 3 && ws[ws.length - 1].possessive && !!party && party.key === 'party' && !party.cap && party.segment === ws[0].segment && !segment.titleCase && ws.every((t) => t.cap && !t.upper);
  if (leadsParty) return newPerson(reg, clusters, ws, f);
  // A word ending in "s" is no plural when it won what only a person wins ("Seles won the U.S. Open": winsIndividualEvent) or
  // the name is a side of a tennis result ("Ons Quorvle beat Ann Tellan 6-2 6-3": setScoresAfter).
  const contest = (ws.length === 1 && ws[0].joinsNext && winsIndividualEvent(tokens, f.last + 1)) || setScoresAfter(doc, f.last);
  // A word ending in "s" after a listed first name is a surname too ("said Austin Rivers, who").
  const afterFirstName = ws.length > 1 && isListedFirstName(ws[0].key);
  const nameLike = (t: ArticleToken): boolean => !t.upper && !isCommonWord(t.key) && (!/s$/.test(t.key) || isSurname(t.key) || contest || (afterFirstName && t !== ws[0]));
  // A known given name or surname alone inside a sentence, or opening one in a possessive, no ordinary word and no town the article
  // writes as a place: a person named so ("Gorbachev agreed", "the child, Gloria", "Obama's White House"; not "in Ferguson").
  // Opening a sentence, only before the noun it owns ("Obama's White House", "Putin's spokesman"; not "Bailey's, orange vodka").
  const owns = ws[0].possessive && /^['’]s? \p{L}/u.test(doc.body.slice(ws[0].end, ws[0].end + 4));
  const knownName = ws.length === 1 && (!ws[0].sentenceStart || owns) && (isSurname(ws[0].key) || isGivenName(ws[0].key)) && lonelyNameWord(ws[0]) && !(cityNamed(ws[0].text) && usedAsPlace(doc, ws[0].key));
  // "Quorvle, who ...", "Quorvle won the Berlin Marathon": the words after the name show a person (evidenceAfter), or a country in
  // brackets after a name of two words or more, a competitor in a results line ("Ann Quorvle (France) 65": countryTagAfter), which
  // may be all capitalised words, as a headline is.
  const competitor = !f.cue && !knownName && countryTagAfter(doc, f.last);
  const shownPerson = competitor || (!f.cue && !knownName && evidenceAfter(doc, f.last) === 'person');
  // "The minister, von der Quintell, said": a word after a surname's particles is a surname by its shape.
  const particled = ws.length === 1 && surnameParticlesStart(tokens, f.first) < f.first;
  if ((f.cue || knownName || shownPerson || particled) && (!segment.titleCase || competitor) && ws.length <= 3 && ws.every(nameLike) && (ws.length > 1 || lonelyNameWord(ws[0]))) {
    return newPerson(reg, clusters, ws, f);
  }
  return null;
}
