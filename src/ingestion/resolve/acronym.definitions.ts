import { acronymNamedAfter, bracketedAcronymAfter, bracketedShortFormAfter, initialsStart } from '../extract/acronym-spelling.rules';
import { surfaceOf, type ArticleToken, type TokenizedArticle } from '../extract/article.tokenizer';
import type { EntityFinding } from '../extract/entity.classifier';
import { isOrganizationFinding, organizationNameOpening } from '../extract/organization-context.rules';
import { isBroadcasterWord } from '../extract/organization.frame';
import { BoundedMemo, MEMO_LIMIT } from '../lexicon/bounded.memo';
import { isCurrencyCode } from '../lexicon/currency.lexicon';
import { isDictionaryName, isDictionaryWord } from '../lexicon/dictionary-words.lexicon';
import { lookupName } from '../lexicon/entity.dictionary';
import { hasLexiconTag, isCommonWord, isCompanyLegalForm, isGivenName, isMastheadWord, isNewspaperName, isOrganizationHead, isSurname, taggerReadsAsAdjective } from '../lexicon/english.lexicon';
import { cityNamed, countryNamed, countryOfDemonym, stateNamed, usStateAbbreviated } from '../lexicon/place.gazetteer';
import { foldName } from '../lexicon/name.normalize';
import { homeCountryOf, isBankWord, isClubPrefix, isCompanyNameWord } from '../lexicon/organization.aliases';
import { packedMap } from '../extract/packed.map';
import { SoleValues } from '../extract/sole-values.map';

/** An acronym the text defines: the acronym, the first token of its long form, and the long form. */
export interface AcronymDefinition {
  acronym: string;
  first: number;
  name: string;
}

/**
 * Acronyms defined in the text, "Long Form Name (LFN)" or "Long Form Name, known as LFN": for a person's full name, the initials of
 * all its words in order, particles too ("Mohammed bin Salman (MBS)", "Andres Manuel Lopez Obrador (AMLO)"); for each other finding that ends a
 * long form, the acronym, the first token of the long form (the words whose initials spell it) and
 * its name. After an organization's name the acronym in brackets (or after "known as", "known by its acronym") is its short name
 * whatever its letters (an acronym of the name in its own language: "National Disaster Mitigation Agency (BNPB)", "..., known by its
 * French acronym ARECOMS"), unless it names a country or a US state ("(US)", "(NY)"); so is any other short form written alone in brackets
 * there (bracketedShortFormAfter: "(PDI-P)", "(AfD)", a clipped "(Udelar)", a currency's code spelling the initials: "The Opportunity
 * Party (TOP)") where it names nothing else (no currency's code, given name or place: "(NOK)" in a results table, "(Argentina)").
 */
export function acronymDefinitions(doc: TokenizedArticle, findings: EntityFinding[]): Map<EntityFinding, AcronymDefinition> {
  const definitions = new Map<EntityFinding, AcronymDefinition>();
  for (const f of findings) {
    const organization = isOrganizationFinding(f);
    const spelled = bracketedAcronymAfter(doc, f.last) ?? acronymNamedAfter(doc, f.last);
    const acronym = spelled ?? (organization ? bracketedShortFormAfter(doc, f.last) : null);
    if (!acronym) continue;
    if (f.kind === 'person') {
      if (f.last > f.first && personInitials(doc.tokens, f.first, f.last) === acronym) definitions.set(f, { acronym, first: f.first, name: surfaceOf(doc, f.first, f.last) });
      continue;
    }
    const own = spelled !== null || namesNothingElse(acronym);
    const from = initialsStart(doc.tokens, f.first, f.last, acronym) ?? (organization && own && !countryNamed(acronym) && !usStateAbbreviated(acronym, false) ? f.first : null);
    if (from === null) continue;
    definitions.set(f, { acronym, first: from, name: surfaceOf(doc, from, f.last) });
  }
  return definitions;
}

/**
 * True when a short form in brackets is no currency's code ("(NOK)" in a results table), no given name, nothing the lists know but
 * an organization (a place: "(Quorvia)") and, written as one capitalised word, no word or name the dictionary holds (a party's wing:
 * "Communist Party of Quorvia (Marxist)").
 */
function namesNothingElse(form: string): boolean {
  const key = form.toLowerCase();
  const hit = lookupName(form, 1);
  const word = /^\p{Lu}\p{Ll}+$/u.test(form) && (isDictionaryWord(key) || isDictionaryName(key) || isCommonWord(key));
  return !word && !isCurrencyCode(form) && !isGivenName(key) && (hit === null || hit.type === 'ORGANIZATION');
}

