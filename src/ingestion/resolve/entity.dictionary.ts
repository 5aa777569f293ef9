import { isCommonWord, isGivenName, isSurname, lexiconTags } from './english.lexicon';
import { foldName } from './name.normalize';
import { organizationNamed } from './organization.aliases';
import { CityRecord, CountryRecord, cityNamed, countryNamed, countryOfDemonym, regionNamed } from './place.gazetteer';

/**
 * One lookup over every name list the extractor knows: the organization table, countries and their
 * demonyms, well-known regions, GeoNames cities, and compromise's lexicon of regions and
 * organizations, in that order of precedence. A city named by a single word must be large (50,000+
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
export const MAX_NAME_WORDS = 7;

const MIN_SINGLE_WORD_CITY = 50000;
const MIN_AMBIGUOUS_CITY = 1000000;

function acceptCity(city: CityRecord, surface: string, words: number): boolean {
  if (!city.primaryName && /^[\p{Lu}\s.-]+$/u.test(surface)) return false;
  if (words > 1) return true;
  if (!city.capital && city.population < MIN_SINGLE_WORD_CITY) return false;
  const key = foldName(surface);
  if (isCommonWord(key) || isGivenName(key) || isSurname(key)) return city.population >= MIN_AMBIGUOUS_CITY;
  return true;
}

/** What the capitalised phrase `surface` (of `words` words) names, or null when no list knows it. */
export function lookupName(surface: string, words: number): DictionaryHit | null {
  const org = organizationNamed(surface);
  if (org) return { type: 'ORGANIZATION', name: org };
  const country = countryNamed(surface);
  if (country) return { type: 'COUNTRY', country };
  if (words === 1) {
    const of = countryOfDemonym(surface);
    if (of) return { type: 'DEMONYM', country: of };
  }
  const region = regionNamed(surface);
  if (region) return { type: 'REGION', name: region.name, kind: region.kind, countryCode: region.countryCode };
  const city = cityNamed(surface);
  if (city && acceptCity(city, surface, words)) return { type: 'CITY', city };
  const key = foldName(surface);
  const tags = lexiconTags(key);
  if (tags.has('Region')) return { type: 'REGION', name: surface, kind: 'region', countryCode: null };
  if (tags.has('Organization') && (words > 1 || (surface.length >= 3 && !isCommonWord(key) && !isGivenName(key)))) {
    return { type: 'ORGANIZATION', name: surface };
  }
  return null;
}
