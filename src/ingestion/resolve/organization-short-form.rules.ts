import { keyOf, type TokenizedArticle } from '../extract/article.tokenizer';
import type { EntityFinding } from '../extract/entity.classifier';
import { evidenceAfter } from '../extract/name-evidence.rules';
import { hasCue } from '../extract/person-name.reader';
import { isOrganizationFinding, organizationNameOf, organizationNameOpening } from '../extract/organization-context.rules';
import { isCompanyLegalForm, isGivenName, isListedFirstName } from '../lexicon/english.lexicon';
import { isBankWord, isCompanyNameWord } from '../lexicon/organization.aliases';
import { SoleValues } from '../extract/sole-values.map';

/**
 * A company named again without the words that close its name, its legal form and the words of its registered name or line of
 * business (isCompanyNameWord: "Peak XV" after "Peak XV Partners", "Smurfit Westrock" after "Smurfit Westrock Plc", "Quorvex Bio"
 * after "Quorvex Bio Inc."), a bank's word among them (isBankWord: "Quorvani Chuo" after "Quorvani Chuo Bank"): news writes a
 * company's name so once it has given it in full.
 */

/**
 * The organizations of `findings` by the folded words left of their names when the capitalised words that close them, each a
 * company's legal form, a word of its name (isCompanyNameWord) or a bank's word (isBankWord), are taken off ("peak xv" of "Peak XV Partners", "ford" of "Ford
 * Motor Co"; "The" opening the name left out). Words two organizations leave are left out.
 */
function organizationsByShortForm(doc: TokenizedArticle, findings: EntityFinding[]): Map<string, string> {
  const { tokens } = doc;
  const byShort = new SoleValues<string>();
  for (const f of findings) {
    if (!isOrganizationFinding(f)) continue;
    const first = organizationNameOpening(doc, f);
    const name = organizationNameOf(doc, f);
    for (let end = f.last; end > first; end--) {
      const t = tokens[end];
      if (!t.cap || !(isCompanyLegalForm(t.key) || isCompanyNameWord(t.key) || isBankWord(t.key))) break;
      byShort.add(keyOf(doc, first, end - 1), name);
    }
  }
  return byShort.sole();
}

/**
 * Rewrites in place, as the organization's finding, each finding that names an organization of `findings` without its closing
 * company words (organizationsByShortForm): an organization's finding of another name, one word or more ("Quorvex" typed an
 * organization by its context or the lists after "Quorvex Motor Co"); and, of two words or more, an untitled person's
 * opened by no given name, no speaker and with no person's sign after it ("Peak XV" read as a person's name; not the founder "Ann
 * Quorvle" beside "Ann Quorvle Advisory", nor "said Quorvle Tellan" or "Quorvle Tellan, who" beside "Quorvle Tellan Holdings"), a
 * finding no rule typed and no speaker, or a place its words alone made ("Khan Bridge" after "Khan Bridge Logistics"); not a name
 * the lists know.
 */
export function organizationsNamedShort(doc: TokenizedArticle, findings: EntityFinding[]): void {
  let byShort: Map<string, string> | null = null;
  findings.forEach((f, i) => {
    // One word is the company's only where something typed it an organization ("Shares in Quorvex rose", a company the lists know)
    // and no person's sign follows ("Ford said he wanted a cheap car": Henry Ford).
    if (f.last === f.first ? !isOrganizationFinding(f) || evidenceAfter(doc, f.last) === 'person' : f.kind === 'dict') return;
    if (f.kind === 'partial' && f.cue) return;
    if (f.kind === 'person' && (f.titleFirst !== null || f.role !== null || f.nicknamed || givenNameOpens(doc, f.first) || hasCue(doc, f.first, f.last) || evidenceAfter(doc, f.last) === 'person')) return;
    byShort ??= organizationsByShortForm(doc, findings);
    const name = byShort.get(keyOf(doc, f.first, f.last));
    if (name !== undefined && organizationNameOf(doc, f) !== name) findings[i] = { kind: 'org', name, first: f.first, last: f.last };
  });
}

/** True when the word at token `at` is a given name the lists know ("Ann"): a name it opens may be the person a company is named after. */
function givenNameOpens(doc: TokenizedArticle, at: number): boolean {
  const t = doc.tokens[at];
  return isGivenName(t.key) || isListedFirstName(t.key);
}