/** The first letters of tokens `first`..`last` and of the capitalised parts after their hyphens, in capitals ("MBS" of "Mohammed bin Salman", "AOC" of "Alexandria Ocasio-Cortez"). */
function personInitials(tokens: ArticleToken[], first: number, last: number): string {
  let initials = '';
  for (let i = first; i <= last; i++) initials += tokens[i].text[0].toUpperCase() + (tokens[i].text.match(/(?<=-)\p{Lu}/gu) ?? []).join('');
  return initials;
}

/**
 * The organizations of `findings` by their initials ("University of Southern Indiana" -> USI,
 * "Massachusetts Institute of Technology" -> MIT: capitalised words only, "The" left out; and with the "of" counted too: "Bank
 * of Japan" -> BOJ), each with
 * its canonical name as `nameOf` gives it; an acronym the article writes alone names that organization.
 * Initials two organizations share are left out.
 */
export function organizationsByInitials(doc: TokenizedArticle, findings: EntityFinding[], nameOf: (f: EntityFinding) => string | null): Map<string, string> {
  const byInitials = new SoleValues<string>();
  for (const f of findings) {
    const name = nameOf(f);
    if (name === null || f.last === f.first) continue;
    for (const spelled of initialsOf(doc.tokens, f)) byInitials.add(spelled, name);
  }
  return byInitials.sole();
}

/** "of" and the Romance particles that mean it, which an acronym may spell ("BOJ" of "Bank of Japan", "EDF" of "Électricité de France"). */
const OF_PARTICLES: ReadonlySet<string> = new Set(['of', 'de', 'du', 'des', 'di', 'da', 'do', 'del', 'della']);

/**
 * The initials of the finding `f`'s capitalised words ("The" and words in capitals left out), accents folded, and, when they differ:
 * with those of "of" and of the Romance particles for it counted too ("BOJ" of "Bank of Japan", "EDL" of "Électricité du Laos"), with
 * the capitals inside a word counted ("TKMS" of "ThyssenKrupp Marine Systems"), and with an exchange's "X" for its last word ("AIX" of
 * "Astana International Exchange", as "SGX", "ASX"); none under two letters.
 */
function initialsOf(tokens: ArticleToken[], f: EntityFinding): string[] {
  let [initials, withOf, inner] = ['', '', ''];
  for (let i = f.first; i <= f.last; i++) {
    const t = tokens[i];
    const counted = t.cap && t.key !== 'the' && !t.upper;
    const initial = counted || OF_PARTICLES.has(t.key) ? foldName(t.text[0]).toUpperCase() : '';
    if (counted) initials += initial;
    withOf += initial;
    if (counted) inner += initial + (t.text.slice(1).match(/\p{Lu}/gu) ?? []).join('');
  }
  if (initials.length < 2) return [];
  const spelled = new Set([initials, withOf, inner]);
  if (tokens[f.last].key === 'exchange' && tokens[f.last].cap) spelled.add(`${initials.slice(0, -1)}X`);
  return [...spelled];
}

/**
 * The venues and sites of `findings` (places of kind facility, two words or more) by their initials, where the article writes those
 * initials alone and no other venue has them: "MCG" after "Melbourne Cricket Ground", "SCG" after "Sydney Cricket Ground".
 */
export function facilitiesByInitials(doc: TokenizedArticle, findings: EntityFinding[]): Map<string, Extract<EntityFinding, { kind: 'place' }>> {
  const written = new Set<string>();
  for (const f of findings) if (f.first === f.last && doc.tokens[f.first].upper) written.add(doc.tokens[f.first].text);
  const byInitials = new SoleValues<Extract<EntityFinding, { kind: 'place' }>>((a, b) => a.name === b.name);
  if (!written.size) return new Map();
  for (const f of findings) {
    if (f.kind !== 'place' || f.placeKind !== 'facility' || f.last === f.first) continue;
    for (const spelled of initialsOf(doc.tokens, f)) {
      if (written.has(spelled)) byInitials.add(spelled, f);
    }
  }
  return byInitials.sole();
}

