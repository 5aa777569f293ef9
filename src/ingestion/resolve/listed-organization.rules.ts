import { keyOf, type TokenizedArticle } from '../extract/article.tokenizer';
import type { EntityFinding } from '../extract/entity.classifier';
import { organizationsInLists } from '../extract/name-lists.rules';
import { organizationFinding } from '../extract/organization-context.rules';
import { isBrandShaped } from '../lexicon/name-words.lexicon';

/**
 * "The field is run with Quorvane, OMV, Tellergies and Brandvik": news lists firms beside firms, and the classifier types a name
 * listed beside an organization it typed (name-lists.rules.ts organizationsInLists). An organization only the resolve stage reads by
 * its form, an acronym no list knows or a brand's inner capital, stands beside the name there untyped, and the name, which no rule of
 * either stage typed, was lost. Read again once the resolve stage has typed its organizations, the list types it: `resolvedOrganization`
 * tells a finding the resolve stage made an organization, `open` the findings it left without an entity. Only an organization shown by
 * its form anchors the list (formShown): one word the resolve stage reads as an organization by its context alone ("Quorvane, which
 * will be released") is less sure, and the list would spread its error ("two satellites, Tellio and Quorvane, which ...").
 * Returns the open findings so read, with every other open finding of the same words ("Brandvik" written again alone, where nothing
 * marks it either: one name, one entity). The list's own tests hold (organizationsInLists): a name of at most three words, no given
 * name, known surname, word of a person the article names, title or function word, not in a Title Case line.
 */
export function organizationsListedBesideResolved(
  doc: TokenizedArticle,
  findings: EntityFinding[],
  resolvedOrganization: (f: EntityFinding) => boolean,
  open: ReadonlySet<EntityFinding>,
): EntityFinding[] {
  if (!open.size) return [];
  const view = findings.map((f) => (f.kind !== 'org' && formShown(doc, f) && resolvedOrganization(f) ? organizationFinding(doc, f.first, f.last) : f));
  organizationsInLists(doc, view, true);
  const listed = findings.filter((f, i) => open.has(f) && view[i].kind === 'org');
  if (!listed.length) return [];
  const words = new Set(listed.map((f) => keyOf(doc, f.first, f.last)));
  return findings.filter((f) => open.has(f) && words.has(keyOf(doc, f.first, f.last)));
}

/** A finding of one word in capitals of two letters or more ("OMV") or of a brand's shape ("Tellergies"): an organization's form. */
function formShown(doc: TokenizedArticle, f: EntityFinding): boolean {
  const t = doc.tokens[f.first];
  return f.first === f.last && (t.upper || isBrandShaped(t.text));
}
