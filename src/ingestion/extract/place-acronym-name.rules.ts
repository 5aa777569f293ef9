import { isDictionaryAcronym } from '../lexicon/dictionary-words.lexicon';
import { lookupName } from '../lexicon/entity.dictionary';
import { runsOn, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { organizationFinding } from './organization-context.rules';
import { withSpansRead } from './spanned-findings.util';

/**
 * An organization named by its place and an acronym, as banks, boards and agencies are ("Emirates NBD", "Cork ETB": a town's
 * education and training board), where the place was read alone and the acronym apart.
 */

/** An acronym of two to five capitals. */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/** The finding is a place: one the lists know (a town, a region, a country) or one a rule read. */
function isPlaceFinding(f: EntityFinding): boolean {
  return f.kind === 'place' || (f.kind === 'dict' && (f.hit.type === 'CITY' || f.hit.type === 'COUNTRY' || f.hit.type === 'REGION'));
}

/** Every time the article writes the word at token `at`, the words of tokens `first`..`at - 1` come right before it. */
function writtenOnlyAfter(doc: TokenizedArticle, first: number, at: number): boolean {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== tokens[at].text) continue;
    for (let k = 1; k <= at - first; k++) if (tokens[i - k]?.key !== tokens[at - k].key || !tokens[i - k].joinsNext) return false;
  }
  return true;
}

/**
 * "head of research at Emirates NBD", "money from Cork ETB": a place (no possessive) and, one space after it, an acronym that ends the
 * run, which no list and no dictionary knows (not "UK GDP", "U.S. FDA") and which the article writes nowhere but after that place, name
 * one organization: the place is part of its name. Returns `findings` with those spans read so, in body order.
 */
export function placeAcronymNames(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  const spans: Array<[number, number]> = [];
  for (const f of findings) {
    if (!isPlaceFinding(f)) continue;
    const [place, acronym] = [tokens[f.last], tokens[f.last + 1]];
    if (!acronym || place.possessive || !runsOn(place, acronym) || !ACRONYM.test(acronym.text)) continue;
    if ((acronym.joinsNext && tokens[f.last + 2]?.cap) || isDictionaryAcronym(acronym.key) || lookupName(acronym.text, 1)) continue;
    if (writtenOnlyAfter(doc, f.first, f.last + 1)) spans.push([f.first, f.last + 1]);
  }
  return withSpansRead(findings, spans, (first, last) => organizationFinding(doc, first, last));
}
