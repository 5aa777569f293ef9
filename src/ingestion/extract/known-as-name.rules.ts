import { isOrganizationHead } from '../lexicon/english.lexicon';
import { isOrganizationKindNoun } from '../lexicon/name-words.lexicon';
import { KNOWN_AS_WORDS } from './acronym-spelling.rules';
import { surfaceOf, type ArticleToken, type TokenizedArticle } from './article.tokenizer';
import { nameShaped } from './name-shape.rules';
import type { EntityFinding, NicknamedName } from './entity.classifier';
import { isOrganizationFinding, organizationFinding, organizationNameOf, organizationShaped } from './organization-context.rules';
import { personNameWords } from './person-name.reader';

/**
 * An organization's short name given in an apposition: "the Japan Innovation Party, known as Ishin,", "the Islamic Resistance
 * Movement, better known as Hamas". The words after "known as" name the organization before it, and so does every later finding
 * of that one word alone ("Ishin co-leader Hirofumi Yoshimura"): one organization by its full name. So is the name a lower-case noun
 * for a kind of organization is "known as" ("the regulator known as Quorbod", "the monetary policy committee, known as Tellom,"):
 * an organization of its own name.
 */

/** The words between an organization's name and its short name: ", known as ", ", also known as the ", ", known locally as ". */
const KNOWN_AS = new RegExp(`^, ${KNOWN_AS_WORDS}as (?:the )?$`);

/** The words between an organization's lower-case noun and the name it is known by: " known as ", ", also known as the ". */
const NOUN_KNOWN_AS = new RegExp(`^,? ${KNOWN_AS_WORDS}as (?:the )?$`);

/** How many tokens NOUN_KNOWN_AS may take: "also known locally as the". */
const KNOWN_AS_TOKENS = 5;

/**
 * True when the name `f` follows a lower-case noun that heads or labels an organization (isOrganizationHead, isOrganizationKindNoun:
 * "regulator", "committee", "ministry") and NOUN_KNOWN_AS: "the regulator known as Quorbod", "the agency, known as Tellvolcs,".
 */
function knownAsByKindNoun(doc: TokenizedArticle, f: EntityFinding): boolean {
  const { tokens, body } = doc;
  const start = tokens[f.first].start;
  for (let at = f.first - 3; at >= 0 && at >= f.first - 1 - KNOWN_AS_TOKENS; at--) {
    const noun: ArticleToken = tokens[at];
    if (noun.segment !== tokens[f.first].segment) return false;
    if (NOUN_KNOWN_AS.test(body.slice(noun.end, start))) return !noun.cap && (isOrganizationHead(noun.key) || isOrganizationKindNoun(noun.key));
  }
  return false;
}

/**
 * Rewrites, in `findings` (body order), as the organization before them the names no rule typed that follow an organization's
 * name and KNOWN_AS, and every other one-word finding no rule typed of the same word; not a word of a person the article names.
 * Rewrites as organizations of their own name (and every one-word finding of that word) those that follow an organization's lower-case
 * noun and "known as" (knownAsByKindNoun) and have an organization's shape (organizationShaped), but a name in capitals.
 */
export function organizationsKnownAs(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  let shortNames: Map<string, string> | null = null;
  let people: Set<string> | null = null;
  for (let i = 0; i < findings.length; i++) {
    const [before, f] = [findings[i - 1], findings[i]];
    if (f.kind !== 'partial') continue;
    const afterOrganization = isOrganizationFinding(before) && tokens[before!.last].segment === tokens[f.first].segment && KNOWN_AS.test(body.slice(tokens[before!.last].end, tokens[f.first].start));
    // A name in capitals ("The state-controlled airline, known as KQ") is the code or acronym of an organization named before: as one of its own it would split that one.
    if (!afterOrganization && !(!tokens[f.first].upper && knownAsByKindNoun(doc, f) && organizationShaped(tokens, f, false, true))) continue;
    people ??= personNameWords(tokens, findings);
    if (f.first === f.last && people.has(tokens[f.first].key)) continue;
    const name = afterOrganization ? organizationNameOf(doc, before!) : surfaceOf(doc, f.first, f.last);
    findings[i] = organizationFinding(doc, f.first, f.last, name);
    if (f.first === f.last) (shortNames ??= new Map()).set(tokens[f.first].key, name);
  }
  if (!shortNames) return;
  findings.forEach((f, i) => {
    const name = f.kind === 'partial' && f.first === f.last ? shortNames!.get(tokens[f.first].key) : undefined;
    if (name) findings[i] = organizationFinding(doc, f.first, f.last, name);
  });
}

/** The words between a person's full name and the name the person is known by: ", known as ", ", widely known as ", ", better known as \u201c". */
const PERSON_KNOWN_AS = new RegExp(`^, ${KNOWN_AS_WORDS}as ["\u201c]?$`);

/**
 * "Mohamed Hamdan Dagalo, known as Hemedti,", "Ann Quorvle, better known as Tellie": one or two capitalised words no rule typed (or
 * read as a person's) after a person's full name and PERSON_KNOWN_AS are the name news knows that person by, a nickname or a nom de
 * guerre: a person's name of its own, one person with the full name (the nickname's finding carries NicknamedName, which names the
 * full name's tokens; the full name's finding is left as it was). Returns the findings with those rewritten.
 */
export function personsKnownAs(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens, body } = doc;
  return findings.map((f, i) => {
    const before = findings[i - 1];
    if (!before || before.kind !== 'person' || before.nicknamed || before.last === before.first || tokens[before.last].possessive) return f;
    if ((f.kind !== 'partial' && f.kind !== 'person') || f.last - f.first > 1 || tokens[before.last].segment !== tokens[f.first].segment) return f;
    if (!PERSON_KNOWN_AS.test(body.slice(tokens[before.last].end, tokens[f.first].start))) return f;
    if (!tokens.slice(f.first, f.last + 1).every((t) => t.cap && !t.upper && nameShaped(t))) return f;
    const nicknamed: NicknamedName = { first: before.first, last: before.last, nickFirst: f.first, nickLast: f.last };
    return { kind: 'person', first: f.first, last: f.last, role: null, titleFirst: null, nicknamed };
  });
}
