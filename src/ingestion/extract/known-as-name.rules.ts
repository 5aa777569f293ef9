import type { TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { isOrganizationFinding, organizationFinding } from './organization-context.rules';
import { personNameWords } from './person-name.reader';

/**
 * An organization's short name given in an apposition: "the Japan Innovation Party, known as Ishin,", "the Islamic Resistance
 * Movement, better known as Hamas". The words after "known as" name the organization before it, and so does every later finding
 * of that one word alone ("Ishin co-leader Hirofumi Yoshimura").
 */

/** The words between an organization's name and its short name: ", known as ", ", also known as the ", ", known locally as ". */
const KNOWN_AS = /^, (?:(?:also|better|commonly|locally|widely) )?known (?:locally )?as (?:the )?$/;

/**
 * Rewrites, in `findings` (body order), as organizations the names no rule typed that follow an organization's name and
 * KNOWN_AS, and every other one-word finding no rule typed of the same word; not a word of a person the article names.
 */
export function organizationsKnownAs(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  let shortNames: Set<string> | null = null;
  let people: Set<string> | null = null;
  for (let i = 1; i < findings.length; i++) {
    const [before, f] = [findings[i - 1], findings[i]];
    if (f.kind !== 'partial' || !isOrganizationFinding(before) || tokens[before.last].segment !== tokens[f.first].segment) continue;
    if (!KNOWN_AS.test(body.slice(tokens[before.last].end, tokens[f.first].start))) continue;
    people ??= personNameWords(tokens, findings);
    if (f.first === f.last && people.has(tokens[f.first].key)) continue;
    findings[i] = organizationFinding(doc, f.first, f.last);
    if (f.first === f.last) (shortNames ??= new Set()).add(tokens[f.first].key);
  }
  if (!shortNames) return;
  findings.forEach((f, i) => {
    if (f.kind === 'partial' && f.first === f.last && shortNames!.has(tokens[f.first].key)) findings[i] = organizationFinding(doc, f.first, f.last);
  });
}
