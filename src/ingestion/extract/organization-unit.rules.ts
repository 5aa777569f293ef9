import { isFunctionWord, isGivenName, isListedFirstName } from '../lexicon/english.lexicon';
import { isTableOrganization } from '../lexicon/organization.aliases';
import type { TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { verbLike } from './name-shape.rules';
import { isOrganizationFinding, organizationFinding } from './organization-context.rules';

/**
 * `findings` (in body order) with a company's unit read as one organization: a company right before a country or a region the
 * lists know, the two ending their run of capitals ("Vodafone Egypt is 55 percent owned by Vodacom", "Nestle India reported"), or a
 * town of another country right before a country, the town naming a company as a bank or a club is named after its seat
 * ("Economists at Santander Brasil said", "Santander UK reported"; not "Lagos Nigeria", a town in its country), an acronym no list
 * knows before a country or a region ("NFU Scotland said"), and a
 * name read as a person's that opens with a one-word organization the article names alone, no given name ("Pilots at Lufthansa
 * and its cargo unit Lufthansa Cargo").
 * Not a body of the organization table by its acronym before a country ("the UN Ukraine envoy", "IMF Egypt talks": the body and the
 * country; "Greenpeace Canada" is the branch),
 * and not a pair before a lower-case word it may modify ("Apple Japan sales"): only before punctuation, a function word, a verb
 * or the end of the text. Returns `findings` itself when there is none.
 */
export function organizationUnits(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const out: EntityFinding[] = [];
  const companies = new Set<string>();
  for (const f of findings) if (f.first === f.last && isOrganizationFinding(f)) companies.add(doc.tokens[f.first].key);
  let changed = false;
  for (let i = 0; i < findings.length; i++) {
    const [f, g] = [findings[i], findings[i + 1]];
    if (g && unitInCountry(doc, f, g)) {
      out.push(organizationFinding(doc, f.first, g.last));
      i++;
      changed = true;
    } else if (f.kind === 'person' && openedByOrganization(doc, f, companies)) {
      out.push(organizationFinding(doc, f.first, f.last));
      changed = true;
    } else out.push(f);
  }
  return changed ? out : findings;
}

/** True when `f`, a company, and `g`, a country or region right after it, name the company's unit there (see organizationUnits). */
function unitInCountry(doc: TokenizedArticle, f: EntityFinding, g: EntityFinding): boolean {
  const { tokens } = doc;
  if (g.kind !== 'dict' || (g.hit.type !== 'COUNTRY' && g.hit.type !== 'REGION') || g.first !== f.last + 1 || !tokens[f.last].joinsNext || tokens[f.last].possessive) return false;
  if (!isOrganizationFinding(f) && !acronymAlone(doc, f, g) && !(g.hit.type === 'COUNTRY' && townAbroad(f, g.hit.country.code))) return false;
  const next = tokens[g.last + 1];
  const ends = !tokens[g.last].joinsNext || !next || (!next.cap && (isFunctionWord(next.key) || verbLike(next.key)));
  return ends && !(tokens[f.last].upper && isTableOrganization(doc.body.slice(tokens[f.first].start, tokens[f.last].end)));
}

/** The most letters an acronym no list knows may have before a country and still name a body ("NFU", "RSPB", "RNLI"). */
const ACRONYM_LETTERS = 5;

/**
 * True when `f` is one word in capitals no rule typed, of two to ACRONYM_LETTERS letters, before the place `g` written in lower case
 * and after no word in capitals: an acronym ("NFU" of "NFU Scotland said"), not a shouted line's word ("FLOODS HIT KENYA").
 */
function acronymAlone(doc: TokenizedArticle, f: EntityFinding, g: EntityFinding): boolean {
  const { tokens } = doc;
  const [t, before] = [tokens[f.first], tokens[f.first - 1]];
  if (f.kind !== 'partial' || f.first !== f.last || !t.upper || tokens[g.first].upper || (before?.upper && before.joinsNext)) return false;
  return t.text.length <= ACRONYM_LETTERS && /^\p{Lu}+$/u.test(t.text);
}

/** True when `f` is a town the gazetteer places in a country other than the one whose ISO code is `country`. */
function townAbroad(f: EntityFinding, country: string): boolean {
  return f.kind === 'dict' && f.hit.type === 'CITY' && f.hit.city.countryCode !== country;
}

/** True when the person finding `f` (two words or more, no title) opens with one of `organizations` (folded words the article names organizations by alone), no given name. */
function openedByOrganization(doc: TokenizedArticle, f: Extract<EntityFinding, { kind: 'person' }>, organizations: ReadonlySet<string>): boolean {
  const t = doc.tokens[f.first];
  return f.last > f.first && f.titleFirst === null && organizations.has(t.key) && !isGivenName(t.key) && !isListedFirstName(t.key);
}