/**
 * Companies whose name an acronym opens before the words of a registered name, a line of business or a legal form only
 * ("HSBC Holdings Plc", "BHP Group"; not "NBC News"), and clubs whose name an acronym opens before their town ("CSKA Moscow"), by that acronym (two to six capitals, an ampersand between two: "H&M Group"): the acronym written alone
 * names that company. Not an acronym that names a country or a US
 * state ("US Steel Corp": "US" alone is the country), nor one the lists read as anything but itself (a place, or an
 * organization of another name: "AP" is the Associated Press); acronyms two organizations open are left out.
 */
export function organizationsByLeadingAcronym(doc: TokenizedArticle, findings: EntityFinding[], nameOf: (f: EntityFinding) => string | null): Map<string, string> {
  const { tokens } = doc;
  const byAcronym = new SoleValues<string>();
  const listed = new Set<string>();
  for (const f of findings) {
    const t = tokens[f.first];
    if (f.first === f.last && f.kind === 'dict' && (f.hit.type !== 'ORGANIZATION' || f.hit.name !== t.text)) listed.add(t.text);
    if (f.last === f.first || !t.upper || !/^\p{Lu}(?:&?\p{Lu}){1,5}$/u.test(t.text) || countryNamed(t.text) || usStateAbbreviated(t.text, false)) continue;
    // Its company's own words only: "HSBC Holdings Plc", "BHP Group"; not a part of it ("NBC News", "NBC Nightly News"); or a club's town ("CSKA Moscow").
    const rest = tokens.slice(f.first + 1, f.last + 1);
    const town = rest.length === 1 && !rest[0].upper && !!cityNamed(rest[0].text);
    if (!town && !rest.every((w) => w.cap && (isCompanyNameWord(w.key) || isCompanyLegalForm(w.key)))) continue;
    const name = nameOf(f);
    if (name === null) continue;
    byAcronym.add(t.text, name);
  }
  const sole = byAcronym.sole();
  for (const acronym of listed) sole.delete(acronym);
  return sole;
}

/**
 * Organizations named "Head of X" ("Church of Scientology"), by X when X is one capitalised word:
 * the lists may know X alone as an organization, and the article means the one it named in full.
 */
export function organizationsByTail(doc: TokenizedArticle, findings: EntityFinding[], nameOf: (f: EntityFinding) => string | null): Map<string, string> {
  const byTail = new Map<string, string>();
  for (const f of findings) {
    const name = nameOf(f);
    const of = f.last - 1;
    if (name === null || of <= f.first || doc.tokens[of].key !== 'of' || doc.tokens[of].cap) continue;
    byTail.set(doc.tokens[f.last].text, name);
  }
  return byTail;
}

/** Lower-case particles between a bank's word and its town: "Banca di Treviso", "Banco de Sabadell". */
const TOWN_PARTICLES: ReadonlySet<string> = new Set(['di', 'de', 'del', 'della', 'do', 'da', 'du']);

/** True when `f` is a club's word and its town ("Borussia Dortmund": isClubPrefix) or a bank's word, maybe a particle, and its town ("Banca di Treviso"). */
function namedByTown(tokens: ArticleToken[], f: EntityFinding): boolean {
  const opener = tokens[f.first].key;
  if (f.last === f.first + 1) return isClubPrefix(opener) || isBankWord(opener);
  return f.last === f.first + 2 && isBankWord(opener) && !tokens[f.first + 1].cap && TOWN_PARTICLES.has(tokens[f.first + 1].key);
}

/** The organizations a town's word alone may stand for (organizationsByTown): by a club's or a bank's town, and by any name's. */
export interface OrganizationsByTown {
  /** Clubs and banks named by a club's or a bank's word and their town ("Borussia Dortmund", "Banca di Treviso"), by the town. */
  byClubOrBank: Map<string, string>;
  /** Organizations whose name of two or three words opens or closes with a town's word ("Edmonton Oilers", "Bayer Leverkusen"). */
  byAnyName: Map<string, string>;
}

/**
 * Football clubs and banks the article names by a club's or a bank's word and their town (namedByTown: "Borussia Dortmund", "Banca
 * di Treviso"), by the town's word: news then writes the club or the bank by its town alone ("Dortmund twice came from behind", "the
 * offer values Treviso at"). `byAnyName`: any organization whose name of two or three words opens or closes with a town's word
 * ("Edmonton Oilers", "Bayer Leverkusen") or of three or four words with a town of two ("Oklahoma City Thunder"), for a town's word
 * something else already read as an organization ("the Edmonton captain", "sending Buffalo to its first Super Bowl"). In each, towns two
 * such names share are left out. One pass serves both.
 */
