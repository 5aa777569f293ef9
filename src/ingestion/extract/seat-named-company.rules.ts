import { isCompanyLegalForm } from '../lexicon/english.lexicon';
import { lookupName } from '../lexicon/entity.dictionary';
import { PLACE_PREPOSITIONS } from '../lexicon/place-words.lexicon';
import type { ArticleToken, TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { isHeadFirstOrganizationWord } from './organization.frame';
import { afterDealWord, isOrganizationFinding, organizationFinding } from './organization-context.rules';
import { packedMap } from './packed.map';

/**
 * Banks and companies named after the town they started in ("Santander", "Sabadell"): once the article names one with its town as
 * its own word, the town's name alone is the company too. Found as a town by the gazetteer, it loses its place where the article
 * shows the company: a head-first word and the town ("Banco Sabadell", "Banca Quorvle"), the town and a legal form ("Sabadell SA"),
 * or the town and a country, its unit there ("Santander Brasil", read so by organizationUnits).
 */

/** True when `t` is a one-word town the gazetteer knows. */
function isTown(t: ArticleToken): boolean {
  return lookupName(t.text, 1)?.type === 'CITY';
}

/**
 * The folded town of the organization finding `f` when its name is the town and what makes it a company's (see the top of the
 * file): a head-first word before it, a legal form or a country after it; else null.
 */
function seatOf(doc: TokenizedArticle, f: EntityFinding): string | null {
  const { tokens } = doc;
  if (!isOrganizationFinding(f) || f.last === f.first) return null;
  let [first, last] = [f.first, f.last];
  while (last > first && isCompanyLegalForm(tokens[last].key)) last--;
  const legalForm = last < f.last;
  if (!legalForm && last === first + 1 && lookupName(tokens[last].text, 1)?.type === 'COUNTRY') last--;
  else if (isHeadFirstOrganizationWord(tokens[first])) first++;
  else if (!legalForm) return null;
  return first === last && isTown(tokens[first]) ? tokens[first].key : null;
}

/**
 * `findings` (body order) with each one-word town whose word is an organization's seat the article shows (seatOf) read as that
 * company, where no place preposition stands before it ("the bank's head office in Santander" keeps the town) but a company's
 * holding or sale does ("Shares in Santander rose"). Returns `findings` itself when there is none.
 */
export function companiesNamedAfterTowns(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  let seats: Set<string> | null = null;
  for (const f of findings) {
    const seat = seatOf(doc, f);
    if (seat) (seats ??= new Set()).add(seat);
  }
  if (!seats) return findings;
  const { tokens } = doc;
  const towns = seats;
  const alone = (f: EntityFinding): boolean => {
    if (f.kind !== 'dict' || f.hit.type !== 'CITY' || f.first !== f.last || !towns.has(tokens[f.first].key)) return false;
    const before = tokens[f.first - 1];
    return !before || before.cap || !PLACE_PREPOSITIONS.has(before.key) || afterDealWord(tokens, f);
  };
  return packedMap(findings, (f) => (alone(f) ? organizationFinding(doc, f.first, f.last) : f));
}
