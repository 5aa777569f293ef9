import type { TokenizedArticle } from '../extract/article.tokenizer';
import { countryNamed, countryOfDemonym } from '../lexicon/place.gazetteer';
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

/** Puts the place `key` named at token `first` within the country its locative context gives, unless it already lies within one. */
export function applyLocative(doc: TokenizedArticle, reg: EntityRegistry, key: string, first: number): void {
  const draft = reg.drafts.get(key)!;
  if (draft.entity.withinKey) return;
  const locative = locativeContext(doc, first);
  if (locative) draft.entity.withinKey = reg.country(locative.countryCode);
}
