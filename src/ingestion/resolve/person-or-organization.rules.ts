import type { ArticleToken, TokenizedArticle } from '../extract/article.tokenizer';
import type { EntityFinding } from '../extract/entity.classifier';
import { isOrganizationFinding } from '../extract/organization-context.rules';
import { hasCue, lowerCaseTitleBefore, personNounBefore, roleOf } from '../extract/person-name.reader';
import { isCourtesyTitle, isTitleHead, isTitleWord } from '../lexicon/title.lexicon';
import { evidenceAfter, type NameEvidence } from '../extract/name-evidence.rules';
import { capitalisedOnlyBySentence } from '../extract/name-shape.rules';
import { isCommonWord, isGivenName, isListedFirstName, isSurname } from '../lexicon/english.lexicon';

/**
 * True for a word in lower case after its capital that no name list or vocabulary knows: no given name,
 * surname or ordinary word, no acronym or designation with digits ("Quorvle"; not "Ford" of "Gerald Ford", "STS-9").
 */
export function isUnknownNameWord(t: ArticleToken): boolean {
  return !t.upper && !/\d/.test(t.text) && !isGivenName(t.key) && !isListedFirstName(t.key) && !isSurname(t.key) && !isCommonWord(t.key);
}

/**
 * The folded words the article shows as an organization's: organizationWords, and every word of an
 * organization's name of several words ("Ford" of "Ford Motor Co"). A one-word organization name
 * outside this set may be a person's surname.
 */
export function organizationShownWords(doc: TokenizedArticle, findings: EntityFinding[], evidenced: Set<string>): Set<string> {
  const words = new Set(evidenced);
  for (const f of findings) if (f.last > f.first && isOrganizationFinding(f)) for (let i = f.first; i <= f.last; i++) words.add(doc.tokens[i].key);
  return words;
}

/** Forms of "tell" whose object is whom a source spoke to: "told Wikinews", "tells Axios". */
const TOLD_FORMS: ReadonlySet<string> = new Set(['told', 'tells', 'telling']);

/** Forms of "speak" and "talk" whose object after "to" or "with" is whom a source spoke to: "spoke to Wikinews" ("talks with" left out: mostly the noun). */
const SPOKE_FORMS: ReadonlySet<string> = new Set(['spoke', 'speaks', 'speaking', 'spoken', 'talked', 'talking']);

/**
 * True when the word at token `at` is the object of a telling or a speaking: right after "told" ("told Wikinews") or after "spoke to",
 * "talking with" (the verb and its preposition lower-case, joined to it in one segment).
 */
export function toldAt(tokens: ArticleToken[], at: number): boolean {
  const before = tokens[at - 1];
  if (!before || before.cap || !before.joinsNext) return false;
  if (TOLD_FORMS.has(before.key)) return true;
  const verb = tokens[at - 2];
  return (before.key === 'to' || before.key === 'with') && !!verb && !verb.cap && verb.joinsNext && SPOKE_FORMS.has(verb.key);
}

/** Forms of "say", "write" and "post" after which "on" names where the words appeared: "said on X", "wrote on Quorvix". */
const MEDIUM_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'saying', 'wrote', 'writes', 'writing', 'posted', 'posts', 'posting']);

/** True when the word at token `at` follows "said on", "wrote on", "posting on" (lower-case, joined to it in one segment): the medium the words were put on. */
export function mediumAt(tokens: ArticleToken[], at: number): boolean {
  const [verb, on] = [tokens[at - 2], tokens[at - 1]];
  return !!verb && on.key === 'on' && !on.cap && on.joinsNext && !verb.cap && verb.joinsNext && MEDIUM_VERBS.has(verb.key);
}

/** True when lower-case "according to" stands right before token `at`: the source of a claim ("according to Quorvle"). */
function afterAccordingTo(tokens: ArticleToken[], at: number): boolean {
  const [according, to] = [tokens[at - 2], tokens[at - 1]];
  return !!according && according.key === 'according' && to.key === 'to' && !to.cap && according.joinsNext && to.joinsNext && to.segment === tokens[at].segment;
}

/**
 * True when the word at token `at` may name an outlet or a medium addressed in a sentence: no possessive, not in a headline in title
 * case, nor a people's plural ("told Texans", "told African-Americans").
 */
export function outletWordAt(doc: TokenizedArticle, at: number): boolean {
  const t = doc.tokens[at];
  return !t.possessive && !doc.segments[t.segment].titleCase && !/ans$/.test(t.key);
}

/** True when the word at token `at` (outletWordAt) is told or spoken to: "told Wikinews", "spoke to Wikinews by telephone". */
function toldOutlet(doc: TokenizedArticle, at: number): boolean {
  return toldAt(doc.tokens, at) && outletWordAt(doc, at);
}

/**
 * The folded one-word names of `findings` (partial or organization names) and what the words after
 * them show each to be (evidenceAfter), a person winning; a one-word source after "according to",
 * or one told or spoken to ("told Wikinews"), counts as an organization: news names a person it cites
 * or quotes in full first, and organizationWords keeps only the words no name list knows.
 */