export function organizationsByTown(doc: TokenizedArticle, findings: EntityFinding[], nameOf: (f: EntityFinding) => string | null): OrganizationsByTown {
  const { tokens } = doc;
  const byClubOrBank = new SoleValues<string>();
  const byAnyName = new SoleValues<string>();
  for (const f of findings) {
    // An organization's finding is asked first: the gazetteer's lookup is the dearer question, asked only of a club's or a bank's
    // name or an organization's.
    const clubOrBank = namedByTown(tokens, f);
    const anyName = isOrganizationFinding(f);
    // The towns' tokens, first and last: a one-word town that opens or closes a name of two or three words, a two-word town one of
    // three or four ("Oklahoma City Thunder").
    const size = f.last - f.first + 1;
    const oneWord = anyName && (size === 2 || size === 3);
    const twoWords = anyName && (size === 3 || size === 4);
    const towns = clubOrBank ? [[f.last, f.last]] : [...(oneWord ? [[f.first, f.first], [f.last, f.last]] : []), ...(twoWords ? [[f.first, f.first + 1], [f.last - 1, f.last]] : [])];
    for (const [from, to] of towns) {
      if (!tokens[from].cap || tokens[from].upper || !tokens[to].cap || tokens[to].upper) continue;
      const town = surfaceOf(doc, from, to);
      if (!cityNamed(town)) continue;
      const name = nameOf(f);
      if (name === null) continue;
      if (clubOrBank) byClubOrBank.add(town, name);
      if (anyName) byAnyName.add(town, name);
    }
  }
  return { byClubOrBank: byClubOrBank.sole(), byAnyName: byAnyName.sole() };
}

/**
 * The organizations of `findings` by the folded text of each mention ("Quantcast" typed by its
 * apposition once): a partial name the article writes the same way elsewhere names that
 * organization too. Texts two organizations share are left out.
 */
export function organizationsBySurface(doc: TokenizedArticle, findings: EntityFinding[], nameOf: (f: EntityFinding) => string | null): Map<string, string> {
  const bySurface = new SoleValues<string>();
  for (const f of findings) {
    const name = nameOf(f);
    // A capital "The" before a name no list knows is weak evidence ("The Poet"): it types no other mention.
    if (name === null || (f.kind === 'org' && doc.tokens[f.first].key === 'the')) continue;
    bySurface.add(foldName(surfaceOf(doc, f.first, f.last)), name);
  }
  return bySurface.sole();
}

/**
 * The organizations of `findings` by the capitalised organization heads their names hold ("Church"
 * of "Church of Scientology", "Court" of "Supreme Court of Cassation"): "the Church" written later
 * names that organization. Heads two organizations share are left out.
 */
export function organizationsByHead(doc: TokenizedArticle, findings: EntityFinding[], nameOf: (f: EntityFinding) => string | null): Map<string, string> {
  const byHead = new SoleValues<string>();
  for (const f of findings) {
    const name = nameOf(f);
    if (name === null || f.last === f.first) continue;
    for (const t of doc.tokens.slice(f.first, f.last + 1)) {
      if (t.cap && !t.upper && isOrganizationHead(t.key)) byHead.add(t.key, name);
    }
  }
  return byHead.sole();
}

/** Capitalised words by whether they read as adjectives; the tagger runs once per word (as many words as lookupName remembers). */
const adjectiveWords = new BoundedMemo<boolean>(MEMO_LIMIT);

/**
 * True for a capitalised word that reads as an adjective or a demonym ("Islamic", "Kurdish", "Democratic",
 * "Ukrainian"): the lexicon's tags, the gazetteer's demonyms, else the tagger's reading of the word alone.
 */
function readsAsAdjective(t: ArticleToken): boolean {
  return adjectiveWords.get(t.key, () => hasLexiconTag(t.key, 'Adjective') || hasLexiconTag(t.key, 'Demonym') || !!countryOfDemonym(t.text) || taggerReadsAsAdjective(t.text));
}

/** organizationsByFirstWord's lookup: the organization a folded first word names alone, if one (see there for `asNoun` and `loose`). */
export type OrganizationByFirstWord = (key: string, asNoun?: boolean, loose?: boolean) => string | undefined;

