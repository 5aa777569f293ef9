import type { ArticleToken, TokenizedArticle } from '../extract/article.tokenizer';
import type { EntityFinding } from '../extract/entity.classifier';
import { hasLexiconTag } from '../lexicon/english.lexicon';
import { isOrganizationPeopleWord, isTitleHead } from '../lexicon/title.lexicon';

/**
 * An acronym no list knows and the text does not define is an organization's name only where the
 * article uses it as one; used as a term ("the GNP of Israel", "ROV lights", "conducted on IRC",
 * "a tome on XML") it names nothing. Signs of an organization, at any one of its mentions: a
 * possessive ("DAB's leaders"), a person "of" it ("Edda Brask of DAB"), its people or an office after
 * it ("KSC employees", "QRV spokesman"), a verb of its own after it ("the KPA fired", "SNY has
 * broadcast"), a speech cue beside it ("said KCNA"), its organization's name in brackets after it ("CEI
 * (Italian Episcopal Conference)").
 */

/** Verbs, besides past tenses, that an organization as a subject takes right after its acronym. */
const ACTING_VERBS = new Set(['has', 'have', 'had', 'says', 'said']);

/** The person finding ending at token `i`, if any (findings in body order). */
function personEndsAt(findings: EntityFinding[], i: number): boolean {
  return findings.some((g) => g.kind === 'person' && g.last === i);
}

/** Token `i` (one acronym) stands as an organization: possessive, after "<person> of (the)", before its people, an office or a verb. */
function organizationSlot(tokens: ArticleToken[], findings: EntityFinding[], i: number): boolean {
  const t = tokens[i];
  if (t.possessive) return true;
  const the = tokens[i - 1]?.key === 'the' && !tokens[i - 1].cap ? 1 : 0;
  const of = tokens[i - 1 - the];
  if (of && of.key === 'of' && !of.cap && of.joinsNext && personEndsAt(findings, i - 2 - the)) return true;
  const next = tokens[i + 1];
  if (!next || next.cap || !t.joinsNext || next.segment !== t.segment) return false;
  return isOrganizationPeopleWord(next.key) || isTitleHead(next.key) || ACTING_VERBS.has(next.key) || hasLexiconTag(next.key, 'PastTense');
}

/** "CEI (Italian Episcopal Conference)": the acronym written right before an organization's name in brackets. */
function expandedAfter(doc: TokenizedArticle, f: EntityFinding, next: EntityFinding | undefined): boolean {
  const organization = next?.kind === 'org' || (next?.kind === 'dict' && next.hit.type === 'ORGANIZATION');
  return organization && /^ ?\($/.test(doc.body.slice(doc.tokens[f.last].end, doc.tokens[next.first].start));
}

/**
 * The texts of the one-word upper-case partial findings ("DAB", "KPA") that the article uses as an
 * organization's name at least once (see the signs above). Findings in body order.
 */
export function acronymsActingAsOrganizations(doc: TokenizedArticle, findings: EntityFinding[]): Set<string> {
  const { tokens } = doc;
  const acting = new Set<string>();
  findings.forEach((f, i) => {
    if (f.kind !== 'partial' || f.first !== f.last || !tokens[f.first].upper || acting.has(tokens[f.first].text)) return;
    if (f.cue || organizationSlot(tokens, findings, f.first) || expandedAfter(doc, f, findings[i + 1])) acting.add(tokens[f.first].text);
  });
  return acting;
}
