import type { TokenizedArticle } from '../extract/article.tokenizer';
import type { EntityFinding } from '../extract/entity.classifier';
import { isOrganizationFinding } from '../extract/organization-context.rules';

/**
 * Products named after their maker: "Google Chrome", "Quorvle Fusion" (a car), "Tellan Prime". One
 * capitalised word no rule typed, written right after an organization's name (no possessive between),
 * names what the organization makes or runs, and the article goes on to write it alone ("tied with
 * Chrome", "Chrome continues to surge"): that word is no person's name anywhere in the article.
 */

/** The folded one-word partial findings written right after an organization's name in `findings` (body order). */
export function productWords(doc: TokenizedArticle, findings: EntityFinding[]): Set<string> {
  const { tokens } = doc;
  const words = new Set<string>();
  findings.forEach((f, i) => {
    const maker = findings[i - 1];
    if (f.kind !== 'partial' || f.first !== f.last || !maker || maker.last !== f.first - 1) return;
    if (!isOrganizationFinding(maker)) return;
    const end = tokens[maker.last];
    if (end.joinsNext && !end.possessive && end.segment === tokens[f.first].segment) words.add(tokens[f.first].key);
  });
  return words;
}
