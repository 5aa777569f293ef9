import type { TokenizedArticle } from '../extract/article.tokenizer';
import { isClosedClassWord, isPlaceHead, isVerbForm, isVocabularyWord } from '../lexicon/english.lexicon';
import type { DictionaryHit } from '../lexicon/entity.dictionary';
import { type CityRecord, cityNamed, countryNamed, countryOfDemonym, stateNamed, usStateAbbreviated } from '../lexicon/place.gazetteer';
import { APPOSITION_PLACE_NOUNS, BARE_LOCATIVE_NOUNS, COMPASS, COMPASS_OF_RE, LOCATIVE_KIND, LOCATIVE_LIST_RE, LOCATIVE_PLURALS, LOCATIVE_RE, FACILITY_HEADS, GEO_HEADS, PLACE_NOUNS_AFTER, SITE_NOUNS_AFTER } from '../lexicon/place-words.lexicon';
import type { EntityRegistry } from './entity.registry';
import { isUnknownNameWord } from './person-or-organization.rules';

/** How many modifiers may stand between "the" (or a capitalised word) and the locative noun: "the northern Syrian town of". */
const LOCATIVE_MODIFIERS = 3;

/**
 * The country and kind that the words before token `first` give a place: "the Ukrainian peninsula
 * of X" -> within UA, a region; "Ukraine's city of X", "the northern Syrian city of X" -> within the
 * country, a city; "the town of X", "the Kurdish-majority town of X", "the West Bank city of X" -> a
 * city, no country; "the towns of X, Y and Z" -> each a city; "east of X", "50 km north of X" -> a region, no country
 * (`byDirection`: a weaker sign, which a person's given name outweighs). The locative noun (LOCATIVE_RE) follows "the" or a capitalised word (which may name
 * the country) and up to three lower-case modifiers, no closed-class word ("the head of state of X" is
 * no place), and no modifier but a compass word before "state", "area" or "republic" ("the sorry state
 * of X"). Null when the 80 characters before it (inside its segment) say nothing of the kind.
 */
