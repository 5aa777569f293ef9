import type { TokenizedArticle } from '../extract/article.tokenizer';
import type { EntityFinding } from '../extract/entity.classifier';
import { isDictionaryWord } from '../lexicon/dictionary-words.lexicon';
import { lookupName } from '../lexicon/entity.dictionary';
import { isCommonWord, isFunctionWord, isOrganizationHead } from '../lexicon/english.lexicon';
import { homeCountryOf } from '../lexicon/organization.aliases';
import { countryByCode } from '../lexicon/place.gazetteer';

/**
 * Government and party bodies named generically: every country has a "Democratic Party", a
 * "Supreme Court", a "Legislative Council", a "Ministry of Culture". Written so, such a name means the
 * body of the country the article is about, so it is stored with that country: "Democratic Party
 * (Hong Kong)" in an article about Hong Kong, distinct from the US party of the same name (the
 * organization table's "Democratic Party", which keeps its plain name in articles about the US).
 * The generic name stays an alias, so a search for "Democratic Party" finds both.
 */

/** Head words of the names of government and party bodies. */
const BODY_HEADS = new Set([
  'party', 'ministry', 'department', 'council', 'court', 'assembly', 'parliament', 'senate', 'congress', 'government',
  'commission', 'committee', 'cabinet', 'tribunal', 'legislature', 'police', 'army', 'navy', 'municipality',
]);

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
}

/** The countries the findings' place names point to (see ArticleCountries). */
export function articleCountries(findings: EntityFinding[]): ArticleCountries {
  const counts = new Map<string, number>();
  let main: string | null = null;
  for (const f of findings) {
    const code = countryOfFinding(f);
    if (!code) continue;
    const n = (counts.get(code) ?? 0) + 1;
    counts.set(code, n);
    if (main === null || n > counts.get(main)!) main = code;
  }
  return { counts, main };
}

/** The words of the name written over tokens `first`..`last` ("the" left out) are all ordinary words ("Democratic Party", "Ministry of Culture", "Senate"). */
function genericWords(doc: TokenizedArticle, first: number, last: number): boolean {
  const ws = doc.tokens.slice(first, last + 1).filter((t) => t.key !== 'the');
  if (ws.some((t) => t.upper || t.initial)) return false;
  if (!ws.every((t) => isFunctionWord(t.key) || isOrganizationHead(t.key) || isCommonWord(t.key) || isDictionaryWord(t.key))) return false;
  // No place in it, of one word or two: "United States National Security Council" is no generic name.
  const place = (hit: ReturnType<typeof lookupName>): boolean => !!hit && hit.type !== 'ORGANIZATION';
  return !ws.some((t, i) => t.cap && (place(lookupName(t.text, 1)) || (i + 1 < ws.length && place(lookupName(`${t.text} ${ws[i + 1].text}`, 2)))));
}

/** The head of a generic name: its last capitalised word before an "of" phrase ('' for a department without one). */
function headOf(doc: TokenizedArticle, first: number, last: number): string {
  const ws = doc.tokens.slice(first, last + 1);
  const of = ws.findIndex((t) => !t.cap && t.key === 'of');
  const head = (of > 0 ? ws[of - 1] : ws[ws.length - 1]).key;
  // A department without its "of" phrase is as often a university's or a company's ("Aerospace Engineering Department").
  return head === 'department' && of < 0 ? '' : head;
}

/**
 * The name to store for organization `canonical`, written over tokens `first`..`last` ("Democratic
 * Party (Hong Kong)", else `canonical`): when the words are all ordinary and no place, either the
 * organization table homes `canonical` (`known`) in a country the article never points to (then the
 * article's main country is the body's), or no table knows it and its head is a government or party
 * body's (then it is the article's main country's).
 */
export function nationalBodyName(doc: TokenizedArticle, canonical: string, first: number, last: number, countries: ArticleCountries, known: boolean): string {
  const country = countries.main;
  if (!country || (!known && last === first)) return canonical;
  // The cheap tests first: the table's home, or the head word; the word lists only then.
  const home = known ? homeCountryOf(canonical) : null;
  if (known ? !home || countries.counts.has(home) : !BODY_HEADS.has(headOf(doc, first, last))) return canonical;
  if (!genericWords(doc, first, last)) return canonical;
  const place = countryByCode(country)?.name ?? country;
  const the = doc.tokens[first].key === 'the' && first < last ? first + 1 : first;
  const generic = known ? doc.body.slice(doc.tokens[the].start, doc.tokens[last].end) : canonical;
  return `${generic} (${place})`;
}