/**
 * The organizations of `findings` by the first word of their names, when it is a word of no other kind
 * (no ordinary or dictionary word, given name, surname, organization head, adjective or demonym; not in
 * capitals), or any word followed only by a company's legal form ("Apple" after "Apple Inc") or an ordinary word followed only by a country ("Reform"
 * after "Reform UK", standing alone inside a sentence; no organization's head: "Police Scotland"), the word after a town that opens the name
 * ("Hithium" of "Xiamen Hithium Energy Storage Technology"): "Hofstra" written
 * alone after "Hofstra University", "Quantcast" after "Quantcast Corp.", "Apple" after "Apple Inc" names that organization; "Islamic" alone never names "Islamic Jihad". Words two organizations share are left out.
 * Returned as a lookup by folded word: whether a word reads as an adjective (the tagger's question, the dearest) is
 * asked only of the words looked up, which few are, and not of a word the caller found standing as a noun phrase alone
 * (`asNoun`: "Ethiopian has expanded" after "Ethiopian Airlines"); `loose` says the word looked up opens its sentence or stands before a
 * lower-case noun, where an ordinary word before a country names nothing ("Air traffic" after "Air France"). A word the article writes alone,
 * outside its first segment (the headline), before it names an organization the word opens is that word's own organization, not the longer one's
 * ("Pilots at Quorvex walked out ... Quorvex and its cargo unit Quorvex Cargo"): such names are left out for it.
 */
export function organizationsByFirstWord(doc: TokenizedArticle, findings: EntityFinding[], nameOf: (f: EntityFinding) => string | null): OrganizationByFirstWord {
  /**
   * Per first word: the token it was first read at, and its organizations' names, each with whether it counts only when the word reads
   * as no adjective and whether it is an ordinary word before a country, which counts only where the word is not `loose`.
   */
  const byFirst = new Map<string, { word: ArticleToken; names: Array<[string, boolean, boolean]> }>();
  /**
   * Per folded word: the body offset where the article first writes it alone outside the first segment, as a finding of one word an
   * organization's or untyped (not a place: "TORONTO, Jan 5" above "Toronto Maple Leafs"), no capitalised word joined after it.
   */
  const aloneAt = new Map<string, number>();
  for (const f of findings) {
    const t = doc.tokens[f.first];
    if (f.first !== f.last || t.segment === 0 || aloneAt.has(t.key) || (t.joinsNext && doc.tokens[f.first + 1]?.cap)) continue;
    if (isOrganizationFinding(f) || f.kind === 'partial') aloneAt.set(t.key, t.start);
  }
  for (const f of findings) {
    if (f.last === f.first || (f.kind !== 'org' && f.kind !== 'dict')) continue;
    const opening = organizationNameOpening(doc, f);
    // "Xiamen Hithium Energy Storage Technology": a company named after its home town also goes by the word after the town.
    const afterTown = opening + 1 < f.last && doc.tokens[opening + 1].cap && cityNamed(doc.tokens[opening].text);
    for (const at of afterTown ? [opening, opening + 1] : [opening]) {
      const t = doc.tokens[at];
      const next = doc.tokens[at + 1];
      if (at >= f.last || !t.cap || t.upper || !next.cap || t.text.length < 3) continue;
      // A word and a legal form alone ("Apple Inc", "Target Corp."): the word is the company's own name, whatever else it is.
      const company = at + 1 === f.last && isCompanyLegalForm(next.key);
      // An ordinary word and a country alone ("Reform UK", "Orange Egypt"): the word is the organization's own name there, the country
      // its branch or its reach; not an organization's head ("Police Scotland", "Bank Indonesia"), nor a word reading as an adjective.
      const unit = !company && at + 1 === f.last && !isOrganizationHead(t.key) && !isGivenName(t.key) && !!countryNamed(next.text);
      if (!company && !unit && (isCommonWord(t.key) || isDictionaryWord(t.key) || isGivenName(t.key) || isSurname(t.key) || isOrganizationHead(t.key))) continue;
      const name = nameOf(f);
      if (name === null || doc.tokens[f.first].start > (aloneAt.get(t.key) ?? Infinity)) continue;
      const held = byFirst.get(t.key);
      if (held === undefined) byFirst.set(t.key, { word: t, names: [[name, !company, unit]] });
      else held.names.push([name, !company, unit]);
    }
  }
  return (key, asNoun = false, loose = false) => {
    const held = byFirst.get(key);
    if (held === undefined) return undefined;
    const adjective = !asNoun && held.names.some(([, checked]) => checked) && readsAsAdjective(held.word);
    let found: string | undefined;
    for (const [name, checked, unit] of held.names) {
      if ((checked && adjective) || (unit && loose)) continue;
      if (found !== undefined && found !== name) return undefined;
      found = name;
    }
    return found;
  };
}

