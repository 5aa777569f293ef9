import { lookupName } from '../lexicon/entity.dictionary';
import { SPORTS } from '../lexicon/name-words.lexicon';
import { stateNamed } from '../lexicon/place.gazetteer';
import { isConnector, surfaceOf, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { modifiesNoun } from './name-shape.rules';
import { organizationFinding } from './organization-context.rules';

/**
 * A sport's governing body named by the sport and its country or state: "Swimming Australia", "Athletics Kenya",
 * "Rugby Australia" (Rugby is also a town), "Cricket Victoria", the American form, "USA Swimming", and the place first: "Sri Lanka Cricket".
 */

/** The longest country's or state's name, in words, after the sport: "Swimming New Zealand". */
const MOST_PLACE_WORDS = 3;

/** A place the lists know as a country or a state, at tokens `first`..`last`. */
function countryOrState(doc: TokenizedArticle, first: number, last: number): boolean {
  const hit = lookupName(surfaceOf(doc, first, last), last - first + 1);
  return !!hit && (hit.type === 'COUNTRY' || (hit.type === 'REGION' && stateNamed(hit.name) !== null));
}

/**
 * "Sri Lanka Cricket", "New Zealand Cricket", "Canada Soccer": the governing body named by its country or state and then its sport,
 * the sport (a capital, no capitals) ending the run or before a connector, and modifying no lower-case noun ("the India Cricket team"
 * is the country's). Pushes the organization (after `flush`) and returns how many chunk words it covers, else 0.
 */
function placeBeforeSport(doc: TokenizedArticle, chunk: number[], i: number, out: EntityFinding[], flush: () => void): number {
  const { tokens } = doc;
  for (let len = Math.min(MOST_PLACE_WORDS, chunk.length - i - 1); len >= 1; len--) {
    const sport = tokens[chunk[i + len]];
    const ends = i + len + 1 === chunk.length || isConnector(tokens[chunk[i + len + 1]]);
    if (!ends || !sport.cap || sport.upper || !SPORTS.has(sport.key) || modifiesNoun(tokens, chunk[i + len]) || tokens[chunk[i + len - 1]].possessive) continue;
    if (!countryOrState(doc, chunk[i], chunk[i + len - 1])) continue;
    flush();
    out.push(organizationFinding(doc, chunk[i], chunk[i + len]));
    return len + 1;
  }
  return 0;
}

/**
 * The governing body at chunk position `i`: a sport's name (a capital, no capitals) right before a country's or a state's
 * name the lists know, or "USA" right before a sport's name that ends the run, or such a place before its sport (placeBeforeSport). Outside Title Case lines only, where every
 * word has a capital. Pushes the organization (after `flush`) and returns how many chunk words it covers, else 0.
 */
export function sportsBodyAt(doc: TokenizedArticle, chunk: number[], i: number, out: EntityFinding[], flush: () => void): number {
  const { tokens } = doc;
  const t = tokens[chunk[i]];
  if (!t.cap || t.possessive || !t.joinsNext || i + 1 >= chunk.length || doc.segments[t.segment].titleCase) return 0;
  const next = tokens[chunk[i + 1]];
  if (t.text === 'USA' && next.cap && !next.upper && SPORTS.has(next.key) && (i + 2 === chunk.length || isConnector(tokens[chunk[i + 2]]))) {
    flush();
    out.push(organizationFinding(doc, chunk[i], chunk[i + 1]));
    return 2;
  }
  if (t.upper) return 0;
  if (!SPORTS.has(t.key)) return placeBeforeSport(doc, chunk, i, out, flush);
  for (let len = Math.min(MOST_PLACE_WORDS, chunk.length - i - 1); len >= 1; len--) {
    const last = chunk[i + len];
    if (isConnector(tokens[last]) || tokens[chunk[i + len - 1]].possessive) continue;
    if (countryOrState(doc, chunk[i + 1], last)) {
      flush();
      out.push(organizationFinding(doc, chunk[i], last));
      return len + 1;
    }
  }
  return 0;
}