/** True when the token at `first` of `doc`, opening a name that runs to token `last`, is a capitalised word, not in capitals, with a word of the name after it: a word the name may go by ("Cork" of "Cork Education and Training Board"; not "NHS" of "NHS England"). */
function opensWithWord(doc: TokenizedArticle, first: number, last: number): boolean {
  const t = doc.tokens[first];
  return first < last && t.cap && !t.upper;
}

/** The fewest initials of a name's capitalised words that may stand for all of them after its first word: "CDC" of "Centres for Disease Control and Prevention". */
const MIN_OPENING_INITIALS = 3;

/**
 * The organizations of `findings` of three words or more by their folded first word and the initials of the capitalised words after
 * it, all of them, or the first three or more ("cork ETB" of "Cork Education and Training Board", "quorvia CDC" of "Quorvia Centres for
 * Disease Control and Prevention"; "The" opening the name left out). Keys two organizations share are left out.
 */
function organizationsByOpeningAndInitials(doc: TokenizedArticle, findings: EntityFinding[]): Map<string, string> {
  const { tokens } = doc;
  const byKey = new SoleValues<string>();
  for (const f of findings) {
    if (!isOrganizationFinding(f)) continue;
    const first = organizationNameOpening(doc, f);
    if (f.last - first < 2 || !opensWithWord(doc, first, f.last)) continue;
    let initials = '';
    for (let i = first + 1; i <= f.last; i++) if (tokens[i].cap && !tokens[i].upper) initials += tokens[i].text[0];
    if (initials.length < 2) continue;
    const name = organizationNameOf(doc, f);
    for (let n = Math.min(MIN_OPENING_INITIALS, initials.length); n <= initials.length; n++) byKey.add(`${tokens[first].key} ${initials.slice(0, n)}`, name);
  }
  return byKey.sole();
}

/**
 * `findings` (body order) with each word and the acronym in capitals right after it that name an organization of the article by its
 * first word and the initials of the rest (organizationsByOpeningAndInitials: "Cork ETB" after "Cork Education and Training Board")
 * made one finding of that organization, whether they were read as one finding or as two ("Cork" the town, then "ETB"). Returns a
 * new array when one is, else `findings`.
 */
export function organizationsNamedByInitials(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  const pairs: number[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const next = findings[i + 1];
    const acronym = f.last === f.first + 1 ? f.last : f.last === f.first && next?.first === f.last + 1 && next.last === next.first ? next.first : -1;
    if (acronym > 0 && tokens[acronym].upper && tokens[f.first].cap && !tokens[f.first].upper && tokens[f.first].joinsNext) pairs.push(i);
  }
  if (!pairs.length) return findings;
  const byKey = organizationsByOpeningAndInitials(doc, findings);
  if (!byKey.size) return findings;
  const out: EntityFinding[] = [];
  let next = 0;
  for (const i of pairs) {
    if (i < next) continue;
    const f = findings[i];
    const last = f.last === f.first ? findings[i + 1].first : f.last;
    const name = byKey.get(`${tokens[f.first].key} ${tokens[last].text}`);
    if (name === undefined) continue;
    out.push(...findings.slice(next, i), { kind: 'org', name, first: f.first, last });
    next = f.last === f.first ? i + 2 : i + 1;
  }
  return next ? [...out, ...findings.slice(next)] : findings;
}

/** organizationsOpenedBefore's lookup: the one organization whose name a folded word opens that the article names before body offset `at`. */
export type OrganizationOpenedBefore = (key: string, at: number) => string | undefined;

/**
 * The organizations of `findings` named in two words or more, by the word that opens their names ("The" left out) and where each is
 * first named, as each is named by `nameOf`: a lookup of the one organization a folded word opens the name of that the article has
 * named before a body offset ("brandt" after "Brandt Signaltechnik"); undefined when none or several have been.
 */
export function organizationsOpenedBefore(doc: TokenizedArticle, findings: EntityFinding[], nameOf: (f: EntityFinding) => string | null): OrganizationOpenedBefore {
  const { tokens } = doc;
  const byWord = new Map<string, Array<{ name: string; start: number }>>();
  for (const f of findings) {
    const first = organizationNameOpening(doc, f);
    if (!isOrganizationFinding(f) || !opensWithWord(doc, first, f.last)) continue;
    const name = nameOf(f);
    if (name === null) continue;
    const held = byWord.get(tokens[first].key) ?? [];
    if (!held.some((h) => h.name === name)) held.push({ name, start: tokens[f.first].start });
    byWord.set(tokens[first].key, held);
  }
  return (key, at) => {
    const before = (byWord.get(key) ?? []).filter((h) => h.start < at);
    return before.length === 1 ? before[0].name : undefined;
  };
}