/** Lower-case words that may follow a short organization name inside its long one: "Foundation for the Visual Arts". */
const LONG_FORM_TAILS = new Set(['of', 'for', 'at', 'on']);

/**
 * Short names of the article's organizations ("Republican Party", "Home Office", "Andy Warhol
 * Foundation") by the long name written in the same article ("U.S. Republican Party", "United
 * Kingdom Home Office", "Andy Warhol Foundation for the Visual Arts"), and a paper's or a club's last
 * word alone ("the Times" after "the Quimby Times", "United" after "Brellow United"), or a national body's one generic word
 * ("the Senate", which the table homes in the US) after a place's body of that word (placesBody: "the Oregon Senate") where the article
 * writes the national body no other way (not beside "the U.S. Senate"): the short name's
 * two or more words (or that one word) stand inside the long name with only capitalised words before
 * them and nothing or an "of" / "for" phrase after them. A short name two long ones hold is left out.
 */
export function organizationsByLongerName(doc: TokenizedArticle, findings: EntityFinding[], nameOf: (f: EntityFinding) => string | null): Map<string, string> {
  // One written form per name and text: an organization named twenty times is compared once.
  const forms = new Map<string, { name: string; words: ArticleToken[] }>();
  // The national bodies the article writes by their generic word alone, and the names written in two words or more.
  const generic = new Set<string>();
  const spelled = new Set<string>();
  for (const f of findings) {
    if (f.kind !== 'org' && f.kind !== 'dict') continue;
    const name = nameOf(f);
    if (name === null) continue;
    const words = doc.tokens.slice(f.first, f.last + 1).filter((t, i) => i > 0 || t.key !== 'the');
    const text = `${name}\u0000${packedMap(words, (t) => t.key).join(' ')}`;
    const masthead = words.length === 1 && f.last > f.first && (isNewspaperName(words[0].key) || isMastheadWord(words[0].key));
    const national = words.length === 1 && !words[0].upper && homeCountryOf(name) !== null;
    if (national) generic.add(name);
    if (words.length >= 2) spelled.add(name);
    if ((words.length >= 2 || masthead || national) && !forms.has(text)) forms.set(text, { name, words });
  }
  const names = [...forms.values()].filter((form) => form.words.length > 1 || !generic.has(form.name) || !spelled.has(form.name));
  const longer = new SoleValues<string>();
  for (const short of names) {
    for (const long of names) {
      if (long.name === short.name || long.words.length <= short.words.length || stationOf(long.words, short.words) || !holds(long.words, short.words)) continue;
      if (!generic.has(short.name) || short.words.length > 1 || placesBody(long.words, short.words[0])) longer.add(short.name, long.name);
    }
  }
  return longer.sole();
}

/**
 * True when `long` is a place's body of the generic word `body`, written before it: a state, a country or a town the lists know and
 * that word ("Quorvia Senate" before "the Senate"; not "White House" beside "the House", nor a state's body first named after the
 * nation's: "the Senate ... the Oregon Senate").
 */
function placesBody(long: ArticleToken[], body: ArticleToken): boolean {
  const place = long.slice(0, -1).map((t) => t.text).join(' ');
  return long[long.length - 1].key === body.key && long[0].start < body.start && !!(stateNamed(place) ?? countryNamed(place) ?? cityNamed(place));
}

/**
 * `long` is a station named by its broadcaster's word and `short` ("Radio Quorva Porou" and the iwi "Quorva Porou"): the words after
 * the broadcaster's name whom it serves, a people, a body or a place, which the words alone name, not the station.
 */
function stationOf(long: ArticleToken[], short: ArticleToken[]): boolean {
  return isBroadcasterWord(long[0]) && short[0].key !== long[0].key;
}

/** `short` stands inside `long` after capitalised words only, before nothing or an "of" / "for" phrase. */
function holds(long: ArticleToken[], short: ArticleToken[]): boolean {
  for (let at = 0; at + short.length <= long.length; at++) {
    if (!short.every((t, i) => long[at + i].key === t.key)) continue;
    const after = long[at + short.length];
    if (long.slice(0, at).every((t) => t.cap) && (!after || (!after.cap && LONG_FORM_TAILS.has(after.key)))) return true;
  }
  return false;
}
