import {
  hasLexiconTag,
  isCommonWord,
  isForeignArticle,
  isFunctionWord,
  isGivenName,
  isOrganizationHead,
  isPlaceHead,
  isSurname,
  lexiconEntriesTagged,
} from './english.lexicon';
import { BoundedMemo, MEMO_LIMIT } from './bounded.memo';
import { isDictionaryWord } from './dictionary-words.lexicon';
import { foldName } from './name.normalize';
import { organizationAliases, organizationNamed } from './organization.aliases';
import {
  CityRecord,
  CountryRecord,
  cityByShortForm,
  cityNamed,
  countryNamed,
  countryOfDemonym,
  isChosenCityName,
  placeNameKeys,
  preloadGazetteer,
  regionNamed,
  stateNamed,
} from './place.gazetteer';

/**
 * One lookup over every name list the extractor knows: the organization table, countries and their
 * demonyms, well-known regions, GeoNames cities, states and provinces (country-state-city), and
 * compromise's lexicon of regions, places of two words or more and organizations, in that order of precedence (except that a city's alternate name yields to a region
 * of that name: "Florida" is the state, not an alternate name of Floridablanca). A city named by a single word must be large (50,000+
 * or a capital), and very large (1,000,000+) when the word is also ordinary vocabulary or a person's
 * name ("Mobile", "Jackson"), so that words and surnames do not turn into towns.
 */

export type DictionaryHit =
  | { type: 'ORGANIZATION'; name: string }
  | { type: 'COUNTRY'; country: CountryRecord }
  | { type: 'DEMONYM'; country: CountryRecord }
  | { type: 'CITY'; city: CityRecord }
  | { type: 'REGION'; name: string; kind: string; countryCode: string | null };

/** The longest phrase, in words, that `lookupName` can match. */
const MAX_NAME_WORDS = 7;

let longestByFirstWord: Map<string, number> | null = null;

/**
 * How many words the longest known name beginning with the folded word `first` has (1 when none is
 * longer than one word), capped at 7: the extractor tries no longer phrase, which keeps lookups few.
 */
export function longestNameStartingWith(first: string): number {
  if (!longestByFirstWord) {
    const index = new Map<string, number>();
    const names = [
      ...organizationAliases().map((a) => foldName(a.alias)),
      ...placeNameKeys(),
      ...lexiconEntriesTagged(['Region', 'Place', 'Organization', 'SportsTeam']),
    ];
    for (const name of names) {
      const space = name.indexOf(' ');
      if (space < 0) continue;
      let words = 2;
      for (let i = name.indexOf(' ', space + 1); i >= 0; i = name.indexOf(' ', i + 1)) words++;
      const first = name.slice(0, space);
      index.set(first, Math.min(MAX_NAME_WORDS, Math.max(index.get(first) ?? 1, words)));
    }
    longestByFirstWord = index;
  }
  return longestByFirstWord.get(first) ?? 1;
}

/** The population a city named by one word must have for that word alone to name it. */
export const MIN_SINGLE_WORD_CITY = 50000;
const MIN_AMBIGUOUS_CITY = 1000000;
const MIN_ACCENT_FOLDED_CITY = 200000;

/**
 * True for the seat of a state or province that its one word alone does not name here (acceptCity: fewer than MIN_SINGLE_WORD_CITY
 * people, no national capital, not named by hand: "Charlottetown", "Juneau"), its name no word English writes in lower case ("Linden").
 */
export function isSeatOnly(city: CityRecord): boolean {
  return city.seat && !city.capital && city.population < MIN_SINGLE_WORD_CITY && !isChosenCityName(city) && !isDictionaryWord(foldName(city.name));
}