function oneWordEvidence(doc: TokenizedArticle, findings: EntityFinding[]): Map<string, NameEvidence> {
  const shown = new Map<string, NameEvidence>();
  for (const f of findings) {
    if (f.first !== f.last || (f.kind !== 'partial' && !isOrganizationFinding(f))) continue;
    const key = doc.tokens[f.first].key;
    const evidence = evidenceAfter(doc, f.last) ?? (afterAccordingTo(doc.tokens, f.first) || toldOutlet(doc, f.first) ? 'organization' : null);
    // "Cargo revenue fell": a noun that the sentence alone capitalised shows no organization by the noun after it.
    if (evidence === 'organization' && f.kind === 'partial' && capitalisedOnlyBySentence(doc.tokens, f.first)) continue;
    if (evidence && shown.get(key) !== 'person') shown.set(key, evidence);
  }
  return shown;
}

/**
 * The folded one-word names that the words around one of their one-word findings show to be an
 * organization's, and never a person's, anywhere in the article ("Quorvle said it would hire";
 * "Quorvle shares fell"; "according to Quorvle"). One pass over the findings.
 */
export function organizationWords(doc: TokenizedArticle, findings: EntityFinding[]): Set<string> {
  return new Set([...oneWordEvidence(doc, findings)].filter(([, e]) => e === 'organization').map(([key]) => key));
}

/** True when every token of `f` is a capitalised title word and the last one heads a title or is a courtesy title ("Mr.", "Rep.", "Vice President"). */
function titleOnly(tokens: ArticleToken[], f: EntityFinding): boolean {
  const ws = tokens.slice(f.first, f.last + 1);
  const last = ws[ws.length - 1].key.replace(/\.$/, '');
  return ws.every((t) => t.cap && !t.possessive && isTitleWord(t.key.replace(/\.$/, ''))) && (isTitleHead(last) || isCourtesyTitle(last));
}

/**
 * A person's finding of two words or more that the classifier opened with an office ("Mayor" of
 * "Mayor Michael" + "Bloomberg", an office the first-name lists also hold) and gave no title: the
 * office as its title and role, the name starting after it; else nothing to change.
 */
function titleOpening(tokens: ArticleToken[], f: Extract<EntityFinding, { kind: 'person' }>): Partial<Extract<EntityFinding, { kind: 'person' }>> {
  const office = tokens[f.first];
  if (f.titleFirst !== null || f.last === f.first || !office.cap || office.upper || !isTitleHead(office.key)) return {};
  return { first: f.first + 1, titleFirst: f.first, role: f.role ?? roleOf(tokens, f.first, f.first) };
}

/**
 * Rewrites, in `findings` (body order), a one-word organization name the lists know ("Ford") as a
 * person's name, or its surname, where the finding right before it makes it one: a given name the
 * lists know ("Harrison Ford") when the pair has a person's evidence, a speech verb beside it
 * ("Harrison Ford said"), a lower-case title or person's noun before it ("actor Harrison Ford"), a
 * person's pronoun after it or after the surname alone elsewhere ("Ford, who"); a person's name the
 * classifier ended on a given name ("Mayor Michael" of "Mayor Michael Bloomberg"); a title alone
 * ("Mr. Ford", "Rep. Dell"). Never when, without a speech verb, a company's noun or "which" follows
 * ("Harrison Ford shares" keeps the company). Returns a new array.
 */
export function personsNamedLikeOrganizations(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  const out: EntityFinding[] = [];
  let shown: Map<string, NameEvidence> | null = null;
  for (let i = 0; i < findings.length; i++) {
    const before = findings[i];
    const organization = findings[i + 1];
    const b = tokens[before.last];
    if (organization?.first !== before.last + 1 || organization.first !== organization.last || !isOrganizationFinding(organization) || b.possessive || !b.joinsNext || tokens[organization.first].upper) {
      out.push(before);
      continue;
    }
    const evidence = evidenceAfter(doc, organization.last);
    const cue = hasCue(doc, before.first, organization.last);
    const given = !b.upper && (isGivenName(b.key) || isListedFirstName(b.key));
    let person: EntityFinding | null = null;
    if (evidence === 'organization' && !cue) person = null;
    else if (before.kind === 'person' && given) person = { ...before, last: organization.last, ...titleOpening(tokens, before) };
    else if (before.kind === 'partial' && titleOnly(tokens, before)) {
      person = { kind: 'person', first: organization.first, last: organization.last, role: roleOf(tokens, before.first, before.last), titleFirst: before.first };
    } else if (before.kind === 'partial' && before.first === before.last && given) {
      const titleFirst = lowerCaseTitleBefore(tokens, before.first);
      shown ??= oneWordEvidence(doc, findings);
      const personal = cue || titleFirst !== null || personNounBefore(tokens, before.first) || evidence === 'person' || shown.get(tokens[organization.first].key) === 'person';
      if (personal) person = { kind: 'person', first: before.first, last: organization.last, role: roleOf(tokens, titleFirst, before.first - 1), titleFirst };
    }
    if (!person) {
      out.push(before);
      continue;
    }
    // The title alone was its own finding; the person's finding holds it now.
    out.push(person);
    i++;
  }
  return out;
}
