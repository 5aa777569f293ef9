import { keyOf, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';

/** True for a finding no rule typed or an untitled person's: what a contest's or a craft's name may have been read as. */
export function untypedName(f: EntityFinding): boolean {
  return f.kind === 'partial' || (f.kind === 'person' && f.titleFirst === null);
}

/** True for a person's finding, titled or not, or one no rule typed: a finding that may name a person. */
export function personOrUntyped(f: EntityFinding): f is Extract<EntityFinding, { kind: 'person' | 'partial' }> {
  return f.kind === 'person' || f.kind === 'partial';
}

/**
 * A test for the untyped names (untypedName) of an article written with the same words as one of `findings` that `names` (asked
 * only of untyped names) shows to name a thing, no person: "Quorvle Bianca" of a headline where the body writes "won the Quorvle
 * Bianca". The test is true of the finding `names` holds for and of each of its namesakes.
 */
export function untypedNamesLike(doc: TokenizedArticle, findings: EntityFinding[], names: (f: EntityFinding) => boolean): (f: EntityFinding) => boolean {
  const keys = new Set(findings.filter((f) => untypedName(f) && names(f)).map((f) => keyOf(doc, f.first, f.last)));
  return keys.size ? (f) => untypedName(f) && keys.has(keyOf(doc, f.first, f.last)) : () => false;
}
