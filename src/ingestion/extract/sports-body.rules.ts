import { lookupName } from '../lexicon/entity.dictionary';
import { SPORTS } from '../lexicon/name-words.lexicon';
import { stateNamed } from '../lexicon/place.gazetteer';
import { isConnector, surfaceOf, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { organizationFinding } from './organization-context.rules';

/**
 * A sport's governing body named by the sport and its country or state: "Swimming Australia", "Athletics Kenya",
 * "Rugby Australia" (Rugby is also a town), "Cricket Victoria", and the American form, "USA Swimming".
 */

/** The longest country's or state's name, in words, after the sport: "Swimming New Zealand". */
const MOST_PLACE_WORDS = 3;

/**
 * The governing body at chunk position `i`: a sport's name (a capital, no capitals) right before a country's or a state's
 * name the lists know, or "USA" right before a sport's name that ends the run. Outside Title Case lines only, where every
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
  if (t.upper || !SPORTS.has(t.key)) return 0;
  for (let len = Math.min(MOST_PLACE_WORDS, chunk.length - i - 1); len >= 1; len--) {
    const last = chunk[i + len];
    if (isConnector(tokens[last]) || tokens[chunk[i + len - 1]].possessive) continue;
    const hit = lookupName(surfaceOf(doc, chunk[i + 1], last), len);
    if (hit && (hit.type === 'COUNTRY' || (hit.type === 'REGION' && stateNamed(hit.name) !== null))) {
      flush();
      out.push(organizationFinding(doc, chunk[i], last));
      return len + 1;
    }
  }
  return 0;
}
