import type { TokenizedArticle } from '../extract/article.tokenizer';
import { isClosedClassWord } from '../lexicon/english.lexicon';
import { countryNamed, countryOfDemonym, stateNamed } from '../lexicon/place.gazetteer';
import { LOCATIVE_KIND, LOCATIVE_RE } from '../lexicon/place-words.lexicon';
import type { EntityRegistry } from './entity.registry';

/**
 * The country and kind that the words before token `first` give a place: "the Ukrainian peninsula
 * of X" -> within UA, a region; "Ukraine's city of X" -> within UA, a city. Null when the 60
 * characters before it (inside its segment) say nothing of the kind.
 */
export function locativeContext(doc: TokenizedArticle, first: number): { countryCode: string; kind: string } | null {
  const t = doc.tokens[first];
  const seg = doc.segments[t.segment];
  const m = LOCATIVE_RE.exec(doc.body.slice(Math.max(seg.start, t.start - 60), t.start));
  if (!m) return null;
  const country = countryOfDemonym(m[1]) ?? countryNamed(m[1]);
  return country ? { countryCode: country.code, kind: LOCATIVE_KIND[m[2]] ?? 'region' } : null;
}

/** How many words after the comma may name the state or country ("New South Wales"). */
const STATE_WORDS = 3;

/**
 * The country of a place written before its state or country, "Eureka Springs, Arkansas",
 * "Kanata, Ontario", "Buxton, England": the words ending at token `last`, then a comma, then a
 * state's or a country's name (in the same segment) that ends a phrase. Null when no such name follows.
 */
export function stateAfter(doc: TokenizedArticle, last: number): string | null {
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
    const name = body.slice(first.start, end.end);
    const code = closes ? stateNamed(name)?.countryCode ?? countryNamed(name)?.code : undefined;
    if (code) return code;
  }
  return null;
}

/** Puts the place `key` named at token `first` within the country its locative context gives, unless it already lies within one. */
export function applyLocative(doc: TokenizedArticle, reg: EntityRegistry, key: string, first: number): void {
  const draft = reg.drafts.get(key)!;
  if (draft.entity.withinKey) return;
  const locative = locativeContext(doc, first);
  if (locative) draft.entity.withinKey = reg.country(locative.countryCode);
}
