import { isCommonWord, isFunctionWord, isGivenName, isOrganizationHead, isSurname } from '../lexicon/english.lexicon';
import { isTitleWord } from '../lexicon/title.lexicon';
import { isConnector, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { nameShaped } from './name-shape.rules';
import { evidenceAfter } from './name-evidence.rules';
import { isOrganizationFinding, organizationFinding, unlistedPersonName } from './organization-context.rules';
import { personNameWords } from './person-name.reader';

/**
 * Names listed beside a name of known type ("Google, Quorvle, and Yahoo", "Chuck Close and Helmut Newton"): items of one list
 * joined by commas, "and", "or" or "&" share the type of the item beside them. Two passes of the classifier (entity.classifier.ts).
 */

/** Only a comma, "and", "or" or "&" between two spans of the body: they are items of one list. */
const LIST_GAP = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+)$/;

/** "and", "or" or "&" in a gap between two items of a list. */
const LIST_CONJUNCTION = /(?:^|\s)(?:and|or|&)\s/;

/**
 * "Google, Quorvle, and Yahoo", "the Wikimedia Foundation and Tellan Commons": a name no rule typed,
 * of at most three words (no given name, known surname, word of a person's name in the article, title
 * word or function word; one ordinary word only if it heads an organization's name), listed right beside an organization in a list joined by "and", "or"
 * or "&", is an organization too ("ABC News, Basya said" is no list). Rewrites those partial findings,
 * in both directions along a list.
 */
export function organizationsInLists(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  const gap = (a: EntityFinding, b: EntityFinding): string | null =>
    tokens[a.last].segment === tokens[b.first].segment && LIST_GAP.test(body.slice(tokens[a.last].end, tokens[b.first].start)) ? body.slice(tokens[a.last].end, tokens[b.first].start) : null;
  // Words of the people the article names: "the Republican Party and Clinton" lists a person.
  const personWords = personNameWords(tokens, findings);
  // "miners including First Majestic Silver and Agnico Eagle": a name no list knows read as an untitled person's, no word of another
  // person's name of the article and no person's sign after it.
  let otherPeople: Set<string> | null = null;
  const firmLike = (f: EntityFinding): boolean => {
    if (!unlistedPersonName(tokens, f) || evidenceAfter(doc, f.last) === 'person') return false;
    otherPeople ??= personNameWords(tokens, findings.filter((g) => !unlistedPersonName(tokens, g)));
    return !tokens.slice(f.first, f.last + 1).some((t) => otherPeople!.has(t.key));
  };
  const nameLike = (f: EntityFinding): boolean => {
    if (firmLike(f) && !doc.segments[tokens[f.first].segment].titleCase) return true;
    if (f.kind !== 'partial' || f.last - f.first > 2 || doc.segments[tokens[f.first].segment].titleCase) return false;
    const ws = tokens.slice(f.first, f.last + 1);
    if (ws.some((t) => isGivenName(t.key) || isSurname(t.key) || personWords.has(t.key) || isTitleWord(t.key) || isFunctionWord(t.key) || isConnector(t))) return false;
    return ws.length > 1 || !isCommonWord(ws[0].key) || isOrganizationHead(ws[0].key);
  };
  // Whether the list through findings i and i + 1 (listed) has a conjunction in one of its gaps.
  const conjoined = (i: number): boolean => {
    for (let a = i; a >= 0 && a + 1 < findings.length; a--) {
      const g = gap(findings[a], findings[a + 1]);
      if (g === null) break;
      if (LIST_CONJUNCTION.test(` ${g}`)) return true;
    }
    for (let a = i + 1; a + 1 < findings.length; a++) {
      const g = gap(findings[a], findings[a + 1]);
      if (g === null) break;
      if (LIST_CONJUNCTION.test(` ${g}`)) return true;
    }
    return false;
  };
  const promote = (i: number): void => {
    const f = findings[i];
    findings[i] = organizationFinding(doc, f.first, f.last);
  };
  for (let i = 1; i < findings.length; i++) if (isOrganizationFinding(findings[i - 1]) && nameLike(findings[i]) && gap(findings[i - 1], findings[i]) !== null && conjoined(i - 1)) promote(i);
  for (let i = findings.length - 2; i >= 0; i--) if (isOrganizationFinding(findings[i + 1]) && nameLike(findings[i]) && gap(findings[i], findings[i + 1]) !== null && conjoined(i)) promote(i);
}

/**
 * "Lukaku, Carrasco, and Dries Mertens", "Chuck Close and Helmut Newton": two or three name-shaped
 * words no rule took for a person (and ending in no initial: "Greta F."), listed right beside a
 * person, name a person too. Rewrites those
 * partial findings as people, in both directions along a list.
 */
export function personsInLists(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  const listed = (a: EntityFinding, b: EntityFinding): boolean =>
    tokens[a.last].segment === tokens[b.first].segment && LIST_GAP.test(body.slice(tokens[a.last].end, tokens[b.first].start));
  const nameLike = (f: EntityFinding): boolean => {
    if (f.kind !== 'partial' || f.last === f.first || f.last - f.first > 2) return false;
    const ws = tokens.slice(f.first, f.last + 1);
    return ws.every((t) => t.cap && !t.upper && nameShaped(t) && !isConnector(t)) && !ws[ws.length - 1].initial;
  };
  const promote = (i: number): void => {
    const f = findings[i];
    findings[i] = { kind: 'person', first: f.first, last: f.last, role: null, titleFirst: null };
  };
  for (let i = 1; i < findings.length; i++) if (findings[i - 1].kind === 'person' && nameLike(findings[i]) && listed(findings[i - 1], findings[i])) promote(i);
  for (let i = findings.length - 2; i >= 0; i--) if (findings[i + 1].kind === 'person' && nameLike(findings[i]) && listed(findings[i], findings[i + 1])) promote(i);
}
