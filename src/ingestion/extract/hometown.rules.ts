import { isCommonWord } from '../lexicon/english.lexicon';
import { cityNamed } from '../lexicon/place.gazetteer';
import { surfaceOf, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { isSportsCopy } from './sports-team.rules';

/**
 * Where a person comes from: news names a person with a home town after "of" or "from" ("Ann Quorvle of Timaru said", "a
 * teacher, Tom Quintell from Bradford, who ..."); outside sports copy, where "of" gives a player's club ("Ann Quorvle of Wrexham").
 */

/** The lower-case words between a person's name and the home town after it, with or without a comma before them. */
const HOMETOWN_LINKS = /^,? (?:of|from) $/;

/**
 * "Mere Tautahi of Timaru, who built a dragon", "Tom Quintell from Bradford said": a name no rule typed (a partial finding), right
 * after a person's name and " of " or " from " (", of " too), no capitalised word right after it, that the gazetteer holds as a town's own name and that is no common word
 * ("of Reading" may be the firm's), is that town, whatever speech cue or "who" follows (the person's); not in sports copy, where it
 * may be a club's. Rewrites those findings in place, before the organization rules read "Nathan Law of Demosisto" as an affiliation.
 */
export function hometownsOfPeople(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  let sports: boolean | null = null;
  for (let i = 1; i < findings.length; i++) {
    const [f, person] = [findings[i], findings[i - 1]];
    if (f.kind !== 'partial' || person.kind !== 'person' || tokens[person.last].possessive || tokens[f.last].possessive) continue;
    if (tokens[person.last].segment !== tokens[f.first].segment || !HOMETOWN_LINKS.test(body.slice(tokens[person.last].end, tokens[f.first].start))) continue;
    // The whole name after "of": no capitalised word right after it ("of Uniao Brasil", a party).
    const next = tokens[f.last + 1];
    if (tokens[f.last].joinsNext && next?.cap && next.segment === tokens[f.last].segment) continue;
    const town = cityNamed(surfaceOf(doc, f.first, f.last));
    if (!town?.primaryName || tokens[f.first].upper || (f.first === f.last && isCommonWord(tokens[f.first].key))) continue;
    sports ??= isSportsCopy(doc);
    if (!sports) findings[i] = { kind: 'dict', hit: { type: 'CITY', city: town }, first: f.first, last: f.last };
  }
}
