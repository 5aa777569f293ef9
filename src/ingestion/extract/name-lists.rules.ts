import { isCommonWord, isFunctionWord, isGivenName, isOrganizationHead, isSurname, isVocabularyWord } from '../lexicon/english.lexicon';
import { isTitleWord } from '../lexicon/title.lexicon';
import { isConnector, keyOf, surfaceOf, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { cityNamed, type CityRecord } from '../lexicon/place.gazetteer';
import { DIRECTION_PREPOSITIONS, PLACE_PREPOSITIONS } from '../lexicon/place-words.lexicon';
import { nameShaped, singularOf } from './name-shape.rules';
import { evidenceAfter } from './name-evidence.rules';
import { isOrganizationFinding, organizationFinding, unlistedPersonName } from './organization-context.rules';
import { personNameWords } from './person-name.reader';

/**
 * Names listed beside a name of known type ("Google, Quorvle, and Yahoo", "Chuck Close and Helmut Newton"): items of one list
 * joined by commas, "and", "or" or "&" share the type of the item beside them. Two passes of the classifier (entity.classifier.ts).
 */

/** Only a comma, "and", "or" or "&" between two spans of the body: they are items of one list. */
const LIST_GAP = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+)$/;

/** "and", "or" or "&" in a gap between two items of a list. */
const LIST_CONJUNCTION = /(?:^|\s)(?:and|or|&)\s/;

/**
 * "Google, Quorvle, and Yahoo", "the Wikimedia Foundation and Tellan Commons": a name no rule typed,
 * of at most three words (no given name, known surname, word of a person's name in the article, title
 * word or function word; one ordinary word only if it heads an organization's name), listed right beside an organization in a list joined by "and", "or"
 * or "&", is an organization too ("ABC News, Basya said" is no list); so is one, no town the gazetteer knows, beside a name no rule typed
 * there that the article names elsewhere as an organization ("competitor to Woolworths and Quorvle", "Shares of Woolworths"). Rewrites those partial findings,
 * in both directions along a list. `again`: the pass over the classifier's rewritten findings, whose rewrites may have made the
 * organization beside the name ("Samsung Electronics and Quorvix", the unit's word joined after the first pass) or typed the tail of a
 * name with "and" in it, which lists nothing ("Almalyk Mining and Metallurgical Complex", "City of Arts and Sciences": ordinary
 * words only after "and").
 */
export function organizationsInLists(doc: TokenizedArticle, findings: EntityFinding[], again = false): void {
  const { tokens } = doc;
  // Words of the people the article names: "the Republican Party and Clinton" lists a person. Read at the first name asked of (nameLike),
  // before any rewrite: few articles list a name beside an organization.
  let personWords: Set<string> | null = null;
  // "miners including First Majestic Silver and Agnico Eagle": a name no list knows read as an untitled person's, no word of another
  // person's name of the article and no person's sign after it.
  let otherPeople: Set<string> | null = null;
  const firmLike = (f: EntityFinding): boolean => {
    if (!unlistedPersonName(tokens, f) || evidenceAfter(doc, f.last) === 'person') return false;
    otherPeople ??= personNameWords(tokens, findings.filter((g) => !unlistedPersonName(tokens, g)));
    return !tokens.slice(f.first, f.last + 1).some((t) => otherPeople!.has(t.key));
  };
  const nameLike = (f: EntityFinding): boolean => {
    personWords ??= personNameWords(tokens, findings);
    if (firmLike(f) && !doc.segments[tokens[f.first].segment].titleCase) return true;
    if (f.kind !== 'partial' || f.last - f.first > 2 || doc.segments[tokens[f.first].segment].titleCase) return false;
    const ws = tokens.slice(f.first, f.last + 1);
    if (ws.some((t) => isGivenName(t.key) || isSurname(t.key) || personWords!.has(t.key) || isTitleWord(t.key) || isFunctionWord(t.key) || isConnector(t))) return false;
    return ws.length > 1 || !isCommonWord(ws[0].key) || isOrganizationHead(ws[0].key);
  };
  const promote = (i: number): void => {
    const f = findings[i];
    findings[i] = organizationFinding(doc, f.first, f.last);
  };
  const nameTail = (i: number): boolean => {
    const g = findings[i];
    return again && tokens.slice(g.first, g.last + 1).every((t) => isVocabularyWord(t.key) || (t.key.endsWith('s') && isVocabularyWord(singularOf(t.key)))) && / and $/.test(doc.body.slice(tokens[findings[i - 1].last].end, tokens[g.first].start));
  };
  // "competitor to Woolworths and Quorvle" before "Shares of Woolworths closed": a name no rule typed here is an organization the
  // article names elsewhere (its words as an organization's finding), which the resolve stage joins to it; the name listed beside it
  // then has no town's reading either, nor does the list follow a place's preposition ("between Quorvo and Tellane", "in Quorvo and
  // Tellane" after "Tellane, the old royal capital").
  let named: Set<string> | null = null;
  const namedElsewhere = (f: EntityFinding): boolean => {
    if (f.kind !== 'partial') return false;
    named ??= new Set(findings.filter(isOrganizationFinding).map((g) => keyOf(doc, g.first, g.last)));
    return named.has(keyOf(doc, f.first, f.last));
  };
  const beside = (anchor: EntityFinding, f: EntityFinding, at: number): boolean =>
    nameLike(f) && (isOrganizationFinding(anchor) || (!cityNamed(surfaceOf(doc, f.first, f.last)) && !afterPlacePreposition(doc, findings, at)));
  const organization = (f: EntityFinding): boolean => isOrganizationFinding(f) || namedElsewhere(f);
  // The list's gaps first: most names beside an organization stand in no list, and nameTail and nameLike ask the lists of every word.
  for (let i = 1; i < findings.length; i++) if (organization(findings[i - 1]) && conjoinedItems(doc, findings, i - 1) && !nameTail(i) && beside(findings[i - 1], findings[i], i)) promote(i);
  for (let i = findings.length - 2; i >= 0; i--) if (organization(findings[i + 1]) && conjoinedItems(doc, findings, i) && !nameTail(i + 1) && beside(findings[i + 1], findings[i], i)) promote(i);
}

