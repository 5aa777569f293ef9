import { lookupName } from '../lexicon/entity.dictionary';
import { surfaceOf, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { organizationFinding } from './organization-context.rules';

/** Words for a municipality that, capitalised after "the" and before "of" and a place, name its corporation: "the City of X". */
const MUNICIPAL_HEADS: ReadonlySet<string> = new Set(['city', 'town', 'village']);

/** How many words the place after "of" may have: "the City of Quorvale", "the Town of Port Tellan". */
const PLACE_WORDS = 3;

/**
 * "The City of Quorvale opened recreation centres", "a councillor in the City of Quorvale", "the Town of Tellan would post council
 * notices": "the" (a capital one opening the sentence), "City", "Town" or "Village" written with a capital, "of" and a place's name
 * (a finding of at most PLACE_WORDS words that names no person, right after "of") name the municipality's corporation, one
 * organization, not the place: news writes the place itself without the word ("in Quorvale"). Not a name the lists know whole
 * ("the City of London": the district). Returns the findings so rewritten, in body order.
 */
export function municipalitiesAsBodies(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  const bodies: EntityFinding[] = [];
  for (const f of findings) {
    if (f.kind === 'person' || f.last - f.first >= PLACE_WORDS || f.first < 3) continue;
    const [the, head, of] = [tokens[f.first - 3], tokens[f.first - 2], tokens[f.first - 1]];
    if (of.cap || of.key !== 'of' || !of.joinsNext || !head.cap || head.upper || !head.joinsNext || !MUNICIPAL_HEADS.has(head.key)) continue;
    if (the.key !== 'the' || !the.joinsNext || (the.cap && !the.sentenceStart)) continue;
    if (lookupName(surfaceOf(doc, f.first - 2, f.last), f.last - f.first + 3)) continue;
    bodies.push(organizationFinding(doc, f.first - 2, f.last));
  }
  if (!bodies.length) return findings;
  const kept = findings.filter((g) => !bodies.some((b) => g.first <= b.last && g.last >= b.first));
  return [...kept, ...bodies].sort((a, b) => a.first - b.first);
}
