import type { TokenizedArticle } from '../extract/article.tokenizer';
import { isClosedClassWord } from '../lexicon/english.lexicon';
import type { DictionaryHit } from '../lexicon/entity.dictionary';
import { type CityRecord, cityNamed, countryNamed, countryOfDemonym, stateNamed, usStateAbbreviated } from '../lexicon/place.gazetteer';
import { LOCATIVE_KIND, LOCATIVE_RE } from '../lexicon/place-words.lexicon';
import type { EntityRegistry } from './entity.registry';

/**
 * The country and kind that the words before token `first` give a place: "the Ukrainian peninsula
 * of X" -> within UA, a region; "Ukraine's city of X" -> within UA, a city; "the town of X", "the
 * West Bank city of X" -> a city, no country. Null when the 60 characters before it (inside its
 * segment) say nothing of the kind.
 */
export function locativeContext(doc: TokenizedArticle, first: number): { countryCode: string | null; kind: string } | null {
  const t = doc.tokens[first];
  const seg = doc.segments[t.segment];
  const before = doc.body.slice(Math.max(seg.start, t.start - 60), t.start);
  // The expression ends in "of" and a space: most places follow none, and trimming finds that cheaply.
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length || !trimmed.endsWith('of')) return null;
  const m = LOCATIVE_RE.exec(before);
  if (!m) return null;
  const country = m[1] ? (countryOfDemonym(m[1]) ?? countryNamed(m[1])) : null;
  return { countryCode: country?.code ?? null, kind: LOCATIVE_KIND[m[2]] ?? 'region' };
}

/** How many words after the comma may name the state or country ("New South Wales"). */
const STATE_WORDS = 3;

/**
 * The country of a place written before its state or country, "Eureka Springs, Arkansas",
 * "Kanata, Ontario", "Buxton, England": the words ending at token `last`, then a comma, then a
 * state's or a country's name (in the same segment) that ends a phrase. Null when no such name follows.
 */
export function stateAfter(doc: TokenizedArticle, last: number): string | null {
  return placeAfterComma(doc, last)?.code ?? null;
}

/**
 * The state or country named after token `last` and a comma (see stateAfter), with whether it is a
 * state; `anyState`: a state's name need not end a phrase ("Paris, Texas opened": no clause starts
 * with a state after a town).
 */
function placeAfterComma(doc: TokenizedArticle, last: number, anyState = false): { code: string; name: string; state: boolean } | null {
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
    if (state) return { code: state.countryCode, name, state: true };
    const country = closes ? countryNamed(name) : null;
    if (country) return { code: country.code, name, state: false };
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
 * "<place>, " (whatever the city's country: "London, Ontario"; "Seattle, Washington", "Saratoga Springs, New York"), before a small "state" ("New York
 * state"), or after "governor of" / "state of"; else the city when it has 1,000,000 people or is its
 * country's capital ("New York" is New York City, "Washington" the capital), else `hit` as the lists
 * give it; a state of another country than a town of fewer than 100,000 people named so is the state. Other hits are returned as they are.
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
    if (written && otherState && !isGreatCity(cityNamed(written.name))) return { type: 'REGION', name: surface, kind: 'city', countryCode: written.code };
  }
  const state = stateNamed(surface);
  const city = state ? cityNamed(surface) : null;
  if (!state || !city) return hit;
  const before = tokens[first - 1];
  const next = tokens[last + 1];
  const afterPlace = !!before && before.cap && before.segment === tokens[first].segment && /^\s*,\s*$/.test(body.slice(before.end, tokens[first].start));
  const stateWord = !!next && !next.cap && next.key === 'state' && tokens[last].joinsNext;
  const opened = before?.key === 'of' && !before.cap && STATE_OPENERS.has(tokens[first - 2]?.key ?? '');
  if (afterPlace || stateWord || opened) return { type: 'REGION', name: state.name, kind: 'region', countryCode: state.countryCode };
  // A town of another country than the state's is what the name means only when it is a large city ("Florida" is the
  // state, not the Cuban town of 63,000).
  if (city.countryCode !== state.countryCode) return city.population < TOWN_UNDER_STATE && hit.type === 'CITY' ? { type: 'REGION', name: state.name, kind: 'region', countryCode: state.countryCode } : hit;
  if (isGreatCity(city)) return { type: 'CITY', city };
  return hit;
}