export function locativeContext(doc: TokenizedArticle, first: number): { countryCode: string | null; kind: string; byDirection?: true } | null {
  const t = doc.tokens[first];
  const seg = doc.segments[t.segment];
  const before = doc.body.slice(Math.max(seg.start, t.start - 80), t.start);
  // The expression ends in "of" (or, in a list after a plural noun, in "and" or a comma) and a space:
  // most places follow none, and trimming finds that cheaply.
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length) return null;
  const m = trimmed.endsWith('of') ? LOCATIVE_RE.exec(before) : trimmed.endsWith('and') || trimmed.endsWith(',') ? LOCATIVE_LIST_RE.exec(before) : null;
  if (!m) return trimmed.endsWith('of') && COMPASS_OF_RE.test(before) ? { countryCode: null, kind: 'region', byDirection: true } : null;
  const noun = LOCATIVE_PLURALS.get(m[1]) ?? m[1];
  const words = before.slice(0, m.index).trimEnd().split(/\s+/);
  for (let k = 0; k <= LOCATIVE_MODIFIERS && k < words.length; k++) {
    const word = words[words.length - 1 - k];
    if (/^[Tt]he$/.test(word) || /^\p{Lu}[\p{L}\p{M}.-]*(?:['’]s)?$/u.test(word)) {
      if (BARE_LOCATIVE_NOUNS.has(noun) && !words.slice(words.length - k).every((w) => COMPASS.has(w))) return null;
      const opener = word.replace(/['’]s$/u, '');
      const country = /^[Tt]he$/.test(word) ? null : (countryOfDemonym(opener) ?? countryNamed(opener));
      return { countryCode: country?.code ?? null, kind: LOCATIVE_KIND.get(noun) ?? 'region' };
    }
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || isClosedClassWord(word)) return null;
  }
  return null;
}

/**
 * The kind of place a lower-case noun right after token `last` makes the name ending there
 * (PLACE_NOUNS_AFTER), or null: an airport or a border crossing ("Kloten airport", "the Rafah crossing", "the Adre border crossing"); a region when the noun ends its phrase,
 * the segment ending or punctuation, a closed-class word, a verb form or a capitalised word following
 * ("North Kivu province", "Rakhine state", "Montgomery and Bucks counties"; not "the Orlikko district
 * attorney", an office), and before "state" no English word ("the Sunshine state").
 */
export function placeNounAfter(doc: TokenizedArticle, last: number): string | null {
  const { tokens } = doc;
  const noun = tokens[last + 1];
  // "Montgomery and Bucks counties": the first of two names before a plural noun.
  if (noun && !noun.cap && (noun.key === 'and' || noun.key === 'or') && tokens[last].joinsNext && noun.joinsNext) {
    let end = last + 2;
    while (end < last + 4 && tokens[end + 1]?.cap && tokens[end].joinsNext) end++;
    const plural = !!tokens[end]?.cap && tokens[end].segment === noun.segment && tokens[end + 1]?.key.endsWith('s');
    return plural ? placeNounAfter(doc, end) : null;
  }
  // "the Adre border crossing": "border" before "crossing" is the crossing's.
  const border = noun?.key === 'border' && !noun.cap && noun.segment === tokens[last].segment && tokens[last].joinsNext && !tokens[last].possessive;
  if (border && tokens[last + 2]?.key === 'crossing') return placeNounAfter(doc, last + 1);
  if (!noun || noun.cap || noun.segment !== tokens[last].segment || !tokens[last].joinsNext || tokens[last].possessive || !PLACE_NOUNS_AFTER.has(noun.key)) return null;
  const kind = PLACE_NOUNS_AFTER.get(noun.key)!;
  if (kind !== 'region') return kind;
  if (noun.key === 'state' && isVocabularyWord(tokens[last].key)) return null;
  const next = tokens[last + 2];
  const ends = !next || next.segment !== noun.segment || !noun.joinsNext || next.cap || isClosedClassWord(next.key) || isVerbForm(next.key);
  return ends ? kind : null;
}

/** How many lower-case words may stand between a site's name and its noun ("the Muruntau open pit", "the Quorvle copper mine"). */
const SITE_MODIFIERS = 2;

/**
 * The kind of place a site's noun after the name at tokens `first`..`last` makes it (SITE_NOUNS_AFTER), or null: every word
 * of the name one no list knows, then up to two lower-case words that are no closed-class word, then the noun, all in one
 * phrase ("the Karachaganak field", "its Muruntau open pit", "the Quorvle copper mine"; not "the Masters field", an
 * ordinary word, nor "Quorvle's mine", nor a compound modifier, "the Scientology-critic mosque"), after a determiner, a
 * possessive or a lower-case word.
 */
export function siteNounAfter(doc: TokenizedArticle, first: number, last: number): string | null {
  const { tokens } = doc;
  // A determiner, a possessive or a lower-case word before the name: a name opening its sentence is the subject of a verb
  // the noun may be ("Quorvle mines copper", "Quorvex fields a weakened side").
  const before = tokens[first - 1];
  if (!before || before.segment !== tokens[first].segment || (before.cap && !before.possessive && before.key !== 'the')) return null;
  for (let j = last + 1; j <= last + 1 + SITE_MODIFIERS && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.cap || t.segment !== tokens[last].segment || !tokens[j - 1].joinsNext || tokens[j - 1].possessive || isClosedClassWord(t.key)) return null;
    if (!SITE_NOUNS_AFTER.has(t.key)) continue;
    // A word joined to a lower-case one is a compound modifier, no name ("the Scientology-critic mosque").
    const named = tokens.slice(first, last + 1).every((w) => isUnknownNameWord(w) && !/-\p{Ll}/u.test(w.text));
    return named ? SITE_NOUNS_AFTER.get(t.key)! : null;
  }
  return null;
}

/** How many words after the comma may name the state or country ("New South Wales"). */
const STATE_WORDS = 3;

/**
 * The country of a place written before its state or country, "Eureka Springs, Arkansas",
 * "Kanata, Ontario", "Buxton, England": the words ending at token `last`, then a comma, then a
 * state's or a country's name (in the same segment) that ends a phrase. Null when no such name follows.
 */
export function stateAfter(doc: TokenizedArticle, last: number): string | null {
  const place = placeAfterComma(doc, last);
  // "Vorvell, Hungary's oldest spa town" is a town; "the Quorvle Prize, Hungary's top award" is no place.
  if (place && doc.tokens[place.end].possessive && !isPlaceNoun(nounAfterPossessive(doc, place.end))) return null;
  return place?.code ?? null;
}

/** A noun that names a kind of place: a place's head word ("town", "lake", "airport") or an apposition's place noun ("capital", "port", "spa"). */
function isPlaceNoun(key: string | null): boolean {
  return !!key && (isPlaceHead(key) || GEO_HEADS.has(key) || APPOSITION_PLACE_NOUNS.has(key) || FACILITY_HEADS.has(key));
}

/** How many lower-case words after a possessive are read for the noun it owns ("Hungary's third largest spa town"). */
const POSSESSED_WORDS = 4;

/**
 * The noun a possessive at token `at` owns: the last of the lower-case words right after it, before a closed-class word,
 * a verb form or the phrase's end ("town" of "Hungary's oldest spa town", "award" of "Hungary's top award for science"); null when none.
 */
function nounAfterPossessive(doc: TokenizedArticle, at: number): string | null {
  const { tokens, body } = doc;
  let noun: string | null = null;
  for (let j = at + 1; j <= at + POSSESSED_WORDS && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.cap || t.segment !== tokens[at].segment || isClosedClassWord(t.key) || isVerbForm(t.key) || !/^(?:['’]s?)?\s+$/.test(body.slice(tokens[j - 1].end, t.start))) break;
    noun = t.key;
  }
  return noun;
}

/**
 * The state or country named after token `last` and a comma (see stateAfter), with whether it is a
 * state; `anyState`: a state's name need not end a phrase ("Paris, Texas opened": no clause starts
 * with a state after a town).
 */
function placeAfterComma(doc: TokenizedArticle, last: number, anyState = false): { code: string; name: string; state: boolean; end: number } | null {
  const { tokens, body } = doc;
  const first = tokens[last + 1];
  if (!first || first.segment !== tokens[last].segment || !first.cap || !/^\s*,\s*$/.test(body.slice(tokens[last].end, first.start))) return null;
  for (let n = STATE_WORDS; n >= 1; n--) {
    const end = tokens[last + n];
    if (!end || end.segment !== first.segment || !end.cap) continue;
    // The state ends a phrase: punctuation or a closed-class word follows ("Kanata, Ontario in ..."), not
    // a verb of a new clause ("In Group G, Belgium faced Panama").
    const after = tokens[last + n + 1];
    const closes = !after || after.segment !== end.segment || !end.joinsNext || (!after.cap && isClosedClassWord(after.key));
    if (!closes && !anyState) continue;
    const name = body.slice(first.start, end.end);
    const state = stateNamed(name) ?? (n === 1 ? usStateAbbreviated(name, body[end.end] === '.') : null);
    if (state) return { code: state.countryCode, name, state: true, end: last + n };
    const country = closes ? countryNamed(name) : null;
    if (country) return { code: country.code, name, state: false, end: last + n };
  }
  return null;
}

/** Puts the place `key` named at token `first` within the country its locative context gives, unless it already lies within one. */
export function applyLocative(doc: TokenizedArticle, reg: EntityRegistry, key: string, first: number): void {
  const draft = reg.drafts.get(key)!;
  if (draft.entity.withinKey) return;
  const locative = locativeContext(doc, first);
  if (locative?.countryCode) draft.entity.withinKey = reg.country(locative.countryCode);
}

/**
 * True when another capitalised name follows token `last` in a list: a comma and a capitalised word, or "and" / "or" and one
 * with no comma before it ("Zurich, Geneva", "Geneva and Lucerne"; not "Paris, Texas, and Dallas").
 */
function listGoesOn(doc: TokenizedArticle, last: number): boolean {
  const { tokens, body } = doc;
  const next = tokens[last + 1];
  if (!next || next.segment !== tokens[last].segment) return false;
  if (next.cap) return /^\s*,\s*$/.test(body.slice(tokens[last].end, next.start)) && !tokens[last].possessive;
  return (next.key === 'and' || next.key === 'or') && tokens[last].joinsNext && next.joinsNext && !!tokens[last + 2]?.cap;
}

/** A city at least this large, or a national capital, is what its name alone means when a state shares it ("New York", "Washington"). */
const CITY_OVER_STATE = 1000000;

/** A town of fewer people yields its name to a state of another country ("Florida"). */
const TOWN_UNDER_STATE = 100000;

/** A city whose name alone means it (see CITY_OVER_STATE). */
function isGreatCity(city: CityRecord | null): boolean {
  return !!city && (city.population >= CITY_OVER_STATE || city.capital);
}

/** Words before a name that make it the state: "Governor of Washington", "the state of New York". */
const STATE_OPENERS = new Set(['governor', 'state']);

/**
 * A gazetteer city written before a state of another country ("Paris, Texas") is a town there, no
 * city of the gazetteer (a place of kind city within that country). What a name that both a state and a city bear means at tokens `first`..`last`: the state after
 * "<place>, " when no possessive (whatever the city's country: "London, Ontario"; "Seattle, Washington", "Saratoga Springs, New York"), before a small "state" or "province" ("New York
 * state", "Buenos Aires province"), or after "governor of" / "state of"; else the city when it has 1,000,000 people or is its
 * country's capital ("New York" is New York City, "Washington" the capital), else `hit` as the lists
 * give it; a state of another country than a town of fewer than 100,000 people named so is the state, and so is the name of a state whose city the
 * article writes with "City" ("Quebec" beside "Quebec City"). Other hits are returned as they are.
 */
export function cityOrState(doc: TokenizedArticle, hit: DictionaryHit, first: number, last: number): DictionaryHit {
  if (hit.type !== 'CITY' && hit.type !== 'REGION') return hit;
  const { tokens, body } = doc;
  const surface = body.slice(tokens[first].start, tokens[last].end);
  // "Paris, Texas", "London, Ontario": a town of another country than the gazetteer's city of that name
  // (not in a list of places: "London, Washington and Moscow", where the state is also a great city; nor
  // before a country that a list also has as a province: "Taipei, Taiwan").
  if (hit.type === 'CITY') {
    const written = placeAfterComma(doc, last, true);
    const otherState = !!written?.state && written.code !== hit.city.countryCode && !countryNamed(written.name);
    const listed = !!written && listGoesOn(doc, written.end) && cityNamed(written.name)?.countryCode === written.code;
    if (written && otherState && !listed && !isGreatCity(cityNamed(written.name))) return { type: 'REGION', name: surface, kind: 'city', countryCode: written.code };
  }
  const state = stateNamed(surface);
  const city = state ? cityNamed(surface) : null;
  if (!state || !city) return hit;
  const before = tokens[first - 1];
  const next = tokens[last + 1];
  // Not a possessive: "the Yellow Sea, Seoul's presidential office said" names the city.
  const afterPlace = !!before && before.cap && !tokens[last].possessive && before.segment === tokens[first].segment && /^\s*,\s*$/.test(body.slice(before.end, tokens[first].start));
  // "Cologne, Zurich, Geneva and Lucerne": a list of cities goes on after the name, the city before it of another country.
  const listed = afterPlace && city.countryCode === state.countryCode && listGoesOn(doc, last) && !!cityNamed(before.text) && cityNamed(before.text)!.countryCode !== state.countryCode;
  if (listed) return hit;
  const stateWord = !!next && !next.cap && (next.key === 'state' || next.key === 'province') && tokens[last].joinsNext;
  const opened = before?.key === 'of' && !before.cap && STATE_OPENERS.has(tokens[first - 2]?.key ?? '');
  if (afterPlace || stateWord || opened) return { type: 'REGION', name: state.name, kind: 'region', countryCode: state.countryCode };
  // A town of another country than the state's is what the name means only when it is a large city ("Florida" is the
  // state, not the Cuban town of 63,000).
  if (city.countryCode !== state.countryCode) return city.population < TOWN_UNDER_STATE && hit.type === 'CITY' ? { type: 'REGION', name: state.name, kind: 'region', countryCode: state.countryCode } : hit;
  if (isGreatCity(city)) return { type: 'CITY', city };
  // "Quebec" beside "Quebec City": the article calls the city so, and the name alone is the province.
  if (hit.type === 'CITY' && body.includes(`${surface} City`)) return { type: 'REGION', name: state.name, kind: 'region', countryCode: state.countryCode };
  return hit;
}
