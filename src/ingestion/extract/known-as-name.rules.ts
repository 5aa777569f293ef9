import { KNOWN_AS_WORDS } from './acronym-spelling.rules';
import type { TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { isOrganizationFinding, organizationFinding, organizationNameOf } from './organization-context.rules';
import { personNameWords } from './person-name.reader';

/**
 * An organization's short name given in an apposition: "the Japan Innovation Party, known as Ishin,", "the Islamic Resistance
 * Movement, better known as Hamas". The words after "known as" name the organization before it, and so does every later finding
 * of that one word alone ("Ishin co-leader Hirofumi Yoshimura"): one organization by its full name.
 */

/** The words between an organization's name and its short name: ", known as ", ", also known as the ", ", known locally as ". */
const KNOWN_AS = new RegExp(`^, ${KNOWN_AS_WORDS}as (?:the )?$`);

/**
 * Rewrites, in `findings` (body order), as the organization before them the names no rule typed that follow an organization's
 * name and KNOWN_AS, and every other one-word finding no rule typed of the same word; not a word of a person the article names.
 */
export function organizationsKnownAs(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  let shortNames: Map<string, string> | null = null;
  let people: Set<string> | null = null;
  for (let i = 1; i < findings.length; i++) {
    const [before, f] = [findings[i - 1], findings[i]];
    if (f.kind !== 'partial' || !isOrganizationFinding(before) || tokens[before.last].segment !== tokens[f.first].segment) continue;
    if (!KNOWN_AS.test(body.slice(tokens[before.last].end, tokens[f.first].start))) continue;
    people ??= personNameWords(tokens, findings);
    if (f.first === f.last && people.has(tokens[f.first].key)) continue;
    const name = organizationNameOf(doc, before);
    findings[i] = organizationFinding(doc, f.first, f.last, name);
    if (f.first === f.last) (shortNames ??= new Map()).set(tokens[f.first].key, name);
  }
  if (!shortNames) return;
  findings.forEach((f, i) => {
    const name = f.kind === 'partial' && f.first === f.last ? shortNames!.get(tokens[f.first].key) : undefined;
    if (name) findings[i] = organizationFinding(doc, f.first, f.last, name);
  });
}
