import type { TokenizedArticle } from '../extract/article.tokenizer';
import type { EntityFinding } from '../extract/entity.classifier';
import { isDictionaryWord } from '../lexicon/dictionary-words.lexicon';
import { isCommonWord, isFunctionWord, isOrganizationHead } from '../lexicon/english.lexicon';
import { homeCountryOf } from '../lexicon/organization.aliases';
import { countryByCode } from '../lexicon/place.gazetteer';

/**
 * National bodies the organization table knows by a generic name ("Senate", "Supreme Court",
 * "Democratic Party", "Labour Party": organization.aliases.ts homes each in its country). Other
 * countries have bodies of the same name, so in an article that never points to the body's home
 * country (no country, demonym, city or region of it) the generic name means the body of the country
 * the article is about: "Democratic Party (Hong Kong)", distinct from the US party. The generic name
 * stays an alias, so a search for "Democratic Party" finds both. Names no table knows are left as
 * written: an article about Russia names US committees as often as Russian ones.
 */

/** The findings' places that tell a country: a country, a demonym, a city, a region with its country. */
function countryOfFinding(f: EntityFinding): string | null {
  if (f.kind !== 'dict') return null;
  const { hit } = f;
  if (hit.type === 'COUNTRY' || hit.type === 'DEMONYM') return hit.country.code;
  if (hit.type === 'CITY') return hit.city.countryCode;
  if (hit.type === 'REGION') return hit.countryCode;
  return null;
}

/** The countries an article's place names point to (countries, demonyms, cities, regions), with how often. */
export interface ArticleCountries {
  counts: ReadonlyMap<string, number>;
  /** The ISO code named most often, the first named on a tie; null when the article names none. */
  main: string | null;
  /** Per token right after a place name's possessive ("Congress" of "Peru's Congress"), the ISO code that place points to. */
  owners: ReadonlyMap<number, string>;
}

/** The countries the findings' place names point to (see ArticleCountries). */
export function articleCountries(doc: TokenizedArticle, findings: EntityFinding[]): ArticleCountries {
  const counts = new Map<string, number>();
  const owners = new Map<number, string>();
  let main: string | null = null;
  for (const f of findings) {
    const code = countryOfFinding(f);
    if (!code) continue;
    const n = (counts.get(code) ?? 0) + 1;
    counts.set(code, n);
    if (main === null || n > counts.get(main)!) main = code;
    if (doc.tokens[f.last].possessive) owners.set(f.last + 1, code);
  }
  return { counts, main, owners };
}

/** The words written over tokens `first`..`last` ("the" left out) are all ordinary words ("Democratic Party", "Senate"; not "U.S. Senate"). */
function genericWords(doc: TokenizedArticle, first: number, last: number): boolean {
  const ws = doc.tokens.slice(first, last + 1).filter((t) => t.key !== 'the');
  if (ws.some((t) => t.upper || t.initial)) return false;
  return ws.every((t) => isFunctionWord(t.key) || isOrganizationHead(t.key) || isCommonWord(t.key) || isDictionaryWord(t.key));
}

/**
 * The name to store for the organization the table names `canonical`, written over tokens
 * `first`..`last`, when the written name is generic: "<written name> (<country>)" for the country
 * whose possessive it follows ("Peru's Congress" in a story that names Indonesia and the United States
 * too), else for the article's main country when the table homes it in a country the article never
 * points to; `canonical` otherwise, and for its home country ("America's Congress").
 */
export function nationalBodyName(doc: TokenizedArticle, canonical: string, first: number, last: number, countries: ArticleCountries): string {
  const home = homeCountryOf(canonical);
  if (!home || !genericWords(doc, first, last)) return canonical;
  const country = countries.owners.get(first) ?? (countries.counts.has(home) ? null : countries.main);
  if (!country || country === home) return canonical;
  const the = doc.tokens[first].key === 'the' && first < last ? first + 1 : first;
  return `${doc.body.slice(doc.tokens[the].start, doc.tokens[last].end)} (${countryByCode(country)?.name ?? country})`;
}