function acceptCity(city: CityRecord, surface: string, words: number): boolean {
  if (!city.primaryName && /^[\p{Lu}\s.-]+$/u.test(surface)) return false;
  const key = foldName(surface);
  const first = key.split(' ')[0];
  // "In Paris", "The Dalles" are no city names here; "El Paso", "Des Moines", "Le Mans" open with a foreign article.
  if ((isFunctionWord(first) && !isForeignArticle(first)) || isOrganizationHead(key) || isPlaceHead(key)) return false;
  if (words > 1) return true;
  if (!city.capital && city.population < MIN_SINGLE_WORD_CITY && !isChosenCityName(city)) return false;
  // "Mets", "Jets": a plural matched only through another language's name for a city is a team, not Metz.
  if (!city.primaryName && /[^s]s$/.test(key)) return false;
  // "Bush" is not Būsh: a match only through dropped accents needs a large city.
  if (city.primaryName && foldName(city.name) === key && city.name !== surface && city.name.toLowerCase() !== surface.toLowerCase() && city.population < MIN_ACCENT_FOLDED_CITY) return false;
  if (isCommonWord(key) || isGivenName(key) || isSurname(key)) return city.primaryName && city.population >= MIN_AMBIGUOUS_CITY;
  return true;
}

/** A region's name as shown: the text's spelling, title-cased when the text shouts it ("OHIO"). */
function regionName(surface: string): string {
  return surface === surface.toUpperCase() ? surface.toLowerCase().replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()) : surface;
}

/** lookupName's answers, by the number of words looked up (index), then by the phrase (MEMO_LIMIT each). */
const memos: BoundedMemo<DictionaryHit | null>[] = [];
/** findName for each number of words (index), made once: a lookup makes no closure. */
const finders: Array<(surface: string) => DictionaryHit | null> = [];

/**
 * What the capitalised phrase `surface` (of `words` words) names, or null when no list knows it. The
 * lists never change, so an answer is remembered (the hit is shared: callers only read it).
 */
export function lookupName(surface: string, words: number): DictionaryHit | null {
  return (memos[words] ??= new BoundedMemo(MEMO_LIMIT)).get(surface, (finders[words] ??= (s) => findName(s, words)));
}

function findName(surface: string, words: number): DictionaryHit | null {
  const org = organizationNamed(surface);
  if (org) return { type: 'ORGANIZATION', name: org };
  const country = countryNamed(surface);
  if (country) return { type: 'COUNTRY', country };
  // "Ukrainian", "Sri Lankan", "Papua New Guinean".
  const of = words <= 3 ? countryOfDemonym(surface) : null;
  if (of) return { type: 'DEMONYM', country: of };
  const short = words === 1 ? cityByShortForm(surface) : null;
  if (short) return { type: 'CITY', city: short };
  const region = regionNamed(surface);
  if (region) return { type: 'REGION', name: region.name, kind: region.kind, countryCode: region.countryCode };
  const city = cityNamed(surface);
  if (city?.primaryName && acceptCity(city, surface, words)) return { type: 'CITY', city };
  const state = stateNamed(surface);
  if (state && (words > 1 || !/^[\p{Lu}.]+$/u.test(surface))) return { type: 'REGION', name: state.name, kind: 'region', countryCode: state.countryCode };
  const key = foldName(surface);
  // The lexicon's places of two words or more: sites and districts ("Machu Picchu", "Taj Mahal", "East End"); its one-word ones are mostly small English towns.
  if (hasLexiconTag(key, 'Region') || (words > 1 && !key.startsWith('the ') && hasLexiconTag(key, 'Place'))) return { type: 'REGION', name: regionName(surface), kind: 'region', countryCode: null };
  if (city && acceptCity(city, surface, words)) return { type: 'CITY', city };
  if ((hasLexiconTag(key, 'Organization') || hasLexiconTag(key, 'SportsTeam')) && (words > 1 || ((surface.length >= 4 || surface === surface.toUpperCase()) && !isCommonWord(key) && !isGivenName(key)))) {
    return { type: 'ORGANIZATION', name: surface };
  }
  return null;
}

/**
 * Loads every list name lookups read, once per process: the gazetteer, the English lexicon, the
 * organization table, the index of names by first word and the spelling dictionary's words.
 * Otherwise the first lookup does it (~0.2 s); a server or a benchmark calls this at start-up instead.
 */
export function preloadLexicons(): void {
  preloadGazetteer();
  longestNameStartingWith('');
  organizationNamed('');
  isDictionaryWord('');
}