/** Prepositions whose object is most often a place: "in", "at", "from", "into", "between" ... */
const PLACE_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, ...DIRECTION_PREPOSITIONS, 'between']);

/** The list that finding `i` of `findings` stands in (listGap) opens right after a lower-case place's preposition ("between Quorvo and Tellane"). */
function afterPlacePreposition(doc: TokenizedArticle, findings: EntityFinding[], i: number): boolean {
  let a = i;
  while (a > 0 && listGap(doc, findings[a - 1], findings[a]) !== null) a--;
  const before = doc.tokens[findings[a].first - 1];
  return !!before && !before.cap && PLACE_OBJECT_PREPOSITIONS.has(before.key);
}

/** The gap between findings `a` and `b` of one segment when it is only a list's comma or conjunction (LIST_GAP), else null. */
function listGap(doc: TokenizedArticle, a: EntityFinding, b: EntityFinding): string | null {
  const { tokens, body } = doc;
  if (tokens[a.last].segment !== tokens[b.first].segment) return null;
  const gap = body.slice(tokens[a.last].end, tokens[b.first].start);
  return LIST_GAP.test(gap) ? gap : null;
}

/** Findings `i` and `i + 1` are items of one list (listGap) that has a conjunction in one of its gaps ("A, B and C"; not "ABC News, Basya said"). */
function conjoinedItems(doc: TokenizedArticle, findings: EntityFinding[], i: number): boolean {
  if (listGap(doc, findings[i], findings[i + 1]) === null) return false;
  for (let a = i; a >= 0 && a + 1 < findings.length; a--) {
    const g = listGap(doc, findings[a], findings[a + 1]);
    if (g === null) break;
    if (LIST_CONJUNCTION.test(` ${g}`)) return true;
  }
  for (let a = i + 1; a + 1 < findings.length; a++) {
    const g = listGap(doc, findings[a], findings[a + 1]);
    if (g === null) break;
    if (LIST_CONJUNCTION.test(` ${g}`)) return true;
  }
  return false;
}

/** A finding the lists read as a town or a country ("York", "Wales"). */
function townOrCountry(f: EntityFinding): boolean {
  return f.kind === 'dict' && (f.hit.type === 'CITY' || f.hit.type === 'COUNTRY');
}

/**
 * "Harrogate, York and Chester", "Houston, Austin or Dallas": one capitalised word no rule typed (a given name as well: "Chester",
 * "Austin"), which the gazetteer knows as a town and which no person the article names holds, listed right beside a town or a
 * country the lists know in a list joined by "and" or "or", is that town too. Rewrites those partial findings, in both directions
 * along a list.
 */
export function placesInLists(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  let personWords: Set<string> | null = null;
  const town = (f: EntityFinding): CityRecord | null => {
    const t = tokens[f.first];
    if (f.kind !== 'partial' || f.last !== f.first || !t.cap || t.upper || t.possessive || doc.segments[t.segment].titleCase) return null;
    const city = cityNamed(t.text);
    personWords ??= personNameWords(tokens, findings);
    return city && !personWords.has(t.key) ? city : null;
  };
  const retype = (i: number): void => {
    const city = town(findings[i]);
    if (city) findings[i] = { kind: 'dict', hit: { type: 'CITY', city }, first: findings[i].first, last: findings[i].last };
  };
  for (let i = 1; i < findings.length; i++) if (townOrCountry(findings[i - 1]) && findings[i].kind === 'partial' && conjoinedItems(doc, findings, i - 1)) retype(i);
  for (let i = findings.length - 2; i >= 0; i--) if (townOrCountry(findings[i + 1]) && findings[i].kind === 'partial' && conjoinedItems(doc, findings, i)) retype(i);
}

/**
 * "Lukaku, Carrasco, and Dries Mertens", "Chuck Close and Helmut Newton": two or three name-shaped
 * words no rule took for a person (and ending in no initial: "Greta F."), listed right beside a
 * person, name a person too. Rewrites those
 * partial findings as people, in both directions along a list.
 */
export function personsInLists(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  const listed = (a: EntityFinding, b: EntityFinding): boolean =>
    tokens[a.last].segment === tokens[b.first].segment && LIST_GAP.test(body.slice(tokens[a.last].end, tokens[b.first].start));
  const nameLike = (f: EntityFinding): boolean => {
    if (f.kind !== 'partial' || f.last === f.first || f.last - f.first > 2) return false;
    const ws = tokens.slice(f.first, f.last + 1);
    return ws.every((t) => t.cap && !t.upper && nameShaped(t) && !isConnector(t)) && !ws[ws.length - 1].initial;
  };
  const promote = (i: number): void => {
    const f = findings[i];
    findings[i] = { kind: 'person', first: f.first, last: f.last, role: null, titleFirst: null };
  };
  for (let i = 1; i < findings.length; i++) if (findings[i - 1].kind === 'person' && nameLike(findings[i]) && listed(findings[i - 1], findings[i])) promote(i);
  for (let i = findings.length - 2; i >= 0; i--) if (findings[i + 1].kind === 'person' && nameLike(findings[i]) && listed(findings[i], findings[i + 1])) promote(i);
}
