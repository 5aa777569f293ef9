import { isGivenName, isListedFirstName, isOrganizationHead, isPlaceHead, isSurname } from '../lexicon/english.lexicon';
import { cityNamed, smallTownCountry } from '../lexicon/place.gazetteer';
import { surfaceOf, type ArticleToken, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { isOrganizationFinding, placeFinding } from './organization-context.rules';
import { packedMap } from './packed.map';

/** Place words for a building that is the seat of an office or a body, named for it: "State House", "White House". */
const SEAT_HEADS: ReadonlySet<string> = new Set(['house']);

/**
 * True for a folded word that can end a place's name made of other words: a place's head noun of the lexicon's ("ridge", "shoal",
 * "junction", "marshes") that heads no organization's name and that no name list holds as a given name or a surname ("Hill",
 * "Lane", "Park" end people's names: "Anita Hill").
 */
export function isPlaceHeadWord(key: string): boolean {
  return isPlaceHead(key) && !isOrganizationHead(key) && !isGivenName(key) && !isListedFirstName(key) && !isSurname(key);
}

/** True when the name of tokens `first`..`last` goes on past them: a capitalised word (no "The") or "of" / "and" and one joined before it, a capitalised word or "of" joined after it. */
function partOfLongerName(tokens: ArticleToken[], first: number, last: number): boolean {
  const joined = (a: ArticleToken | undefined, b: ArticleToken | undefined): boolean => !!a && !!b && a.joinsNext && a.segment === b.segment;
  const [before, after] = [tokens[first - 1], tokens[last + 1]];
  if (joined(before, tokens[first]) && ((before.cap && before.key !== 'the') || ((before.key === 'of' || before.key === 'and') && joined(tokens[first - 2], before) && tokens[first - 2].cap))) return true;
  return joined(tokens[last], after) && (after.cap || after.key === 'of');
}

/**
 * "The camp stands at Sheehan Ridge", "the reserve at Insh Marshes", "a fall on the Bear Mountain Trail": a name of two to four
 * capitalised words that no rule typed (a partial finding), outside a Title Case line and not in capitals, whose last word is a
 * place's head noun (the lexicon's place words: "Ridge", "Marshes", "Trail", "Crossing") that no name list holds as a given name
 * or surname ("Hill", "Lane", "Park" end people's names: "Anita Hill") and that heads no organization, opened by no given name the
 * lists know, is a place: news names a person or a body so rarely. Not a house, the seat of an office or a body ("State House",
 * "White House"), nor part of a longer name: the words are their whole run of capitalised words, no of-phrase after them ("the
 * National Library of Morocco"), no name joined before them by "and" ("Almalyk Mining and Metallurgical Complex"), nor the short
 * name of an organization the article names in full ("Quorvle Heights" after "Quorvle Heights Estates Limited"), nor a town the
 * gazetteer holds. Returns the
 * findings so retyped.
 */
export function placesByHeadNoun(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  let organizations: string[] | null = null;
  return packedMap(findings, (f) => {
    const words = f.last - f.first + 1;
    if (f.kind !== 'partial' || words < 2 || words > 4 || doc.segments[tokens[f.first].segment].titleCase) return f;
    const [opening, head] = [tokens[f.first], tokens[f.last]];
    if (!head.cap || head.upper || opening.upper || isGivenName(opening.key)) return f;
    if (!isPlaceHeadWord(head.key) || SEAT_HEADS.has(head.key)) return f;
    if (partOfLongerName(tokens, f.first, f.last)) return f;
    const name = surfaceOf(doc, f.first, f.last);
    // A town the gazetteer holds is the resolver's to read, with its country ("in Eureka Springs").
    if (cityNamed(name) || smallTownCountry(name) !== undefined) return f;
    organizations ??= packedMap(
      findings.filter(isOrganizationFinding),
      (o) => surfaceOf(doc, o.first, o.last),
    );
    if (organizations.some((o) => o.startsWith(`${name} `))) return f;
    return placeFinding(doc, f.first, f.last, 'region', name);
  });
}
