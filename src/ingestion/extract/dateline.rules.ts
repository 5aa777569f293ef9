import { surfaceOf, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { placeFinding } from './organization-context.rules';
import { lookupName } from '../lexicon/entity.dictionary';
import { cityNamed, countryNamed, stateNamed, usStateAbbreviated } from '../lexicon/place.gazetteer';
import { SPORTS } from '../lexicon/name-words.lexicon';

/**
 * Wire datelines: the place a story was written, opening its first paragraph in capitals
 * ("FORT MYERS BEACH, Fla. (AP) —", "DAVOS, Switzerland, Jan 18 (Reuters) -", "KINSHASA 1996-11-02").
 */

/**
 * What follows a dateline's place, up to the dash (a hyphen or two between spaces standing for one, as American
 * agencies' plain text writes it: "(AP) -- "; not the hyphen of "R-Ky.") or the date: maybe its state or country after a comma (group 1), maybe a date after
 * a comma (group 2), maybe the agency in brackets (group 3).
 */
const DATELINE_REST = /^(,\s*\p{Lu}[\p{L}.' ]{0,30}?)?(,\s*\p{Lu}\p{L}{2,8}\.? \d{1,2})?\s*(\([^)\n]{1,30}\)\s*)?(?:\s(?:--|[-—–])\s|[—–]|\d{4}-\d\d-\d\d)/u;

const SPACE = 32;
/** What may come after a dateline's place and a space: the agency's bracket, a dash or a date's first digit. */
const DATELINE_SECOND = /^[-—–(\d]$/;

/** The kind of what follows a dateline's place at body offset `end`: 'dash' when only a dash does ("LONDON -", and a slug, "RUGBY UNION -"), 'written' when a state, country, date or agency comes first, 'region' when a US state or a country the lists know does ("COMMACK, New York 1996-08-22", "VELLBY, Ohio (AP) -"), else null (a country in the brackets is no agency). */
function datelineRest(doc: TokenizedArticle, end: number): 'dash' | 'written' | 'region' | null {
  // Most runs go on with a space and a lower-case word: one or two characters rule them out before the pattern.
  const next = doc.body.charCodeAt(end);
  if (next === SPACE && !DATELINE_SECOND.test(doc.body.charAt(end + 1))) return null;
  const m = DATELINE_REST.exec(doc.body.slice(end, end + 64));
  if (!m) return null;
  const region = m[1]?.replace(/^,\s*/, '').trim();
  if (region && (stateNamed(region) || countryNamed(region) || usStateAbbreviated(region.replace(/\.$/, ''), true))) return 'region';
  // "Quorvan Investment Fund (Saudi Arabia) – state fund – 5.0": a country in the brackets is a table's or a list's tag of the
  // name's home, no agency; a dateline writes its country after a comma ("DAVOS, Switzerland (Reuters) -").
  if (m[3] && countryNamed(m[3].trim().slice(1, -1).trim())) return null;
  return m[1] || m[2] || m[3] || /^\s*\d/.test(m[0]) ? 'written' : 'dash';
}

/** True when the finding opens its segment as a dateline's place: where the story was written ("LONDON (AP) -", "Leeds, England —", "LEEDS 1996-08-24"). */
export function isDateline(doc: TokenizedArticle, f: EntityFinding): boolean {
  if (doc.tokens[f.first - 1]?.segment === doc.tokens[f.first].segment) return false;
  return datelineRest(doc, doc.tokens[f.last].end) !== null;
}

/** "FORT MYERS BEACH" -> "Fort Myers Beach": a dateline's name in capitals as the place's name. */
function unshouted(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
}

/**
 * "FORT MYERS BEACH, Fla. (AP) —", "EAST PALESTINE, Ohio (AP) —": a run of two capitalised words or more that
 * opens a segment, followed by its state or country, a date or the agency before the dash (not a sport's slug:
 * "RUGBY UNION - "), is one place, a town, whatever the lists made of its words ("FORT MYERS" and "BEACH",
 * the country "PALESTINE"); so is one word in capitals before a US state or a country the lists know ("COMMACK, New York
 * 1996-08-22": a town too small for them). Replaces the findings inside it, unless the lists know the whole run or it is a
 * place already ("NEW YORK"); returns the findings in body order.
 */
export function placesInDatelines(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  // Capitalised words (a line all in capitals is read in ordinary case: "NORTH VELLAMORA 1996-08-22").
  const named = (i: number): boolean => tokens[i].cap && tokens[i].end - tokens[i].start > 1;
  const runs: Array<[number, number]> = [];
  const places: EntityFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // (Never tokens[-1]: reading an array out of bounds made this loop allocate some 60 KB an article.)
    if ((i > 0 && tokens[i - 1].segment === tokens[i].segment) || !named(i)) continue;
    let last = i;
    while (tokens[last].joinsNext && tokens[last + 1] && named(last + 1)) last++;
    const rest = last === i && !tokens[i].upper ? null : datelineRest(doc, tokens[last].end);
    // A sport's name before a bare dash is the slug of a results story ("RUGBY - ..."), not the town Rugby.
    const place = last === i && rest !== null && !(rest === 'dash' && SPORTS.has(tokens[i].key)) ? shoutedPlace(doc, findings, i, rest === 'written') : null;
    if (place) places.push(place);
    else if ((last > i || rest === 'region') && (rest === 'written' || rest === 'region') && !readAsPlace(findings, i, last)) runs.push([i, last]);
  }
  if (!runs.length && !places.length) return findings;
  const out = findings.filter((f) => !runs.some(([first, last]) => f.first <= last && f.last >= first) && !places.some((p) => p.first === f.first));
  for (const [first, last] of runs) out.push(placeFinding(doc, first, last, 'city', unshouted(surfaceOf(doc, first, last))));
  out.push(...places);
  return out.sort((a, b) => a.first - b.first);
}

/**
 * Some finding of `findings` spans tokens `first`..`last` as a place or a name the lists know. (A function of its own: a
 * closure over placesInDatelines' loop variables made every pass of that loop allocate their scope, some 60 KB an article.)
 */
function readAsPlace(findings: EntityFinding[], first: number, last: number): boolean {
  return findings.some((f) => f.first === first && f.last === last && (f.kind === 'dict' || f.kind === 'place'));
}

/** The people a city must have for a dateline to name it in capitals by another name than its own. */
const MIN_RENAMED_CITY = 200000;

/**
 * "FRANKFURT 1996-08-22", "KIEV, Aug 22 (Reuters) -", "BOMBAY -": one word in capitals opening a dateline is the place the lists
 * know by it written in ordinary case, an alternate name too ("Kiev", "Bombay"), which the lists never take in capitals elsewhere
 * (they may be acronyms), or, for an ordinary word the lists read as no name ("MADRAS", "NICE"), the city of MIN_RENAMED_CITY people or
 * more so called. Before a date or the agency (`dated`: "REYKJAVIK, Feb 19 (Reuters) -", "MALE, June 18 (Reuters) -"), where only
 * a place stands, it is also the city the lists know by that own name, however few its people and whatever the word's accents: the
 * sizes and spellings that keep a word or a surname in running text from a small town ("Reykjavik" of Reykjavík, "Male" of the
 * Maldives' capital) ask nothing of a dateline (not an acronym's organization: "NATO, Aug 22"). The finding for token `i`, or null
 * when the lists know no place so.
 */
function shoutedPlace(doc: TokenizedArticle, findings: EntityFinding[], i: number, dated: boolean): EntityFinding | null {
  // A place already, or a person, it stays; an unread word or an acronym's organization gives way.
  const read = findings.find((f) => f.first === i);
  if (read && read.kind !== 'org' && read.kind !== 'partial' && !(read.kind === 'dict' && read.hit.type === 'ORGANIZATION')) return null;
  const name = unshouted(doc.tokens[i].text);
  // An ordinary word the lists read as no name ("READING", "NICE", "MADRAS") is, opening a dateline, the great city so called.
  const city = cityNamed(name);
  const ownName = dated && !!city?.primaryName && !(read?.kind === 'dict' || read?.kind === 'org');
  const hit = lookupName(name, 1) ?? (city && (city.population >= MIN_RENAMED_CITY || ownName) ? ({ type: 'CITY', city } as const) : null);
  if (!hit || (hit.type !== 'CITY' && hit.type !== 'COUNTRY' && hit.type !== 'REGION')) return null;
  // A great city's old or short name ("Bombay", "Kiev"), not a small one's ("FAIRVIEW, W.Va." is a town of its own, not Costa Mesa).
  return hit.type !== 'CITY' || hit.city.primaryName || hit.city.population >= MIN_RENAMED_CITY ? { kind: 'dict', hit, first: i, last: i } : null;
}
