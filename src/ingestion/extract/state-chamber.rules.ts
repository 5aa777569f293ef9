import type { TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { organizationFinding } from './organization-context.rules';

/** A chamber's word after a state's name: "the Ohio House", "the Ohio Senate". */
const CHAMBER_WORDS: ReadonlySet<string> = new Set(['house', 'senate']);

/** What may follow "House of" in a chamber's name: "House of Representatives", "House of Delegates", "House of Assembly". */
const HOUSE_OF: ReadonlySet<string> = new Set(['representatives', 'delegates', 'assembly']);

/**
 * "The bill passed the Ohio House and the Ohio Senate", "the Virginia House of Delegates", "the Lagos State House of
 * Assembly": a state's or a province's name (a region the lists know with its country) right before "House" or "Senate"
 * (and "of Representatives", "of Delegates", "of Assembly") names that state's chamber, one organization: not the state
 * and the US Senate. Returns the findings so rewritten.
 */
export function stateChambers(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  const chambers: EntityFinding[] = [];
  for (const f of findings) {
    if (f.kind !== 'dict' || f.hit.type !== 'REGION' || !f.hit.countryCode) continue;
    const [before, word] = [tokens[f.last], tokens[f.last + 1]];
    if (!before.joinsNext || !word?.cap || before.possessive || !CHAMBER_WORDS.has(word.key)) continue;
    let last = f.last + 1;
    const [of, what] = [tokens[last + 1], tokens[last + 2]];
    if (word.key === 'house' && word.joinsNext && of?.key === 'of' && of.joinsNext && what?.cap && HOUSE_OF.has(what.key)) last += 2;
    chambers.push(organizationFinding(doc, f.first, last));
  }
  if (!chambers.length) return findings;
  const kept = findings.filter((g) => !chambers.some((c) => g.first <= c.last && g.last >= c.first));
  return [...kept, ...chambers].sort((a, b) => a.first - b.first);
}
