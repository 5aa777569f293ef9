import { isFunctionWord } from '../lexicon/english.lexicon';
import { isTableOrganization } from '../lexicon/organization.aliases';
import type { TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { verbLike } from './name-shape.rules';
import { isOrganizationFinding, organizationFinding } from './organization-context.rules';

/**
 * `findings` (in body order) with each company the lists know written right before a country, the two ending their run of
 * capitals, read as one organization, the company's unit in that country: "Vodafone Egypt is 55 percent owned by Vodacom",
 * "Shell Nigeria said". Not a body of the organization table ("the UN Ukraine envoy", "IMF Egypt talks": the body and the
 * country), and not before a lower-case word the pair may modify ("Apple Japan sales"): only before punctuation, a function
 * word, a verb or the end of the text. Returns `findings` itself when there is none.
 */
export function organizationUnitsByCountry(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const out: EntityFinding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const [f, g] = [findings[i], findings[i + 1]];
    if (g && unitInCountry(doc, f, g)) {
      out.push(organizationFinding(doc, f.first, g.last));
      i++;
    } else out.push(f);
  }
  return out.length === findings.length ? findings : out;
}

/** True when `f`, a company, and `g`, a country right after it, name the company's unit there (see organizationUnitsByCountry). */
function unitInCountry(doc: TokenizedArticle, f: EntityFinding, g: EntityFinding): boolean {
  const { tokens } = doc;
  if (!isOrganizationFinding(f) || g.kind !== 'dict' || g.hit.type !== 'COUNTRY' || g.first !== f.last + 1 || !tokens[f.last].joinsNext || tokens[f.last].possessive) return false;
  const next = tokens[g.last + 1];
  const ends = !tokens[g.last].joinsNext || !next || (!next.cap && (isFunctionWord(next.key) || verbLike(next.key)));
  return ends && !isTableOrganization(doc.body.slice(tokens[f.first].start, tokens[f.last].end));
}
